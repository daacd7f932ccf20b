using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Glansrijk.Scan.Web.Security;

public static class RateLimitPolicies
{
    /// <summary>Sign-in, password reset and other forms that guess-work could abuse: counted per client address,
    /// POSTs only (reading the form is free).</summary>
    public const string SignIn = "sign-in";
}

public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public int SignInPerMinute { get; set; } = 10;
}

public static class SecurityServices
{
    public static WebApplicationBuilder AddSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>().Bind(builder.Configuration.GetSection(RateLimitOptions.Section));
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimitPolicies.SignIn, context =>
                HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                    ? RateLimitPartition.GetNoLimiter("read")
                    : RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.SignInPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var response = context.HttpContext.Response;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }

                response.ContentType = "text/html; charset=utf-8";
                await response.WriteAsync(
                    "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Even geduld — Glansrijk.Scan</title></head>" +
                    "<body><main><h1>Even geduld</h1><p>Er zijn in korte tijd te veel pogingen gedaan. Wacht een minuut en probeer het dan opnieuw.</p>" +
                    "<p><a href=\"/\">Naar de startpagina</a></p></main></body></html>",
                    cancellationToken);
            };
        });

        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "glansrijk.antiforgery";
            options.Cookie.SecurePolicy = builder.SecureCookies();
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });

        return builder;
    }

    public static WebApplication UseSecurity(this WebApplication app)
    {
        var options = app.Configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new();
        if (options.BehindProxy)
        {
            app.UseForwardedHeaders(options.ForwardedHeaders());
        }

        app.UseMiddleware<SecurityHeaders>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/fout");
            if (options.RequireHttps)
            {
                app.UseHsts();
                // Health checks answer over plain HTTP too: Docker and load balancers ask them inside the network.
                app.UseWhen(context => !context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase), https => https
                    .UseHttpsRedirection()
                    .UseMiddleware<PlainHttpRefusal>());
            }
        }

        return app;
    }
}

/// <summary>Section "Security".</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>HTTPS redirection, HSTS and Secure-only cookies. On by default outside Development; turn it off only
    /// to try the app over plain HTTP on your own machine (the docker-compose file does that).</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>Trust X-Forwarded-For/-Proto from a reverse proxy that terminates TLS in front of the app, but only
    /// from the addresses in <see cref="KnownProxies"/> and <see cref="KnownNetworks"/> (and the loopback address).</summary>
    public bool BehindProxy { get; set; }

    /// <summary>Addresses of the reverse proxies, e.g. "10.0.0.2".</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks the reverse proxies live in, in CIDR notation, e.g. "172.16.0.0/12" for Docker's networks.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>Forwarded headers from the known proxies only: a header from anyone else is ignored, so a client cannot
    /// pick its own address (and dodge the rate limits) or pretend it came over HTTPS.</summary>
    public ForwardedHeadersOptions ForwardedHeaders()
    {
        var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto };
        foreach (var proxy in KnownProxies)
        {
            forwarded.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                ? address
                : throw new InvalidOperationException($"Security:KnownProxies: '{proxy}' is not an IP address."));
        }

        foreach (var network in KnownNetworks)
        {
            forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"Security:KnownNetworks: '{network}' is not a network in CIDR notation (such as 172.16.0.0/12)."));
        }

        return forwarded;
    }
}

public static class CookieSecurity
{
    /// <summary>Secure cookies everywhere except Development, where `dotnet run` serves plain http://localhost:5000
    /// (Chromium would accept Secure cookies there, but ASP.NET's antiforgery refuses them over plain HTTP).</summary>
    public static CookieSecurePolicy SecureCookies(this WebApplicationBuilder builder) =>
        builder.RequiresHttps() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    public static bool RequiresHttps(this WebApplicationBuilder builder) =>
        !builder.Environment.IsDevelopment() && (builder.Configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new()).RequireHttps;
}
