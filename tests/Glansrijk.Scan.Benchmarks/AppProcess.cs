using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace Glansrijk.Scan.Benchmarks;

/// <summary>Memory of the server process as the kernel sees it, in megabytes (MiB).</summary>
public sealed record ServerMemory(double ResidentMb, double PeakResidentMb);

/// <summary>The real app in its own process, started as an installation starts it (<c>dotnet Glansrijk.Scan.Web.dll</c>
/// in Production), but over plain HTTP on loopback so that TLS does not sit in the measurement. The settings passed
/// are the app's own configuration keys; nothing in the server is patched.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    /// <summary>Start-up is not measured; a busy machine may take a while to get there.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(180);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private int _failures;

    private AppProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    /// <summary>For example http://127.0.0.1:41234 (no trailing slash).</summary>
    public string BaseUrl { get; }

    public int ProcessId => _process.Id;

    /// <summary>How many log lines the server wrote at level Error or Critical ("fail:"/"crit:").</summary>
    public int LoggedFailures => Volatile.Read(ref _failures);

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The product. <paramref name="settings"/> are further configuration keys (such as the database provider
    /// and the Redis connection of a two-node run), passed as <c>--Key=value</c>.</summary>
    public static Task<AppProcess> StartAsync(string dataFolder, string connectionString, IEnumerable<string>? settings = null)
    {
        var baseUrl = $"http://127.0.0.1:{FreeLoopbackPort()}";
        var assembly = Metadata("WebAppAssembly");
        return StartAsync(
            baseUrl,
            [
                assembly,
                "--contentRoot", Path.GetDirectoryName(assembly)!,
                $"--urls={baseUrl}",
                $"--App:PublicUrl={baseUrl}",
                $"--Paths:Data={dataFolder}",
                $"--ConnectionStrings:Scan={connectionString}",
                // Plain HTTP on loopback: no HTTPS redirect, no HSTS, cookies without the Secure flag.
                "--Security:RequireHttps=false",
                // The setup signs in one initiator per session from one address; the per-address limit is for
                // people guessing passwords, not for this.
                "--RateLimits:SignInPerMinute=100000",
                // A voter makes one call per round and the chair a handful, far below the production limit of
                // 20 a second; raised anyway so that a refusal can only mean something else went wrong.
                "--Sessions:MaxCallsPerSecond=1000",
                // Information-level lines to the console would cost the server time that a real installation
                // (logging to a file or journal) does not spend in the same way.
                "--Logging:LogLevel:Default=Warning",
                .. settings ?? [],
            ]);
    }

    /// <summary>The bare baseline: this benchmark's own assembly, serving <see cref="Baseline.BaselineServer"/>.</summary>
    public static Task<AppProcess> StartBaselineAsync(string dataFolder)
    {
        var baseUrl = $"http://127.0.0.1:{FreeLoopbackPort()}";
        return StartAsync(
            baseUrl,
            [
                typeof(AppProcess).Assembly.Location,
                Baseline.BaselineServer.Argument,
                $"--urls={baseUrl}",
                $"--Database={Path.Combine(dataFolder, "baseline.db")}",
            ]);
    }

    private static async Task<AppProcess> StartAsync(string baseUrl, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            // AppPaths finds content/ and wwwroot/ by walking up from here.
            WorkingDirectory = Metadata("RepositoryRoot"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(IsInheritedSetting).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        var process = new Process { StartInfo = start };
        var app = new AppProcess(process, baseUrl);
        process.OutputDataReceived += (_, line) => app.Record(line.Data);
        process.ErrorDataReceived += (_, line) => app.Record(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await app.WaitUntilAnsweringAsync();
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>VmRSS and VmHWM (the peak resident set) from /proc/{pid}/status.</summary>
    public ServerMemory Memory()
    {
        var fields = File.ReadAllLines($"/proc/{_process.Id}/status")
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1].Trim());
        return new ServerMemory(Kilobytes(fields["VmRSS"]) / 1024.0, Kilobytes(fields["VmHWM"]) / 1024.0);

        static double Kilobytes(string value) => double.Parse(value.Split(' ')[0], CultureInfo.InvariantCulture);
    }

    /// <summary>CPU time (user + system) the server process has used so far.</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var cancel = new CancellationTokenSource(StartTimeout);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app stopped during start-up with exit code {_process.ExitCode}. Its output:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(BaseUrl + "/"), cancel.Token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancel.IsCancellationRequested)
            {
                // Listening, but still busy starting.
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The app did not answer on {BaseUrl} within {StartTimeout.TotalSeconds} seconds. Its output:\n{Output}");
            }

            await Task.Delay(100, CancellationToken.None);
        }
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _failures);
        }

        lock (_output)
        {
            // Keep the start and the most recent lines; a long run must not grow this without bound.
            if (_output.Length > 200_000)
            {
                _output.Remove(0, 100_000);
            }

            _output.AppendLine(line);
        }
    }

    /// <summary>Settings from the machine running the benchmark must not leak into the app under test.</summary>
    private static bool IsInheritedSetting(string name) =>
        name.StartsWith("GLANSRIJK_", StringComparison.OrdinalIgnoreCase) ||
        name.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase) ||
        name is "DOTNET_ENVIRONMENT" or "ConnectionStrings__Scan";

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public static string Metadata(string key) =>
        typeof(AppProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"The benchmark assembly has no {key} metadata; build it with dotnet build.");
}
