using System.Globalization;
using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>What the chair fills in for an action on the console. Dates come as the date fields send them
/// ("2027-03-01"); the organisations one per entry.</summary>
public sealed record ActionInput(
    string NormId,
    string Title,
    string ForYoungPeople,
    Guid OwnerSeatId,
    IReadOnlyList<string>? Organisations,
    string? Start,
    string? Deadline,
    string ResultIndicator,
    string? FirstCheck);

/// <summary>Session 2: the verbeteragenda's commands. Same conventions as the scoring commands: a command id from the
/// client, the caller's own seat, never the screen; refusals in Dutch that change nothing. The rules are the agenda's
/// (<see cref="ImprovementAgenda"/>); <see cref="SessionAgendaCommands"/> runs them, saves, then broadcasts.</summary>
public sealed partial class SessionHub
{
    /// <summary>The longest title of an action; a title is a line, not a paragraph.</summary>
    public const int MaxActionTitleLength = 200;

    /// <summary>The longest free text of the agenda (a proposal, what changes, how we notice, an agreement).</summary>
    public const int MaxAgendaTextLength = 1000;

    private const int MaxOrganisations = 20;

    public Task<SessionResult> ConfirmAgendaFocus(Guid commandId, string[] normIds) =>
        AgendaCommand(commandId, (a, seat, now) => a.ConfirmFocus(seat, normIds ?? [], commandId, now));

    public Task<SessionResult> AdmitToAgenda(Guid commandId, Guid seatId) =>
        AgendaCommand(commandId, (a, seat, now) => a.Admit(seat, seatId, commandId, now));

    /// <summary>The chair leaves someone out of the verbeteragenda, with a reason that is kept.</summary>
    public Task<SessionResult> LeaveOutOfAgenda(Guid commandId, Guid seatId, string reason) =>
        TooLong(LeftOutSeat.MaxReasonLength, reason) is { } refusal
            ? Task.FromResult(refusal)
            : AgendaCommand(commandId, (a, seat, now) => a.LeaveOut(seat, seatId, reason ?? "", commandId, now));

    public Task<SessionResult> SubmitProposal(Guid commandId, string normId, string text) =>
        TooLong(MaxAgendaTextLength, text) is { } refusal
            ? Task.FromResult(refusal)
            : AgendaCommand(commandId, (a, seat, now) => a.SubmitProposal(seat, normId ?? "", text ?? "", commandId, now));

    public Task<SessionResult> DismissProposal(Guid commandId, Guid proposalId) =>
        AgendaCommand(commandId, (a, seat, now) => a.DismissProposal(seat, proposalId, commandId, now));

    public Task<SessionResult> AddAction(Guid commandId, ActionInput action, Guid[]? fromProposalIds) =>
        DetailsOf(action) is not { } details
            ? Task.FromResult(SessionResult.Refused(InvalidInput(action) ?? "Vul de gegevens van de actie in."))
            : AgendaCommand(commandId, (a, seat, now) => a.AddAction(seat, details, fromProposalIds ?? [], commandId, now));

    public Task<SessionResult> EditAction(Guid commandId, Guid actionId, ActionInput action) =>
        DetailsOf(action) is not { } details
            ? Task.FromResult(SessionResult.Refused(InvalidInput(action) ?? "Vul de gegevens van de actie in."))
            : AgendaCommand(commandId, (a, seat, now) => a.EditAction(seat, actionId, details, commandId, now));

    public Task<SessionResult> RemoveAction(Guid commandId, Guid actionId) =>
        AgendaCommand(commandId, (a, seat, now) => a.RemoveAction(seat, actionId, commandId, now));

    public Task<SessionResult> ConfirmOwnership(Guid commandId, Guid actionId) =>
        AgendaCommand(commandId, (a, seat, now) => a.ConfirmOwnership(seat, actionId, commandId, now));

    public Task<SessionResult> SetProcessAgreements(Guid commandId, ProcessAgreements agreements) =>
        agreements is null
            ? Task.FromResult(SessionResult.Refused("Vul de procesafspraken in."))
            : TooLong(MaxAgendaTextLength, agreements.MeetingFrequency, agreements.Platform, agreements.Reporting, agreements.Celebrating) is { } refusal
                ? Task.FromResult(refusal)
                : AgendaCommand(commandId, (a, seat, now) => a.SetProcessAgreements(seat, agreements, commandId, now));

