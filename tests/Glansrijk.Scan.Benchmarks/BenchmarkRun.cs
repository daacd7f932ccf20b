using System.Diagnostics;
using Glansrijk.Scan.Benchmarks.Baseline;
using Glansrijk.Scan.Web.Features.Sessions;
using Microsoft.Data.Sqlite;

namespace Glansrijk.Scan.Benchmarks;

/// <summary>What a run measures: the product on one node, the bare baseline, or the product on two nodes over one
/// PostgreSQL and one Redis.</summary>
public enum Target
{
    Product,
    Baseline,
    TwoNodes,
}

/// <summary>The figures of one run, one line of the table.</summary>
public sealed record RunResult(
    Target Target,
    int Sessions,
    int Connections,
    int Votes,
    double VotesPerSecond,
    TimeSpan VotingWallTime,
    Percentiles Ack,
    Percentiles VoteToScreen,
    double PushedBytesPerVote,
    int Errors,
    IReadOnlyList<(string Message, int Count)> ErrorsByMessage,
    ServerMemory MemoryBefore,
    ServerMemory MemoryAfter,
    TimeSpan ServerCpu,
    TimeSpan ClientCpu,
    TimeSpan RoundsWallTime,
    string LoadAverage,
    string Storage,
    IReadOnlyList<RoundResult> Rounds,
    (int Rounds, int Agreeing, int Exact) ScreenChecks);

/// <summary>One value of N on a server (or two) of its own: a fresh data folder, N scans seeded, the server started,
/// every session prepared, the warm-up rounds in a scan of their own, then all sessions run their rounds at the same
/// time.</summary>
public static class BenchmarkRun
{
    /// <summary>Sessions prepared at the same time; the setup is not measured, it only has to finish.</summary>
    private const int SetupParallelism = 4;

