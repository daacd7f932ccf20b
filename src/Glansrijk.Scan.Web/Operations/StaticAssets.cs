using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Glansrijk.Scan.Web.Operations;

/// <summary>Page weight: Brotli or gzip for pages and static text files (the Utrecht CSS alone is 400 KB raw), long
/// caching for files whose address carries a version, and a check with the server for ES modules, which are imported
/// by their bare path: after a deploy a tablet must never combine a new page script with old modules.</summary>
public static class StaticAssets
{
    private const string VersionedCache = "public, max-age=31536000, immutable";
    private const string UnversionedCache = "public, max-age=604800";

    public static WebApplicationBuilder AddCompression(this WebApplicationBuilder builder)
    {
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
        return builder;
    }

    public static WebApplication UseCompressedStaticFiles(this WebApplication app)
    {
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = CacheControl(context.Context.Request) });
        return app;
    }

    /// <summary>Addresses with ?v= (asp-append-version) change with the file: cache them for good. Modules under /js/
    /// are imported without one, so the browser asks each time (an unchanged file costs a 304, not the file).</summary>
    public static string CacheControl(HttpRequest request) =>
        request.Query.ContainsKey("v") ? VersionedCache
        : request.Path.StartsWithSegments("/js", StringComparison.Ordinal) ? "no-cache"
        : UnversionedCache;
}