    public Task<SessionResult> AddInternalApproval(Guid commandId, string organisation, string body) =>
        TooLong(MaxActionTitleLength, organisation, body) is { } refusal
            ? Task.FromResult(refusal)
            : AgendaCommand(commandId, (a, seat, now) => a.AddInternalApproval(seat, organisation ?? "", body ?? "", commandId, now));

    public Task<SessionResult> SetApprovalStatus(Guid commandId, Guid approvalId, int status) =>
        Enum.IsDefined((ApprovalStatus)status)
            ? AgendaCommand(commandId, (a, seat, now) => a.SetApprovalStatus(seat, approvalId, (ApprovalStatus)status, commandId, now))
            : Task.FromResult(SessionResult.Refused(AgendaWords.ApprovalStatusChoice));

    public Task<SessionResult> AddExternalInvitation(Guid commandId, string organisation, Guid contactSeatId) =>
        TooLong(MaxActionTitleLength, organisation) is { } refusal
            ? Task.FromResult(refusal)
            : AgendaCommand(commandId, (a, seat, now) => a.AddExternalInvitation(seat, organisation ?? "", contactSeatId, commandId, now));

    public Task<SessionResult> SetInvitationStatus(Guid commandId, Guid invitationId, int status) =>
        Enum.IsDefined((InvitationStatus)status)
            ? AgendaCommand(commandId, (a, seat, now) => a.SetInvitationStatus(seat, invitationId, (InvitationStatus)status, commandId, now))
            : Task.FromResult(SessionResult.Refused(AgendaWords.InvitationStatusChoice));

    public Task<SessionResult> RemoveRatificationItem(Guid commandId, Guid itemId) =>
        AgendaCommand(commandId, (a, seat, now) => a.RemoveRatificationItem(seat, itemId, commandId, now));

    /// <summary>Akkoord, or niet akkoord with a reason, on the participant's own tablet.</summary>
    public Task<SessionResult> ConfirmAgenda(Guid commandId, bool agrees, string? reason) =>
        TooLong(MaxAgendaTextLength, reason) is { } refusal
            ? Task.FromResult(refusal)
            : AgendaCommand(commandId, (a, seat, now) => a.Confirm(seat, agrees, reason, commandId, now));

    /// <summary>The chair fixes the agenda; the verbeteragenda is then made and mailed to everyone, and session 2 ends
    /// with it: nothing is left to do in it, and only an ended session 2 finishes the scan (so next year's can start).
    /// The same command id makes a retry count once on both. When the session cannot end (it ended already, or a round
    /// is open) the adopted agenda is the answer; the chair can still end the session by hand.</summary>
    public async Task<SessionResult> CloseAgenda(Guid commandId)
    {
        var closed = await AgendaCommand(commandId, (a, seat, now) => a.Close(seat, commandId, now), closes: true);
        if (!closed.Ok)
        {
            return closed;
        }

        var ended = await Command(commandId, (f, seat, _) => SessionRules.End(f.Head, seat));
        return ended.Ok ? ended : closed;
    }

    /// <summary>In session 2 the verbeteragenda follows the live chair, so the new chair's console steers it too. The
    /// hand-over of the session stands on its own: when the agenda refuses (it is fixed, or there is none) the
    /// session's result is the answer. The same command id makes a retried hand-over count once on the agenda as well.</summary>
    private async Task<SessionResult> AgendaFollowsChairAsync(SessionResult handedOver, Guid commandId)
    {
        if (!handedOver.Ok || handedOver.SessionId is not { } sessionId ||
            await sessions.FindAsync(sessionId, Context.ConnectionAborted) is not { Kind: SessionKind.ScanSession, SessionNumber: 2, IsEnded: false } session)
        {
            return handedOver;
        }

        var chair = session.ChairSeatId;
        var followed = await agendaCommands.RunAsync(
            sessionId, (a, now) => a.HandOverChair(ActorFor(a.ChairSeatId, a.InitiatorSeatId), chair, commandId, now), closes: false, Context.ConnectionAborted);
        return followed.Ok ? followed : handedOver;
    }

