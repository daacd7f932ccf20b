namespace Glansrijk.Scan.E2E.Features.Scans;

/// <summary>From account request to a participant who accepts: an initiator gets an account, plans a scan, seats eleven
/// people, previews and sends the invitation, and a participant accepts on a tablet.</summary>
[Collection(E2ECollection.Name)]
public sealed class InviteParticipantsTests(Browser browser, ITestOutputHelper output) : IAsyncLifetime
{
    private const string InitiatorEmail = "ilse@debrug.example";

    private static readonly (string Name, string Organisation, string Domain)[] People =
    [
        ("Bram Bakker", "Praktijkschool De Brug", "Onderwijs"),
        ("Carla Claassen", "VSO De Horizon", "Onderwijs"),
        ("Dirk Dekker", "Sociale Dienst Drechtsteden", "Sociale dienst / Werkbedrijf"),
        ("Eva Evers", "Werkbedrijf Drechtsteden", "Sociale dienst / Werkbedrijf"),
        ("Frank Faber", "RMC Zuid-Holland Zuid", "Leerplicht / RMC"),
        ("Gina Groen", "Leerplicht Dordrecht", "Leerplicht / RMC"),
        ("Hans Hoek", "Werkgeversservicepunt Drechtsteden", "Werkgevers(vertegenwoordigers)"),
        ("Ines Ivens", "SBB", "Werkgevers(vertegenwoordigers)"),
        ("Jan Jansen", "MEE Zuid-Holland", "Zorg"),
        ("Karin Kok", "Gemeente Dordrecht, Wmo", "Zorg"),
        ("Lars Lint", "UWV", "Overig"),
    ];

    private AppServer _app = null!;

