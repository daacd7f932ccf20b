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
        var room = await LiveRoom.StartAsync(app, "samen@debrug.nl");
        await using var chair = await room.ChairAsync(app);
        var opened = await chair.InvokeAsync(nameof(SessionHub.OpenRound), Guid.NewGuid());
        var roundId = (await chair.WaitForAsync(c => c.Chair, s => s.Own.Version >= opened.Version)).Own.Round!.RoundId;
        var seats = await app.WithDatabaseAsync(db => db.LiveSessions.Where(s => s.Id == room.SessionId).SelectMany(s => s.Seats.Select(x => x.SeatId)).ToListAsync());
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

    private static Task<long> VersionAsync(ScanAppFactory app, Guid sessionId) =>
        app.WithDatabaseAsync(db => db.LiveSessions.Where(s => s.Id == sessionId).Select(s => s.Version).SingleAsync());

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
