using System.Security.Claims;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Features.Accounts;
using Glansrijk.Scan.Web.Features.Invitations;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>What the server pushes: each audience its own state, always with the session's version.</summary>
public interface ISessionClient
{
    Task ParticipantState(ParticipantState state);

    Task ChairState(ChairState state);

    Task ScreenState(ScreenState state);
}

/// <summary>Who a connection is in a session: a seat (a participant, or the initiator through their account), or the
/// shared screen, which may only watch. <paramref name="LinkId"/> is the personal link a participant joined with, checked
/// again before each of their commands.</summary>
public sealed record SessionCaller(Guid SessionId, Guid? SeatId, Guid? LinkId = null)
{
    public bool IsScreen => SeatId is null;
}

/// <summary>The one hub of the live sessions. It finds out who the connection is, checks the input, and hands the
/// command to <see cref="LiveSessionService"/>, which persists and then broadcasts. Clients call <see cref="Join"/> (or
/// <see cref="JoinScreen"/>) on every (re)connect and get the full state back.</summary>
public sealed partial class SessionHub(
    LiveSessionService sessions,
    SessionStates states,
    SessionConnections connections,
    ScanDbContext db,
    PrioritisingService prioritisations,
    Agenda.ImprovementAgendaService agendas,
    SessionOneReportMail reportMail,
    SessionAgendaCommands agendaCommands) : Hub<ISessionClient>
{
    public const string Path = "/hubs/sessie";

    private const string NotJoined = "Je bent niet aangemeld bij een sessie. Ververs de pagina.";
    private const string ScreenIsReadOnly = "Het scherm laat de sessie alleen zien; stemmen en leiden kan hier niet.";
    private const string LinkRevoked = "Je persoonlijke link werkt niet meer, dus je kunt niet meer meedoen aan deze sessie. Vraag de initiatiefnemer om een nieuwe uitnodiging.";

    /// <summary>Starts session 1 or 2 of a scan, or finds the one that runs. For the initiator (or a Beheerder) and the
    /// chair named for that session.</summary>
    public async Task<SessionResult> Start(Guid scanId, int number)
    {
        if (!await MayStartAsync(scanId, number))
        {
            return SessionResult.Refused("Alleen de initiatiefnemer of de voorzitter kan deze sessie beginnen.");
        }

        return await sessions.StartAsync(scanId, number, Context.ConnectionAborted);
    }

    /// <summary>A participant (personal link) or the initiator (account) joins the session; marks them present.</summary>
    public async Task<SessionResult> Join(Guid sessionId)
    {
        var session = await sessions.FindAsync(sessionId, Context.ConnectionAborted);
        var seatId = session is null ? null : await SeatOfAsync(session);
        if (session is null || seatId is not { } seat)
        {
            return SessionResult.Refused("Deze sessie hoort niet bij jouw scan, of bestaat niet.");
        }

        await LeaveCurrentAsync(leaveGroups: true);
        var caller = new SessionCaller(session.Id, seat, Context.User?.Participant() is { } p && p.ScanId == session.ScanId && p.SeatId == seat ? p.LinkId : null);
        Context.Items[typeof(SessionCaller)] = caller;
        connections.Add(Context.ConnectionId, caller);
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveSessionService.SeatGroup(session.Id, seat), Context.ConnectionAborted);
        var present = await sessions.ApplyAsync(session.Id, (s, now) => s.MarkPresent(seat, now), Context.ConnectionAborted);
        if (present.Ok)
        {
            await ArriveAtAgendaAsync(session, seat);
        }

        return present.Ok ? await GetState() : present;
    }

    /// <summary>The shared screen joins by the code it shows; it can watch, never vote or steer.</summary>
    public async Task<SessionResult> JoinScreen(string code)
    {
        var normalised = ScreenCode.Normalise(code);
        var session = normalised is null ? null : await sessions.FindByCodeAsync(normalised, Context.ConnectionAborted);
        if (session is null)
        {
            return SessionResult.Refused("Deze code hoort niet bij een lopende sessie. Kijk nog eens op het scherm.");
        }

        await LeaveCurrentAsync(leaveGroups: true);
        var caller = new SessionCaller(session.Id, null);
        Context.Items[typeof(SessionCaller)] = caller;
        connections.Add(Context.ConnectionId, caller);
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveSessionService.ScreenGroup(session.Id), Context.ConnectionAborted);
        var aggregates = await sessions.AggregatesAsync(session, Context.ConnectionAborted);
        await Clients.Caller.ScreenState(states.ForScreen(session, aggregates));
        return new SessionResult(true, SessionStates.StateVersion(session, aggregates), null, session.Id);
    }

    /// <summary>Sends this connection its full state again, e.g. after it saw a gap in the versions.</summary>
    public async Task<SessionResult> GetState()
    {
        if (Caller is not { } caller)
        {
            return SessionResult.Refused(NotJoined);
        }

        if (!await LinkStillValidAsync(caller))
        {
            return await RefuseRevokedAsync();
        }

        var session = await sessions.FindAsync(caller.SessionId, Context.ConnectionAborted);
        if (session is null)
        {
            return SessionResult.Refused("Deze sessie bestaat niet (meer).");
        }

        var aggregates = await sessions.AggregatesAsync(session, Context.ConnectionAborted);
        if (caller.SeatId is not { } seat)
        {
            await Clients.Caller.ScreenState(states.ForScreen(session, aggregates));
        }
        else if (session.CanSteer(seat))
        {
            await Clients.Caller.ChairState(states.ForChair(session, seat, aggregates));
        }
        else
        {
            await Clients.Caller.ParticipantState(states.ForParticipant(session, seat, aggregates));
        }

        return new SessionResult(true, SessionStates.StateVersion(session, aggregates), null, session.Id);
    }

    public Task<SessionResult> Vote(Guid commandId, Guid roundId, string optionCode, string? comment) =>
        Command(commandId, (s, seat, now) => s.CastVote(seat, roundId, optionCode, comment, commandId, now));

    public Task<SessionResult> OpenRound(Guid commandId) => Command(commandId, (s, seat, now) => s.OpenRound(seat, commandId, now));

    public Task<SessionResult> CloseRound(Guid commandId, Guid roundId) => Command(commandId, (s, seat, now) => s.CloseRound(seat, roundId, commandId, now));

    public Task<SessionResult> Reveal(Guid commandId, Guid roundId) => Command(commandId, (s, seat, now) => s.RevealRound(seat, roundId, commandId, now));

    public Task<SessionResult> Revote(Guid commandId) => Command(commandId, (s, seat, now) => s.Revote(seat, commandId, now));

    public Task<SessionResult> Next(Guid commandId) => Command(commandId, (s, seat, now) => s.Next(seat, commandId, now));

    public Task<SessionResult> Previous(Guid commandId) => Command(commandId, (s, seat, now) => s.Previous(seat, commandId, now));

    public Task<SessionResult> GoTo(Guid commandId, int position) => Command(commandId, (s, seat, now) => s.GoTo(seat, position, commandId, now));

    public Task<SessionResult> RecordImprovementPoint(Guid commandId, string itemId, string text) =>
        Command(commandId, (s, seat, now) => s.RecordImprovementPoint(seat, itemId, text, commandId, now));

    public Task<SessionResult> ReviseImprovementPoint(Guid commandId, Guid pointId, string text) =>
        Command(commandId, (s, seat, now) => s.ReviseImprovementPoint(seat, pointId, text, commandId, now));

    public Task<SessionResult> RemoveImprovementPoint(Guid commandId, Guid pointId) =>
        Command(commandId, (s, seat, now) => s.RemoveImprovementPoint(seat, pointId, commandId, now));

    /// <summary>Ends the session; the end of session 1 also mails its report to everyone (once).</summary>
    public async Task<SessionResult> End(Guid commandId)
    {
        var ended = await Command(commandId, (s, seat, now) => s.End(seat, commandId, now));
        return ended.Ok ? await AfterEndAsync(ended) : ended;
    }

    public async Task<SessionResult> HandOverChair(Guid commandId, Guid toSeatId) =>
        await AgendaFollowsChairAsync(await Command(commandId, (s, seat, now) => s.HandOverChair(seat, toSeatId, commandId, now)), commandId);

    public async Task<SessionResult> TakeBackChair(Guid commandId) =>
        await AgendaFollowsChairAsync(await Command(commandId, (s, seat, now) => s.TakeBackChair(seat, commandId, now)), commandId);

    public Task<SessionResult> ChooseOpenDiscussion(Guid commandId) => Command(commandId, (s, seat, now) => s.ChooseOpenDiscussion(seat, commandId, now));

    public Task<SessionResult> SetAutoReveal(Guid commandId, bool on) => Command(commandId, (s, seat, now) => s.SetAutoReveal(seat, on, commandId, now));

    /// <summary>Marks the seat absent when this was its last connection; the chair keeps the chair.</summary>
    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await LeaveCurrentAsync();
        await base.OnDisconnectedAsync(exception);
    }

    private SessionCaller? Caller => Context.Items.TryGetValue(typeof(SessionCaller), out var value) ? value as SessionCaller : null;

    private async Task<SessionResult> Command(Guid commandId, Func<LiveSession, Guid, DateTime, CommandOutcome> command)
    {
        if (Caller is not { } caller)
        {
            return SessionResult.Refused(NotJoined);
        }

        if (caller.SeatId is not { } seat)
        {
            return SessionResult.Refused(ScreenIsReadOnly);
        }

        if (commandId == Guid.Empty)
        {
            return SessionResult.Refused("Er ging iets mis met dit verzoek. Ververs de pagina en probeer het opnieuw.");
        }

        if (!await LinkStillValidAsync(caller))
        {
            return await RefuseRevokedAsync();
        }

        return await sessions.ApplyAsync(caller.SessionId, (s, now) => command(s, seat, now), Context.ConnectionAborted);
    }

    /// <summary>A link revoked after the join (a replaced or withdrawn person) stops the seat's commands at once, in
    /// whichever process the connection lives: one lookup by key per command, no state to keep in step. The check is in
    /// the hub and not only at the revocation, because a revocation does not know the connections of other processes.</summary>
    private async Task<bool> LinkStillValidAsync(SessionCaller caller) =>
        caller.LinkId is not { } linkId
        || await db.ParticipantLinks.AnyAsync(l => l.Id == linkId && l.RevokedAt == null, Context.ConnectionAborted);

    /// <summary>Takes the connection out of the session (no more states, absent when it was the seat's last one) and
    /// tells the tablet why.</summary>
    private async Task<SessionResult> RefuseRevokedAsync()
    {
        await LeaveCurrentAsync(leaveGroups: true);
        return SessionResult.Refused(LinkRevoked);
    }

    private async Task LeaveCurrentAsync(bool leaveGroups = false)
    {
        if (connections.Remove(Context.ConnectionId) is not { } left)
        {
            return;
        }

        Context.Items.Remove(typeof(SessionCaller));
        if (leaveGroups)
        {
            var group = left.Caller.SeatId is { } leavingSeat
                ? LiveSessionService.SeatGroup(left.Caller.SessionId, leavingSeat)
                : LiveSessionService.ScreenGroup(left.Caller.SessionId);
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, group, CancellationToken.None);
        }

        if (left.Caller.SeatId is { } seat && !left.SeatStillConnected)
        {
            await sessions.ApplyAsync(left.Caller.SessionId, (s, now) => s.MarkAbsent(seat, now), CancellationToken.None);
        }
    }

    /// <summary>The seat this connection speaks for in <paramref name="session"/>: the participant's own seat when their
    /// link belongs to the session's scan and is still valid (checked again on every join, so a revoked link stops at the
    /// next reconnect), or the initiator's seat for the scan's initiator or a Beheerder.</summary>
    private async Task<Guid?> SeatOfAsync(LiveSession session)
    {
        var user = Context.User ?? new ClaimsPrincipal();
        if (user.Participant() is { } participant && participant.ScanId == session.ScanId && session.Seat(participant.SeatId) is not null)
        {
            var valid = await db.ParticipantLinks.AnyAsync(
                l => l.Id == participant.LinkId && l.SeatId == participant.SeatId && l.RevokedAt == null, Context.ConnectionAborted);
            return valid ? participant.SeatId : null;
        }

        return IsInitiatorOf(user, session.ScanId) ? session.InitiatorSeatId : null;
    }

    private bool IsInitiatorOf(ClaimsPrincipal user, Guid scanId)
    {
        if (user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } accountId)
        {
            return false;
        }

        return user.IsInRole(AccountRoles.Administrator)
            ? db.Scans.Any(s => s.Id == scanId)
            : db.Scans.Any(s => s.Id == scanId && s.InitiatorAccountId == accountId);
    }

    private async Task<bool> MayStartAsync(Guid scanId, int number)
    {
        var user = Context.User ?? new ClaimsPrincipal();
        if (IsInitiatorOf(user, scanId))
        {
            return true;
        }

        if (user.Participant() is not { } participant || participant.ScanId != scanId)
        {
            return false;
        }

        var session = await db.Scans.Where(s => s.Id == scanId).SelectMany(s => s.Sessions).Where(s => s.Number == number)
            .Select(s => new { s.ChairSeatId }).SingleOrDefaultAsync(Context.ConnectionAborted);
        return session?.ChairSeatId == participant.SeatId;
    }
}
