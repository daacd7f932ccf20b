using System.Collections.Concurrent;
using System.Diagnostics;

namespace Glansrijk.Scan.Benchmarks;

/// <summary>A vote the server acknowledged: the session version it produced and when it was sent and answered
/// (<see cref="Stopwatch"/> timestamps on the client).</summary>
public readonly record struct AcknowledgedVote(long Version, long SentAt, long AckedAt);

/// <summary>p50, p95 and p99 in milliseconds; empty when nothing was measured.</summary>
public sealed record Percentiles(double P50, double P95, double P99, int Count)
{
    public static Percentiles Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0
            ? new Percentiles(double.NaN, double.NaN, double.NaN, 0)
            : new Percentiles(Rank(sorted, 0.50), Rank(sorted, 0.95), Rank(sorted, 0.99), sorted.Length);
    }

    /// <summary>Nearest rank: the smallest value with at least <paramref name="fraction"/> of the values at or below it.</summary>
    private static double Rank(double[] sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
}

/// <summary>Everything one run (one value of N) measured, filled by all sessions at once.</summary>
public sealed class Measurements
{
    private readonly ConcurrentQueue<double> _ackMs = new();
    private readonly ConcurrentQueue<double> _screenMs = new();
    private readonly ConcurrentQueue<(long Start, long End)> _votingPhases = new();
    private readonly ConcurrentDictionary<string, int> _errors = new();
    private int _votes;

    public int Votes => Volatile.Read(ref _votes);

    public int Errors => _errors.Values.Sum();

    /// <summary>Each distinct error with how often it happened, most frequent first.</summary>
    public IReadOnlyList<(string Message, int Count)> ErrorsByMessage =>
        [.. _errors.OrderByDescending(e => e.Value).Select(e => (e.Key, e.Value))];

    public Percentiles Ack => Percentiles.Of(_ackMs);

    public Percentiles VoteToScreen => Percentiles.Of(_screenMs);

    public void Acknowledged(AcknowledgedVote vote)
    {
        Interlocked.Increment(ref _votes);
        _ackMs.Enqueue(Stopwatch.GetElapsedTime(vote.SentAt, vote.AckedAt).TotalMilliseconds);
    }

    public void ReachedScreen(AcknowledgedVote vote, long screenReceivedAt) =>
        _screenMs.Enqueue(Stopwatch.GetElapsedTime(vote.SentAt, screenReceivedAt).TotalMilliseconds);

    /// <summary>From the moment a round was open to the last acknowledged vote in it.</summary>
    public void VotingPhase(long start, long end) => _votingPhases.Enqueue((start, end));

    public void Error(string message, int times = 1) => _errors.AddOrUpdate(message, times, (_, count) => count + times);

    /// <summary>The time during which at least one session was in a voting phase: the union of all phases, so that
    /// sessions voting at the same moment are not counted twice.</summary>
    public TimeSpan VotingWallTime()
    {
        var total = 0L;
        var (start, end) = (long.MinValue, long.MinValue);
        foreach (var phase in _votingPhases.OrderBy(p => p.Start))
        {
            if (phase.Start > end)
            {
                total += end - start;
                (start, end) = phase;
            }
            else
            {
                end = Math.Max(end, phase.End);
            }
        }

        total += end - start;
        return TimeSpan.FromSeconds((double)total / Stopwatch.Frequency);
    }
}
