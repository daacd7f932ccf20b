namespace Glansrijk.Scan.E2E.Features.Accounts;

/// <summary>The setup link works once, so each test here starts its own app with its own empty database.</summary>
[Collection(E2ECollection.Name)]
public sealed class SetupTests(Browser browser, ITestOutputHelper output) : IAsyncLifetime
{
    private const string Passphrase = "fiets door de regen naar huis";

    private AppServer _app = null!;

    public async Task InitializeAsync() => _app = await AppServer.StartAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task The_first_Beheerder_sets_up_two_factor_sign_in_and_then_lands_on_the_administration_page()
    {
        await using var tab = await browser.OpenTabAsync(_app, Viewport.Tablet);
        var page = tab.Page;

        await page.GotoAsync(_app.SetupLink);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Eerste beheerder aanmaken");
        await page.SaveScreenshotAsync("installatie", output);
        await page.AssertAccessibleAsync("setup form");

        await page.GetByLabel("Je naam").FillAsync("Anna de Vries");
        await page.GetByLabel("E-mailadres").FillAsync("anna.devries@regio.example");
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(Passphrase);
        await page.GetByLabel("Wachtwoord nog een keer").FillAsync(Passphrase);
        await page.GetByRole(AriaRole.Button, new() { Name = "Beheerder aanmaken" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(_app.BaseUrl + "/account/tweestapsverificatie?returnUrl=%2Fbeheer");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tweestapsverificatie instellen");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR-code om te scannen met je app" })).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("tweestapsverificatie-instellen", output);
        await page.AssertAccessibleAsync("two-factor enrolment");

        await page.GotoAsync("/beheer");
        await Expect(page).ToHaveURLAsync(_app.BaseUrl + "/account/tweestapsverificatie?returnUrl=%2Fbeheer");

        var key = await page.GetByText(TwoFactorApp.SharedKeyPattern()).TextContentAsync();
        await page.GetByLabel("Code van 6 cijfers").FillAsync(TwoFactorApp.Code(key!));
        await page.GetByRole(AriaRole.Button, new() { Name = "Tweestapsverificatie aanzetten" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bewaar je herstelcodes");
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Herstelcodes" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(10);
        await page.SaveScreenshotAsync("herstelcodes", output);
        await page.AssertAccessibleAsync("recovery codes");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ik heb de codes bewaard, ga verder" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(_app.BaseUrl + "/beheer");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Beheer");
        var accounts = page.GetByRole(AriaRole.Table, new() { Name = "1 account" });
        await Expect(accounts.GetByRole(AriaRole.Row).Last.GetByRole(AriaRole.Cell))
            .ToContainTextAsync(["Anna de Vries", "anna.devries@regio.example", "Beheerder", "Actief", "Aan"]);
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" });
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Beheer" })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Mijn account" })).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" })).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("beheer", output);
        await page.AssertAccessibleAsync("administration page");
    }

    [Fact]
    public async Task A_password_that_is_too_short_is_refused_with_a_Dutch_message_at_the_field()
    {
        await using var tab = await browser.OpenTabAsync(_app, Viewport.Tablet);
        var page = tab.Page;

        await page.GotoAsync(_app.SetupLink);
        await page.GetByLabel("Je naam").FillAsync("Anna de Vries");
        await page.GetByLabel("E-mailadres").FillAsync("anna.devries@regio.example");
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync("te kort");
        await page.GetByLabel("Wachtwoord nog een keer").FillAsync("te kort");
        await page.GetByRole(AriaRole.Button, new() { Name = "Beheerder aanmaken" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Niet alles is goed ingevuld");
        var password = page.GetByLabel("Wachtwoord", new() { Exact = true });
        await Expect(password).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(password).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("Kies een wachtwoord van minstens 12 en hoogstens 128 tekens"));
        await Expect(page.GetByLabel("Je naam")).ToHaveValueAsync("Anna de Vries");
        await page.SaveScreenshotAsync("installatie-fout", output);
        await page.AssertAccessibleAsync("setup form with a too short password");
    }
}
