using Glansrijk.Scan.Web.Persistence;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Tests.Storage;

public sealed class SqliteWritersTests
{
    [Fact]
    public async Task Every_connection_the_app_opens_lets_SQLite_wait_for_a_busy_database_itself()
    {
        await using var app = new ScanAppFactory();
        using var client = app.CreateClient();

        var timeout = await app.WithDatabaseAsync(db => db.Database.SqlQuery<long>($"SELECT timeout AS \"Value\" FROM pragma_busy_timeout").SingleAsync());

        Assert.Equal(30_000, timeout);
    }

    [Fact]
    public async Task On_SQLite_the_live_engine_writes_one_transaction_at_a_time_in_arrival_order()
    {
        var turns = new WriteTurns(oneAtATime: true);

        var first = await turns.TakeAsync(CancellationToken.None);
        var second = turns.TakeAsync(CancellationToken.None).AsTask();
        var third = turns.TakeAsync(CancellationToken.None).AsTask();

        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second).Dispose();
        (await third).Dispose();
    }

    [Fact]
    public async Task On_PostgreSQL_writers_do_not_wait_for_each_other()
    {
        var turns = new WriteTurns(oneAtATime: false);

        using var first = await turns.TakeAsync(CancellationToken.None);
        var second = turns.TakeAsync(CancellationToken.None);

        Assert.True(second.IsCompleted);
    }
}
