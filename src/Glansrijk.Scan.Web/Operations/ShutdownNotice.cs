using Glansrijk.Scan.Web.Features.Sessions;
using Microsoft.AspNetCore.SignalR;

namespace Glansrijk.Scan.Web.Operations;

/// <summary>Makes a stop quick while tablets are connected, and tells them. When the app starts stopping, SignalR
/// closes every live connection and the tablets reconnect at once, to a server that still accepted them and then
/// waited the host's whole shutdown timeout for those connections (32 s measured). Now every client first hears
/// <see cref="Message"/> (the page shows "De server start opnieuw…" until it is back), then SignalR closes the
/// connections and <see cref="LiveConnections"/> refuses new ones until the process has gone.</summary>
public sealed partial class ShutdownNotice(
    IHubContext<SessionHub> hub,
    LiveConnections connections,
    IHostApplicationLifetime lifetime,
    ILogger<ShutdownNotice> logger) : IHostedLifecycleService
{
    public const string Message = "ServerRestarting";

    private static readonly TimeSpan NoticeTimeout = TimeSpan.FromSeconds(1);
    private int _told;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // A signal (SIGTERM, Ctrl+C) fires ApplicationStopping first. This callback is registered after SignalR's own,
        // so it runs before it (callbacks run last-in, first-out): the notice goes out before the connections close.
        // A cancellation callback cannot be awaited; the send only fills each connection's buffer, which is quick.
        lifetime.ApplicationStopping.Register(() => TellAsync().Wait());
        return Task.CompletedTask;
    }

    /// <summary>A stop through IHost.StopAsync (without a signal) reaches the lifecycle services before ApplicationStopping.</summary>
    public Task StoppingAsync(CancellationToken cancellationToken) => TellAsync();

    private async Task TellAsync()
    {
        var open = connections.Count;
        if (open == 0 || Interlocked.Exchange(ref _told, 1) == 1)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(NoticeTimeout);
        try
        {
            await hub.Clients.All.SendAsync(Message, timeout.Token);
            LogTold(logger, open);
        }
        catch (OperationCanceledException)
        {
            LogTellingTimedOut(logger, open);
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping: told {Open} live connection(s) that the server restarts")]
    private static partial void LogTold(ILogger logger, int open);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopping: telling {Open} live connection(s) that the server restarts took too long")]
    private static partial void LogTellingTimedOut(ILogger logger, int open);
}
