using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Glansrijk.Scan.Web.Tests.Infrastructure;

/// <summary>Counts the SQL commands the app sends that touch a live session's tables, and the rows they read: what a
/// command costs, as a count and not a timing. Background jobs (the outbox) touch other tables and are left out.</summary>
public sealed class SqlCounter : DbCommandInterceptor
{
    private static readonly string[] LiveTables = ["\"LiveSession", "\"VotingRounds\"", "\"Votes\"", "\"HandledCommands\"", "\"ParticipantLinks\"", "\"ImprovementPoints\""];
    private readonly object _gate = new();
    private readonly List<Counted> _commands = [];
    private readonly Dictionary<DbCommand, Counted> _reading = new(ReferenceEqualityComparer.Instance);

    public (int Commands, long RowsRead, IReadOnlyList<string> Texts) Snapshot()
    {
        lock (_gate)
        {
            return (_commands.Count, _commands.Sum(c => c.Rows), [.. _commands.Select(c => c.Text)]);
        }
    }

    /// <summary>What was counted since the last reset, told apart by a query tag: the commands whose text carries
    /// <paramref name="tag"/> (e.g. the load of a session's full state) and the others.</summary>
    public (SqlCost Untagged, SqlCost Tagged) SnapshotBy(string tag)
    {
        lock (_gate)
        {
            var tagged = _commands.Where(c => c.Text.Contains(tag, StringComparison.Ordinal)).ToArray();
            var untagged = _commands.Except(tagged).ToArray();
            return (CostOf(untagged), CostOf(tagged));
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _commands.Clear();
            _reading.Clear();
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
        lock (_gate)
        {
            if (_reading.Remove(command, out var counted))
            {
                counted.Rows += eventData.ReadCount;
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
                var counted = new Counted(command.CommandText);
                _commands.Add(counted);
                _reading[command] = counted;
            }
        }
    }

    private static bool IsLive(DbCommand command) => LiveTables.Any(t => command.CommandText.Contains(t, StringComparison.Ordinal));

    private static SqlCost CostOf(Counted[] commands) => new(commands.Length, commands.Sum(c => c.Rows), [.. commands.Select(c => c.Text)]);

    private sealed class Counted(string text)
    {
        public string Text { get; } = text;
        public long Rows { get; set; }
    }
}

/// <summary>A number of SQL commands and the rows they read, with their texts for a failing assert.</summary>
public sealed record SqlCost(int Commands, long RowsRead, IReadOnlyList<string> Texts)
{
    public override string ToString() => $"{Commands} commands, {RowsRead} rows read";
}
