namespace Glansrijk.Scan.E2E.Features.Home;

[Collection(E2ECollection.Name)]
public sealed class HomePageTests(AppServer app, Browser browser, ITestOutputHelper output)
{
    [Theory]
    [InlineData(Viewport.Tablet)]
    [InlineData(Viewport.Beamer)]
    public async Task The_home_page_explains_a_scan_and_is_accessible(Viewport viewport)
    {
        await using var tab = await browser.OpenTabAsync(app, viewport);
        var page = tab.Page;

        await page.GotoAsync("/");

        await Expect(page).ToHaveTitleAsync("Glansrijk.Scan");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Samen de weg van school naar werk beter maken");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Zo werkt een scan" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Naar de kennisbank" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Inloggen" })).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("home", output);
        await page.AssertAccessibleAsync("home page");
    }
}
