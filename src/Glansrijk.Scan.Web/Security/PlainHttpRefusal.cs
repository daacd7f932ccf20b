namespace Glansrijk.Scan.Web.Security;

/// <summary>With HTTPS required, a request that is still plain HTTP after the HTTPS redirect (the app knows no HTTPS
/// port to send it to, or a proxy's forwarded headers were not trusted) gets a clear answer instead of a page whose
/// Secure-only cookies cannot be set (every form would fail with a 500).</summary>
public sealed partial class PlainHttpRefusal(RequestDelegate next, ILogger<PlainHttpRefusal> logger)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.IsHttps)
        {
            return next(context);
        }

        LogPlainHttp(logger, context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(
            "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Alleen via HTTPS — Glansrijk.Scan</title></head>" +
            "<body><main><h1>Alleen via HTTPS</h1><p>Deze app werkt alleen over een beveiligde verbinding (https). " +
            "Gebruik het adres dat u van uw organisatie kreeg; blijft dit zo, meld het dan aan de beheerder.</p></main></body></html>",
            context.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a plain HTTP request from {RemoteAddress}: HTTPS is required. Serve the app over HTTPS, or, behind a TLS proxy, set Security:BehindProxy=true and add the proxy to Security:KnownProxies or Security:KnownNetworks")]
    private static partial void LogPlainHttp(ILogger logger, string remoteAddress);
}
