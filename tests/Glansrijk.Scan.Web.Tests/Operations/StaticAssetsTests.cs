using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Tests.Operations;

public sealed partial class StaticAssetsTests : IClassFixture<SharedApp>
{
    private const string CachedForGood = "max-age=31536000, immutable";

    private readonly ScanAppFactory _app;
    private readonly HttpClient _client;

    public StaticAssetsTests(SharedApp app)
    {
        _app = app.Factory;
        _client = app.Factory.CreateBrowser();
    }

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
    public async Task Stylesheets_are_linked_by_a_fingerprinted_address_that_is_cached_for_good()
    {
        var html = await (await _client.GetAsync("/")).Content.ReadAsStringAsync();
        var stylesheets = StylesheetPattern().Matches(html).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(4, stylesheets.Count);
        foreach (var address in stylesheets)
        {
            Assert.Matches(FingerprintPattern(), address);
            var response = await _client.GetAsync(address);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(CachedForGood, response.Headers.CacheControl?.ToString());
        }
    }

    [Fact]
    public async Task A_module_asked_for_by_its_bare_path_is_checked_with_the_server_each_time()
    {
        var module = await _client.GetAsync("/js/session-connection.js");

        Assert.Equal(HttpStatusCode.OK, module.StatusCode);
        Assert.True(module.Headers.CacheControl?.NoCache);
        Assert.NotNull(module.Headers.ETag);
    }

    /// <summary>After a deploy a tablet must never run a new page script with old modules: the page script is linked
    /// by its fingerprint, and every module it imports, directly or through another, is mapped to its fingerprinted
    /// address by the page's import map, with its integrity. The import map is the one inline script; the CSP allows
    /// it by a nonce made for that response.</summary>
    [Fact]
    public async Task The_tablet_and_screen_pages_map_every_module_they_import_to_a_fingerprinted_address()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();
        await scenario.AddSeatsAsync(scanId, 3);
        Assert.Equal(HttpStatusCode.Redirect, (await scenario.SendInvitationsAsync(scanId)).StatusCode);
        var started = await scenario.Initiator.PostFormAsync($"/scans/{scanId}?handler=StartSession", new Dictionary<string, string> { ["number"] = "1" }, $"/scans/{scanId}");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var tablet = await scenario.Initiator.GetAsync(started.Headers.Location!.ToString());
        var code = await app.WithDatabaseAsync(db => db.LiveSessions.Where(s => s.ScanId == scanId).Select(s => s.Code).SingleAsync());
        var screen = await app.CreateBrowser().GetAsync($"/scherm/{code}");

        var tabletModules = await AssertVersionedModulesAsync(tablet, "session-page.js", scenario.Initiator);
        var screenModules = await AssertVersionedModulesAsync(screen, "screen-page.js", scenario.Initiator);

        // The five the page script imports itself, and whatever those import in turn.
        Assert.Superset(
            new HashSet<string> { "agenda-view.js", "prioritising-view.js", "progress-view.js", "session-connection.js", "session-views.js" },
            tabletModules.ToHashSet());
        Assert.Superset(new HashSet<string> { "agenda-view.js", "session-connection.js", "session-views.js" }, screenModules.ToHashSet());
    }

    [Fact]
    public async Task Pages_without_modules_keep_the_plain_policy_without_a_nonce()
    {
        var response = await _client.GetAsync("/inloggen");

        Assert.DoesNotContain("nonce-", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("importmap", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Checks one page's import map and CSP; returns the names of the modules its page script pulls in.</summary>
    private static async Task<List<string>> AssertVersionedModulesAsync(HttpResponseMessage page, string pageScript, HttpClient client)
    {
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var importMap = ImportMapPattern().Match(html);
        Assert.True(importMap.Success, "the page has an import map with a nonce");
        var nonce = importMap.Groups["nonce"].Value;
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains($"script-src 'self' 'nonce-{nonce}';", policy, StringComparison.Ordinal);
        using var map = JsonDocument.Parse(importMap.Groups["json"].Value);
        var imports = map.RootElement.GetProperty("imports");
        var integrity = map.RootElement.GetProperty("integrity");

        var entry = Regex.Match(html, $"<script type=\"module\" src=\"(/js/{Regex.Escape(pageScript[..^3])}\\.[a-z0-9]+\\.js)\"").Groups[1].Value;
        Assert.NotEqual("", entry);
        Assert.True(html.IndexOf("type=\"importmap\"", StringComparison.Ordinal) < html.IndexOf(entry, StringComparison.Ordinal), "the import map comes before the module script");

        var modules = new List<string>();
        var pending = new Queue<string>([await FetchAsync(client, entry, expectedIntegrity: null)]);
        while (pending.TryDequeue(out var source))
        {
            foreach (var imported in ImportPattern().Matches(source).Select(m => m.Groups[1].Value).Distinct())
            {
                if (modules.Contains(imported))
                {
                    continue;
                }

                modules.Add(imported);
                Assert.True(imports.TryGetProperty("/js/" + imported, out var mapped), $"{imported} is in the import map");
                var address = mapped.GetString()!;
                Assert.Matches(FingerprintPattern(), address);
                pending.Enqueue(await FetchAsync(client, address, integrity.GetProperty(address).GetString()));
            }
        }

        return modules;
    }

    private static async Task<string> FetchAsync(HttpClient client, string address, string? expectedIntegrity)
    {
        var response = await client.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CachedForGood, response.Headers.CacheControl?.ToString());
        var body = await response.Content.ReadAsByteArrayAsync();
        if (expectedIntegrity is not null)
        {
            Assert.Equal(expectedIntegrity, "sha256-" + Convert.ToBase64String(SHA256.HashData(body)));
        }

        return System.Text.Encoding.UTF8.GetString(body);
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex StylesheetPattern();

    [GeneratedRegex(@"\.[a-z0-9]{10}\.(css|js)$")]
    private static partial Regex FingerprintPattern();

    [GeneratedRegex("<script (?=[^>]*type=\"importmap\")[^>]*nonce=\"(?<nonce>[^\"]+)\"[^>]*>(?<json>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ImportMapPattern();

    [GeneratedRegex("""(?:from|import)\s*["']\./([\w-]+\.js)["']""")]
    private static partial Regex ImportPattern();
}
