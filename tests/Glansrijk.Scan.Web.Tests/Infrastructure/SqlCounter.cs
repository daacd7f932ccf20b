using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Glansrijk.Scan.Web.Tests.Infrastructure;

/// <summary>Counts the SQL commands the app sends that touch a live session's tables, and the rows they read: what a
/// command costs, as a count and not a timing. Background jobs (the outbox) touch other tables and are left out.</summary>
public sealed class SqlCounter : DbCommandInterceptor
{
    private static readonly string[] LiveTables = ["\"LiveSession", "\"VotingRounds\"", "\"Votes\"", "\"HandledCommands\"", "\"ParticipantLinks\""];
    private readonly object _gate = new();
    private readonly List<string> _commands = [];
    private long _rowsRead;

    public (int Commands, long RowsRead, IReadOnlyList<string> Texts) Snapshot()
    {
        lock (_gate)
        {
            return (_commands.Count, _rowsRead, [.. _commands]);
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _commands.Clear();
            _rowsRead = 0;
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Count(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Count(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        if (IsLive(command))
        {
            lock (_gate)
            {
                _rowsRead += eventData.ReadCount;
            }
        }

        return result;
    }

    private void Count(DbCommand command)
    {
        if (IsLive(command))
        {
            lock (_gate)
            {
                _commands.Add(command.CommandText);
            }
        }
    }

    private static bool IsLive(DbCommand command) => LiveTables.Any(t => command.CommandText.Contains(t, StringComparison.Ordinal));
}
