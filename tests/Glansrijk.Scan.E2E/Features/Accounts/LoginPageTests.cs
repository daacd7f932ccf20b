namespace Glansrijk.Scan.E2E.Features.Accounts;

[Collection(E2ECollection.Name)]
public sealed class LoginPageTests(AppServer app, Browser browser, ITestOutputHelper output)
{
    [Theory]
    [InlineData(Viewport.Tablet)]
    [InlineData(Viewport.Beamer)]
    public async Task The_sign_in_page_asks_for_e_mail_and_password(Viewport viewport)
    {
        await using var tab = await browser.OpenTabAsync(app, viewport);
        var page = tab.Page;

        await page.GotoAsync("/inloggen");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Inloggen");
        await Expect(page.GetByLabel("E-mailadres")).ToHaveAttributeAsync("autocomplete", "username");
        await Expect(page.GetByLabel("Wachtwoord")).ToHaveAttributeAsync("type", "password");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Wachtwoord vergeten?" })).ToBeVisibleAsync();

        await page.SaveScreenshotAsync("inloggen", output);
        await page.AssertAccessibleAsync("sign-in page");
    }
}
