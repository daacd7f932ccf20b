using System.Globalization;
using System.Text;

namespace Glansrijk.Scan.Benchmarks;

/// <summary>The printed result: Markdown tables (one line per run; product against baseline per N; per round; two
/// nodes), then the errors per run, if any.</summary>
public static class ResultTable
{
    public static string Format(IEnumerable<RunResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| target | sessions | connections | votes | votes/s | ack p50 / p95 / p99 (ms) | vote→screen p50 / p95 / p99 (ms) | bytes to the room per vote | errors | server RSS ready → after (MB) | peak RSS (MB) | server CPU (s) | client CPU (s) | rounds wall (s) | load avg before | storage |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        var list = results.ToList();
        foreach (var r in list)
        {
            text.AppendLine(Invariant(
                $"| {r.Target} | {r.Sessions} | {r.Connections} | {r.Votes} | {r.VotesPerSecond:0.0} | {Triple(r.Ack)} | {Triple(r.VoteToScreen)} | {Bytes(r.PushedBytesPerVote)} | {r.Errors} | {r.MemoryBefore.ResidentMb:0} → {r.MemoryAfter.ResidentMb:0} | {r.MemoryAfter.PeakResidentMb:0} | {r.ServerCpu.TotalSeconds:0.0} | {r.ClientCpu.TotalSeconds:0.0} | {r.RoundsWallTime.TotalSeconds:0.0} | {r.LoadAverage} | {r.Storage} |"));
        }

        foreach (var r in list.Where(r => r.Errors > 0))
        {
            text.AppendLine();
            text.AppendLine(Invariant($"Errors of {r.Target} with {r.Sessions} session(s):"));
            foreach (var (message, count) in r.ErrorsByMessage.Take(15))
            {
                text.AppendLine(Invariant($"  {count,5} × {message}"));
            }
        }

        return text.ToString();
    }

    /// <summary>Product against the bare baseline per N: the ratio of their ack p50 and p99 (target ≤ 1.5).</summary>
    public static string Comparison(IEnumerable<RunResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| rooms | product ack p50 / p99 (ms) | baseline ack p50 / p99 (ms) | ratio p50 | ratio p99 | product / baseline bytes per vote |");
        text.AppendLine("|---:|---|---|---:|---:|---|");
        foreach (var group in results.GroupBy(r => r.Sessions))
        {
            if (group.FirstOrDefault(r => r.Target == Target.Product) is not { } product || group.FirstOrDefault(r => r.Target == Target.Baseline) is not { } baseline)
            {
                continue;
            }

            text.AppendLine(Invariant(
                $"| {group.Key} | {Pair(product.Ack)} | {Pair(baseline.Ack)} | {Ratio(product.Ack.P50, baseline.Ack.P50)} | {Ratio(product.Ack.P99, baseline.Ack.P99)} | {Bytes(product.PushedBytesPerVote)} / {Bytes(baseline.PushedBytesPerVote)} |"));
        }

        return text.ToString();
    }

    /// <summary>The cost of a vote per round (item), so that the last item can be read against the first.</summary>
    public static string PerRound(IEnumerable<RunResult> results)
    {
        var text = new StringBuilder();
        foreach (var r in results.Where(r => r.Rounds.Count > 0))
        {
            text.AppendLine(Invariant($"Per round, {r.Target} with {r.Sessions} session(s):"));
            text.AppendLine();
            text.AppendLine("| round (item) | votes | ack p50 / p99 (ms) | vote→screen p50 / p99 (ms) | bytes to the room per vote | server CPU per vote, whole round (ms) |");
            text.AppendLine("|---:|---:|---|---|---:|---:|");
            foreach (var round in r.Rounds)
            {
                text.AppendLine(Invariant(
                    $"| {round.Round} | {round.Ack.Count} | {Pair(round.Ack)} | {Pair(round.VoteToScreen)} | {Bytes(round.PushedBytesPerVote)} | {(round.ServerCpu is { } cpu && round.Ack.Count > 0 ? (cpu.TotalMilliseconds / round.Ack.Count).ToString("0.0", CultureInfo.InvariantCulture) : "–")} |"));
            }

            if (r.Rounds is [var first, .., var last] && first.Ack.Count > 0 && last.Ack.Count > 0)
            {
                text.AppendLine();
                text.AppendLine(Invariant(
                    $"Round {last.Round} against round {first.Round}: ack p50 {Ratio(last.Ack.P50, first.Ack.P50)}, p99 {Ratio(last.Ack.P99, first.Ack.P99)}{(last.ServerCpu is { } l && first.ServerCpu is { } f ? $", server CPU {Ratio(l.TotalMilliseconds, f.TotalMilliseconds)}" : "")} (target: within 20 %)."));
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    /// <summary>Two nodes: did every node's screen show the same count, and was that the number of acknowledged votes?</summary>
    public static string TwoNodes(IEnumerable<RunResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| rooms | rounds checked | every screen the same count | count = acknowledged votes (none lost, none twice) |");
        text.AppendLine("|---:|---:|---:|---:|");
        foreach (var r in results.Where(r => r.Target == Target.TwoNodes))
        {
            var (rounds, agreeing, exact) = r.ScreenChecks;
            text.AppendLine(Invariant($"| {r.Sessions} | {rounds} | {agreeing} of {rounds}{(agreeing == rounds ? " ✓" : " ✗")} | {exact} of {rounds}{(exact == rounds ? " ✓" : " ✗")} |"));
        }

        return text.ToString();
    }

    private static string Triple(Percentiles p) => p.Count == 0 ? "–" : Invariant($"{p.P50:0.0} / {p.P95:0.0} / {p.P99:0.0}");

    private static string Pair(Percentiles p) => p.Count == 0 ? "–" : Invariant($"{p.P50:0.0} / {p.P99:0.0}");

    private static string Ratio(double value, double against) =>
        against > 0 && !double.IsNaN(value) ? Invariant($"{value / against:0.00}×") : "–";

    private static string Bytes(double bytes) => double.IsNaN(bytes) ? "–" : Invariant($"{bytes:#,0} B");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
