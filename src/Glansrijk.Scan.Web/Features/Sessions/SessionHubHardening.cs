using System.Collections;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>Section "Sessions".</summary>
public sealed class SessionOptions
{
    public const string Section = "Sessions";

    /// <summary>Hub calls one connection may make per second; more are refused.</summary>
    public int MaxCallsPerSecond { get; set; } = 20;

    /// <summary>The longest text argument a hub call accepts (an improvement point is at most 500 characters).</summary>
    public int MaxArgumentLength { get; set; } = 1000;
}

/// <summary>Refuses hub calls that come too fast from one connection or carry oversized text, before the hub runs.
/// The whole message is already limited by <c>MaximumReceiveMessageSize</c>. An unexpected failure is logged and answered
/// with a plain Dutch message, never with details.</summary>
public sealed partial class SessionHubGuard(IOptions<SessionOptions> options, TimeProvider clock, ILogger<SessionHubGuard> logger) : IHubFilter
{
    private static readonly object WindowKey = new();

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var settings = options.Value;
        var items = invocationContext.Context.Items;
        if (!items.TryGetValue(WindowKey, out var value) || value is not CallWindow window)
        {
            window = new CallWindow();
            items[WindowKey] = window;
        }

        if (!window.Allow(clock.GetTimestamp(), clock.TimestampFrequency, settings.MaxCallsPerSecond))
        {
            return SessionResult.Refused("Je stuurt te veel verzoeken tegelijk. Wacht even en probeer het opnieuw.");
        }

        if (invocationContext.HubMethodArguments.Any(a => TooLong(a, settings.MaxArgumentLength)))
        {
            return SessionResult.Refused($"Een tekst is te lang; gebruik hoogstens {settings.MaxArgumentLength} tekens.");
        }

        try
        {
            return await next(invocationContext);
        }
        catch (Exception e) when (e is not (HubException or OperationCanceledException))
        {
            LogFailed(logger, e, invocationContext.HubMethodName);
            return SessionResult.Refused("Er ging iets mis. Probeer het opnieuw; lukt het niet, ververs dan de pagina.");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Hub method {Method} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string method);

    private static bool TooLong(object? argument, int max) => argument switch
    {
        string text => text.Length > max,
        IEnumerable items and not string => items.Cast<object?>().Count() > max,
        _ => false,
    };

    /// <summary>Counts calls in the current one-second window of a connection.</summary>
    private sealed class CallWindow
    {
        private long _start;
        private int _count;

        public bool Allow(long now, long frequency, int max)
        {
            lock (this)
            {
                if (now - _start >= frequency)
                {
                    _start = now;
                    _count = 0;
                }

                return ++_count <= max;
            }
        }
    }
}

/// <summary>Refuses a negotiate or connect to the hub from another site: when the browser sends an Origin, it must be
/// the app's own (the request's host, or <see cref="AppOptions.PublicUrl"/>). Clients without an Origin (not a
/// browser) still have to authenticate like anyone else.</summary>
public sealed class SessionOriginCheck(RequestDelegate next, IOptions<AppOptions> app)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(SessionHub.Path) && context.Request.Headers.Origin is [{ } origin, ..] && !IsOwn(origin, context.Request))
        {
            if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
            {
                statusPages.Enabled = false;
            }

            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }

        return next(context);
    }

    private bool IsOwn(string origin, HttpRequest request)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var originUri))
        {
            return false;
        }

        var own = originUri.GetLeftPart(UriPartial.Authority);
        var requestOrigin = $"{request.Scheme}://{request.Host.Value}";
        return string.Equals(own, requestOrigin, StringComparison.OrdinalIgnoreCase)
            || (Uri.TryCreate(app.Value.PublicUrl, UriKind.Absolute, out var publicUri)
                && string.Equals(own, publicUri.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase));
    }
}
