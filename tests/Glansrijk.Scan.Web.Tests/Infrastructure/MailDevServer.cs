using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Serialization;

namespace Glansrijk.Scan.Web.Tests.Infrastructure;

/// <summary>A real SMTP server for the tests: MailDev from npm (tests/package.json), started on free loopback
/// ports, with its REST API to read what arrived. Can be started late, to play an SMTP outage.</summary>
public sealed class MailDevServer : IAsyncDisposable
{
    private readonly HttpClient _api;
    private Process? _process;

    private readonly string[] _extraArguments;

    public MailDevServer(int? smtpPort = null, params string[] extraArguments)
    {
        _extraArguments = extraArguments;
        SmtpPort = smtpPort ?? FreePort.Next();
        WebPort = FreePort.Next();
        _api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{WebPort}/") };
    }

    public int SmtpPort { get; }
    public int WebPort { get; }

    public static async Task<MailDevServer> StartAsync(params string[] extraArguments)
    {
        var server = new MailDevServer(null, extraArguments);
        await server.StartListeningAsync();
        return server;
    }

    public async Task StartListeningAsync()
    {
        var script = Path.Combine(RepositoryRoot.Path, "tests", "node_modules", "maildev", "dist", "bin", "maildev.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"MailDev is not installed ({script}); run tests/run.sh, which runs npm ci in tests/.");
        }

        var mailFolder = Directory.CreateTempSubdirectory("maildev-").FullName;
        var start = new ProcessStartInfo("node")
        {
            ArgumentList =
            {
                script, "--smtp", SmtpPort.ToString(), "--web", WebPort.ToString(), "--ip", "127.0.0.1", "--web-ip", "127.0.0.1",
                "--mail-directory", mailFolder,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in _extraArguments)
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start MailDev.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        await Eventually.TrueAsync(
            async () =>
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"MailDev exited with code {_process.ExitCode}.");
                }

                try
                {
                    using var health = await _api.GetAsync("api/healthz");
                    return health.IsSuccessStatusCode && await SmtpAcceptsAsync();
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            },
            "MailDev answering on its API and its SMTP port",
            // Starting node is slow on a busy machine; waiting longer for it changes nothing that is asserted.
            TimeSpan.FromSeconds(60));
    }

    public async Task<IReadOnlyList<ReceivedMail>> AllAsync() =>
        await _api.GetFromJsonAsync<List<ReceivedMail>>("api/email") ?? [];

    /// <summary>Waits until at least <paramref name="count"/> mails to <paramref name="address"/> arrived.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> WaitForAsync(string address, int count = 1, TimeSpan? timeout = null) =>
        await Eventually.ValueAsync(
            async () => (await AllAsync()).Where(m => m.To.Any(t => string.Equals(t.Address, address, StringComparison.OrdinalIgnoreCase))).ToList(),
            mails => mails.Count >= count,
            mails => $"{mails.Count} of {count} mail(s) to {address}",
            timeout);

    /// <summary>The text of an attachment of a received mail.</summary>
    public async Task<string> AttachmentAsync(ReceivedMail mail, string fileName)
    {
        var attachment = mail.Attachments?.FirstOrDefault(a => a.FileName == fileName || a.GeneratedFileName == fileName)
            ?? throw new InvalidOperationException($"Mail '{mail.Subject}' has no attachment {fileName}.");
        return await _api.GetStringAsync($"api/email/{mail.Id}/attachment/{Uri.EscapeDataString(attachment.GeneratedFileName ?? attachment.FileName!)}");
    }

    private async Task<bool> SmtpAcceptsAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, SmtpPort);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _api.Dispose();
    }
}

public sealed record ReceivedMail(
    string Id,
    string Subject,
    [property: JsonPropertyName("to")] IReadOnlyList<MailAddress> To,
    string? Html,
    string? Text,
    IReadOnlyList<MailAttachmentInfo>? Attachments);

public sealed record MailAddress(string Address, string Name);

public sealed record MailAttachmentInfo(string? FileName, string? GeneratedFileName, string? ContentType);
