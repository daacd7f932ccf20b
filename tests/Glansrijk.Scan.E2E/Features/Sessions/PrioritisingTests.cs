using System.Text.RegularExpressions;

namespace Glansrijk.Scan.E2E.Features.Sessions;

/// <summary>The end of session 1 in real browsers: after two scored norms the chair starts prioritising, three tablets
/// hand out their points with + and −, the screen shows progress and then the ranking, the chair confirms the focus
/// list, ends the session, and the report arrives by mail and opens on a participant's tablet.</summary>
[Collection(E2ECollection.Name)]
public sealed class PrioritisingTests(Browser browser, ITestOutputHelper output) : IAsyncLifetime
{
    private const string InitiatorEmail = "ilse@prio.example";

    private static readonly (string Name, string Organisation, string Email, string Domain)[] People =
    [
        ("Bram Bakker", "Praktijkschool De Brug", "bram@prio.example", "Onderwijs"),
        ("Dirk Dekker", "Sociale Dienst Drechtsteden", "dirk@prio.example", "Sociale dienst / Werkbedrijf"),
        ("Frank Faber", "RMC Zuid-Holland Zuid", "frank@prio.example", "Leerplicht / RMC"),
    ];

    private AppServer _app = null!;

    public async Task InitializeAsync() => _app = await AppServer.StartAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Three_tablets_prioritise_the_screen_shows_the_ranking_the_chair_confirms_the_focus_and_the_report_opens_from_the_mail()
    {
        await using var chairTab = await browser.OpenTabAsync(_app, Viewport.Tablet);
        var chair = chairTab.Page;
        await chair.SignInAsNewInitiatorAsync(browser, _app, InitiatorEmail);
        await chair.CreateScanAsync("Implementatiescan Drechtsteden 2027", "Drechtsteden");
        await chair.SeatAndInviteAsync(People);
        await chair.StartSessionAsync("Implementatiescan Drechtsteden 2027", 1);
        await Expect(chair.GetByRole(AriaRole.Heading, new() { Name = "Voorzitter", Exact = true })).ToBeVisibleAsync();
        var code = (await chair.Locator("#schermcode").TextContentAsync())!.Trim();

        await using var screenTab = await browser.OpenTabAsync(_app, Viewport.Beamer);
        var screen = screenTab.Page;
        await screen.GotoAsync($"/scherm/{code}");
        await Expect(screen.GetByText("Zo meteen: 1. Gedeelde ambitie")).ToBeVisibleAsync();

        var tablets = new List<Tab>();
        try
        {
            foreach (var person in People)
            {
                var invitation = await _app.LatestToAsync(person.Email, "Uitnodiging");
                var tab = await browser.OpenTabAsync(_app, Viewport.Tablet);
                tablets.Add(tab);
                await tab.Page.GotoAsync(invitation.LinkTo(_app, "/deelnemer/"));
                await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Naar sessie 1" }).ClickAsync();
                await Expect(tab.Page.GetByText("Wacht op de voorzitter…")).ToBeVisibleAsync();
            }

            await Expect(chair.GetByText("4 van 4 aanwezig")).ToBeVisibleAsync();
            await ScoreAsync(chair, tablets, ["Nog niet", "Nog niet", "In beperkte mate"]);
            await chair.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync();
            await Expect(tablets[0].Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("2. Regie en eigenaarschap");
            await ScoreAsync(chair, tablets, ["Volledig", "Grotendeels", "Volledig"]);

            // The chair starts prioritising with the default of 3 points.
            var panel = chair.GetByRole(AriaRole.Region, new() { Name = "Prioriteren" });
            await Expect(panel.GetByLabel("Punten per deelnemer")).ToHaveValueAsync("3");
            await panel.GetByRole(AriaRole.Button, new() { Name = "Prioriteren starten" }).ClickAsync();
            await chair.GetByRole(AriaRole.Button, new() { Name = "Ja, starten" }).ClickAsync();
            await Expect(screen.GetByRole(AriaRole.Heading, new() { Name = "Verdeel je punten op je tablet" })).ToBeVisibleAsync();
            await Expect(screen.GetByText("0 van 4 verdeeld")).ToBeVisibleAsync();

            var tablet = tablets[0].Page;
            await Expect(tablet.GetByRole(AriaRole.Heading, new() { Name = "Welke normen verdienen voorrang?" })).ToBeVisibleAsync();
            await Expect(tablet.Locator("#prio-over")).ToHaveTextAsync("Nog 3 punten te verdelen");
            await Expect(tablet.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "1. Gedeelde ambitie" })).ToContainTextAsync("mediaan 1 (Nog niet)");
            await PlusAsync(tablet, "3. ", 2);
            await Expect(tablet.Locator("#prio-over")).ToHaveTextAsync("Nog 1 punt te verdelen");
            await Expect(tablet.GetByRole(AriaRole.Button, new() { Name = "Verdeling opslaan" })).ToBeDisabledAsync();
            await tablet.SaveScreenshotAsync("prioriteren-tablet-bezig", output);
            await tablet.AssertAccessibleAsync("tablet while distributing points");
            await PlusAsync(tablet, "1. ", 1);
            await Expect(tablet.Locator("#prio-over")).ToHaveTextAsync("Alle punten verdeeld");
            await Expect(tablet.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Een punt meer voor 5\\. ") })).ToBeDisabledAsync();
            await SaveAsync(tablet);
            await Expect(screen.GetByText("1 van 4 verdeeld")).ToBeVisibleAsync();

            // With the keyboard: Tab to the button, Enter.
            var second = tablets[1].Page;
            var plus = second.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Een punt meer voor 3\\. ") });
            await plus.FocusAsync();
            await second.Keyboard.PressAsync("Enter");
            await second.Keyboard.PressAsync("Enter");
            await Expect(second.Locator("#prio-over")).ToHaveTextAsync("Nog 1 punt te verdelen");
            await PlusAsync(second, "3. ", 1);
            await SaveAsync(second);
            await PlusAsync(tablets[2].Page, "3. ", 3);
            await SaveAsync(tablets[2].Page);
            await Expect(screen.GetByText("3 van 4 verdeeld")).ToBeVisibleAsync();
            await Expect(screen.GetByRole(AriaRole.Table, new() { Name = "Punten per norm, de meeste eerst" })).ToHaveCountAsync(0);
            var people = panel.GetByRole(AriaRole.List).First;
            await Expect(people.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Bram Bakker" })).ToContainTextAsync("verdeeld");
            await Expect(people.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Ilse Initiatief" })).ToContainTextAsync("nog niet");
            await tablet.SaveScreenshotAsync("prioriteren-tablet-opgeslagen", output);
            await chair.SaveScreenshotAsync("prioriteren-console-voortgang", output);
            await chair.AssertAccessibleAsync("console while prioritising");
            await screen.SaveScreenshotAsync("prioriteren-scherm-voortgang", output);
            await screen.AssertAccessibleAsync("screen while prioritising");

            // The chair closes: the ranking on the screen and the tablets, the proposal on the console.
            await panel.GetByRole(AriaRole.Button, new() { Name = "Afsluiten en uitslag tonen" }).ClickAsync();
            await chair.GetByRole(AriaRole.Button, new() { Name = "Ja, afsluiten" }).ClickAsync();
            var ranking = screen.GetByRole(AriaRole.Table, new() { Name = "Punten per norm, de meeste eerst" });
            await Expect(ranking.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("3. Afspraken en middelen");
            await Expect(ranking.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("8");
            await Expect(tablet.GetByRole(AriaRole.Table, new() { Name = "Punten per norm, de meeste eerst" })).ToBeVisibleAsync();
            await Expect(panel).ToContainTextAsync("voorgesteld: veel punten (8)");
            await Expect(panel).ToContainTextAsync("voorgesteld: lage score (mediaan 1)");
            await screen.SaveScreenshotAsync("prioriteren-scherm-ranglijst", output);
            await screen.AssertAccessibleAsync("screen with the ranking");
            await chair.SaveScreenshotAsync("prioriteren-console-voorstel", output);
            await chair.AssertAccessibleAsync("console with the focus proposal");

            // The chair adds a norm of the group's own choosing and confirms.
            await panel.GetByLabel(new Regex("^5\\. ")).CheckAsync();
            await panel.GetByRole(AriaRole.Button, new() { Name = "Focusnormen vaststellen" }).ClickAsync();
            var focus = screen.GetByRole(AriaRole.Heading, new() { Name = "Focusnormen", Exact = true });
            await Expect(focus).ToBeVisibleAsync();
            await Expect(screen.Locator(".prio-focus")).ToContainTextAsync("3. Afspraken en middelen");
            await Expect(screen.Locator(".prio-focus")).ToContainTextAsync("gekozen door de groep");
            await Expect(tablet.GetByRole(AriaRole.Heading, new() { Name = "Focusnormen", Exact = true })).ToBeVisibleAsync();
            await screen.SaveScreenshotAsync("prioriteren-scherm-focus", output);
            await screen.AssertAccessibleAsync("screen with the focus list");
            await tablet.SaveScreenshotAsync("prioriteren-tablet-focus", output);
            await tablet.AssertAccessibleAsync("tablet with the focus list");

            // End of session 1: the report goes out by mail, once, and opens from the personal link.
            await chair.GetByRole(AriaRole.Button, new() { Name = "Sessie beëindigen" }).ClickAsync();
            await chair.GetByRole(AriaRole.Button, new() { Name = "Ja, beëindigen" }).ClickAsync();
            await Expect(tablet.GetByRole(AriaRole.Link, new() { Name = "Lees het verslag van sessie 1" })).ToBeVisibleAsync();
            var mail = await _app.LatestToAsync(People[1].Email, "Verslag van sessie 1");
            await second.GotoAsync(mail.LinkTo(_app, "/deelnemer/"));
            await Expect(second.GetByRole(AriaRole.Heading, new() { Name = "Verslag van sessie 1", Level = 1 })).ToBeVisibleAsync();
            await Expect(second.GetByRole(AriaRole.Table, new() { Name = "Scores per norm" })).ToContainTextAsync("1. Gedeelde ambitie");
            await Expect(second.GetByRole(AriaRole.Heading, new() { Name = "Focusnormen" })).ToBeVisibleAsync();
            await second.SaveScreenshotAsync("verslag-sessie-1-tablet", output);
            await second.AssertAccessibleAsync("session-1 report on a tablet");

            var initiatorMail = await _app.LatestToAsync(InitiatorEmail, "Verslag van sessie 1");
            var reportLink = initiatorMail.LinkTo(_app, "/scans/");
            await chair.GotoAsync(reportLink);
            await chair.SetViewportSizeAsync(1920, 1080);
            await Expect(chair.GetByRole(AriaRole.Table, new() { Name = "Aandeel 'Gerealiseerd' per niveau en fase" })).ToBeVisibleAsync();
            await chair.SaveScreenshotAsync("verslag-sessie-1-breed", output);
            await chair.AssertAccessibleAsync("session-1 report, wide");

            Assert.True(screenTab.ConsoleErrors.Count == 0, string.Join("\n", screenTab.ConsoleErrors));
            foreach (var tab in tablets)
            {
                Assert.True(tab.ConsoleErrors.Count == 0, string.Join("\n", tab.ConsoleErrors));
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

    private static async Task ScoreAsync(IPage chair, List<Tab> tablets, IReadOnlyList<string> answers)
    {
        await chair.GetByRole(AriaRole.Button, new() { Name = "Stemronde openen" }).ClickAsync();
        for (var i = 0; i < tablets.Count; i++)
        {
            var page = tablets[i].Page;
            await page.GetByRole(AriaRole.Button, new() { Name = answers[i], Exact = true }).ClickAsync();
            await Expect(page.GetByText($"Opgeslagen: {answers[i]}.")).ToBeVisibleAsync();
        }

        await chair.GetByRole(AriaRole.Button, new() { Name = "Stemronde sluiten" }).ClickAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Uitslag tonen" }).ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Button, new() { Name = "Opnieuw stemmen" })).ToBeEnabledAsync();
    }

    private static async Task PlusAsync(IPage tablet, string normNumber, int times)
    {
        var plus = tablet.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^Een punt meer voor {Regex.Escape(normNumber)}") });
        for (var i = 0; i < times; i++)
        {
            await plus.ClickAsync();
        }
    }

    private static async Task SaveAsync(IPage tablet)
    {
        await tablet.GetByRole(AriaRole.Button, new() { Name = "Verdeling opslaan" }).ClickAsync();
        await Expect(tablet.GetByText(new Regex("^Opgeslagen\\."))).ToBeVisibleAsync();
    }
}
