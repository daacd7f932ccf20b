namespace Glansrijk.Scan.E2E.Features.Instruments;

[Collection(E2ECollection.Name)]
public sealed class NormPageTests(AppServer app, Browser browser, ITestOutputHelper output)
{
    [Theory]
    [InlineData(Viewport.Tablet)]
    [InlineData(Viewport.Beamer)]
    public async Task A_norm_page_shows_its_question_and_links_to_the_knowledge_base(Viewport viewport)
    {
        await using var tab = await browser.OpenTabAsync(app, viewport);
        var page = tab.Page;

        await page.GotoAsync("/normen/norm-07");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("7. Warme overdracht");
        await Expect(page.GetByText("Thema C: Overgang school–werk")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Kruimelpad" }).GetByRole(AriaRole.Link))
            .ToHaveTextAsync(["Normen en checklist", "Kwaliteitsnormen"]);
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Lees meer in de kennisbank" }).GetByRole(AriaRole.Link, new() { Name = "Warme overdracht" }))
            .ToHaveAttributeAsync("href", "/kennisbank/warme-overdracht");

        await page.SaveScreenshotAsync("norm-07", output);
        await page.AssertAccessibleAsync("norm 7");
    }
}