    public async Task InitializeAsync() => _app = await AppServer.StartAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_new_initiator_plans_a_scan_invites_eleven_people_and_a_participant_accepts_on_a_tablet()
    {
        await using var initiatorTab = await browser.OpenTabAsync(_app, Viewport.Tablet);
        var page = initiatorTab.Page;
        await page.SignInAsNewInitiatorAsync(browser, _app, InitiatorEmail);

        await page.GotoAsync("/scans");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe scan" }).ClickAsync();
        await page.AssertAccessibleAsync("new scan form");
        await page.GetByLabel("Naam van de scan").FillAsync("Implementatiescan Drechtsteden 2027");
        await page.GetByLabel("Regio", new() { Exact = true }).FillAsync("Drechtsteden");
        var sessions = page.GetByRole(AriaRole.Group);
        var session1 = sessions.Filter(new() { Has = page.GetByText("Sessie 1", new() { Exact = true }) });
        var session2 = sessions.Filter(new() { Has = page.GetByText("Sessie 2", new() { Exact = true }) });
        await session1.GetByLabel("Datum").FillAsync("2027-02-10");
        await session1.GetByLabel("Plaats").FillAsync("Stadskantoor Dordrecht, zaal 3");
        await session2.GetByLabel("Datum").FillAsync("2027-02-24");
        await session2.GetByLabel("Videolink").FillAsync("https://vergaderen.example.nl/drechtsteden");
        await page.GetByLabel("Je organisatie", new() { Exact = true }).FillAsync("Praktijkschool De Brug");
        await page.GetByLabel("Domein van je organisatie").SelectOptionAsync(new SelectOptionValue { Label = "Onderwijs" });
        await page.SaveScreenshotAsync("scan-nieuw", output);
        await page.GetByRole(AriaRole.Button, new() { Name = "Scan aanmaken" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Implementatiescan Drechtsteden 2027");

        await page.GetByRole(AriaRole.Link, new() { Name = "Deelnemer toevoegen" }).ClickAsync();
        for (var i = 0; i < People.Length; i++)
        {
            var (name, organisation, domain) = People[i];
            await page.GetByLabel("Naam", new() { Exact = true }).FillAsync(name);
            await page.GetByLabel("Organisatie", new() { Exact = true }).FillAsync(organisation);
            await page.GetByLabel("E-mailadres", new() { Exact = true }).FillAsync($"{name.Split(' ')[0].ToLowerInvariant()}@drechtsteden.example");
            await page.GetByLabel("Domein", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = domain });
            if (i == 0)
            {
                await page.AssertAccessibleAsync("add participant form");
            }

            await page.GetByRole(AriaRole.Button, new() { Name = i < People.Length - 1 ? "Toevoegen en nog iemand" : "Toevoegen", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{name} is toegevoegd.");
        }

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Deelnemers (12 van 12)" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Voorzitter kiezen" }).ClickAsync();
        await page.GetByLabel("Voorzitter").First.SelectOptionAsync(new SelectOptionValue { Label = "Frank Faber (RMC Zuid-Holland Zuid)" });
        await page.AssertAccessibleAsync("chair form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Uitnodiging bekijken en versturen" }).ClickAsync();
        var preview = page.GetByRole(AriaRole.Article, new() { Name = "Voorbeeld van de uitnodigingsmail" });
        await Expect(preview).ToContainTextAsync("Beste Bram Bakker,");
        await Expect(preview).ToContainTextAsync("Uitnodiging: Implementatiescan Drechtsteden 2027");
        await page.SaveScreenshotAsync("uitnodiging", output);
        await page.AssertAccessibleAsync("invitation page");
        await page.GetByRole(AriaRole.Button, new() { Name = "Verstuur naar 11 deelnemers" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De uitnodiging is verstuurd naar 11 deelnemers.");
        await page.SaveScreenshotAsync("scan-overzicht", output);
        await page.AssertAccessibleAsync("scan overview");

        var invitation = await _app.LatestToAsync("frank@drechtsteden.example", "Uitnodiging");
        Assert.Contains("woensdag 24 februari 2027", invitation.TextBody, StringComparison.Ordinal);
        Assert.Contains(invitation.Attachments, a => a.ContentType.MimeType == "text/calendar");
        var personalLink = invitation.LinkTo(_app, "/deelnemer/");

        await using var tablet = await browser.OpenTabAsync(_app, Viewport.Tablet);
        await tablet.Page.GotoAsync(personalLink);
        await Expect(tablet.Page.GetByText("Welkom, Frank Faber.", new() { Exact = false })).ToBeVisibleAsync();
        await tablet.Page.SaveScreenshotAsync("deelnemer", output);
        await tablet.Page.AssertAccessibleAsync("participant page");
        await tablet.Page.GetByLabel("Bericht aan de initiatiefnemer").FillAsync("Ik ben er bij, en ik zit graag voor.");
        await tablet.Page.GetByRole(AriaRole.Button, new() { Name = "Ja, ik doe mee" }).ClickAsync();
        await Expect(tablet.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Fijn dat je meedoet!");
        await tablet.Page.AssertAccessibleAsync("participant page after accepting");

        await page.ReloadAsync();
        var frank = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Frank Faber" });
        await Expect(frank).ToContainTextAsync("Doet mee");
        await Expect(frank).ToContainTextAsync("Ik ben er bij, en ik zit graag voor.");
        await frank.GetByRole(AriaRole.Link, new() { Name = "Beheren" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Frank Faber");
        await page.SaveScreenshotAsync("deelnemer-beheren", output);
        await page.AssertAccessibleAsync("manage one participant");

        // The same pages on a laptop or the beamer.
        await page.SetViewportSizeAsync(1920, 1080);
        await page.GoBackAsync();
        await page.SaveScreenshotAsync("scan-overzicht", output);
        await page.AssertAccessibleAsync("scan overview at beamer size");
        await tablet.Page.SetViewportSizeAsync(1920, 1080);
        await tablet.Page.SaveScreenshotAsync("deelnemer", output);
        Assert.True(initiatorTab.ConsoleErrors.Count == 0, string.Join("\n", initiatorTab.ConsoleErrors));
        Assert.True(tablet.ConsoleErrors.Count == 0, string.Join("\n", tablet.ConsoleErrors));
    }
}
