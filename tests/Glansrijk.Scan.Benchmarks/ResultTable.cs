using System.Globalization;
using System.Text;

namespace Glansrijk.Scan.Benchmarks;

/// <summary>The printed result: one Markdown table line per N, then the errors per N, if any.</summary>
public static class ResultTable
{
    public static string Format(IEnumerable<RunResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| sessions | connections | votes | votes/s | ack p50 / p95 / p99 (ms) | vote→screen p50 / p95 / p99 (ms) | errors | server RSS ready → after (MB) | peak RSS (MB) | server CPU (s) | client CPU (s) | rounds wall (s) | load avg before |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var list = results.ToList();
        foreach (var r in list)
        {
            text.AppendLine(Invariant(
                $"| {r.Sessions} | {r.Connections} | {r.Votes} | {r.VotesPerSecond:0.0} | {Triple(r.Ack)} | {Triple(r.VoteToScreen)} | {r.Errors} | {r.MemoryBefore.ResidentMb:0} → {r.MemoryAfter.ResidentMb:0} | {r.MemoryAfter.PeakResidentMb:0} | {r.ServerCpu.TotalSeconds:0.0} | {r.ClientCpu.TotalSeconds:0.0} | {r.RoundsWallTime.TotalSeconds:0.0} | {r.LoadAverage} |"));
        }

        foreach (var r in list.Where(r => r.Errors > 0))
        {
            text.AppendLine();
            text.AppendLine(Invariant($"Errors with {r.Sessions} session(s):"));
            foreach (var (message, count) in r.ErrorsByMessage.Take(15))
            {
                text.AppendLine(Invariant($"  {count,5} × {message}"));
            }
        }

        return text.ToString();
    }

    private static string Triple(Percentiles p) => p.Count == 0 ? "–" : Invariant($"{p.P50:0} / {p.P95:0} / {p.P99:0}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
