using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>The one or two things a steering command names besides the session: the round it closes or reveals, the
/// seat it hands the chair to, the item or the improvement point it is about. The facts about them are read in the same
/// query as the session's <see cref="SessionHead"/>.</summary>
public sealed record SteeringAsk(Guid? RoundId = null, Guid? SeatId = null, string? ItemId = null, Guid? PointId = null)
{
    public static readonly SteeringAsk Session = new();
}

/// <summary>What a steering rule gets to see: the session's head and the facts about what the command names.</summary>
/// <param name="Named">The round <see cref="SteeringAsk.RoundId"/>; null when the session has no such round.</param>
/// <param name="SeatName">The name of seat <see cref="SteeringAsk.SeatId"/>; null when it does not take part.</param>
public sealed record SteeringFacts(SessionHead Head, RoundHead? Named, string? SeatName, string ChairName, string InitiatorName, bool ItemOnAgenda, bool PointExists);

/// <summary>A steering command as it was run: the answer to the caller, and whether the session changed (so the room
/// needs its new state).</summary>
public sealed record Steered(SessionResult Result, bool Changed);

/// <summary>One seat's presence as it is stored after a presence change; <see cref="Name"/> is what the screen lists.</summary>
public sealed record SeatPresence(Guid SeatId, string Name, bool Present);

/// <summary>A presence change as it was stored: the state version, every seat's presence, and whether the session shows
/// presence anywhere but in the list of people (the prioritising and the verbeteragenda do), so that the room needs its
/// full state instead of the small <see cref="PresenceUpdate"/>.</summary>
public sealed record StoredPresence(long Version, IReadOnlyList<SeatPresence> Seats, bool ShownElsewhere);

/// <summary>The room's small update after someone came in or left: the state version, the places
/// (<see cref="PersonView.Place"/>) of the seats present, and the names the screen lists.</summary>
public sealed record PresenceUpdate(long Version, IReadOnlyList<int> Present, IReadOnlyList<string> Names)
{
    public static PresenceUpdate Of(StoredPresence presence)
    {
        ArgumentNullException.ThrowIfNull(presence);
        var places = VoteCount.PlacesOf(presence.Seats.Select(s => s.SeatId));
        var present = presence.Seats.Where(s => s.Present).ToArray();
        return new PresenceUpdate(presence.Version, [.. present.Select(s => places[s.SeatId]).Order()], [.. present.Select(s => s.Name)]);
    }
}

/// <summary>The chair's commands and presence changes, row by row, like a vote (<see cref="LiveVotes"/>): never the whole
/// session. One short transaction raises the session's version (which holds the session row, so a vote or another
/// command cannot change what the rules read), reads the <see cref="SessionHead"/> and the facts the command names in one
/// query over primary keys and indexes, claims the command id as its own row, lets the rules in Core
/// (<see cref="SessionRules"/>) decide, and writes the <see cref="SessionStep"/> as a few row updates: a new round, a
/// round's state, one field of the session row, an improvement point, a log entry. A refusal or a command that changes
/// nothing rolls it all back. The cost is the same at the last item of a session as at the first.</summary>
public sealed class LiveSteering(IServiceScopeFactory scopes, WriteTurns turns, TimeProvider clock)
{
    private const string Gone = "Deze sessie bestaat niet (meer).";

