using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>A vote as it was stored: the state version the room now sees, the round's count (who voted, never what),
/// and whether the vote changed more than the count (the voter came in, or auto-reveal closed the round), so that
/// everyone needs their full state.</summary>
public sealed record StoredVote(long Version, Guid RoundId, IReadOnlyList<SeatVoted> Seats, bool ChangedMore)
{
    public int Voted => Seats.Count(s => s.Voted);
}

/// <summary>One seat of the session in a vote's count: whether it is present and whether it has voted in the round.</summary>
public sealed record SeatVoted(Guid SeatId, bool Present, bool Voted);

/// <summary>The room's small update after a vote, the same for every connection in the session (≈ 180 bytes): the state
/// version, the round, its count in words, and the places (<see cref="PersonView.Place"/>) of the seats that have voted
/// in it. Never an answer. A client applies it to its latest full state; a version it did not see makes it ask for the
/// full state again.</summary>
public sealed record VoteCount(long Version, Guid RoundId, string Progress, IReadOnlyList<int> Seats)
{
    public static VoteCount Of(StoredVote vote)
    {
        ArgumentNullException.ThrowIfNull(vote);
        var places = PlacesOf(vote.Seats.Select(s => s.SeatId));
        return new VoteCount(vote.Version, vote.RoundId, Tally.ProgressOf(vote.Voted, vote.Seats.Count), [.. vote.Seats.Where(s => s.Voted).Select(s => places[s.SeatId]).Order()]);
    }

    /// <summary>Numbers the session's seats 0, 1, … in the order of their ids: the full states and the small updates
    /// number them alike without sending an id per seat.</summary>
    public static IReadOnlyDictionary<Guid, int> PlacesOf(IEnumerable<Guid> seatIds) =>
        seatIds.Order().Select((id, place) => (id, place)).ToDictionary(x => x.id, x => x.place);
}

/// <summary>What a vote did: stored (<see cref="Stored"/>), a repeat of a vote already counted, or refused with the
/// rule's Dutch message. <see cref="Version"/> is the state version the caller is answered with.
/// <see cref="LinkRevoked"/>: refused because the voter's personal link no longer works.</summary>
public sealed record VoteOutcome(bool Ok, long Version, string? Message, StoredVote? Stored, bool LinkRevoked = false);

/// <summary>A vote as the hub hands it over: who casts it (the seat, and the personal link it joined with, null for the
/// initiator's account), and what.</summary>
public sealed record CastVote(Guid SessionId, Guid SeatId, Guid? LinkId, Guid CommandId, Guid RoundId, string? OptionCode, string? Comment);

/// <summary>The fast path of the live engine: a vote writes its own row and never loads the session. In one short
/// transaction it raises the session's version (which also holds the session row, so a chair's command that closes the
/// round waits or retries), reads the few facts the rules need (and whether the voter's personal link still works: the
/// hub's link check rides in this read instead of costing a query of its own), claims the command id, reads the seats,
/// checks them with <see cref="VoteRules"/>, and upserts the vote keyed by (round, seat). The cost does not grow with the
/// session's history: the same five statements at the first item as at the fifty-first. On SQLite the votes that wait
/// for the database while it is busy are written together, one commit for all (group commit, see
/// <see cref="WriteBatchAsync"/>). The two reads are compiled once
/// (a vote is the hottest path of the app; building the query from its expression each time cost more than running it).
/// The SQL is plain enough for SQLite and PostgreSQL alike.</summary>
public sealed class LiveVotes(IServiceScopeFactory scopes, WriteTurns turns, TimeProvider clock)
{
    private const int MostPerBatch = 64;
    private const string Savepoint = "vote";
    private readonly Lock _gate = new();
    private List<WaitingVote> _waiting = [];
    private bool _writing;

    private static readonly Func<ScanDbContext, Guid, Guid, string?, Guid?, CancellationToken, Task<VoteFacts>> ReadFacts =
        EF.CompileAsyncQuery((ScanDbContext db, Guid sessionId, Guid roundId, string? optionCode, Guid? linkId, CancellationToken _) =>
            db.LiveSessions.AsNoTracking()
                .Where(s => s.Id == sessionId)
                .Select(s => new VoteFacts(
                    s.Version,
                    s.EndedAt != null,
                    s.AutoReveal,
                    s.Rounds.Where(r => r.Id == roundId).Select(r => (RoundState?)r.State).FirstOrDefault(),
                    s.Rounds
                        .Where(r => s.Agenda.Any(e => e.Position == s.CurrentIndex && e.ItemId == r.ItemId))
                        .OrderByDescending(r => r.Number)
                        .Select(r => (Guid?)r.Id)
                        .FirstOrDefault(),
                    (db.Prioritisations.Where(p => p.ScanId == s.ScanId).Select(p => (long?)p.Version).FirstOrDefault() ?? 0)
                        + (db.ImprovementAgendas.Where(a => a.ScanId == s.ScanId).Select(a => (long?)a.Version).FirstOrDefault() ?? 0),
                    optionCode != null && s.Agenda.Any(e => e.Position == s.CurrentIndex && e.OptionCodes.Contains(optionCode)),
                    linkId == null || db.ParticipantLinks.Any(l => l.Id == linkId && l.RevokedAt == null)))
                .Single());

