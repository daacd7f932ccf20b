using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Glansrijk.Scan.Web.Operations;

/// <summary>Page weight. The files in wwwroot/ are static web assets (see the web project): the build and publish
/// fingerprint them and store Brotli and gzip copies, and <c>MapStaticAssets</c> serves the copy the browser accepts,
/// a fingerprinted address cached for a year, the bare address revalidated with an ETag. Pages and other dynamic
/// answers are compressed on the fly.</summary>
public static class StaticAssets
{
    private const string ReloadAtRuntimeKey = "ReloadStaticAssetsAtRuntime";

    public static WebApplicationBuilder AddCompression(this WebApplicationBuilder builder)
    {
        // The build output lists the assets and their compressed copies (in obj/) in a runtime manifest. A published
        // app has none and serves its own wwwroot/, so this only matters when the app runs from a build in an
        // environment other than Development, as the end-to-end tests run it.
        builder.WebHost.UseStaticWebAssets();
        // From a build output ASP.NET Core re-reads an asset that looks changed since the build, and then sends it
        // gzip-framed under the Brotli header of the endpoint the browser chose, which no browser decodes; a file's
        // sub-second timestamp alone counts as a change. So assets are served as built, in Development too: after
        // editing a file in wwwroot/, build again (dotnet watch does). Setting it to true turns the re-reading back on.
        builder.Configuration[ReloadAtRuntimeKey] ??= "false";
        builder.Services.AddResponseCompression(options =>
        {
            // Safe over HTTPS here: the account and antiforgery cookies are SameSite=Strict, so another site cannot
            // make a browser send the many guessing requests a compression side channel (BREACH) needs.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Append("image/svg+xml");
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        builder.Services.AddSingleton<ModuleImportMap>();
        return builder;
    }

    /// <summary>Before routing, so pages are compressed; the static assets come pre-compressed and are left alone.</summary>
    public static WebApplication UseCompression(this WebApplication app)
    {
        app.UseResponseCompression();
        return app;
    }

    /// <summary>Static assets answer straight from routing: no rate limit, no sign-in cookie check (which asks the
    /// database) for a stylesheet.</summary>
    public static WebApplication MapStaticFiles(this WebApplication app)
    {
        app.MapStaticAssets().ShortCircuit();
        return app;
    }
}
