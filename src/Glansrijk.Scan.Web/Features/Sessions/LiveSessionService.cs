using System.Collections.Concurrent;
using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Features.Agenda;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>The answer to every hub call: the hub never throws at a client.</summary>
public sealed record SessionResult(bool Ok, long Version, string? Message, Guid? SessionId = null)
{
    public static SessionResult Refused(string message, long version = 0) => new(false, version, message);
}

/// <summary>A session as a join sees it: which scan and kind it is, whether it ended, and its seats.</summary>
public sealed record SessionAdmission(Guid Id, Guid ScanId, SessionKind Kind, int SessionNumber, bool Ended, Guid InitiatorSeatId, IReadOnlyList<Guid> SeatIds)
{
    public bool HasSeat(Guid seatId) => SeatIds.Contains(seatId);
}

/// <summary>Starts live sessions, finds them, and broadcasts after a command: the room's small updates, or each audience
/// its full state. The commands themselves write rows (<see cref="LiveVotes"/>, <see cref="LiveSteering"/>); the
/// database is the source of truth.</summary>
public sealed partial class LiveSessionService(
    IServiceScopeFactory scopes,
    IHubContext<SessionHub, ISessionClient> hub,
    SessionStates states,
    ContentCatalog content,
    SessionLocks locks,
    ImprovementAgendaService agendas,
    TimeProvider clock,
    ILogger<LiveSessionService> logger)
{
    /// <summary>The tag on the query that loads a session for its full states.</summary>
    public const string StateTag = "live session state";

    public static string SeatGroup(Guid sessionId, Guid seatId) => $"sessie:{sessionId}:plek:{seatId}";

    public static string ScreenGroup(Guid sessionId) => $"sessie:{sessionId}:scherm";

    /// <summary>Every connection of the session, tablets, consoles and the screen: the small updates go here.</summary>
    public static string RoomGroup(Guid sessionId) => $"sessie:{sessionId}";

    /// <summary>After a vote the room gets one small update, the same for everyone; the voter has its answer already,
    /// in the acknowledgement.</summary>
    public Task BroadcastVoteAsync(Guid sessionId, StoredVote vote) => hub.Clients.Group(RoomGroup(sessionId)).VoteCounted(VoteCount.Of(vote));

    /// <summary>After someone came in or left the room gets one small update, unless the session shows presence in more
    /// than its list of people (the prioritising and the verbeteragenda): then everyone gets their full state.</summary>
    public async Task BroadcastPresenceAsync(Guid sessionId, StoredPresence presence)
    {
        ArgumentNullException.ThrowIfNull(presence);
        if (presence.ShownElsewhere)
        {
            await BroadcastAsync(sessionId, CancellationToken.None);
        }
        else
        {
            await hub.Clients.Group(RoomGroup(sessionId)).PresenceChanged(PresenceUpdate.Of(presence));
        }
    }

    /// <summary>Starts session <paramref name="number"/> of a scan, or returns the one that is running. The caller has
    /// been checked: the initiator (or a Beheerder) or the chair named for this session. Session 2 needs the
    /// verbeteragenda: when the end of session 1 did not start it, it starts now from session 1's results, for the
    /// chair to confirm the focus norms.</summary>
    public async Task<SessionResult> StartAsync(Guid scanId, int number, CancellationToken cancellationToken)
    {
        var started = await StartSessionAsync(scanId, number, cancellationToken);
        if (started.Ok && number == 2)
        {
            var agenda = await agendas.StartFromSession1Async(scanId, cancellationToken);
            if (!agenda.Ok)
            {
                LogNoAgenda(logger, scanId, agenda.Message);
            }
            else if (agenda.Id is { } agendaId && started.SessionId is { } sessionId)
            {
                await AlignAgendaChairAsync(agendaId, sessionId, cancellationToken);
            }
        }

        return started;
    }

    /// <summary>Stores a session that was just started, with a screen code no other session has.</summary>
    private static async Task StoreNewAsync(ScanDbContext db, LiveSession session, CancellationToken cancellationToken)
    {
        while (await db.LiveSessions.AnyAsync(s => s.Code == session.Code, cancellationToken))
        {
            session.RenewCode(Random.Shared);
        }

        db.LiveSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The agenda may have been started at the end of session 1, before session 2's chair was named (or
    /// changed): session 2's chair steers the agenda too. The session's id is the command id, so starting again (or a
    /// second process doing the same) hands over once.</summary>
    private async Task AlignAgendaChairAsync(Guid agendaId, Guid sessionId, CancellationToken cancellationToken)
    {
        if (await FindAsync(sessionId, cancellationToken) is not { } session)
        {
            return;
        }

        var aligned = await agendas.ApplyAsync(
            agendaId,
            (agenda, now) => agenda.ChairSeatId == session.ChairSeatId
                ? CommandOutcome.AlreadyApplied
                : agenda.HandOverChair(agenda.InitiatorSeatId, session.ChairSeatId, sessionId, now),
            cancellationToken);
        if (!aligned.Ok)
        {
            LogChairNotAligned(logger, agendaId, aligned.Message);
        }
    }

    /// <summary>Starts a voortgangsoverleg of a scan whose verbeteragenda is closed, or returns the one that is running:
    /// a scan may have many, one at a time. The caller has been checked: the initiator (or a Beheerder) or the chair of
    /// the verbeteragenda.</summary>
    public async Task<SessionResult> StartProgressMeetingAsync(Guid scanId, CancellationToken cancellationToken)
    {
        using var held = await locks.EnterAsync(scanId, cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ScanDbContext>();
        var meetings = await db.LiveSessions.AsNoTracking()
            .Where(s => s.ScanId == scanId && s.Kind == SessionKind.ProgressMeeting)
            .Select(s => new { s.Id, s.Version, Running = s.EndedAt == null })
            .ToListAsync(cancellationToken);
        if (meetings.FirstOrDefault(m => m.Running) is { } running)
        {
            return new SessionResult(true, running.Version, null, running.Id);
        }

        var scan = await db.Scans.Include(s => s.Seats).Include(s => s.Sessions).SingleOrDefaultAsync(s => s.Id == scanId, cancellationToken);
        if (scan is null)
        {
            return SessionResult.Refused("Deze scan bestaat niet.");
        }

        var agenda = await db.ImprovementAgendas.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(a => a.ScanId == scanId, cancellationToken);
        if (agenda is null)
        {
            return SessionResult.Refused("Een voortgangsoverleg kan pas als de verbeteragenda is vastgesteld.");
        }

        LiveSession session;
        try
        {
            session = LiveSession.StartProgressMeeting(scan, agenda, new ProgressMeetingsHeld(meetings.Count, false), Random.Shared, clock.GetUtcNow().UtcDateTime);
        }
        catch (SessionRuleException e)
        {
            return SessionResult.Refused(e.Message);
        }

        await StoreNewAsync(db, session, cancellationToken);
        LogProgressMeetingStarted(logger, session.Id, scanId, session.SessionNumber);
        return new SessionResult(true, session.Version, null, session.Id);
    }

    private async Task<SessionResult> StartSessionAsync(Guid scanId, int number, CancellationToken cancellationToken)
    {
        using var held = await locks.EnterAsync(scanId, cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ScanDbContext>();
        var existing = await db.LiveSessions.AsNoTracking()
            .Where(s => s.ScanId == scanId && s.Kind == SessionKind.ScanSession && s.SessionNumber == number)
            .Select(s => new { s.Id, s.Version })
            .SingleOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return new SessionResult(true, existing.Version, null, existing.Id);
        }

        var scan = await db.Scans.Include(s => s.Seats).Include(s => s.Sessions).SingleOrDefaultAsync(s => s.Id == scanId, cancellationToken);
        if (scan is null)
        {
            return SessionResult.Refused("Deze scan bestaat niet.");
        }

        LiveSession session;
        try
        {
            var instruments = content.Instruments.Where(i => scan.Details.InstrumentIds.Contains(i.Id));
            session = LiveSession.Start(scan, number, instruments, Random.Shared, clock.GetUtcNow().UtcDateTime);
        }
        catch (SessionRuleException e)
        {
            return SessionResult.Refused(e.Message);
        }

        await StoreNewAsync(db, session, cancellationToken);
        LogStarted(logger, session.Id, scanId, number);
        return new SessionResult(true, session.Version, null, session.Id);
    }

    /// <summary>What letting someone into a session needs to know about it, in one small query: a join answers with the
    /// full state anyway, so loading the whole session first as well made every (re)connect pay for it twice, and twelve
    /// tablets coming back after a node went down twenty-four times.</summary>
    public async Task<SessionAdmission?> AdmissionAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ScanDbContext>().LiveSessions.AsNoTracking()
            .Where(s => s.Id == sessionId)
            .Select(s => new SessionAdmission(s.Id, s.ScanId, s.Kind, s.SessionNumber, s.EndedAt != null, s.InitiatorSeatId, s.Seats.Select(x => x.SeatId).ToList()))
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<LiveSession?> FindAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await LoadAsync(scope.ServiceProvider.GetRequiredService<ScanDbContext>(), sessionId, tracked: false, cancellationToken);
    }

    public async Task<LiveSession?> FindByCodeAsync(string code, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ScanDbContext>();
        var id = await db.LiveSessions.Where(s => s.Code == code && s.EndedAt == null).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
        return id is { } found ? await LoadAsync(db, found, tracked: false, cancellationToken) : null;
    }

    /// <summary>The scan's prioritising and verbeteragenda as they are stored now; the live states show them.</summary>
    public async Task<AgendaAggregates> AggregatesAsync(LiveSession session, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await LoadAggregatesAsync(scope.ServiceProvider.GetRequiredService<ScanDbContext>(), session, cancellationToken);
    }

    /// <summary>Reloads the session and the scan's agenda aggregates and sends everyone in it their full state; for
    /// commands on an agenda aggregate, called after they saved.</summary>
    /// <returns>The version the clients now see, or null when the session does not exist.</returns>
    public async Task<long?> BroadcastAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ScanDbContext>();
        if (await LoadAsync(db, sessionId, tracked: false, cancellationToken) is not { } session)
        {
            return null;
        }

        var aggregates = await LoadAggregatesAsync(db, session, cancellationToken);
        await BroadcastAsync(session, aggregates);
        return SessionStates.StateVersion(session, aggregates);
    }

    /// <summary>Sends each seat its own state (the chair and the initiator get the console), and the screen its state.</summary>
    private async Task BroadcastAsync(LiveSession session, AgendaAggregates aggregates)
    {
        var sends = new List<Task>(session.Seats.Count + 1) { hub.Clients.Group(ScreenGroup(session.Id)).ScreenState(states.ForScreen(session, aggregates)) };
        foreach (var seat in session.Seats)
        {
            var group = hub.Clients.Group(SeatGroup(session.Id, seat.SeatId));
            sends.Add(session.CanSteer(seat.SeatId)
                ? group.ChairState(states.ForChair(session, seat.SeatId, aggregates))
                : group.ParticipantState(states.ForParticipant(session, seat.SeatId, aggregates)));
        }

        await Task.WhenAll(sends);
    }

    /// <summary>In session 2 the agenda is shown with session 1's improvement points (see <see cref="SessionAgenda"/>).</summary>
    private static async Task<AgendaAggregates> LoadAggregatesAsync(ScanDbContext db, LiveSession session, CancellationToken cancellationToken)
    {
        var scanId = session.ScanId;
        var prioritisation = await db.Prioritisations.AsNoTracking().SingleOrDefaultAsync(p => p.ScanId == scanId, cancellationToken);
        var agenda = await db.ImprovementAgendas.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(a => a.ScanId == scanId, cancellationToken);
        if (prioritisation is null && agenda is null)
        {
            return AgendaAggregates.None;
        }

        var sessionTwo = agenda is not null && session is { Kind: SessionKind.ScanSession, SessionNumber: 2 }
            ? new SessionAgenda(agenda, await SessionAgenda.SessionOnePointsAsync(db, scanId, cancellationToken))
            : null;
        return new AgendaAggregates(prioritisation, agenda, sessionTwo);
    }

    private static Task<LiveSession?> LoadAsync(ScanDbContext db, Guid sessionId, bool tracked, CancellationToken cancellationToken)
    {
        // Tagged, so that what a command costs can be told apart from what its new state costs to read.
        var query = db.LiveSessions.AsSplitQuery().TagWith(StateTag);
        return (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Live session {SessionId} started for scan {ScanId}, session {Number}")]
    private static partial void LogStarted(ILogger logger, Guid sessionId, Guid scanId, int number);

    [LoggerMessage(Level = LogLevel.Information, Message = "Progress meeting {SessionId} started for scan {ScanId}, meeting {Number}")]
    private static partial void LogProgressMeetingStarted(ILogger logger, Guid sessionId, Guid scanId, int number);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session 2 of scan {ScanId} runs without a verbeteragenda: {Reason}")]
    private static partial void LogNoAgenda(ILogger logger, Guid scanId, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The chair of verbeteragenda {AgendaId} stays as it was: {Reason}")]
    private static partial void LogChairNotAligned(ILogger logger, Guid agendaId, string? reason);
}

/// <summary>One lock per session (or scan), so commands on one session run one after the other in this process. Locks
/// nobody holds or waits for are removed, so the dictionary does not grow with every session ever run.</summary>
public sealed class SessionLocks
{
    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();

    public async Task<IDisposable> EnterAsync(Guid key, CancellationToken cancellationToken)
    {
        Entry entry;
        while (true)
        {
            entry = _entries.GetOrAdd(key, _ => new Entry());
            lock (entry)
            {
                if (!entry.Removed)
                {
                    entry.Users++;
                    break;
                }
            }
        }

        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(key, entry, release: false);
            throw;
        }

        return new Held(() => Leave(key, entry, release: true));
    }

    private void Leave(Guid key, Entry entry, bool release)
    {
        if (release)
        {
            entry.Semaphore.Release();
        }

        lock (entry)
        {
            entry.Users--;
            if (entry.Users == 0)
            {
                entry.Removed = true;
                _entries.TryRemove(new KeyValuePair<Guid, Entry>(key, entry));
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);
        public int Users { get; set; }
        public bool Removed { get; set; }
    }

    private sealed class Held(Action leave) : IDisposable
    {
        private Action? _leave = leave;

        public void Dispose() => Interlocked.Exchange(ref _leave, null)?.Invoke();
    }
}