    public async Task<Steered> RunAsync(
        Guid sessionId, Guid commandId, SteeringAsk ask, Func<SteeringFacts, DateTime, SessionStep> rule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ask);
        ArgumentNullException.ThrowIfNull(rule);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ScanDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        // On SQLite the engine's write transactions take turns, as the votes do (see WriteTurns).
        using var turn = await turns.TakeAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await SessionRow.RaiseVersionAsync(db, sessionId, cancellationToken))
        {
            return new Steered(SessionResult.Refused(Gone), false);
        }

        var (version, others, facts) = await ReadAsync(db, sessionId, ask, cancellationToken);
        var before = version - 1 + others;
        if (!await SessionRow.ClaimCommandAsync(db, sessionId, commandId, version, now, cancellationToken))
        {
            // Handled before (the console re-sends after a reconnect): answered as then, nothing changes.
            await transaction.RollbackAsync(cancellationToken);
            return new Steered(new SessionResult(true, before, null, sessionId), false);
        }

        SessionStep step;
        try
        {
            step = rule(facts, now);
        }
        catch (SessionRuleException e)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new Steered(SessionResult.Refused(e.Message, before), false);
        }

        if (step.IsNothing)
        {
            // Already as asked (the item on the screen, the same chair): the version stays, nobody needs a new state.
            await transaction.RollbackAsync(cancellationToken);
            return new Steered(new SessionResult(true, before, null, sessionId), false);
        }

        await WriteAsync(db, sessionId, version, step, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Steered(new SessionResult(true, before + 1, null, sessionId), true);
    }

    /// <summary>Marks a seat present or absent. Null when nothing changed (already so, or not a seat of the session).</summary>
    public async Task<StoredPresence?> SetPresenceAsync(Guid sessionId, Guid seatId, bool present, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ScanDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        // On SQLite the engine's write transactions take turns, as the votes do (see WriteTurns).
        using var turn = await turns.TakeAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await SessionRow.RaiseVersionAsync(db, sessionId, cancellationToken))
        {
            return null;
        }

        var changed = present
            ? await db.Database.ExecuteSqlAsync($"""
                UPDATE "LiveSessionSeats" SET "IsPresent" = TRUE, "PresenceChangedAt" = {now}, "FirstPresentAt" = COALESCE("FirstPresentAt", {now})
                WHERE "LiveSessionId" = {sessionId} AND "SeatId" = {seatId} AND "IsPresent" = FALSE
                """, cancellationToken)
            : await db.Database.ExecuteSqlAsync($"""
                UPDATE "LiveSessionSeats" SET "IsPresent" = FALSE, "PresenceChangedAt" = {now}
                WHERE "LiveSessionId" = {sessionId} AND "SeatId" = {seatId} AND "IsPresent" = TRUE
                """, cancellationToken);
        if (changed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return null;
        }

        var session = await db.LiveSessions.AsNoTracking()
            .Where(s => s.Id == sessionId)
            .Select(s => new
            {
                s.Version,
                Prioritisation = db.Prioritisations.Where(p => p.ScanId == s.ScanId).Select(p => (long?)p.Version).FirstOrDefault(),
                Agenda = db.ImprovementAgendas.Where(a => a.ScanId == s.ScanId).Select(a => (long?)a.Version).FirstOrDefault(),
                Seats = s.Seats.Select(x => new SeatPresence(x.SeatId, x.Name, x.IsPresent)).ToList(),
            })
            .SingleAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var version = session.Version + (session.Prioritisation ?? 0) + (session.Agenda ?? 0);
        return new StoredPresence(version, session.Seats, session.Prioritisation is not null || session.Agenda is not null);
    }

    /// <summary>The session row with scalar subqueries over primary keys and the index (LiveSessionId, ItemId, Number) on
    /// the rounds: one statement, the same rows whatever the session's history.</summary>
    private static async Task<(long Version, long Others, SteeringFacts Facts)> ReadAsync(
        ScanDbContext db, Guid sessionId, SteeringAsk ask, CancellationToken cancellationToken)
    {
        var roundId = ask.RoundId ?? Guid.Empty;
        var seatId = ask.SeatId ?? Guid.Empty;
        var itemId = ask.ItemId ?? "";
        var pointId = ask.PointId ?? Guid.Empty;
        var row = await db.LiveSessions.AsNoTracking()
            .Where(s => s.Id == sessionId)
            .Select(s => new
            {
                s.Version,
                s.Kind,
                s.SessionNumber,
                s.EndedAt,
                s.ChairSeatId,
                s.InitiatorSeatId,
                s.AutoReveal,
                s.OpenDiscussion,
                s.CurrentIndex,
                AgendaLength = s.Agenda.Count,
                CurrentItemId = s.Agenda.Where(e => e.Position == s.CurrentIndex).Select(e => e.ItemId).FirstOrDefault(),
                CurrentRoundId = s.Rounds
                    .Where(r => s.Agenda.Any(e => e.Position == s.CurrentIndex && e.ItemId == r.ItemId))
                    .OrderByDescending(r => r.Number).Select(r => (Guid?)r.Id).FirstOrDefault(),
                CurrentRoundNumber = s.Rounds
                    .Where(r => s.Agenda.Any(e => e.Position == s.CurrentIndex && e.ItemId == r.ItemId))
                    .OrderByDescending(r => r.Number).Select(r => (int?)r.Number).FirstOrDefault(),
                CurrentRoundState = s.Rounds
                    .Where(r => s.Agenda.Any(e => e.Position == s.CurrentIndex && e.ItemId == r.ItemId))
                    .OrderByDescending(r => r.Number).Select(r => (RoundState?)r.State).FirstOrDefault(),
                AnyRound = s.Rounds.Any(),
                NamedItemId = s.Rounds.Where(r => r.Id == roundId).Select(r => r.ItemId).FirstOrDefault(),
                NamedNumber = s.Rounds.Where(r => r.Id == roundId).Select(r => (int?)r.Number).FirstOrDefault(),
                NamedState = s.Rounds.Where(r => r.Id == roundId).Select(r => (RoundState?)r.State).FirstOrDefault(),
                SeatName = s.Seats.Where(x => x.SeatId == seatId).Select(x => x.Name).FirstOrDefault(),
                ChairName = s.Seats.Where(x => x.SeatId == s.ChairSeatId).Select(x => x.Name).FirstOrDefault(),
                InitiatorName = s.Seats.Where(x => x.SeatId == s.InitiatorSeatId).Select(x => x.Name).FirstOrDefault(),
                ItemOnAgenda = s.Agenda.Any(e => e.ItemId == itemId),
                PointExists = s.ImprovementPoints.Any(p => p.Id == pointId),
                Others = (db.Prioritisations.Where(p => p.ScanId == s.ScanId).Select(p => (long?)p.Version).FirstOrDefault() ?? 0)
                    + (db.ImprovementAgendas.Where(a => a.ScanId == s.ScanId).Select(a => (long?)a.Version).FirstOrDefault() ?? 0),
            })
            .SingleAsync(cancellationToken);
        var current = row is { CurrentRoundId: { } id, CurrentRoundNumber: { } number, CurrentRoundState: { } state, CurrentItemId: { } item }
            ? new RoundHead(id, item, number, state)
            : null;
        var named = row is { NamedItemId: { } namedItem, NamedNumber: { } namedNumber, NamedState: { } namedState }
            ? new RoundHead(roundId, namedItem, namedNumber, namedState)
            : null;
        var head = new SessionHead(
            LiveSession.NameFor(row.Kind, row.SessionNumber), row.EndedAt is not null, row.ChairSeatId, row.InitiatorSeatId, row.AutoReveal, row.OpenDiscussion,
            row.CurrentIndex, row.AgendaLength, row.CurrentItemId, current, row.AnyRound);
        var facts = new SteeringFacts(head, named, row.SeatName, row.ChairName ?? "Onbekend", row.InitiatorName ?? "Onbekend", row.ItemOnAgenda, row.PointExists);
        return (row.Version, row.Others, facts);
    }

    /// <summary>Writes what the rules decided, each part as its own row: a step touches one or two rows.</summary>
    private static async Task WriteAsync(ScanDbContext db, Guid sessionId, long version, SessionStep step, DateTime now, CancellationToken cancellationToken)
    {
        var sql = db.Database;
        if (step.NewRound is { } round)
        {
            await sql.ExecuteSqlAsync($"""
                INSERT INTO "VotingRounds" ("Id", "LiveSessionId", "ItemId", "Number", "State", "OpenedAt")
                VALUES ({round.Id}, {sessionId}, {round.ItemId}, {round.Number}, {(int)round.State}, {round.OpenedAt})
                """, cancellationToken);
        }

        switch (step.Round)
        {
            case { To: RoundState.Closed } closed:
                await sql.ExecuteSqlAsync($"""
                    UPDATE "VotingRounds" SET "State" = {(int)RoundState.Closed}, "ClosedAt" = {now} WHERE "Id" = {closed.RoundId} AND "LiveSessionId" = {sessionId}
                    """, cancellationToken);
                break;
            case { To: RoundState.Revealed } revealed:
                await sql.ExecuteSqlAsync($"""
                    UPDATE "VotingRounds" SET "State" = {(int)RoundState.Revealed}, "RevealedAt" = {now} WHERE "Id" = {revealed.RoundId} AND "LiveSessionId" = {sessionId}
                    """, cancellationToken);
                break;
        }

        await WriteSessionRowAsync(sql, sessionId, step, now, cancellationToken);
        await WritePointAsync(sql, sessionId, step, now, cancellationToken);
        switch (step.Log)
        {
            case { SubjectSeatId: { } subject } log:
                await sql.ExecuteSqlAsync($"""
                    INSERT INTO "LiveSessionLog" ("LiveSessionId", "Version", "Kind", "ActorSeatId", "SubjectSeatId", "Text", "At")
                    VALUES ({sessionId}, {version}, {(int)log.Kind}, {log.ActorSeatId}, {subject}, {log.Text}, {now})
                    """, cancellationToken);
                break;
            case { } log:
                await sql.ExecuteSqlAsync($"""
                    INSERT INTO "LiveSessionLog" ("LiveSessionId", "Version", "Kind", "ActorSeatId", "Text", "At")
                    VALUES ({sessionId}, {version}, {(int)log.Kind}, {log.ActorSeatId}, {log.Text}, {now})
                    """, cancellationToken);
                break;
        }
    }

    /// <summary>A step changes at most one field of the session row; each has its own statement, so no value is ever
    /// sent as an untyped null.</summary>
    private static async Task WriteSessionRowAsync(
        Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade sql, Guid sessionId, SessionStep step, DateTime now, CancellationToken cancellationToken)
    {
        if (step.MoveTo is { } position)
        {
            await sql.ExecuteSqlAsync($"""UPDATE "LiveSessions" SET "CurrentIndex" = {position} WHERE "Id" = {sessionId}""", cancellationToken);
        }

        if (step.AutoReveal is { } autoReveal)
        {
            await sql.ExecuteSqlAsync($"""UPDATE "LiveSessions" SET "AutoReveal" = {autoReveal} WHERE "Id" = {sessionId}""", cancellationToken);
        }

        if (step.OpenDiscussion is { } open)
        {
            await sql.ExecuteSqlAsync($"""UPDATE "LiveSessions" SET "OpenDiscussion" = {open} WHERE "Id" = {sessionId}""", cancellationToken);
        }

        if (step.ChairSeatId is { } chair)
        {
            await sql.ExecuteSqlAsync($"""UPDATE "LiveSessions" SET "ChairSeatId" = {chair} WHERE "Id" = {sessionId}""", cancellationToken);
        }

        if (step.Ends)
        {
            await sql.ExecuteSqlAsync($"""UPDATE "LiveSessions" SET "EndedAt" = {now} WHERE "Id" = {sessionId}""", cancellationToken);
        }
    }

    private static async Task WritePointAsync(
        Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade sql, Guid sessionId, SessionStep step, DateTime now, CancellationToken cancellationToken)
    {
        if (step.NewPoint is { } point)
        {
            await sql.ExecuteSqlAsync($"""
                INSERT INTO "ImprovementPoints" ("Id", "LiveSessionId", "ItemId", "Text", "RecordedBySeatId", "CommandId", "RecordedAt")
                VALUES ({point.Id}, {sessionId}, {point.ItemId}, {point.Text}, {point.RecordedBySeatId}, {point.CommandId}, {point.RecordedAt})
                """, cancellationToken);
        }

        if (step.RevisedPoint is { } revision)
        {
            await sql.ExecuteSqlAsync($"""
                UPDATE "ImprovementPoints" SET "Text" = {revision.Text}, "RevisedAt" = {now} WHERE "Id" = {revision.PointId} AND "LiveSessionId" = {sessionId}
                """, cancellationToken);
        }

        if (step.RemovedPointId is { } removed)
        {
            await sql.ExecuteSqlAsync($"""DELETE FROM "ImprovementPoints" WHERE "Id" = {removed} AND "LiveSessionId" = {sessionId}""", cancellationToken);
        }
    }
}
