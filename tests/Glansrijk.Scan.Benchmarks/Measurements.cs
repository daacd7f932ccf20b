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
    private readonly ConcurrentDictionary<int, RoundFigures> _rounds = new();
    private int _votes;
    private long _pushedBytes;
    private int _votesWithTraffic;
    private int _screenChecks;
    private int _screensAgreeing;
    private int _exactCounts;

    public int Votes => Volatile.Read(ref _votes);

    public int Errors => _errors.Values.Sum();

    /// <summary>Each distinct error with how often it happened, most frequent first.</summary>
    public IReadOnlyList<(string Message, int Count)> ErrorsByMessage =>
        [.. _errors.OrderByDescending(e => e.Value).Select(e => (e.Key, e.Value))];

    public Percentiles Ack => Percentiles.Of(_ackMs);

    public Percentiles VoteToScreen => Percentiles.Of(_screenMs);

    /// <summary>Bytes pushed to a room per acknowledged vote, all its connections together; NaN when nothing was
    /// counted.</summary>
    public double PushedBytesPerVote => Volatile.Read(ref _votesWithTraffic) is var votes and > 0 ? (double)Interlocked.Read(ref _pushedBytes) / votes : double.NaN;

    /// <summary>Rounds checked on more than one screen, rounds on which all screens showed the same count, and rounds
    /// whose count equals the acknowledged votes (none lost, none counted twice).</summary>
    public (int Rounds, int Agreeing, int Exact) ScreenChecks =>
        (Volatile.Read(ref _screenChecks), Volatile.Read(ref _screensAgreeing), Volatile.Read(ref _exactCounts));

    /// <summary>The figures per round number (round 1 is the first item voted on), for the run over a whole session.</summary>
    public IReadOnlyList<RoundResult> Rounds =>
        [.. _rounds.OrderBy(r => r.Key).Select(r => r.Value.Result(r.Key))];

    public void Acknowledged(AcknowledgedVote vote, int round)
    {
        Interlocked.Increment(ref _votes);
        var ms = Stopwatch.GetElapsedTime(vote.SentAt, vote.AckedAt).TotalMilliseconds;
        _ackMs.Enqueue(ms);
        RoundOf(round).AckMs.Enqueue(ms);
    }

    public void ReachedScreen(AcknowledgedVote vote, long screenReceivedAt, int round)
    {
        var ms = Stopwatch.GetElapsedTime(vote.SentAt, screenReceivedAt).TotalMilliseconds;
        _screenMs.Enqueue(ms);
        RoundOf(round).ScreenMs.Enqueue(ms);
    }

    /// <summary>What the room's connections received because of a round's votes.</summary>
    public void PushedForVotes(long bytes, int votes, int round)
    {
        Interlocked.Add(ref _pushedBytes, bytes);
        Interlocked.Add(ref _votesWithTraffic, votes);
        var figures = RoundOf(round);
        Interlocked.Add(ref figures.PushedBytes, bytes);
        Interlocked.Add(ref figures.Votes, votes);
    }

    /// <summary>The server's CPU time over one whole round (open, votes, close, reveal, next) of the only session.</summary>
    public void RoundServerCpu(TimeSpan cpu, int round) => RoundOf(round).ServerCpu = cpu;

    public void ScreensCompared(bool agreeing, bool exact)
    {
        Interlocked.Increment(ref _screenChecks);
        if (agreeing)
        {
            Interlocked.Increment(ref _screensAgreeing);
        }

        if (exact)
        {
            Interlocked.Increment(ref _exactCounts);
        }
    }

    /// <summary>From the moment a round was open to the last acknowledged vote in it.</summary>
    public void VotingPhase(long start, long end) => _votingPhases.Enqueue((start, end));

    private RoundFigures RoundOf(int round) => _rounds.GetOrAdd(round, _ => new RoundFigures());

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

/// <summary>One round number over all sessions: ack and vote→screen in ms, bytes pushed per vote, and the server's
/// CPU time for the whole round when a single session ran (null otherwise).</summary>
public sealed record RoundResult(int Round, Percentiles Ack, Percentiles VoteToScreen, double PushedBytesPerVote, TimeSpan? ServerCpu);

internal sealed class RoundFigures
{
    public readonly ConcurrentQueue<double> AckMs = new();
    public readonly ConcurrentQueue<double> ScreenMs = new();
    public long PushedBytes;
    public int Votes;
    public TimeSpan? ServerCpu;

    public RoundResult Result(int round) =>
        new(round, Percentiles.Of(AckMs), Percentiles.Of(ScreenMs), Votes > 0 ? (double)PushedBytes / Votes : double.NaN, ServerCpu);
}
