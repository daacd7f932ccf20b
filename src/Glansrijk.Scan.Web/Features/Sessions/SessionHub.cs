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

    /// <summary>To the whole room after a vote: the count, not the answer (see <see cref="Sessions.VoteCount"/>).</summary>
    Task VoteCounted(VoteCount update);

    /// <summary>To the whole room after someone came in or left (see <see cref="Sessions.PresenceUpdate"/>).</summary>
    Task PresenceChanged(PresenceUpdate update);
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
    SessionAgendaCommands agendaCommands,
    LiveVotes votes,
    LiveSteering steering) : Hub<ISessionClient>
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
        var session = await sessions.AdmissionAsync(sessionId, Context.ConnectionAborted);
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
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveSessionService.RoomGroup(session.Id), Context.ConnectionAborted);
        if (await steering.SetPresenceAsync(session.Id, seat, true, Context.ConnectionAborted) is { } present)
        {
            await sessions.BroadcastPresenceAsync(session.Id, present);
        }

        await ArriveAtAgendaAsync(session, seat);
        return await GetState();
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
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveSessionService.RoomGroup(session.Id), Context.ConnectionAborted);
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

    /// <summary>A vote takes the engine's fast path (<see cref="LiveVotes"/>): its own row, never the whole session.</summary>
    public async Task<SessionResult> Vote(Guid commandId, Guid roundId, string optionCode, string? comment)
    {
        // The personal link is checked in the vote's own read (LiveVotes), not in a query of its own.
        var guard = Guard(commandId);
        if (guard.Refusal is { } refused)
        {
            return refused;
        }

        var outcome = await votes.CastAsync(
            new CastVote(guard.SessionId, guard.Seat, guard.LinkId, commandId, roundId, optionCode, comment), Context.ConnectionAborted);
        if (outcome.LinkRevoked)
        {
            return await RefuseRevokedAsync();
        }

        if (!outcome.Ok)
        {
            return SessionResult.Refused(outcome.Message!, outcome.Version);
        }

        if (outcome.Stored is { ChangedMore: true })
        {
            await sessions.BroadcastAsync(guard.SessionId, CancellationToken.None);
        }
        else if (outcome.Stored is { } stored)
        {
            await sessions.BroadcastVoteAsync(guard.SessionId, stored);
        }

        return new SessionResult(true, outcome.Version, null, guard.SessionId);
    }

    public Task<SessionResult> OpenRound(Guid commandId) => Command(commandId, (f, seat, now) => SessionRules.OpenRound(f.Head, seat, now));

    public Task<SessionResult> CloseRound(Guid commandId, Guid roundId) =>
        Command(commandId, new SteeringAsk(RoundId: roundId), (f, seat, _) => SessionRules.CloseRound(f.Head, seat, f.Named));

    public Task<SessionResult> Reveal(Guid commandId, Guid roundId) =>
        Command(commandId, new SteeringAsk(RoundId: roundId), (f, seat, _) => SessionRules.RevealRound(f.Head, seat, f.Named));

    public Task<SessionResult> Revote(Guid commandId) => Command(commandId, (f, seat, now) => SessionRules.Revote(f.Head, seat, now));

    public Task<SessionResult> Next(Guid commandId) => Command(commandId, (f, seat, _) => SessionRules.Next(f.Head, seat));

    public Task<SessionResult> Previous(Guid commandId) => Command(commandId, (f, seat, _) => SessionRules.Previous(f.Head, seat));

    public Task<SessionResult> GoTo(Guid commandId, int position) => Command(commandId, (f, seat, _) => SessionRules.GoTo(f.Head, seat, position));

    public Task<SessionResult> RecordImprovementPoint(Guid commandId, string itemId, string text) =>
        Command(commandId, new SteeringAsk(ItemId: itemId), (f, seat, now) => SessionRules.RecordImprovementPoint(f.Head, seat, itemId, f.ItemOnAgenda, text, commandId, now));

    public Task<SessionResult> ReviseImprovementPoint(Guid commandId, Guid pointId, string text) =>
        Command(commandId, new SteeringAsk(PointId: pointId), (f, seat, _) => SessionRules.ReviseImprovementPoint(f.Head, seat, pointId, f.PointExists, text));

    public Task<SessionResult> RemoveImprovementPoint(Guid commandId, Guid pointId) =>
        Command(commandId, new SteeringAsk(PointId: pointId), (f, seat, _) => SessionRules.RemoveImprovementPoint(f.Head, seat, pointId, f.PointExists));

    /// <summary>Ends the session; the end of session 1 also mails its report to everyone (once).</summary>
    public async Task<SessionResult> End(Guid commandId)
    {
        var ended = await Command(commandId, (f, seat, _) => SessionRules.End(f.Head, seat));
        return ended.Ok ? await AfterEndAsync(ended) : ended;
    }

    public async Task<SessionResult> HandOverChair(Guid commandId, Guid toSeatId) =>
        await AgendaFollowsChairAsync(
            await Command(commandId, new SteeringAsk(SeatId: toSeatId), (f, seat, _) => SessionRules.HandOverChair(f.Head, seat, toSeatId, f.SeatName, f.ChairName)),
            commandId);

    public async Task<SessionResult> TakeBackChair(Guid commandId) =>
        await AgendaFollowsChairAsync(await Command(commandId, (f, seat, _) => SessionRules.TakeBackChair(f.Head, seat, f.InitiatorName, f.ChairName)), commandId);

    public Task<SessionResult> ChooseOpenDiscussion(Guid commandId) => Command(commandId, (f, seat, _) => SessionRules.ChooseOpenDiscussion(f.Head, seat));

    public Task<SessionResult> SetAutoReveal(Guid commandId, bool on) => Command(commandId, (f, seat, _) => SessionRules.SetAutoReveal(f.Head, seat, on));

    /// <summary>Marks the seat absent when this was its last connection; the chair keeps the chair.</summary>
    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await LeaveCurrentAsync();
        await base.OnDisconnectedAsync(exception);
    }

    private SessionCaller? Caller => Context.Items.TryGetValue(typeof(SessionCaller), out var value) ? value as SessionCaller : null;

    private Task<SessionResult> Command(Guid commandId, Func<SteeringFacts, Guid, DateTime, SessionStep> rule) => Command(commandId, SteeringAsk.Session, rule);

    /// <summary>A steering command, row by row (<see cref="LiveSteering"/>); when it changed the session, everyone gets
    /// their new state, after the commit.</summary>
    private async Task<SessionResult> Command(Guid commandId, SteeringAsk ask, Func<SteeringFacts, Guid, DateTime, SessionStep> rule)
    {
        var guard = await GuardAsync(commandId);
        if (guard.Refusal is { } refused)
        {
            return refused;
        }

        var steered = await steering.RunAsync(guard.SessionId, commandId, ask, (facts, now) => rule(facts, guard.Seat, now), Context.ConnectionAborted);
        if (steered.Changed)
        {
            await sessions.BroadcastAsync(guard.SessionId, CancellationToken.None);
        }

        return steered.Result;
    }

    /// <summary>The one check in front of every command of a seat, whichever part of the session it belongs to (rounds,
    /// prioritising, the verbeteragenda, the voortgangsoverleg): the connection joined a session, it speaks for a seat
    /// (the screen only watches), the command carries an id, and a participant's personal link is still valid. What the
    /// seat may do there (steer or not, in this kind of session) the rules of the aggregate decide, in Core.</summary>
    private async Task<Guarded> GuardAsync(Guid commandId)
    {
        var guard = Guard(commandId);
        if (guard.Refusal is not null || await LinkStillValidAsync(Caller!))
        {
            return guard;
        }

        return new Guarded(await RefuseRevokedAsync());
    }

    /// <summary>The part of <see cref="GuardAsync"/> that needs no database: for the vote, whose own read checks the
    /// personal link (<see cref="LiveVotes"/>), so that the hottest command costs one query less.</summary>
    private Guarded Guard(Guid commandId)
    {
        if (Caller is not { } caller)
        {
            return new Guarded(SessionResult.Refused(NotJoined));
        }

        if (caller.SeatId is not { } seat)
        {
            return new Guarded(SessionResult.Refused(ScreenIsReadOnly));
        }

        if (commandId == Guid.Empty)
        {
            return new Guarded(SessionResult.Refused("Er ging iets mis met dit verzoek. Ververs de pagina en probeer het opnieuw."));
        }

        return new Guarded(null, caller.SessionId, seat, caller.LinkId);
    }

    /// <summary>What <see cref="GuardAsync"/> found: a refusal, or the session and seat the command speaks for (and the
    /// personal link it joined with, null for an account).</summary>
    private sealed record Guarded(SessionResult? Refusal, Guid SessionId = default, Guid Seat = default, Guid? LinkId = null);

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
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, LiveSessionService.RoomGroup(left.Caller.SessionId), CancellationToken.None);
        }

        if (left.Caller.SeatId is { } seat && !left.SeatStillConnected)
        {
            if (await steering.SetPresenceAsync(left.Caller.SessionId, seat, false, CancellationToken.None) is { } absent)
            {
                await sessions.BroadcastPresenceAsync(left.Caller.SessionId, absent);
            }
        }
    }

    /// <summary>The seat this connection speaks for in <paramref name="session"/>: the participant's own seat when their
    /// link belongs to the session's scan and is still valid (checked again on every join, so a revoked link stops at the
    /// next reconnect), or the initiator's seat for the scan's initiator or a Beheerder.</summary>
    private async Task<Guid?> SeatOfAsync(SessionAdmission session)
    {
        var user = Context.User ?? new ClaimsPrincipal();
        if (user.Participant() is { } participant && participant.ScanId == session.ScanId && session.HasSeat(participant.SeatId))
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