    // The session's seats, each with whether it has voted in the round: one query, twelve rows.
    private static readonly Func<ScanDbContext, Guid, Guid, IAsyncEnumerable<SeatFacts>> ReadSeats =
        EF.CompileAsyncQuery((ScanDbContext db, Guid sessionId, Guid roundId) =>
            db.LiveSessions.AsNoTracking()
                .Where(s => s.Id == sessionId)
                .SelectMany(s => s.Seats.Select(x => new SeatFacts(
                    x.SeatId,
                    x.IsPresent,
                    db.LiveSessions
                        .Where(o => o.Id == sessionId)
                        .SelectMany(o => o.Rounds.Where(r => r.Id == roundId).SelectMany(r => r.Votes))
                        .Any(v => v.SeatId == x.SeatId)))));

    /// <summary>Casts a vote and answers when it is stored (or refused). On SQLite, where writers take turns, votes
    /// that arrive while another write holds the database are written together (<see cref="WriteBatchAsync"/>).</summary>
    public async Task<VoteOutcome> CastAsync(CastVote vote, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vote);
        if (!turns.OneAtATime)
        {
            return (await WriteAsync([vote], cancellationToken))[0];
        }

        var waiting = new WaitingVote(vote);
        bool lead;
        lock (_gate)
        {
            _waiting.Add(waiting);
            lead = !_writing;
            _writing = true;
        }

        if (lead)
        {
            await WriteBatchAsync();
        }

