namespace Glansrijk.Scan.E2E.Features.KnowledgeBase;

[Collection(E2ECollection.Name)]
public sealed class KnowledgeBaseTests(AppServer app, Browser browser, ITestOutputHelper output)
{
    [Theory]
    [InlineData(Viewport.Tablet)]
    [InlineData(Viewport.Beamer)]
    public async Task The_knowledge_base_lists_its_articles_by_type(Viewport viewport)
    {
        await using var tab = await browser.OpenTabAsync(app, viewport);
        var page = tab.Page;

        await page.GotoAsync("/kennisbank");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kennisbank");
        var normArticles = page.GetByRole(AriaRole.Region, new() { Name = "Uitleg bij een kwaliteitsnorm" });
        await Expect(normArticles.GetByRole(AriaRole.Link, new() { Name = "Warme overdracht" })).ToHaveAttributeAsync("href", "/kennisbank/warme-overdracht");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Kennisbank" }))
            .ToHaveAttributeAsync("aria-current", "page");

        await page.SaveScreenshotAsync("kennisbank", output);
        await page.AssertAccessibleAsync("knowledge base index");
    }

    [Theory]
    [InlineData(Viewport.Tablet)]
    [InlineData(Viewport.Beamer)]
    public async Task An_article_shows_its_text_the_norm_it_belongs_to_and_its_sources(Viewport viewport)
    {
        await using var tab = await browser.OpenTabAsync(app, viewport);
        var page = tab.Page;

        await page.GotoAsync("/kennisbank/warme-overdracht");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Warme overdracht");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Norm 7: Warme overdracht" })).ToHaveAttributeAsync("href", "/normen/norm-07");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bronnen" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Kruimelpad" }).GetByRole(AriaRole.Link, new() { Name = "Kennisbank" })).ToBeVisibleAsync();

        await page.SaveScreenshotAsync("kennisbank-warme-overdracht", output);
        await page.AssertAccessibleAsync("article Warme overdracht");
    }
}
