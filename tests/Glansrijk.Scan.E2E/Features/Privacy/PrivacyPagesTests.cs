using System.Text.Json;

namespace Glansrijk.Scan.E2E.Features.Privacy;

/// <summary>The privacy pages once through, each looked at on a tablet and on a beamer and checked with axe: the
/// privacy and accessibility statements (from the footer), the confirmations before a scan or an account is deleted,
/// and a participant's own data with both downloads. Nothing is deleted here; the Web tests do that. Its own app,
/// because it uses the one-time setup link.</summary>
[Collection(E2ECollection.Name)]
public sealed class PrivacyPagesTests(Browser browser, ITestOutputHelper output) : IAsyncLifetime
{
    private const string ScanName = "Implementatiescan Drechtsteden 2027";

    private static readonly (string Name, string Organisation, string Email, string Domain)[] People =
    [
        ("Bram Bakker", "Praktijkschool De Brug", "bram@drechtsteden.example", "Onderwijs"),
        ("Dirk Dekker", "Sociale Dienst Drechtsteden", "dirk@drechtsteden.example", "Sociale dienst / Werkbedrijf"),
    ];

    private AppServer _app = null!;

    public async Task InitializeAsync() => _app = await AppServer.StartAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task The_statements_the_delete_confirmations_and_a_participants_own_data_pass_axe_on_a_tablet_and_a_beamer()
    {
        await using var administratorTab = await browser.OpenTabAsync(_app, Viewport.Tablet);
        var administrator = administratorTab.Page;
        await administrator.CreateFirstAdministratorAsync(_app);
        await using var initiatorTab = await browser.OpenTabAsync(_app, Viewport.Tablet);
        var initiator = initiatorTab.Page;
        await initiator.SignInAsInitiatorApprovedByAsync(administrator, _app, "ilse@debrug.example");
        await initiator.CreateScanAsync(ScanName, "Drechtsteden");
        await initiator.SeatAndInviteAsync(People);

        await using var visitorTab = await browser.OpenTabAsync(_app, Viewport.Tablet);
        var visitor = visitorTab.Page;
        await visitor.GotoAsync("/");
        await visitor.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = "Privacy", Exact = true }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Privacyverklaring");
        await LookAtAsync(visitor, "privacy", "privacy statement");
        await visitor.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = "Toegankelijkheid", Exact = true }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Toegankelijkheidsverklaring");
        await LookAtAsync(visitor, "toegankelijkheid", "accessibility statement");

        await initiator.GetByRole(AriaRole.Link, new() { Name = "Scan verwijderen…" }).ClickAsync();
        await Expect(initiator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"{ScanName} verwijderen?");
        await LookAtAsync(initiator, "scan-verwijderen", "scan delete confirmation");

        await administrator.GotoAsync("/beheer");
        await administrator.GetByRole(AriaRole.Link, new() { Name = "Verwijderen van Ilse Initiatief" }).ClickAsync();
        await Expect(administrator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Account van Ilse Initiatief verwijderen?");
        await LookAtAsync(administrator, "account-verwijderen", "account delete confirmation");

        await using var participantTab = await browser.OpenTabAsync(_app, Viewport.Tablet);
        var participant = participantTab.Page;
        var invitation = await _app.LatestToAsync(People[0].Email, "Uitnodiging");
        await participant.GotoAsync(invitation.LinkTo(_app, "/deelnemer/"));
        await participant.GetByRole(AriaRole.Link, new() { Name = "Bekijk en download je gegevens" }).ClickAsync();
        await Expect(participant.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Jouw gegevens");
        await Expect(participant.GetByRole(AriaRole.Main)).ToContainTextAsync(People[0].Email);
        await LookAtAsync(participant, "mijn-gegevens", "a participant's own data");

        var json = await DownloadAsync(participant, "Download als JSON");
        using (var document = JsonDocument.Parse(json))
        {
            Assert.Contains(People[0].Name, json, StringComparison.Ordinal);
            Assert.DoesNotContain(People[1].Name, json, StringComparison.Ordinal);
            Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
        }

        var csv = await DownloadAsync(participant, "Download als CSV (Excel)");
        Assert.Contains(People[0].Email, csv, StringComparison.Ordinal);
        Assert.DoesNotContain(People[1].Email, csv, StringComparison.Ordinal);

        foreach (var tab in new[] { administratorTab, initiatorTab, visitorTab, participantTab })
        {
            Assert.DoesNotContain(tab.ConsoleErrors, error => !error.Contains("/favicon.ico", StringComparison.Ordinal));
        }
    }

    /// <summary>A screenshot at 1024×768 and at 1920×1080, and axe at both (a wide page can break differently).</summary>
    private async Task LookAtAsync(IPage page, string name, string what)
    {
        foreach (var viewport in new[] { Viewport.Tablet, Viewport.Beamer })
        {
            var size = viewport.Size();
            await page.SetViewportSizeAsync(size.Width, size.Height);
            await page.SaveScreenshotAsync(name, output);
            await page.AssertAccessibleAsync($"{what} ({viewport})");
        }

        await page.SetViewportSizeAsync(Viewport.Tablet.Size().Width, Viewport.Tablet.Size().Height);
    }

    private static async Task<string> DownloadAsync(IPage page, string link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync());
        return await File.ReadAllTextAsync(await download.PathAsync());
    }
}
