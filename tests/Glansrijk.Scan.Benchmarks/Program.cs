// Glansrijk.Scan.Benchmarks — how the live session holds up with many rooms at once.
//
//   dotnet run -c Release --project tests/Glansrijk.Scan.Benchmarks -- --sessions 1,10,100 --compare-baseline
//   dotnet run -c Release --project tests/Glansrijk.Scan.Benchmarks -- --sessions 1 --items 51
//   dotnet run -c Release --project tests/Glansrijk.Scan.Benchmarks -- --sessions 1,10 --two-node \
//       --postgres "Host=127.0.0.1;Port=5432;Database=glansrijk;Username=glansrijk;Password=…" --redis 127.0.0.1:6379
//
// Options (defaults in brackets):
//   --sessions 1,10,100    the values of N to run, one after the other [1,10,100]
//   --rounds 5             voting rounds per session, one item each [5]
//   --items 51             as --rounds, and print the figures per round (item): a whole session 1 is 51 items, the
//                          15 norms and the 36 steps of the route (the scans then get both instruments)
//   --compare-baseline     for every N also run the bare baseline (a minimal SignalR hub: receive a vote, one durable
//                          SQLite insert, broadcast a ~120-byte count to the room) with the same clients, product and
//                          baseline taking turns to go first, and print their ratio
//   --two-node             run the product as two processes on one PostgreSQL and one Redis (--postgres, --redis or
//                          BENCH_POSTGRES, BENCH_REDIS): the tablets take turns over the nodes, each node has a screen
//   --vote-window-ms 1000  each voter votes at a random moment within this window after their tablet shows the
//                          open round [1000]
//   --timeout-s 60         longest wait for any answer or pushed state before it counts as an error [60]
//   --warm-up-rounds 10    rounds run (and thrown away) in a scan of their own before the measured rounds, for the
//                          product and the baseline alike, so that the JIT's tiers have settled [10]
//
// For each N it starts a server of its own: a fresh data folder whose database is seeded first (N scans, each with
// the initiator and eleven participants with personal links, and one scan more for the warm-up rounds), then
// `dotnet Glansrijk.Scan.Web.dll` in Production over plain HTTP on 127.0.0.1, configured (not patched) so that
// sign-in and hub rate limits cannot bite. Every session gets twelve tablets (the eleven participants by their link
// cookie, the initiator by account), the chair's console (the initiator on a second connection) and the screen
// (joined by its code), all SignalR over WebSockets. All N sessions then run their rounds at the same time: the
// console opens a round, the twelve tablets vote within the window, the console checks that the screen says
// "12 van 12 gestemd", closes, reveals and moves on.
//
// Printed per N:
//   votes/s          acknowledged votes / the time during which at least one session was voting (from a round being
//                    open to its last acknowledged vote; overlapping phases of different sessions count once)
//   ack              round trip of the Vote call on the voter's connection
//   vote→screen      from sending Vote until the screen receives a ScreenState whose Version is at least the version
//                    the vote returned (timestamps on the client's Stopwatch)
//   bytes/vote       what the server pushed to the room's connections (all of them together) because of a vote: the
//                    WebSocket payload bytes of every pushed SignalR message that carries a version a vote returned,
//                    counted by the clients' sockets; the voter's acknowledgement (the answer to its own call) aside
//   errors           refused or timed-out calls, lost connections, a screen that did not show 12 votes, error lines
//                    in the server's log
//   RSS / peak RSS   VmRSS with every client connected ("ready") and after the rounds, and VmHWM (the peak over the
//                    server's life) from /proc/{pid}/status
//   server/client CPU  user + system time the server process and this process used during the rounds
//   load avg         /proc/loadavg just before the rounds: other work on the machine shows up in every figure
//   storage          the baseline's SQLite setting, the journal mode of the product's SQLite file, or PostgreSQL
// With --items: per round, ack and vote→screen p50/p99, bytes/vote and (with one session) the server's CPU time for
// the whole round divided by its votes. With --two-node: whether every screen showed the same count after each
// round's last vote, and whether that count equals the acknowledged votes (none lost, none counted twice).
//
// The client runs on the same machine and shares its cores with the server; on a small machine the figures are
// those of both together. Performance goals live here, never as timing asserts in the tests.
using System.Globalization;
using Glansrijk.Scan.Benchmarks.Baseline;

namespace Glansrijk.Scan.Benchmarks;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == BaselineServer.Argument)
        {
            return await BaselineServer.RunAsync(args[1..]);
        }

        BenchmarkOptions options;
        try
        {
            options = BenchmarkOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine("Usage: dotnet run -c Release --project tests/Glansrijk.Scan.Benchmarks -- [--sessions 1,10,100] [--rounds 5 | --items 51] [--compare-baseline] [--two-node --postgres … --redis …] [--vote-window-ms 1000] [--timeout-s 60] [--warm-up-rounds 10]");
            return 2;
        }

        // 14 connections per session wait on the server most of the time; enough threads from the start keep the
        // client's own thread-pool ramp-up out of the latencies.
        ThreadPool.SetMinThreads(Math.Max(64, Environment.ProcessorCount * 8), Math.Max(64, Environment.ProcessorCount * 8));

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Glansrijk.Scan live-session benchmark: {Environment.ProcessorCount} core(s), {options.Rounds} round(s) per session, 12 voters voting within {options.VoteWindow.TotalMilliseconds:0} ms, one server per N"));
        var results = new List<RunResult>();
        foreach (var (sessions, index) in options.Sessions.Select((n, i) => (n, i)))
        {
            // Product and baseline take turns to go first, so that neither always meets the machine as the other
            // left it.
            Target[] targets = options.TwoNode is not null ? [Target.TwoNodes]
                : !options.CompareBaseline ? [Target.Product]
                : index % 2 == 0 ? [Target.Product, Target.Baseline] : [Target.Baseline, Target.Product];
            foreach (var target in targets)
            {
                var result = await BenchmarkRun.RunAsync(target, sessions, options, line => Console.WriteLine($"  {target} N={sessions}: {line}"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {target} N={sessions}: {result.Votes} votes in {result.VotingWallTime.TotalSeconds:0.0} s of voting, {result.Errors} error(s)"));
                results.Add(result);
            }
        }

        Console.WriteLine();
        Console.Write(ResultTable.Format(results));
        if (options.CompareBaseline)
        {
            Console.WriteLine();
            Console.Write(ResultTable.Comparison(results));
        }

        if (options.PerRound)
        {
            Console.WriteLine();
            Console.Write(ResultTable.PerRound(results));
        }

        if (options.TwoNode is not null)
        {
            Console.WriteLine();
            Console.Write(ResultTable.TwoNodes(results));
        }

        return results.Any(r => r.Errors > 0) ? 1 : 0;
    }
}