    /// <summary>Someone who accepted the invitation and joins session 2 takes part in its verbeteragenda at once (see
    /// <see cref="ImprovementAgenda.Arrive"/>); the others (not answered yet) the chair lets in. Nothing happens
    /// outside session 2, without an agenda, or when they take part already.</summary>
    private async Task ArriveAtAgendaAsync(SessionAdmission session, Guid seatId)
    {
        if (session is not { Kind: SessionKind.ScanSession, SessionNumber: 2, Ended: false })
        {
            return;
        }

        var accepted = await db.Scans.AsNoTracking().Where(s => s.Id == session.ScanId)
            .SelectMany(s => s.Seats).AnyAsync(s => s.Id == seatId && s.Status == Core.Scans.SeatStatus.Accepted, Context.ConnectionAborted);
        var agenda = await db.ImprovementAgendas.AsNoTracking().Where(a => a.ScanId == session.ScanId)
            .Select(a => new { a.Id, a.ParticipantSeatIds, a.ClosedAt }).SingleOrDefaultAsync(Context.ConnectionAborted);
        if (accepted && agenda is { ClosedAt: null } && !agenda.ParticipantSeatIds.Contains(seatId))
        {
            await agendaCommands.RunAsync(session.Id, (a, now) => a.Arrive(seatId, now), closes: false, Context.ConnectionAborted);
        }
    }

    private static SessionResult? TooLong(int max, params string?[] texts) =>
        texts.Any(t => t is { Length: var length } && length > max) ? SessionResult.Refused($"Een tekst is te lang; gebruik hoogstens {max} tekens.") : null;

    /// <summary>The action as the domain checks it, or null when the input is not even well-formed
    /// (see <see cref="InvalidInput"/> for the message).</summary>
    private static ActionDetails? DetailsOf(ActionInput? input)
    {
        if (input is null || InvalidInput(input) is not null)
        {
            return null;
        }

        return new ActionDetails(
            input.NormId ?? "",
            input.Title ?? "",
            input.ForYoungPeople ?? "",
            input.OwnerSeatId,
            [.. input.Organisations ?? []],
            DateOf(input.Start)!.Value,
            DateOf(input.Deadline)!.Value,
            input.ResultIndicator ?? "",
            DateOf(input.FirstCheck)!.Value);
    }

    private static string? InvalidInput(ActionInput? input)
    {
        if (input is null)
        {
            return "Vul de gegevens van de actie in.";
        }

        if (input.Title is { Length: > MaxActionTitleLength })
        {
            return $"Houd de titel kort: hoogstens {MaxActionTitleLength} tekens.";
        }

        if (input.ForYoungPeople is { Length: > MaxAgendaTextLength } || input.ResultIndicator is { Length: > MaxAgendaTextLength })
        {
            return $"Een tekst is te lang; gebruik hoogstens {MaxAgendaTextLength} tekens.";
        }

        if (input.Organisations is { } organisations && (organisations.Count > MaxOrganisations || organisations.Any(o => o is null || o.Length > MaxActionTitleLength)))
        {
            return $"Noem hoogstens {MaxOrganisations} organisaties, elk in hoogstens {MaxActionTitleLength} tekens.";
        }

        if (input.OwnerSeatId == Guid.Empty)
        {
            return "Kies een trekker.";
        }

        return DateOf(input.Start) is null ? "Vul een geldige startdatum in."
            : DateOf(input.Deadline) is null ? "Vul een geldige deadline in."
            : DateOf(input.FirstCheck) is null ? "Vul een geldig eerste checkmoment in."
            : null;
    }

    private static DateOnly? DateOf(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private async Task<SessionResult> AgendaCommand(Guid commandId, Func<ImprovementAgenda, Guid, DateTime, CommandOutcome> command, bool closes = false)
    {
        var guard = await GuardAsync(commandId);
        return guard.Refusal ?? await agendaCommands.RunAsync(guard.SessionId, (a, now) => command(a, guard.Seat, now), closes, Context.ConnectionAborted);
    }
}
