using System.Text.RegularExpressions;

namespace Glansrijk.Scan.E2E.Features.Scans;

/// <summary>A year later: last year's scan of 2025 was held (session 1 scored two norms on three tablets), the initiator
/// starts the 2026 scan from it, finds last year's participants in it, invites them, scores the same norms again and
/// reads this year next to last year.</summary>
[Collection(E2ECollection.Name)]
public sealed class NextYearScanTests(Browser browser, ITestOutputHelper output) : IAsyncLifetime
{
    private const string InitiatorEmail = "ilse@debrug.example";

    private static readonly (string Name, string Organisation, string Email, string Domain)[] People =
    [
        ("Bram Bakker", "Praktijkschool De Brug", "bram@drechtsteden.example", "Onderwijs"),
        ("Dirk Dekker", "Sociale Dienst Drechtsteden", "dirk@drechtsteden.example", "Sociale dienst / Werkbedrijf"),
        ("Frank Faber", "RMC Zuid-Holland Zuid", "frank@drechtsteden.example", "Leerplicht / RMC"),
    ];

    private AppServer _app = null!;

    public async Task InitializeAsync() => _app = await AppServer.StartAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task An_initiator_starts_next_years_scan_from_last_years_and_compares_the_two_years()
    {
        await using var chairTab = await browser.OpenTabAsync(_app, Viewport.Tablet);
        var page = chairTab.Page;
        await page.SignInAsNewInitiatorAsync(browser, _app, InitiatorEmail);

        // Last year's scan, held in February 2025.
        await page.GotoAsync("/scans/nieuw");
        await page.GetByLabel("Naam van de scan").FillAsync("Implementatiescan Drechtsteden 2025");
        await page.GetByLabel("Regio", new() { Exact = true }).FillAsync("Drechtsteden");
        await page.GetByLabel("Arbeidsmarktregio").FillAsync("Drechtsteden");
        await page.GetByLabel("Jaar", new() { Exact = true }).FillAsync("2025");
        await FillSessionsAsync(page, "2025-02-10", "2025-02-24");
        await page.GetByLabel("Je organisatie", new() { Exact = true }).FillAsync("Praktijkschool De Brug");
        await page.GetByLabel("Domein van je organisatie").SelectOptionAsync(new SelectOptionValue { Label = "Onderwijs" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Scan aanmaken" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Implementatiescan Drechtsteden 2025");
        var lastYearUrl = page.Url;
        await page.SeatAndInviteAsync(People);
        await HoldSession1Async(page, "2025", ["In beperkte mate", "In beperkte mate", "Grotendeels"], ["Grotendeels", "Volledig", "Grotendeels"]);

        // A year later: the finished scan offers next year's.
        await page.GotoAsync(lastYearUrl);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Volgend jaar" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("finished scan page");
        await page.SaveScreenshotAsync("scan-afgelopen", output);
        await page.GetByRole(AriaRole.Link, new() { Name = "Scan voor volgend jaar starten" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Scan voor volgend jaar");
        await Expect(page.GetByLabel("Naam van de scan")).ToHaveValueAsync("Implementatiescan Drechtsteden 2026");
        await Expect(page.GetByLabel("Regio", new() { Exact = true })).ToHaveValueAsync("Drechtsteden");
        await Expect(page.GetByLabel("Jaar", new() { Exact = true })).ToHaveValueAsync("2026");
        await Expect(page.GetByText("De 3 andere deelnemers van vorig jaar gaan mee.")).ToBeVisibleAsync();
        await FillSessionsAsync(page, "2026-12-08", "2026-12-15");
        await page.AssertAccessibleAsync("next year's scan form");
        await page.SaveScreenshotAsync("scan-volgend-jaar-formulier", output);
        await page.GetByRole(AriaRole.Button, new() { Name = "Scan voor volgend jaar aanmaken" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Implementatiescan Drechtsteden 2026");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De deelnemers van vorig jaar staan erin, nog niet uitgenodigd");
        foreach (var person in People)
        {
            await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = person.Name })).ToContainTextAsync("Nog niet uitgenodigd");
        }

        var rows = page.GetByRole(AriaRole.Table, new() { Name = "Wie doet mee en wie heeft geantwoord" }).GetByRole(AriaRole.Row);
        await Expect(rows.Nth(2)).ToContainTextAsync(People[0].Name);
        await Expect(rows.Nth(4)).ToContainTextAsync(People[2].Name);

        await page.AssertAccessibleAsync("next year's scan page");
        await page.SaveScreenshotAsync("scan-volgend-jaar", output);

        await page.GetByRole(AriaRole.Link, new() { Name = "Uitnodiging bekijken en versturen" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Verstuur naar 3 deelnemers" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De uitnodiging is verstuurd naar 3 deelnemers.");
        await HoldSession1Async(page, "2026", ["Grotendeels", "Grotendeels", "Volledig"], ["In beperkte mate", "Grotendeels", "In beperkte mate"]);

        // This year next to last year.
        await page.GotoAsync("/scans");
        await page.GetByRole(AriaRole.Link, new() { Name = "Implementatiescan Drechtsteden 2026" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Vergelijking met vorig jaar bekijken" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Dit jaar naast vorig jaar");
        var table = page.GetByRole(AriaRole.Table, new() { Name = "Mediaan per norm: 2025 en 2026" });
        await Expect(table.GetByRole(AriaRole.Row).Filter(new() { HasText = "1. Gedeelde ambitie" })).ToContainTextAsync("beter (+1)");
        await Expect(table.GetByRole(AriaRole.Row).Filter(new() { HasText = "2. Regie en eigenaarschap" })).ToContainTextAsync("slechter (−1)");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Dit jaar naast vorig jaar: mediaan per norm" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("comparison page");
        await page.SaveScreenshotAsync("vergelijking", output);
        await page.SetViewportSizeAsync(1920, 1080);
        await page.AssertAccessibleAsync("comparison page at beamer size");
        await page.SaveScreenshotAsync("vergelijking", output);
        Assert.True(chairTab.ConsoleErrors.Count == 0, string.Join("\n", chairTab.ConsoleErrors));
    }

    private static async Task FillSessionsAsync(IPage page, string session1Date, string session2Date)
    {
        var sessions = page.GetByRole(AriaRole.Group);
        var session1 = sessions.Filter(new() { Has = page.GetByText("Sessie 1", new() { Exact = true }) });
        var session2 = sessions.Filter(new() { Has = page.GetByText("Sessie 2", new() { Exact = true }) });
        await session1.GetByLabel("Datum").FillAsync(session1Date);
        await session1.GetByLabel("Plaats").FillAsync("Stadskantoor Dordrecht, zaal 3");
        await session2.GetByLabel("Datum").FillAsync(session2Date);
        await session2.GetByLabel("Plaats").FillAsync("Stadskantoor Dordrecht, zaal 3");
    }

    /// <summary>From the scan's page: session 1 with the initiator chairing and three tablets from this year's
    /// invitation mails, the first two norms voted and revealed.</summary>
    private async Task HoldSession1Async(IPage chair, string year, string[] norm1, string[] norm2)
    {
        await chair.StartSessionAsync($"Implementatiescan Drechtsteden {year}", 1);
        await Expect(chair).ToHaveURLAsync(new Regex("/sessie/[0-9a-f-]{36}$"));
        var tablets = new List<Tab>();
        try
        {
            foreach (var person in People)
            {
                var invitation = await _app.LatestToAsync(person.Email, $"Drechtsteden {year}");
                var tab = await browser.OpenTabAsync(_app, Viewport.Tablet);
                tablets.Add(tab);
                await tab.Page.GotoAsync(invitation.LinkTo(_app, "/deelnemer/"));
                await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Naar sessie 1" }).ClickAsync();
                await Expect(tab.Page.GetByText("Wacht op de voorzitter…")).ToBeVisibleAsync();
            }

            foreach (var answers in new[] { norm1, norm2 })
            {
                if (answers != norm1)
                {
                    await chair.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync();
                    await Expect(tablets[0].Page.GetByText("Wacht op de voorzitter…")).ToBeVisibleAsync();
                }

                await chair.GetByRole(AriaRole.Button, new() { Name = "Stemronde openen" }).ClickAsync();
                for (var i = 0; i < tablets.Count; i++)
                {
                    await tablets[i].Page.GetByRole(AriaRole.Button, new() { Name = answers[i], Exact = true }).ClickAsync();
                    await Expect(tablets[i].Page.GetByText($"Opgeslagen: {answers[i]}.")).ToBeVisibleAsync();
                }

                await Expect(chair.GetByText("4 van 4 aanwezig · 3 van 4 gestemd")).ToBeVisibleAsync();
                await chair.GetByRole(AriaRole.Button, new() { Name = "Stemronde sluiten" }).ClickAsync();
                await chair.GetByRole(AriaRole.Button, new() { Name = "Uitslag tonen" }).ClickAsync();
                await Expect(chair.GetByRole(AriaRole.Button, new() { Name = "Opnieuw stemmen" })).ToBeEnabledAsync();
            }
        }
        finally
        {
            foreach (var tab in tablets)
            {
                await tab.DisposeAsync();
            }
        }
    }
}