        return await waiting.Outcome.Task;
    }

    /// <summary>Group commit: once it is the votes' turn to write, writes every vote waiting by then (at most
    /// <see cref="MostPerBatch"/>) in one transaction, so that ten rooms voting at once pay one commit (and one fsync)
    /// instead of ten. When more votes arrived meanwhile, the next batch starts on its own, and the voters of this one
    /// get their answers at once. A batch that fails is written again vote by vote, so one bad vote cannot fail the
    /// others.</summary>
    private async Task WriteBatchAsync()
    {
        List<WaitingVote> batch = [];
        try
        {
            using (var turn = await turns.TakeAsync(CancellationToken.None))
            {
                lock (_gate)
                {
                    var taken = Math.Min(_waiting.Count, MostPerBatch);
                    batch = _waiting[..taken];
                    _waiting = _waiting[taken..];
                }

                try
                {
                    var outcomes = await WriteInTurnAsync([.. batch.Select(w => w.Vote)], CancellationToken.None);
                    for (var i = 0; i < batch.Count; i++)
                    {
                        batch[i].Outcome.TrySetResult(outcomes[i]);
                    }

                    return;
                }
                catch (Exception) when (batch.Count > 1)
                {
                    // Written again below, vote by vote, each in a turn of its own.
                }
            }

            foreach (var waiting in batch)
            {
                try
                {
                    waiting.Outcome.TrySetResult((await WriteAsync([waiting.Vote], CancellationToken.None))[0]);
                }
                catch (Exception e)
                {
                    waiting.Outcome.TrySetException(e);
                }
            }
        }
        catch (Exception e)
        {
            foreach (var waiting in batch)
            {
                waiting.Outcome.TrySetException(e);
            }
        }
        finally
        {
            bool more;
            lock (_gate)
            {
                more = _waiting.Count > 0;
                _writing = more;
            }

            if (more)
            {
                _ = Task.Run(WriteBatchAsync);
            }
        }
    }

    private async Task<VoteOutcome[]> WriteAsync(IReadOnlyList<CastVote> votes, CancellationToken cancellationToken)
    {
        using var turn = await turns.TakeAsync(cancellationToken);
        return await WriteInTurnAsync(votes, cancellationToken);
    }

    /// <summary>Writes votes in one transaction, in their order; the caller holds the write turn. With more than one,
    /// each runs in a savepoint of its own, so a refused vote (or a repeat) changes nothing while the others are kept.</summary>
    private async Task<VoteOutcome[]> WriteInTurnAsync(IReadOnlyList<CastVote> votes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ScanDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var alone = votes.Count == 1;
        var outcomes = new VoteOutcome[votes.Count];
        for (var i = 0; i < votes.Count; i++)
        {
            if (!alone)
            {
                await transaction.CreateSavepointAsync(Savepoint, cancellationToken);
            }

            outcomes[i] = await CastInAsync(db, votes[i], now, cancellationToken);
            if (!alone)
            {
                if (outcomes[i].Stored is null)
                {
                    await transaction.RollbackToSavepointAsync(Savepoint, cancellationToken);
                }

                await transaction.ReleaseSavepointAsync(Savepoint, cancellationToken);
            }
        }

        if (alone && outcomes[0].Stored is null)
        {
            await transaction.RollbackAsync(cancellationToken);
        }
        else
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return outcomes;
    }

    /// <summary>One vote inside the caller's transaction. Anything but a stored vote (<see cref="VoteOutcome.Stored"/>
    /// null) has to be rolled back by the caller: the version was raised first.</summary>
    private static async Task<VoteOutcome> CastInAsync(ScanDbContext db, CastVote vote, DateTime now, CancellationToken cancellationToken)
    {
        var (sessionId, seatId, linkId, commandId, roundId, optionCode, comment) = vote;
        if (!await SessionRow.RaiseVersionAsync(db, sessionId, cancellationToken))
        {
            return new VoteOutcome(false, 0, "Deze sessie bestaat niet (meer).", null);
        }

        var session = await ReadFacts(db, sessionId, roundId, optionCode, linkId, cancellationToken);
        var version = session.Version;
        var before = version - 1 + session.Others;
        if (!session.LinkValid)
        {
            return new VoteOutcome(false, before, null, null, LinkRevoked: true);
        }

        if (!await SessionRow.ClaimCommandAsync(db, sessionId, commandId, version, now, cancellationToken))
        {
            // This command id was counted before (a tablet re-sends after a reconnect): answer as then, change nothing.
            return new VoteOutcome(true, before, null, null);
        }

        var seats = new List<SeatFacts>(Core.Scans.Scan.MaxSeats);
        await foreach (var seatFacts in ReadSeats(db, sessionId, roundId).WithCancellation(cancellationToken))
        {
            seats.Add(seatFacts);
        }

        var voted = seats.Where(x => x.Voted).Select(x => x.SeatId).ToHashSet();
        var seat = seats.Find(x => x.SeatId == seatId);
        string? checkedComment;
        try
        {
            checkedComment = VoteRules.Check(
                new VoteContext(session.Ended, seat is not null, session.Round, session.CurrentRoundId == roundId, session.Allowed),
                optionCode,
                comment);
        }
        catch (SessionRuleException e)
        {
            return new VoteOutcome(false, before, e.Message, null);
        }

        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Votes" ("RoundId", "SeatId", "OptionCode", "Comment", "CommandId", "CastAt") VALUES ({roundId}, {seatId}, {optionCode}, {checkedComment}, {commandId}, {now})
            ON CONFLICT ("RoundId", "SeatId") DO UPDATE SET "OptionCode" = excluded."OptionCode", "Comment" = excluded."Comment", "CommandId" = excluded."CommandId", "CastAt" = excluded."CastAt"
            """, cancellationToken);
        voted.Add(seatId);
        var changedMore = false;
        if (!seat!.IsPresent)
        {
            // Voting marks the voter present, as the session does.
            await db.Database.ExecuteSqlAsync($"""
                UPDATE "LiveSessionSeats" SET "IsPresent" = TRUE, "PresenceChangedAt" = {now}, "FirstPresentAt" = COALESCE("FirstPresentAt", {now})
                WHERE "LiveSessionId" = {sessionId} AND "SeatId" = {seatId}
                """, cancellationToken);
            changedMore = true;
        }

        var counted = seats.Select(x => new SeatVoted(x.SeatId, x.IsPresent || x.SeatId == seatId, voted.Contains(x.SeatId))).ToArray();
        if (VoteRules.CompletesRound(session.AutoReveal, counted.Where(s => s.Present).Select(s => s.SeatId), voted))
        {
            await db.Database.ExecuteSqlAsync($"""
                UPDATE "VotingRounds" SET "State" = {(int)RoundState.Revealed}, "ClosedAt" = {now}, "RevealedAt" = {now} WHERE "Id" = {roundId} AND "State" = {(int)RoundState.Open}
                """, cancellationToken);
            changedMore = true;
        }

        return new VoteOutcome(true, before + 1, null, new StoredVote(before + 1, roundId, counted, changedMore));
    }

    /// <summary>What the vote rules need to know about the session, read in one statement.</summary>
    private sealed record VoteFacts(
        long Version, bool Ended, bool AutoReveal, RoundState? Round, Guid? CurrentRoundId, long Others, bool Allowed, bool LinkValid);

    private sealed record SeatFacts(Guid SeatId, bool IsPresent, bool Voted);

    private sealed class WaitingVote(CastVote vote)
    {
        public CastVote Vote { get; } = vote;

        public TaskCompletionSource<VoteOutcome> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
