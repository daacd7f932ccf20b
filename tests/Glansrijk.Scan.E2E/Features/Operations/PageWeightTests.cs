using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Glansrijk.Scan.E2E.Features.Operations;

/// <summary>What a tablet and the beamer download the first time, with an empty cache, in Chromium: the bytes that went
/// over the wire (compressed bodies and headers) for every request of the page until it shows the session. The target
/// is a size, not a time: at most 150 KB each. The figures go to the test output.</summary>
[Collection(E2ECollection.Name)]
public sealed partial class PageWeightTests(Browser browser, ITestOutputHelper output) : IAsyncLifetime
{
    private const long MaxBytes = 150 * 1024;
    private const string ScanName = "Implementatiescan Drechtsteden 2027";
    private const string ParticipantEmail = "bram@drechtsteden.example";

    private AppServer _app = null!;

    public async Task InitializeAsync() => _app = await AppServer.StartAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_tablet_and_the_screen_load_the_live_session_cold_in_at_most_150_KB_with_every_module_versioned()
    {
        await using var chairTab = await browser.OpenTabAsync(_app, Viewport.Tablet);
        var chair = chairTab.Page;
        await chair.SignInAsNewInitiatorAsync(browser, _app, "ilse@debrug.example");
        await chair.CreateScanAsync(ScanName, "Drechtsteden");
        await chair.SeatAndInviteAsync(
        [
            ("Bram Bakker", "Praktijkschool De Brug", ParticipantEmail, "Onderwijs"),
            ("Dirk Dekker", "Sociale Dienst Drechtsteden", "dirk@drechtsteden.example", "Sociale dienst / Werkbedrijf"),
        ]);
        await chair.StartSessionAsync(ScanName, 1);
        await Expect(chair.GetByRole(AriaRole.Heading, new() { Name = "Voorzitter", Exact = true })).ToBeVisibleAsync();
        var code = CodePattern().Match(await chair.GetByRole(AriaRole.Region, new() { Name = "Scherm", Exact = true }).TextContentAsync() ?? "").Value;

        // The participant opens their personal link in one tab; the tablet page then loads in a new tab that has only
        // that tab's cookies, not its cache.
        string sessionPath;
        string signedIn;
        await using (var linkTab = await browser.OpenTabAsync(_app, Viewport.Tablet))
        {
            var invitation = await _app.LatestToAsync(ParticipantEmail, "Uitnodiging");
            await linkTab.Page.GotoAsync(invitation.LinkTo(_app, "/deelnemer/"));
            sessionPath = await linkTab.Page.GetByRole(AriaRole.Link, new() { Name = "Naar sessie 1" }).GetAttributeAsync("href") ?? "";
            signedIn = await linkTab.Context.StorageStateAsync();
        }

        await using var tabletTab = await browser.OpenTabAsync(_app, Viewport.Tablet, signedIn);
        var tablet = await LoadColdAsync(tabletTab, sessionPath, "tablet",
            page => Expect(page.GetByText("Wacht op de voorzitter…")).ToBeVisibleAsync());
        await using var screenTab = await browser.OpenTabAsync(_app, Viewport.Beamer);
        var screen = await LoadColdAsync(screenTab, $"/scherm/{code}", "screen",
            page => Expect(page.GetByRole(AriaRole.Region, new() { Name = "Overzicht" })).ToBeVisibleAsync());

        foreach (var (name, load) in new[] { ("tablet", tablet), ("screen", screen) })
        {
            Assert.True(load.Bytes <= MaxBytes, $"the {name} page took {load.Bytes:N0} bytes cold, more than {MaxBytes:N0}");
            Assert.Equal(load.Urls.Count, load.Urls.Distinct().Count());
            // Every module came by its fingerprinted address: the page script by its src, the modules it imports
            // through the import map, which the CSP let run (a refused inline script is a console error).
            var modules = load.Urls.Where(url => url.AbsolutePath.StartsWith("/js/", StringComparison.Ordinal)).ToList();
            Assert.True(modules.Count >= 6, $"the {name} page loaded {modules.Count} modules");
            Assert.All(modules, url => Assert.Matches(FingerprintedModule(), url.AbsolutePath));
        }

        Assert.Empty(tabletTab.ConsoleErrors);
        Assert.Empty(screenTab.ConsoleErrors);
        await tabletTab.Page.SaveScreenshotAsync("gewicht-tablet", output);
        await screenTab.Page.SaveScreenshotAsync("gewicht-scherm", output, fullPage: false);
    }

    /// <summary>Opens <paramref name="path"/> in a tab with an empty cache, waits until <paramref name="ready"/> and
    /// the network are quiet, and adds up what each request transferred.</summary>
    private async Task<(long Bytes, IReadOnlyList<Uri> Urls)> LoadColdAsync(Tab tab, string path, string name, Func<IPage, Task> ready)
    {
        var finished = new ConcurrentQueue<IRequest>();
        tab.Page.RequestFinished += (_, request) => finished.Enqueue(request);
        await tab.Page.GotoAsync(path);
        await ready(tab.Page);
        await tab.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        long total = 0;
        var urls = new List<Uri>();
        foreach (var request in finished)
        {
            var sizes = await request.SizesAsync();
            var bytes = sizes.ResponseHeadersSize + sizes.ResponseBodySize;
            total += bytes;
            urls.Add(new Uri(request.Url));
            output.WriteLine($"{name}: {bytes,9:N0} bytes  {new Uri(request.Url).PathAndQuery}");
        }

        output.WriteLine($"{name}: {total:N0} bytes ({total / 1024.0:F1} KB) transferred cold in {urls.Count} requests");
        return (total, urls);
    }

    [GeneratedRegex("[2-9ABCDEFGHJKMNPQRSTUVWXYZ]{6}")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^/js/[\w-]+\.[a-z0-9]{10}\.js$")]
    private static partial Regex FingerprintedModule();
}
