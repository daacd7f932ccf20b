namespace Glansrijk.Scan.E2E.Features.KnowledgeBase;

/// <summary>A visitor without an account finds their way through the kennisbank, by theme and by searching.</summary>
[Collection(E2ECollection.Name)]
public sealed class BrowseAndSearchTests(AppServer app, Browser browser, ITestOutputHelper output)
{
    [Fact]
    public async Task From_the_home_page_to_a_theme_an_article_its_norm_and_back()
    {
        await using var tab = await browser.OpenTabAsync(app, Viewport.Tablet);
        var page = tab.Page;

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Kennisbank" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Overgang school–werk" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Overgang school–werk");
        await page.SaveScreenshotAsync("kennisbank-thema", output);
        await page.AssertAccessibleAsync("theme page");

        await page.GetByRole(AriaRole.Link, new() { Name = "Warme overdracht", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Warme overdracht");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Op deze pagina" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Norm 7: Warme overdracht" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/normen/norm-07");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Warme overdracht");
        await page.AssertAccessibleAsync("norm page reached from its article");
        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/kennisbank/warme-overdracht");
        Assert.Empty(tab.ConsoleErrors);
    }

    [Theory]
    [InlineData(Viewport.Tablet)]
    [InlineData(Viewport.Beamer)]
    public async Task Searching_werkgever_finds_the_employers_article_and_opens_it(Viewport viewport)
    {
        await using var tab = await browser.OpenTabAsync(app, viewport);
        var page = tab.Page;

        await page.GotoAsync("/kennisbank");
        await page.GetByRole(AriaRole.Search).GetByLabel("Zoek in de kennisbank").FillAsync("werkgever");
        await page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 }).First).ToContainTextAsync("resultaten voor ‘werkgever’");
        await Expect(page.Locator("mark").First).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("kennisbank-zoeken", output);
        await page.AssertAccessibleAsync("search results");
        await page.GetByRole(AriaRole.Link, new() { Name = "Eén werkgeversbenadering" }).First.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Eén werkgeversbenadering");
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task A_junk_search_gets_a_friendly_page()
    {
        await using var tab = await browser.OpenTabAsync(app, Viewport.Tablet);
        var page = tab.Page;

        await page.GotoAsync("/kennisbank/zoeken?q=" + Uri.EscapeDataString("\" OR 1=1 -- <script>alert(1)</script>"));

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Zoeken in de kennisbank");
        await page.SaveScreenshotAsync("kennisbank-zoeken-onzin", output);
        await page.AssertAccessibleAsync("junk search");
        Assert.Empty(tab.ConsoleErrors);
    }
}
