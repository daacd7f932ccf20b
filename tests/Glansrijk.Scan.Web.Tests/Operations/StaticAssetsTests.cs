using System.Net.Http.Headers;
using Glansrijk.Scan.Web.Tests.Infrastructure;

namespace Glansrijk.Scan.Web.Tests.Operations;

public sealed class StaticAssetsTests : IClassFixture<SharedApp>
{
    private readonly HttpClient _client;

    public StaticAssetsTests(SharedApp app) => _client = app.Factory.CreateBrowser();

    [Theory]
    [InlineData("/lib/utrecht/component-library.css", "br")]
    [InlineData("/lib/utrecht/component-library.css", "gzip")]
    [InlineData("/js/session-page.js", "br")]
    [InlineData("/", "br")]
    public async Task Text_files_and_pages_are_sent_compressed_to_a_browser_that_accepts_it(string path, string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        using var plainRequest = new HttpRequestMessage(HttpMethod.Get, path);

        var compressed = await _client.SendAsync(request);
        var plain = await _client.SendAsync(plainRequest);

        Assert.Equal([encoding], compressed.Content.Headers.ContentEncoding);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        var compressedBytes = (await compressed.Content.ReadAsByteArrayAsync()).Length;
        var plainBytes = (await plain.Content.ReadAsByteArrayAsync()).Length;
        Assert.True(compressedBytes * 3 < plainBytes, $"{path}: {compressedBytes} bytes {encoding}, {plainBytes} plain");
    }

    [Fact]
    public async Task Versioned_files_are_cached_for_good_and_modules_imported_by_bare_path_are_checked_each_time()
    {
        var versioned = await _client.GetAsync("/css/site.css?v=abc");
        var module = await _client.GetAsync("/js/session-connection.js");

        Assert.Equal("public, max-age=31536000, immutable", versioned.Headers.CacheControl?.ToString());
        Assert.True(module.Headers.CacheControl?.NoCache);
        Assert.NotNull(module.Headers.ETag);
    }
}
