using System.Globalization;
using System.Threading.RateLimiting;

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
        var limits = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();

        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimitPolicies.SignIn, context =>
                HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                    ? RateLimitPartition.GetNoLimiter("read")
                    : RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.SignInPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
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
            options.Cookie.SecurePolicy = builder.Environment.SecureCookies();
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
        app.UseMiddleware<SecurityHeaders>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/fout");
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        return app;
    }
}

public static class CookieSecurity
{
    /// <summary>Secure cookies everywhere except Development, where `dotnet run` serves plain http://localhost:5000
    /// (Chromium would accept Secure cookies there, but ASP.NET's antiforgery refuses them over plain HTTP).</summary>
    public static CookieSecurePolicy SecureCookies(this IWebHostEnvironment environment) =>
        environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
}
