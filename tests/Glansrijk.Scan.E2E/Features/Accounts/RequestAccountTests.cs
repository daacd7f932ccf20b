namespace Glansrijk.Scan.E2E.Features.Accounts;

[Collection(E2ECollection.Name)]
public sealed class RequestAccountTests(AppServer app, Browser browser, ITestOutputHelper output)
{
    [Fact]
    public async Task Someone_finds_the_request_form_from_the_home_page_fixes_a_mistake_and_sends_a_request()
    {
        await using var tab = await browser.OpenTabAsync(app, Viewport.Tablet);
        var page = tab.Page;

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Vraag een account aan als initiatiefnemer" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Account aanvragen");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Domein van je organisatie" }).GetByRole(AriaRole.Radio)).ToHaveCountAsync(6);
        await page.SaveScreenshotAsync("account-aanvragen", output);
        await page.AssertAccessibleAsync("account request form");

        await page.GetByLabel("Je naam").FillAsync("Ilse de Boer");
        await page.GetByLabel("Organisatie").FillAsync("Praktijkschool De Brug");
        await page.GetByLabel("Functie").FillAsync("Teamleider");
        await page.GetByLabel("E-mailadres van je werk").FillAsync("ilse.deboer@school");
        await page.GetByLabel("Waarom wil je een account?").FillAsync("Wij willen in de regio Rivierenland een scan doen met de gemeente, UWV en werkgevers.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanvraag versturen" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Niet alles is goed ingevuld");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Domein van je organisatie" }))
            .ToHaveAccessibleDescriptionAsync("Kies het domein waar je organisatie bij hoort.");
        await Expect(page.GetByLabel("Je naam")).ToHaveValueAsync("Ilse de Boer");
        await page.SaveScreenshotAsync("account-aanvragen-fout", output);
        await page.AssertAccessibleAsync("account request form with a missing domain");

        await page.GetByRole(AriaRole.Radio, new() { Name = "Onderwijs" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanvraag versturen" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/account-aanvragen/verstuurd");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Je aanvraag is verstuurd");
        await page.SaveScreenshotAsync("account-aanvragen-verstuurd", output);
        await page.AssertAccessibleAsync("request sent");
        // No CSP violation or script error; the browser's own request for a favicon does not count.
        Assert.DoesNotContain(tab.ConsoleErrors, error => !error.Contains("/favicon.ico", StringComparison.Ordinal));
    }
}
