namespace Glansrijk.Scan.Web.Features.Shared;

/// <summary>Cache headers for public pages that are the same for every visitor (knowledge base, norms).</summary>
public static class PublicCache
{
    public static readonly TimeSpan Page = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan SearchResults = TimeSpan.FromMinutes(1);

    /// <summary>Lets browsers and proxies keep the page for <paramref name="maxAge"/>. The page differs only
    /// for a signed-in visitor (whose sign-out form carries an antiforgery token, which turns caching off again),
    /// so it varies by cookie.</summary>
    public static void CachePublicly(this HttpResponse response, TimeSpan maxAge)
    {
        response.Headers.CacheControl = $"public, max-age={(int)maxAge.TotalSeconds}";
        response.Headers.Vary = "Cookie";
    }
}
