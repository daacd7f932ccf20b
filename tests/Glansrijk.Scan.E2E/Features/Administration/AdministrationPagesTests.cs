namespace Glansrijk.Scan.E2E.Features.Administration;

/// <summary>The Beheer pages once through on a tablet: an account switched off and on again, the mail queue and the
/// audit log, each page checked with axe; its own app, because it uses the one-time setup link.</summary>
[Collection(E2ECollection.Name)]
public sealed class AdministrationPagesTests(Browser browser, ITestOutputHelper output) : IAsyncLifetime
{
    private AppServer _app = null!;

    public async Task InitializeAsync() => _app = await AppServer.StartAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_Beheerder_switches_an_account_off_and_on_and_reads_what_happened_in_the_log()
    {
        await using var administratorTab = await browser.OpenTabAsync(_app, Viewport.Tablet);
        var administrator = administratorTab.Page;
        await administrator.CreateFirstAdministratorAsync(_app);
        await using var requesterTab = await browser.OpenTabAsync(_app, Viewport.Tablet);
        await requesterTab.Page.RequestAccountAsync("Ilse de Boer", "ilse.deboer@school.example");
        await administrator.GotoAsync("/beheer/aanvragen");
        await administrator.GetByRole(AriaRole.Link, new() { Name = "Ilse de Boer", Exact = true }).ClickAsync();
        await administrator.GetByRole(AriaRole.Button, new() { Name = "Aanvraag goedkeuren" }).ClickAsync();

        await administrator.GotoAsync("/beheer");
        await administrator.SaveScreenshotAsync("beheer", output);
        await administrator.AssertAccessibleAsync("administration overview");
        await administrator.GetByRole(AriaRole.Link, new() { Name = "Ilse de Boer", Exact = true }).ClickAsync();
        await Expect(administrator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Account van Ilse de Boer");
        await administrator.SaveScreenshotAsync("beheer-account", output);
        await administrator.AssertAccessibleAsync("one account");
        await administrator.GetByRole(AriaRole.Button, new() { Name = "Account uitzetten" }).ClickAsync();
        await Expect(administrator.GetByRole(AriaRole.Status)).ToContainTextAsync("Ilse de Boer is uitgezet en kan niet meer inloggen.");
        await administrator.SaveScreenshotAsync("beheer-account-uitgezet", output);
        await administrator.AssertAccessibleAsync("a switched-off account");
        await administrator.GetByRole(AriaRole.Button, new() { Name = "Account weer aanzetten" }).ClickAsync();
        await Expect(administrator.GetByRole(AriaRole.Status)).ToContainTextAsync("Ilse de Boer staat weer aan");

        await administrator.GotoAsync("/beheer/accounts/" + await AccountIdAsync(administrator, "Anna de Vries"));
        await administrator.GetByRole(AriaRole.Button, new() { Name = "Account uitzetten" }).ClickAsync();
        await Expect(administrator.GetByRole(AriaRole.Alert)).ToContainTextAsync("er is dan geen actieve beheerder meer");
        await administrator.SaveScreenshotAsync("beheer-account-geweigerd", output);
        await administrator.AssertAccessibleAsync("refused to switch off the last Beheerder");

        await administrator.GotoAsync("/beheer");
        await administrator.GetByRole(AriaRole.Link, new() { Name = "Mail die nog niet is bezorgd: opnieuw versturen of verwijderen" }).ClickAsync();
        await Expect(administrator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mail die nog niet is bezorgd");
        await administrator.SaveScreenshotAsync("beheer-mail", output);
        await administrator.AssertAccessibleAsync("mail queue");

        await administrator.GotoAsync("/beheer");
        await administrator.GetByRole(AriaRole.Link, new() { Name = "logboek van het beheer" }).ClickAsync();
        var log = administrator.GetByRole(AriaRole.Table, new() { Name = "Pagina 1, nieuwste eerst" });
        await Expect(log.GetByRole(AriaRole.Row)).ToHaveCountAsync(4);
        await Expect(log).ToContainTextAsync("Accountaanvraag goedgekeurd");
        await Expect(log).ToContainTextAsync("Account uitgezet");
        await Expect(log).ToContainTextAsync("Account weer aangezet");
        await administrator.SaveScreenshotAsync("beheer-logboek", output);
        await administrator.AssertAccessibleAsync("audit log");
        Assert.DoesNotContain(administratorTab.ConsoleErrors, error => !error.Contains("/favicon.ico", StringComparison.Ordinal));
    }

    /// <summary>The account page's address, from the link on the overview.</summary>
    private static async Task<string> AccountIdAsync(IPage page, string name)
    {
        await page.GotoAsync("/beheer");
        var href = await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).GetAttributeAsync("href");
        return href!["/beheer/accounts/".Length..];
    }
}
