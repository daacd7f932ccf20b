using System.Diagnostics;

namespace Glansrijk.Scan.Benchmarks;

/// <summary>The figures of one run, one line of the table.</summary>
public sealed record RunResult(
    int Sessions,
    int Connections,
    int Votes,
    double VotesPerSecond,
    TimeSpan VotingWallTime,
    Percentiles Ack,
    Percentiles VoteToScreen,
    int Errors,
    IReadOnlyList<(string Message, int Count)> ErrorsByMessage,
    ServerMemory MemoryBefore,
    ServerMemory MemoryAfter,
    TimeSpan ServerCpu,
    TimeSpan ClientCpu,
    TimeSpan RoundsWallTime,
    string LoadAverage);

/// <summary>One value of N on a server of its own: a fresh data folder, N scans seeded, the app started, every session
/// prepared, then all sessions run their rounds at the same time.</summary>
public static class BenchmarkRun
{
    /// <summary>Sessions prepared at the same time; the setup is not measured, it only has to finish.</summary>
    private const int SetupParallelism = 4;

    /// <summary>The 1, 5 and 15 minute load averages: other work on the machine shows up in the figures.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    public static async Task<RunResult> RunAsync(int sessions, BenchmarkOptions options, Action<string> progress)
    {
        var folder = Directory.CreateTempSubdirectory("glansrijk-bench-").FullName;
        try
        {
            var connectionString = $"Data Source={Path.Combine(folder, "glansrijk-scan.db")}";
            progress($"seeding {sessions} scan(s)");
            var scans = await Seeding.SeedAsync(connectionString, AppProcess.Metadata("RepositoryRoot"), sessions);

            await using var server = await AppProcess.StartAsync(folder, connectionString);
            progress($"server pid {server.ProcessId} on {server.BaseUrl}; connecting {sessions * 14} clients");
            using var signIn = new BrowserSignIn(server.BaseUrl);
            var measurements = new Measurements();
            var runs = scans.Select(scan => new SessionRun(scan, server.BaseUrl, options, measurements)).ToArray();
            try
            {
                await Parallel.ForEachAsync(runs, new ParallelOptions { MaxDegreeOfParallelism = SetupParallelism }, async (run, _) => await run.PrepareAsync(signIn));

                if (runs.FirstOrDefault(r => r.Ready) is { } first)
                {
                    progress("warm-up round in the first session (not measured)");
                    await first.WarmUpAsync();
                }

                progress($"{runs.Count(r => r.Ready)} session(s) ready; {options.Rounds} round(s) each");
                var memoryBefore = server.Memory();
                var loadAverage = LoadAverage();
                var cpuBefore = server.CpuTime();
                var clientCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var started = Stopwatch.GetTimestamp();
                await Task.WhenAll(runs.Where(r => r.Ready).Select(r => Task.Run(r.RunRoundsAsync)));
                var roundsWallTime = Stopwatch.GetElapsedTime(started);
                var cpu = server.CpuTime() - cpuBefore;
                var clientCpu = Process.GetCurrentProcess().TotalProcessorTime - clientCpuBefore;
                var memoryAfter = server.Memory();

                if (server.LoggedFailures > 0)
                {
                    measurements.Error($"the server logged {server.LoggedFailures} error line(s); see its output");
                    var output = server.Output;
                    Console.Error.WriteLine(output.Length > 8000 ? output[^8000..] : output);
                }

                var wall = measurements.VotingWallTime();
                return new RunResult(
                    sessions,
                    runs.Sum(r => r.Connections),
                    measurements.Votes,
                    wall > TimeSpan.Zero ? measurements.Votes / wall.TotalSeconds : 0,
                    wall,
                    measurements.Ack,
                    measurements.VoteToScreen,
                    measurements.Errors,
                    measurements.ErrorsByMessage,
                    memoryBefore,
                    memoryAfter,
                    cpu,
                    clientCpu,
                    roundsWallTime,
                    loadAverage);
            }
            finally
            {
                await Parallel.ForEachAsync(runs, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (run, _) => await run.DisposeAsync());
            }
        }
        finally
        {
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
}
