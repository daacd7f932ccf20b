using System.Data.Common;
using Glansrijk.Scan.Web.Features.Sessions;
using Glansrijk.Scan.Web.Persistence;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Glansrijk.Scan.Web.Tests.Features.Sessions;

/// <summary>On SQLite the votes that wait while another write holds the database are written together: one
/// transaction, one commit.</summary>
public sealed class VoteBatchTests
{
    [Fact]
    public async Task Votes_that_wait_for_the_database_are_committed_together_and_a_refused_one_among_them_changes_nothing()
    {
        var commits = new CommitCounter();
        await using var app = new ScanAppFactory(signInPerMinute: 10_000)
        {
            TestServices = services => services.ConfigureDbContext<ScanDbContext>(options => options.AddInterceptors(commits)),
        };
        var (room, chair, roundId, seats) = await RoomWithOpenRoundAsync(app, "samen@debrug.nl");
        await using var console = chair;
        var votes = app.Services.GetRequiredService<LiveVotes>();
        var turns = app.Services.GetRequiredService<WriteTurns>();
        var versionBefore = await VersionAsync(app, room.SessionId);

        // Another write holds the database (a chair's command, say) while all twelve tablets vote; one of them sends an
        // answer the scale does not have.
        Task<VoteOutcome>[] cast;
        using (await turns.TakeAsync(CancellationToken.None))
        {
            cast = [.. seats.Select((seat, i) => votes.CastAsync(
                new CastVote(room.SessionId, seat, null, Guid.NewGuid(), roundId, i == 5 ? "9" : "3", null), CancellationToken.None))];
            Assert.DoesNotContain(cast, c => c.IsCompleted);
            commits.Reset();
        }

        var outcomes = await Task.WhenAll(cast);

        Assert.Equal(1, commits.Count);
        Assert.Equal(11, outcomes.Count(o => o.Stored is not null));
        var refused = outcomes[5];
        Assert.False(refused.Ok);
        Assert.Null(refused.Stored);
        Assert.False(string.IsNullOrWhiteSpace(refused.Message));
        Assert.Equal(versionBefore + 11, await VersionAsync(app, room.SessionId));
        var stored = await app.WithDatabaseAsync(db => db.LiveSessions.Where(s => s.Id == room.SessionId)
            .SelectMany(s => s.Rounds.Where(r => r.Id == roundId).SelectMany(r => r.Votes.Select(v => v.SeatId))).ToListAsync());
        Assert.Equal(seats.Where((_, i) => i != 5).Order(), stored.Order());
        // In the order they came: each vote saw the ones before it in the same transaction.
        Assert.Equal(Enumerable.Range(1, 11), outcomes.Where(o => o.Stored is not null).Select(o => o.Stored!.Voted));
    }

    [Fact]
    public async Task When_a_batch_fails_its_votes_are_written_again_one_by_one_and_only_the_failing_vote_fails()
    {
        var commits = new CommitCounter();
        var fault = new FailingVoteInsert("laat mislukken");
        await using var app = new ScanAppFactory(signInPerMinute: 10_000)
        {
            TestServices = services => services.ConfigureDbContext<ScanDbContext>(options => options.AddInterceptors(commits, fault)),
        };
        var (room, chair, roundId, allSeats) = await RoomWithOpenRoundAsync(app, "mislukt@debrug.nl");
        await using var console = chair;
        var seats = allSeats.Take(3).ToList();
        var votes = app.Services.GetRequiredService<LiveVotes>();
        var turns = app.Services.GetRequiredService<WriteTurns>();

        // The database fails on the second vote's insert (a disk error, say), every time it is tried.
        Task<VoteOutcome>[] cast;
        using (await turns.TakeAsync(CancellationToken.None))
        {
            cast = [.. seats.Select((seat, i) => votes.CastAsync(
                new CastVote(room.SessionId, seat, null, Guid.NewGuid(), roundId, "3", i == 1 ? "laat mislukken" : null), CancellationToken.None))];
            commits.Reset();
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => cast[1]);
        Assert.NotNull((await cast[0]).Stored);
        Assert.NotNull((await cast[2]).Stored);
        // The batch of three rolled back; then the first and the third each committed on their own.
        Assert.Equal(2, commits.Count);
        var stored = await app.WithDatabaseAsync(db => db.LiveSessions.Where(s => s.Id == room.SessionId)
            .SelectMany(s => s.Rounds.Where(r => r.Id == roundId).SelectMany(r => r.Votes.Select(v => v.SeatId))).ToListAsync());
        Assert.Equal(new[] { seats[0], seats[2] }.Order(), stored.Order());
    }

    /// <summary>A room whose chair opened the first round; the chair's console is the caller's to dispose.</summary>
    private static async Task<(LiveRoom Room, SessionClient Chair, Guid RoundId, List<Guid> Seats)> RoomWithOpenRoundAsync(ScanAppFactory app, string initiatorEmail)
    {
        var room = await LiveRoom.StartAsync(app, initiatorEmail);
        var chair = await room.ChairAsync(app);
        var opened = await chair.InvokeAsync(nameof(SessionHub.OpenRound), Guid.NewGuid());
        var roundId = (await chair.WaitForAsync(c => c.Chair, s => s.Own.Version >= opened.Version)).Own.Round!.RoundId;
        var seats = await app.WithDatabaseAsync(db => db.LiveSessions.Where(s => s.Id == room.SessionId).SelectMany(s => s.Seats.Select(x => x.SeatId)).ToListAsync());
        return (room, chair, roundId, seats);
    }

    private static Task<long> VersionAsync(ScanAppFactory app, Guid sessionId) =>
        app.WithDatabaseAsync(db => db.LiveSessions.Where(s => s.Id == sessionId).Select(s => s.Version).SingleAsync());

    /// <summary>Makes the insert of a vote with this comment fail, as a database error would.</summary>
    private sealed class FailingVoteInsert(string comment) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            command.CommandText.Contains("INSERT INTO \"Votes\"", StringComparison.Ordinal)
                && command.Parameters.Cast<DbParameter>().Any(p => Equals(p.Value, comment))
                ? throw new InvalidOperationException("De schijf weigert.")
                : ValueTask.FromResult(result);
    }

    private sealed class CommitCounter : DbTransactionInterceptor
    {
        private int _count;

        public int Count => _count;

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return Task.CompletedTask;
        }

        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Interlocked.Increment(ref _count);
    }
}
