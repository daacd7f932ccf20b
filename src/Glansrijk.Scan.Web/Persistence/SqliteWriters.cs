using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Glansrijk.Scan.Web.Persistence;

// SQLite lets one connection write at a time. When two write transactions collide, Microsoft.Data.Sqlite retries the
// loser after a fixed 150 ms sleep on a thread-pool thread: a writer that held the database for 5 ms kept the next one
// waiting 151–158 ms (measured on this project's stack). In ten busy rooms that sleep, not the work, was most of a
// vote's wait. The two types below keep writers from ever meeting it.

/// <summary>The live engine's write transactions take turns in this process, asynchronously and in arrival order, so
/// they never collide with each other on SQLite. On PostgreSQL rows are locked, not the database, and every caller
/// goes through at once.</summary>
public sealed class WriteTurns(bool oneAtATime)
{
    private readonly SemaphoreSlim? _gate = oneAtATime ? new SemaphoreSlim(1, 1) : null;

    /// <summary>Whether writers wait for each other here (SQLite): then it pays to write what waits together.</summary>
    public bool OneAtATime => _gate is not null;

    /// <summary>Waits for this caller's turn; disposing the result ends it. Hold it from the start of the transaction
    /// to its commit, and no longer (never across a broadcast).</summary>
    public async ValueTask<Turn> TakeAsync(CancellationToken cancellationToken)
    {
        if (_gate is not null)
        {
            await _gate.WaitAsync(cancellationToken);
        }

        return new Turn(_gate);
    }

    public readonly struct Turn(SemaphoreSlim? gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }
}

/// <summary>Hands a busy database to SQLite's own busy handler, which retries within milliseconds, on every connection
/// the app opens: for writers outside <see cref="WriteTurns"/> (pages, background jobs, a backup), so a collision costs
/// a few milliseconds instead of 150.</summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = Pragma(connection);
        command?.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = Pragma(connection);
        if (command is not null)
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    // The busy timeout belongs to SQLite's own connection handle, which the pool keeps open across the app's opens and
    // closes: set once per handle, not on every open (a vote opens a connection once and this was a tenth of its time).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> Configured = [];

    private static SqliteCommand? Pragma(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite || !Configured.TryAdd(handle, handle))
        {
            return null;
        }

        var command = sqlite.CreateCommand();
        // As long as the connection's own command timeout, so a wait gives up when a command would.
        command.CommandText = $"PRAGMA busy_timeout = {sqlite.DefaultTimeout * 1000}";
        return command;
    }
}
