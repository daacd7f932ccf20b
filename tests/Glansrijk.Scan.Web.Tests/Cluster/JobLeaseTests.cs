using Glansrijk.Scan.Web.Cluster;
using Glansrijk.Scan.Web.Persistence;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Tests.Cluster;

/// <summary>A once-per-cluster job runs on the node that holds its lease; the lease is one row taken with a
/// conditional UPDATE, on SQLite and on PostgreSQL alike.</summary>
public sealed class JobLeaseTests(PostgreSqlServer postgreSql) : IClassFixture<PostgreSqlServer>
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task While_one_node_holds_a_job_the_other_cannot_take_it_until_the_lease_runs_out(DatabaseProvider provider)
    {
        await using var database = await ClusterDatabase.CreateAsync(provider, postgreSql);
        var clock = new MovableClock();
        var first = new JobLeases(database.Scopes, new ClusterNode("node-a"), clock);
        var second = new JobLeases(database.Scopes, new ClusterNode("node-b"), clock);

        Assert.True(await first.TryHoldAsync("reminders", Lease, CancellationToken.None));
        Assert.False(await second.TryHoldAsync("reminders", Lease, CancellationToken.None));
        clock.Advance(TimeSpan.FromSeconds(50));
        Assert.True(await first.TryHoldAsync("reminders", Lease, CancellationToken.None));
        clock.Advance(TimeSpan.FromSeconds(50));
        Assert.False(await second.TryHoldAsync("reminders", Lease, CancellationToken.None));
        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.True(await second.TryHoldAsync("reminders", Lease, CancellationToken.None));
        Assert.False(await first.TryHoldAsync("reminders", Lease, CancellationToken.None));

        var stored = await database.WithAsync(db => db.JobLeases.AsNoTracking().SingleAsync());
        Assert.Equal("node-b", stored.Holder);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_lease_given_back_on_stopping_is_taken_by_another_node_at_once(DatabaseProvider provider)
    {
        await using var database = await ClusterDatabase.CreateAsync(provider, postgreSql);
        var first = new JobLeases(database.Scopes, new ClusterNode("node-a"), TimeProvider.System);
        var second = new JobLeases(database.Scopes, new ClusterNode("node-b"), TimeProvider.System);
        Assert.True(await first.TryHoldAsync("reminders", Lease, CancellationToken.None));

        await first.ReleaseAsync("reminders", CancellationToken.None);

        Assert.True(await second.TryHoldAsync("reminders", Lease, CancellationToken.None));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Of_eight_nodes_taking_a_new_job_at_the_same_moment_exactly_one_gets_it(DatabaseProvider provider)
    {
        await using var database = await ClusterDatabase.CreateAsync(provider, postgreSql);
        var nodes = Enumerable.Range(1, 8).Select(n => new JobLeases(database.Scopes, new ClusterNode($"node-{n}"), TimeProvider.System)).ToList();

        var taken = await Task.WhenAll(nodes.Select(n => Task.Run(() => n.TryHoldAsync("action-reminders", Lease, CancellationToken.None))));

        Assert.Equal(1, taken.Count(t => t));
        var stored = await database.WithAsync(db => db.JobLeases.AsNoTracking().SingleAsync());
        Assert.Equal(nodes[Array.IndexOf(taken, true)].Node, stored.Holder);
    }
}
