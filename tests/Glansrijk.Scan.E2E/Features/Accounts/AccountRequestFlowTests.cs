namespace Glansrijk.Scan.E2E.Features.Accounts;

/// <summary>The whole way from request to initiator, with the first Beheerder deciding; its own app, because it
/// uses the one-time setup link.</summary>
[Collection(E2ECollection.Name)]
public sealed class AccountRequestFlowTests(Browser browser, ITestOutputHelper output) : IAsyncLifetime
{
    private const string InitiatorPassword = "wandelen langs de rivier in mei";
    private const string InitiatorEmail = "ilse.deboer@school.example";

    private AppServer _app = null!;

    public async Task InitializeAsync() => _app = await AppServer.StartAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_request_approved_by_the_Beheerder_becomes_an_initiator_who_chooses_a_password_and_sets_up_two_factor_sign_in()
    {
        await using var administratorTab = await browser.OpenTabAsync(_app, Viewport.Tablet);
        var administrator = administratorTab.Page;
        await administrator.CreateFirstAdministratorAsync(_app);

        await using var requesterTab = await browser.OpenTabAsync(_app, Viewport.Tablet);
        var requester = requesterTab.Page;
        await requester.RequestAccountAsync("Ilse de Boer", InitiatorEmail);

        await administrator.GotoAsync("/beheer");
        await Expect(administrator.GetByText("Er wacht 1 aanvraag op een besluit.")).ToBeVisibleAsync();
        await administrator.GetByRole(AriaRole.Link, new() { Name = "Naar de accountaanvragen" }).ClickAsync();
        await Expect(administrator.GetByRole(AriaRole.Table, new() { Name = "1 aanvraag wacht op een besluit" })).ToBeVisibleAsync();
        await administrator.SaveScreenshotAsync("beheer-aanvragen", output);
        await administrator.AssertAccessibleAsync("account requests");
        await administrator.GetByRole(AriaRole.Link, new() { Name = "Ilse de Boer" }).ClickAsync();
        await Expect(administrator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Aanvraag van Ilse de Boer");
        await administrator.SaveScreenshotAsync("beheer-aanvraag", output);
        await administrator.AssertAccessibleAsync("one account request");
        await administrator.GetByRole(AriaRole.Button, new() { Name = "Aanvraag goedkeuren" }).ClickAsync();
        await Expect(administrator.GetByRole(AriaRole.Status)).ToContainTextAsync("De aanvraag van Ilse de Boer is goedgekeurd.");

        var mail = await _app.LatestToAsync(InitiatorEmail);
        Assert.Equal("Je account voor Glansrijk.Scan is klaar", mail.Subject);
        var link = mail.SetPasswordLink();
        await requester.GotoAsync(link);
        await Expect(requester.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kies je wachtwoord");
        await requester.SaveScreenshotAsync("wachtwoord-instellen", output);
        await requester.AssertAccessibleAsync("set first password");
        await requester.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(InitiatorPassword);
        await requester.GetByLabel("Wachtwoord nog een keer").FillAsync(InitiatorPassword);
        await requester.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord opslaan en inloggen" }).ClickAsync();

        await Expect(requester).ToHaveURLAsync(_app.BaseUrl + "/account");
        await Expect(requester.GetByRole(AriaRole.Status)).ToContainTextAsync("Welkom bij Glansrijk.Scan");
        await Expect(requester.GetByText("Praktijkschool De Brug")).ToBeVisibleAsync();
        await requester.SaveScreenshotAsync("mijn-account", output);
        await requester.AssertAccessibleAsync("my account with the two-factor offer");

        await requester.GetByRole(AriaRole.Link, new() { Name = "Tweestapsverificatie instellen" }).ClickAsync();
        var key = await requester.GetByText(TwoFactorApp.SharedKeyPattern()).TextContentAsync();
        await requester.GetByLabel("Code van 6 cijfers").FillAsync(TwoFactorApp.Code(key!));
        await requester.GetByRole(AriaRole.Button, new() { Name = "Tweestapsverificatie aanzetten" }).ClickAsync();
        await requester.GetByRole(AriaRole.Link, new() { Name = "Ik heb de codes bewaard, ga verder" }).ClickAsync();
        await Expect(requester.GetByText("Tweestapsverificatie staat aan.")).ToBeVisibleAsync();
        await requester.GetByRole(AriaRole.Link, new() { Name = "Tweestapsverificatie beheren" }).ClickAsync();
        await Expect(requester.GetByRole(AriaRole.Button, new() { Name = "Tweestapsverificatie uitzetten" })).ToBeVisibleAsync();
        await requester.SaveScreenshotAsync("tweestapsverificatie-beheren", output);
        await requester.AssertAccessibleAsync("two-factor settings");

        await requester.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await requester.GotoAsync("/inloggen");
        await requester.GetByLabel("E-mailadres").FillAsync(InitiatorEmail);
        await requester.GetByLabel("Wachtwoord").FillAsync(InitiatorPassword);
        await requester.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Expect(requester.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Code uit je app");
        await requester.GetByLabel("Code van 6 cijfers").FillAsync("000000");
        await requester.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Expect(requester.GetByLabel("Code van 6 cijfers")).ToHaveAttributeAsync("aria-invalid", "true");
        await requester.SaveScreenshotAsync("inloggen-code-fout", output);
        await requester.AssertAccessibleAsync("sign-in code with a wrong code");
        await requester.GetByLabel("Code van 6 cijfers").FillAsync(TwoFactorApp.Code(key!, stepsAhead: 1));
        await requester.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

        await Expect(requester).ToHaveURLAsync(_app.BaseUrl + "/scans");
        Assert.DoesNotContain(requesterTab.ConsoleErrors, error => !error.Contains("/favicon.ico", StringComparison.Ordinal));
        Assert.DoesNotContain(administratorTab.ConsoleErrors, error => !error.Contains("/favicon.ico", StringComparison.Ordinal));
    }

}
