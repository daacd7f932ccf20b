using System.Security.Claims;
using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Features.Invitations;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>The voortgangsoverleg: the live engine walks the actions of the closed verbeteragenda. Voting, rounds,
/// notes and moving through the agenda are the engine's own commands; this part starts a meeting and records the status
/// the group agreed on an action.</summary>
public sealed partial class SessionHub
{
    /// <summary>Starts a voortgangsoverleg of a scan, or finds the one that runs. For the initiator (or a Beheerder) and
    /// the chair of the verbeteragenda.</summary>
    public async Task<SessionResult> StartProgressMeeting(Guid scanId)
    {
        if (!await MayStartProgressMeetingAsync(scanId))
        {
            return SessionResult.Refused("Alleen de initiatiefnemer of de voorzitter kan een voortgangsoverleg beginnen.");
        }

        return await sessions.StartProgressMeetingAsync(scanId, Context.ConnectionAborted);
    }

    /// <summary>The chair records what the group agreed on the action on the agenda of this meeting: its PDCA status
    /// (<paramref name="status"/> is the name: Plan, Do, Check, Act, Done, Dropped) and a note. The action's history says
    /// it was agreed in the voortgangsoverleg of today; a repeat with the same command id changes nothing.</summary>
    public Task<SessionResult> RecordActionStatus(Guid commandId, string itemId, string status, string? note) =>
        Steering(commandId, "Alleen de voorzitter of de initiatiefnemer legt vast wat de groep afspreekt.", async session =>
        {
            if (SessionParts.RefusalFor(session, SessionPart.ActionStatus) is { } wrongSession)
            {
                return SessionResult.Refused(wrongSession);
            }

            if (session.IsEnded)
            {
                return SessionResult.Refused("Dit voortgangsoverleg is afgelopen.");
            }

            if (itemId is null || ProgressMeeting.ActionIdOf(itemId) is not { } actionId || session.Entry(itemId) is null)
            {
                return SessionResult.Refused("Deze actie staat niet op de agenda van dit overleg.");
            }

            if (string.IsNullOrEmpty(status) || !status.All(char.IsLetter) || !Enum.TryParse<ActionStatus>(status, out var to))
            {
                return SessionResult.Refused("Kies een van de statussen die bij deze actie horen.");
            }

            var agenda = await agendas.FindByScanAsync(session.ScanId, Context.ConnectionAborted);
            if (agenda is null)
            {
                return SessionResult.Refused("Deze scan heeft geen verbeteragenda.");
            }

            var seat = Caller!.SeatId!.Value;
            var meetingDate = states.ProgressMeetings.MeetingDate(session);
            var recorded = await agendas.ApplyAsync(
                agenda.Id, (a, now) => a.RecordProgressMeetingAgreement(seat, actionId, to, note, meetingDate, commandId, now), Context.ConnectionAborted);
            return recorded.Ok ? await BroadcastAfterAsync(session.Id) : SessionResult.Refused(recorded.Message!);
        });

    private async Task<bool> MayStartProgressMeetingAsync(Guid scanId)
    {
        var user = Context.User ?? new ClaimsPrincipal();
        if (IsInitiatorOf(user, scanId))
        {
            return true;
        }

        if (user.Participant() is not { } participant || participant.ScanId != scanId
            || !await db.ParticipantLinks.AnyAsync(l => l.Id == participant.LinkId && l.SeatId == participant.SeatId && l.RevokedAt == null, Context.ConnectionAborted))
        {
            return false;
        }

        var chair = await db.ImprovementAgendas.Where(a => a.ScanId == scanId).Select(a => (Guid?)a.ChairSeatId).SingleOrDefaultAsync(Context.ConnectionAborted);
        return chair == participant.SeatId;
    }
}
