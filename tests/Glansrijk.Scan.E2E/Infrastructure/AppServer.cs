using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Glansrijk.Scan.E2E.Infrastructure;

/// <summary>The real app in its own process, started as an installation starts it: <c>dotnet Glansrijk.Scan.Web.dll</c>
/// in Production, HTTPS only, with a fresh data folder (so a new SQLite database and no Beheerder yet).
/// Use it as the shared collection fixture, or start a private one with <see cref="StartAsync"/> when a test
/// changes state that others rely on (such as using the one-time setup link).</summary>
public sealed partial class AppServer : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "glansrijk-e2e-" + Guid.NewGuid().ToString("N"));
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<string> _setupLink = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Process? _process;

    /// <summary>For example https://127.0.0.1:41234 (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The one-time link to create the first Beheerder, as the app printed it on its console.</summary>
    public string SetupLink { get; private set; } = "";

    /// <summary>Where the app writes each mail as an .eml file (no SMTP server is configured in these runs).</summary>
    public string MailFolder => Path.Combine(_folder, "data", "mail");

    /// <summary>Everything the app wrote to stdout and stderr so far.</summary>
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

    public static async Task<AppServer> StartAsync()
    {
        var server = new AppServer();
        try
        {
            await server.InitializeAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var certificatePath = Path.Combine(_folder, "server.pfx");
        var certificatePassword = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var thumbprint = TestCertificate.WritePfx(certificatePath, certificatePassword);

        BaseUrl = $"https://127.0.0.1:{FreeLoopbackPort()}";
        _process = Launch(certificatePath, certificatePassword);

        try
        {
            await WaitUntilAnsweringAsync(thumbprint);
            SetupLink = await _setupLink.Task.WaitAsync(StartTimeout);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException(
                $"The app did not answer on {BaseUrl} with a setup link within {StartTimeout.TotalSeconds} seconds ({e.Message}). Its output:\n{Output}");
        }
    }

    public async Task DisposeAsync()
    {
        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left to the operating system's temp clean-up.
        }
    }

    private Process Launch(string certificatePath, string certificatePassword)
    {
        var assembly = Metadata("WebAppAssembly");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            // AppPaths finds content/ and wwwroot/ by walking up from here.
            WorkingDirectory = Metadata("RepositoryRoot"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     assembly,
                     // appsettings.json lives beside the assembly, as it does in a published folder.
                     "--contentRoot", Path.GetDirectoryName(assembly)!,
                     $"--urls={BaseUrl}",
                     $"--App:PublicUrl={BaseUrl}",
                     $"--Paths:Data={Path.Combine(_folder, "data")}",
                     $"--Kestrel:Certificates:Default:Path={certificatePath}",
                     $"--Kestrel:Certificates:Default:Password={certificatePassword}",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(IsInheritedSetting).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Record(line.Data);
        process.ErrorDataReceived += (_, line) => Record(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Settings from the machine running the tests must not leak into the app under test.</summary>
    private static bool IsInheritedSetting(string name) =>
        name.StartsWith("GLANSRIJK_", StringComparison.OrdinalIgnoreCase) ||
        name.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase) ||
        name is "DOTNET_ENVIRONMENT" or "ConnectionStrings__Scan";

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (SetupLinkPattern().Match(line) is { Success: true } match)
        {
            _setupLink.TrySetResult(match.Value);
        }
    }

    private async Task WaitUntilAnsweringAsync(string thumbprint)
    {
        using var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            certificate is not null && string.Equals(certificate.GetCertHashString(), thumbprint, StringComparison.OrdinalIgnoreCase);
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(5) };
        await Eventually.TrueAsync(
            async () =>
            {
                if (_process!.HasExited)
                {
                    throw new InvalidOperationException(
                        $"The app stopped during start-up with exit code {_process.ExitCode}. Its output:\n{Output}");
                }

                try
                {
                    using var response = await client.GetAsync(new Uri(BaseUrl + "/"));
                    return response.IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    return false; // Not listening yet.
                }
                catch (TaskCanceledException)
                {
                    return false; // Listening, but still busy starting.
                }
            },
            $"the app answering on {BaseUrl}",
            StartTimeout);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string Metadata(string key) =>
        typeof(AppServer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"The test assembly has no {key} metadata; build it with dotnet build.");

    [GeneratedRegex(@"https://\S+/installatie/\S+")]
    private static partial Regex SetupLinkPattern();
}