    /// <summary>The 1, 5 and 15 minute load averages: other work on the machine shows up in the figures.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    public static async Task<RunResult> RunAsync(Target target, int sessions, BenchmarkOptions options, Action<string> progress)
    {
        var folder = Directory.CreateTempSubdirectory("glansrijk-bench-").FullName;
        var servers = new List<AppProcess>();
        try
        {
            var sqliteFile = Path.Combine(folder, "glansrijk-scan.db");
            var databaseSettings = target == Target.TwoNodes
                ? new Dictionary<string, string?> { ["Database:Provider"] = "PostgreSql", ["ConnectionStrings:Scan"] = options.TwoNode!.PostgreSql }
                : new Dictionary<string, string?> { ["ConnectionStrings:Scan"] = $"Data Source={sqliteFile}" };

            // One scan more than measured: the warm-up rounds run in it.
            IReadOnlyList<SeededScan> scans;
            if (target == Target.Baseline)
            {
                scans = [.. Enumerable.Range(1, sessions + 1).Select(n => new SeededScan(n, Guid.NewGuid(), "", [.. Enumerable.Repeat("", Seeding.Participants)]))];
            }
            else
            {
                progress($"seeding {sessions + 1} scan(s) with {(options.BothInstruments ? "both instruments" : "the norms")}");
                scans = await Seeding.SeedAsync(databaseSettings, AppProcess.Metadata("RepositoryRoot"), sessions + 1, options.BothInstruments);
                SqliteConnection.ClearAllPools();
            }

            switch (target)
            {
                case Target.Baseline:
                    servers.Add(await AppProcess.StartBaselineAsync(folder));
                    break;
                case Target.Product:
                    servers.Add(await AppProcess.StartAsync(folder, databaseSettings["ConnectionStrings:Scan"]!));
                    break;
                case Target.TwoNodes:
                    foreach (var node in new[] { "a", "b" })
                    {
                        var nodeFolder = Directory.CreateDirectory(Path.Combine(folder, node)).FullName;
                        servers.Add(await AppProcess.StartAsync(nodeFolder, options.TwoNode!.PostgreSql, options.TwoNode.NodeSettings));
                    }

                    break;
            }

            var hubPath = target == Target.Baseline ? BaselineServer.HubPath : SessionHub.Path;
            var hubUrls = servers.Select(s => new Uri(new Uri(s.BaseUrl), hubPath)).ToArray();
            progress($"{target} server pid(s) {string.Join(", ", servers.Select(s => s.ProcessId))} on {string.Join(", ", servers.Select(s => s.BaseUrl))}; connecting {(sessions + 1) * (13 + hubUrls.Length)} clients");
            using var signIn = target == Target.Baseline ? null : new BrowserSignIn(servers[0].BaseUrl);
            var measurements = new Measurements();
            Func<TimeSpan>? roundCpu = sessions == 1 && servers.Count == 1 ? servers[0].CpuTime : null;
            var runs = scans.Take(sessions).Select(scan => new SessionRun(scan, hubUrls, options, measurements, roundCpu)).ToArray();
            try
            {
                await using (var warmUp = new SessionRun(scans[^1], hubUrls, options, measurements))
                {
                    progress($"{options.WarmUpRounds} warm-up round(s) in a scan of their own (not measured)");
                    await warmUp.PrepareAsync(signIn);
                    if (warmUp.Ready)
                    {
                        await warmUp.WarmUpAsync(options.WarmUpRounds);
                    }
                }

                await Parallel.ForEachAsync(runs, new ParallelOptions { MaxDegreeOfParallelism = SetupParallelism }, async (run, _) => await run.PrepareAsync(signIn));

                progress($"{runs.Count(r => r.Ready)} session(s) ready; {options.Rounds} round(s) each");
                var memoryBefore = Memory(servers);
                var loadAverage = LoadAverage();
                var cpuBefore = Cpu(servers);
                var clientCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var started = Stopwatch.GetTimestamp();
                await Task.WhenAll(runs.Where(r => r.Ready).Select(r => Task.Run(r.RunRoundsAsync)));
                var roundsWallTime = Stopwatch.GetElapsedTime(started);
                var cpu = Cpu(servers) - cpuBefore;
                var clientCpu = Process.GetCurrentProcess().TotalProcessorTime - clientCpuBefore;
                var memoryAfter = Memory(servers);

                foreach (var server in servers.Where(s => s.LoggedFailures > 0))
                {
                    measurements.Error($"the server logged {server.LoggedFailures} error line(s); see its output");
                    var output = server.Output;
                    Console.Error.WriteLine(output.Length > 8000 ? output[^8000..] : output);
                }

                var wall = measurements.VotingWallTime();
                return new RunResult(
                    target,
                    sessions,
                    runs.Sum(r => r.Connections),
                    measurements.Votes,
                    wall > TimeSpan.Zero ? measurements.Votes / wall.TotalSeconds : 0,
                    wall,
                    measurements.Ack,
                    measurements.VoteToScreen,
                    measurements.PushedBytesPerVote,
                    measurements.Errors,
                    measurements.ErrorsByMessage,
                    memoryBefore,
                    memoryAfter,
                    cpu,
                    clientCpu,
                    roundsWallTime,
                    loadAverage,
                    Storage(target, sqliteFile),
                    measurements.Rounds,
                    measurements.ScreenChecks);
            }
            finally
            {
                await Parallel.ForEachAsync(runs, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (run, _) => await run.DisposeAsync());
            }
        }
        finally
        {
            foreach (var server in servers)
            {
                await server.DisposeAsync();
            }

            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Left to the operating system's temp clean-up.
            }
        }
    }

    /// <summary>Memory summed over the servers (one, or two nodes).</summary>
    private static ServerMemory Memory(IEnumerable<AppProcess> servers) =>
        servers.Select(s => s.Memory()).Aggregate((a, b) => new ServerMemory(a.ResidentMb + b.ResidentMb, a.PeakResidentMb + b.PeakResidentMb));

    private static TimeSpan Cpu(IEnumerable<AppProcess> servers) => servers.Aggregate(TimeSpan.Zero, (total, s) => total + s.CpuTime());

    /// <summary>How the run's database writes: the baseline's fixed setting, the journal mode the product's SQLite
    /// file ended up in (the product sets no synchronous pragma, so SQLite's default FULL applies), or PostgreSQL.</summary>
    private static string Storage(Target target, string sqliteFile)
    {
        switch (target)
        {
            case Target.Baseline:
                return $"SQLite {BaselineServer.Durability}";
            case Target.TwoNodes:
                return "PostgreSQL + Redis";
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = sqliteFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return $"SQLite journal_mode={command.ExecuteScalar()}, synchronous=FULL (default)";
    }
}
