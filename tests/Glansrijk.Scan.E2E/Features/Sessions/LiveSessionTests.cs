using System.Text.RegularExpressions;

namespace Glansrijk.Scan.E2E.Features.Sessions;

/// <summary>Session 1 in real browsers: the initiator chairs from a tablet, three participants vote on their tablets
/// (opened through the personal links in their invitation mails), and the beamer follows along by its code.</summary>
[Collection(E2ECollection.Name)]
public sealed partial class LiveSessionTests(Browser browser, ITestOutputHelper output) : IAsyncLifetime
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
    public async Task Three_tablets_vote_on_two_norms_and_two_checklist_items_while_the_chair_steers_and_the_screen_follows_live()
    {
        await using var chairTab = await browser.OpenTabAsync(_app, Viewport.Tablet);
        var chair = chairTab.Page;
        await chair.SignInAsNewInitiatorAsync(browser, _app, InitiatorEmail);
        await chair.CreateScanAsync("Implementatiescan Drechtsteden 2027", "Drechtsteden");
        await chair.SeatAndInviteAsync(People);

        await chair.StartSessionAsync("Implementatiescan Drechtsteden 2027", 1);
        await Expect(chair).ToHaveURLAsync(SessionPage());
        await Expect(chair.GetByRole(AriaRole.Heading, new() { Name = "Voorzitter", Exact = true })).ToBeVisibleAsync();
        var norm1 = await chair.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync();
        Assert.Equal("1. Gedeelde ambitie", norm1);
        var code = CodePattern().Match(await chair.GetByRole(AriaRole.Region, new() { Name = "Scherm", Exact = true }).TextContentAsync() ?? "").Value;
        Assert.Matches(CodePattern(), code);

        // The beamer: anyone in the room types the code.
        await using var screenTab = await browser.OpenTabAsync(_app, Viewport.Beamer);
        var screen = screenTab.Page;
        await screen.GotoAsync("/scherm");
        await screen.AssertAccessibleAsync("screen code form");
        await screen.GetByLabel("Code van de sessie").FillAsync(code.ToLowerInvariant());
        await screen.GetByRole(AriaRole.Button, new() { Name = "Scherm openen" }).ClickAsync();
        await Expect(screen).ToHaveURLAsync($"{_app.BaseUrl}/scherm/{code}");
        // Before the first round the screen is the overview, with the item that comes next.
        await Expect(screen.GetByRole(AriaRole.Region, new() { Name = "Overzicht" })).ToBeVisibleAsync();
        await Expect(screen.GetByText("Zo meteen: 1. Gedeelde ambitie")).ToBeVisibleAsync();
        await Expect(screen.GetByRole(AriaRole.Heading, new() { Name = "1. Gedeelde ambitie" })).ToBeHiddenAsync();

        // Three tablets through the personal links in the invitation mails.
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
                await Expect(tab.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("1. Gedeelde ambitie");
                await Expect(tab.Page.GetByText("Wacht op de voorzitter…")).ToBeVisibleAsync();
            }

            var tablet = tablets[0].Page;
            await Expect(chair.GetByText("4 van 4 aanwezig")).ToBeVisibleAsync();
            await tablet.SaveScreenshotAsync("sessie-tablet-wachten", output);
            await tablet.AssertAccessibleAsync("tablet waiting for the chair");
            await chair.SaveScreenshotAsync("sessie-console-begin", output);
            await chair.AssertAccessibleAsync("console before the first round");
            await screen.SaveScreenshotAsync("scherm-begin", output, fullPage: false);
            await screen.AssertFitsOnScreenAsync("#overzicht-inhoud", "#volgende");
            await screen.AssertAccessibleAsync("screen before the first round");

            // Norm 1: a round, a re-vote, an improvement point.
            await chair.GetByRole(AriaRole.Button, new() { Name = "Stemronde openen" }).ClickAsync();
            await Expect(screen.GetByText("0 van 4 gestemd", new() { Exact = true })).ToBeVisibleAsync();
            await Expect(screen.GetByRole(AriaRole.Heading, new() { Name = "1. Gedeelde ambitie" })).ToBeVisibleAsync();
            await Expect(screen.GetByRole(AriaRole.Region, new() { Name = "Overzicht" })).ToBeHiddenAsync();
            await Expect(screen.GetByRole(AriaRole.Heading, new() { Name = "Aanwezig (4)" })).ToBeVisibleAsync();
            await VoteAsync(tablets, ["Grotendeels", "Grotendeels", "Volledig"], screen);
            await Expect(chair.GetByText("4 van 4 aanwezig · 3 van 4 gestemd")).ToBeVisibleAsync();
            var people = chair.GetByRole(AriaRole.Region, new() { Name = "Wie heeft gestemd" });
            await Expect(people.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Bram Bakker" })).ToContainTextAsync("gestemd");
            await Expect(people.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Ilse Initiatief" })).ToContainTextAsync("nog niet");
            await Expect(people).Not.ToContainTextAsync("Grotendeels");
            await tablet.SaveScreenshotAsync("sessie-tablet-gestemd", output);
            await tablet.AssertAccessibleAsync("tablet after voting");
            await chair.SaveScreenshotAsync("sessie-console-ronde-open", output);
            await chair.AssertAccessibleAsync("console with an open round");
            await screen.SaveScreenshotAsync("scherm-stemmen", output, fullPage: false);
            await screen.AssertFitsOnScreenAsync("#titel", "#vraag", "#voortgang", "#aanwezig");
            await screen.AssertAccessibleAsync("screen during a round");

            await RevealAsync(chair);
            await Expect(screen.GetByText("De uitslag", new() { Exact = true })).ToBeVisibleAsync();
            await ExpectResultAsync(screen, median: "Grotendeels", spread: "eensgezind");
            foreach (var (tab, answer) in tablets.Zip(["Grotendeels", "Grotendeels", "Volledig"]))
            {
                await ExpectResultAsync(tab.Page, median: "Grotendeels", spread: "eensgezind");
                await Expect(tab.Page.GetByText($"Jouw antwoord: {answer}")).ToBeVisibleAsync();
            }

            await tablet.SaveScreenshotAsync("sessie-tablet-uitslag", output);
            await tablet.AssertAccessibleAsync("tablet after the reveal");
            await screen.SaveScreenshotAsync("scherm-uitslag", output, fullPage: false);
            await screen.AssertFitsOnScreenAsync("#titel", "#vraag", "#voortgang", "#uitslag .live-chart", "#uitslag .live-spread-rule");
            await AssertChartReadableFromTheBackAsync(screen);
            await screen.AssertAccessibleAsync("screen after the reveal");

            await chair.GetByLabel("Nieuw verbeterpunt").FillAsync("Eén gedeelde ambitie op papier zetten en laten ondertekenen.");
            await chair.GetByRole(AriaRole.Button, new() { Name = "Verbeterpunt toevoegen" }).ClickAsync();
            await Expect(chair.GetByText("Verbeterpunt opgeslagen.")).ToBeVisibleAsync();
            await Expect(screen.GetByRole(AriaRole.Region, new() { Name = "Verbeterpunten bij dit onderwerp" })).ToContainTextAsync("Eén gedeelde ambitie op papier zetten");
            await Expect(tablet.GetByRole(AriaRole.Region, new() { Name = "Verbeterpunten bij dit onderwerp" })).ToContainTextAsync("Eén gedeelde ambitie op papier zetten");

            await chair.GetByRole(AriaRole.Button, new() { Name = "Opnieuw stemmen" }).ClickAsync();
            await Expect(screen.GetByText("Stemronde 2 is open: stem op je tablet.")).ToBeVisibleAsync();
            await VoteAsync(tablets, ["Volledig", "Volledig", "Volledig"], screen);
            await RevealAsync(chair);
            await Expect(screen.GetByText("Uitslag van stemronde 2")).ToBeVisibleAsync();
            await ExpectResultAsync(screen, median: "Volledig", spread: "eensgezind");
            await chair.SaveScreenshotAsync("sessie-console-uitslag", output);
            await chair.AssertAccessibleAsync("console after a re-vote's reveal");

            // Norm 2.
            await chair.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync();
            await Expect(screen.GetByText("Zo meteen: 2. Regie en eigenaarschap")).ToBeVisibleAsync();
            await Expect(screen.GetByRole(AriaRole.Row).Filter(new() { HasText = "1. Gedeelde ambitie" })).ToContainTextAsync("4");
            await screen.SaveScreenshotAsync("scherm-tussen-onderwerpen", output, fullPage: false);
            await screen.AssertFitsOnScreenAsync("#overzicht-inhoud", "#volgende");
            await Expect(tablet.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("2. Regie en eigenaarschap");
            await Expect(tablet.GetByText("Wacht op de voorzitter…")).ToBeVisibleAsync();
            await chair.GetByRole(AriaRole.Button, new() { Name = "Stemronde openen" }).ClickAsync();
            await Expect(screen.GetByRole(AriaRole.Heading, new() { Name = "2. Regie en eigenaarschap" })).ToBeVisibleAsync();
            await VoteAsync(tablets, ["Nog niet", "Volledig", "In beperkte mate"], screen);
            await RevealAsync(chair);
            await ExpectResultAsync(screen, median: "In beperkte mate", spread: "verdeeld");

            // Two checklist items, chosen on the agenda.
            var checklist = chair.GetByRole(AriaRole.List, new() { Name = "Route doorontwikkeling" });
            await checklist.GetByRole(AriaRole.Button).Nth(0).ClickAsync();
            await Expect(tablet.GetByText(new Regex("Route doorontwikkeling · onderwerp 16 van"))).ToBeVisibleAsync();
            await chair.GetByRole(AriaRole.Button, new() { Name = "Stemronde openen" }).ClickAsync();
            await VoteAsync(tablets, ["Gerealiseerd", "Gerealiseerd", "Deels"], screen);
            await RevealAsync(chair);
            await ExpectResultAsync(screen, median: "Gerealiseerd", spread: "eensgezind");

            await checklist.GetByRole(AriaRole.Button).Nth(1).ClickAsync();
            await Expect(tablet.GetByText(new Regex("Route doorontwikkeling · onderwerp 17 van"))).ToBeVisibleAsync();
            await chair.GetByRole(AriaRole.Button, new() { Name = "Stemronde openen" }).ClickAsync();

            // One tablet loses its connection mid-round, the others vote, it comes back and votes too.
            var errorsBeforeOffline = tablets[0].ConsoleErrors.Count;
            await tablets[0].Context.SetOfflineAsync(true);
            await Expect(tablet.GetByText("Verbinding herstellen…")).ToBeVisibleAsync(new() { Timeout = 60_000 });
            await VoteAsync([.. tablets.Skip(1)], ["Deels", "Nog niet"], screen, alreadyVoted: 0);
            await tablets[0].Context.SetOfflineAsync(false);
            await Expect(tablet.GetByText("Verbinding herstellen…")).ToBeHiddenAsync(new() { Timeout = 60_000 });
            await Expect(tablet.GetByText(new Regex("Stemronde 1 is open · 2 van 4 gestemd"))).ToBeVisibleAsync();
            await VoteAsync([tablets[0]], ["Nog niet"], screen, alreadyVoted: 2);
            await RevealAsync(chair);
            await ExpectResultAsync(screen, median: "Nog niet", spread: "eensgezind");

            // The overview: the norms at a glance and the checklist's heat map.
            await screen.GetByRole(AriaRole.Button, new() { Name = "Overzicht tonen" }).ClickAsync();
            var overview = screen.GetByRole(AriaRole.Region, new() { Name = "Overzicht" });
            await Expect(overview.GetByRole(AriaRole.Row).Filter(new() { HasText = "1. Gedeelde ambitie" })).ToContainTextAsync("4");
            await Expect(overview.GetByRole(AriaRole.Row).Filter(new() { HasText = "2. Regie en eigenaarschap" })).ToContainTextAsync("verdeeld");
            await Expect(overview.GetByRole(AriaRole.Table, new() { Name = "Aandeel 'Gerealiseerd' per niveau en fase" })).ToBeVisibleAsync();
            await screen.SaveScreenshotAsync("scherm-overzicht", output, fullPage: false);
            await screen.AssertFitsOnScreenAsync("#overzicht-inhoud");
            await screen.AssertAccessibleAsync("screen overview");

            Assert.True(chairTab.ConsoleErrors.Count == 0, string.Join("\n", chairTab.ConsoleErrors));
            Assert.True(screenTab.ConsoleErrors.Count == 0, string.Join("\n", screenTab.ConsoleErrors));
            Assert.True(errorsBeforeOffline == 0, string.Join("\n", tablets[0].ConsoleErrors));
            foreach (var tab in tablets.Skip(1))
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

    /// <summary>Each tablet chooses its answer, sees it saved and marked, and the screen counts it without a reload.</summary>
    private static async Task VoteAsync(List<Tab> tablets, IReadOnlyList<string> answers, IPage screen, int alreadyVoted = 0)
    {
        for (var i = 0; i < tablets.Count; i++)
        {
            var page = tablets[i].Page;
            var button = page.GetByRole(AriaRole.Button, new() { Name = answers[i], Exact = true });
            await button.ClickAsync();
            await Expect(page.GetByText($"Opgeslagen: {answers[i]}.")).ToBeVisibleAsync();
            await Expect(button).ToHaveAttributeAsync("aria-pressed", "true");
            await Expect(screen.GetByText($"{alreadyVoted + i + 1} van 4 gestemd", new() { Exact = true })).ToBeVisibleAsync();
        }
    }

    /// <summary>After the reveal the beamer's chart fills the space it has: its axis labels are at least 24px high on a
    /// 1080p screen, and "… van … gestemd" is shown once (the summary beside the chart is for screen readers only).</summary>
    private static async Task AssertChartReadableFromTheBackAsync(IPage screen)
    {
        var labelPixels = await screen.EvaluateAsync<double>(@"() => {
            const svg = document.querySelector('#uitslag .live-chart svg');
            const label = svg.querySelector('.chart__label');
            const box = svg.getBoundingClientRect();
            const view = svg.viewBox.baseVal;
            return Math.min(box.width / view.width, box.height / view.height) * parseFloat(label.getAttribute('font-size'));
        }");
        Assert.True(labelPixels >= 24, $"The chart's axis labels are {labelPixels:0.#}px on the beamer; at least 24px is readable from the back.");
        var counts = await screen.EvaluateAsync<int>(@"() => [...document.querySelectorAll('#scherm *')]
            .filter(e => [...e.childNodes].some(n => n.nodeType === 3 && /\d+ van \d+ gestemd/.test(n.textContent)))
            .filter(e => e.getClientRects().length > 0 && !e.closest('.site-visually-hidden')).length");
        Assert.Equal(1, counts);
    }

    private static async Task RevealAsync(IPage chair)
    {
        await chair.GetByRole(AriaRole.Button, new() { Name = "Stemronde sluiten" }).ClickAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Uitslag tonen" }).ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Button, new() { Name = "Opnieuw stemmen" })).ToBeEnabledAsync();
    }

    private static async Task ExpectResultAsync(IPage page, string median, string spread)
    {
        var summary = page.GetByRole(AriaRole.Term).Filter(new() { HasText = "Mediaan" }).Locator("xpath=..");
        await Expect(summary).ToContainTextAsync(median);
        var spreadTerm = page.GetByRole(AriaRole.Term).Filter(new() { HasText = "Spreiding" }).Locator("xpath=..");
        await Expect(spreadTerm).ToHaveTextAsync(new Regex($"Spreiding\\s*{Regex.Escape(spread)}$"));
        await Expect(page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("Verdeling van de antwoorden") })).ToBeVisibleAsync();
    }

    private Regex SessionPage() => new($"^{Regex.Escape(_app.BaseUrl)}/sessie/[0-9a-f-]{{36}}$");

    [GeneratedRegex("[2-9ABCDEFGHJKMNPQRSTUVWXYZ]{6}")]
    private static partial Regex CodePattern();
}
