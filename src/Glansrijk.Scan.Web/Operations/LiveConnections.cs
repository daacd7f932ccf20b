using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.SignalR;

namespace Glansrijk.Scan.Web.Operations;

/// <summary>Every open hub connection on this node, as a hub filter: it counts them and times each call for
/// <see cref="AppMetrics"/>. While the app stops it refuses new connections, so tablets that reconnect at once do
/// not hold the stop up (see <see cref="ShutdownNotice"/>).</summary>
public sealed class LiveConnections(IHostApplicationLifetime lifetime, IServiceProvider services) : IHubFilter
{
    private readonly ConcurrentDictionary<string, HubCallerContext> _open = new();
    private AppMetrics? _metrics;

    public int Count => _open.Count;

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            throw new HubException("De server start opnieuw.");
        }

        _open[context.Context.ConnectionId] = context.Context;
        await next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        _open.TryRemove(context.Context.ConnectionId, out _);
        await next(context, exception);
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var started = Stopwatch.GetTimestamp();
        var succeeded = false;
        try
        {
            var result = await next(invocationContext);
            succeeded = true;
            return result;
        }
        finally
        {
            // Resolved late: the metrics read this class's count, so they cannot be a constructor argument.
            _metrics ??= services.GetRequiredService<AppMetrics>();
            _metrics.CommandHandled(invocationContext.HubMethodName, succeeded, Stopwatch.GetElapsedTime(started));
        }
    }
}
