using Glansrijk.Scan.Web.Security;
using Glansrijk.Scan.Web.Tests.Infrastructure;

namespace Glansrijk.Scan.Web.Tests.Security;

public sealed class SecurityHeadersTests : IClassFixture<SharedApp>
{
    private readonly HttpClient _client;

    public SecurityHeadersTests(SharedApp app) => _client = app.Factory.CreateBrowser();

    [Theory]
    [InlineData("/")]
    [InlineData("/inloggen")]
    [InlineData("/css/site.css")]
    [InlineData("/bestaat-niet")]
    [InlineData("/beheer")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Header(response, "Content-Security-Policy"));
        Assert.DoesNotContain("unsafe-inline", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.StartsWith("max-age=", Header(response, "Strict-Transport-Security"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_contain_no_inline_script_or_style()
    {
        foreach (var path in new[] { "/", "/inloggen", "/instrumenten", "/kennisbank/warme-overdracht" })
        {
            var html = await (await _client.GetAsync(path)).TextAsync();
            Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)[^>]*>", html);
            Assert.DoesNotContain(" style=\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_antiforgery_cookie_is_secure_http_only_and_strict()
    {
        var response = await _client.GetAsync("/inloggen");

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("glansrijk.antiforgery=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(",", contentValues)
        : "";
}
