using System.Text.RegularExpressions;

namespace Glansrijk.Scan.E2E.Features.Sessions;

/// <summary>Session 2 in real browsers: a minimal session 1 (one norm scored low), then the chair, three tablets and
/// the beamer make the verbeteragenda — proposals, one action whose trekker confirms, agreements, an approval,
/// everyone's akkoord — and the chair closes it; the verbeteragenda page shows the result.</summary>
[Collection(E2ECollection.Name)]
public sealed partial class SessionTwoAgendaTests(Browser browser, ITestOutputHelper output) : IAsyncLifetime
{
    private const string InitiatorEmail = "ilse@tweede.example";
    private const string ActionTitle = "Elke schoolverlater een vast aanspreekpunt";

    private static readonly (string Name, string Organisation, string Email, string Domain)[] People =
    [
        ("Bram Bakker", "Praktijkschool De Brug", "bram@tweede.example", "Onderwijs"),
        ("Dirk Dekker", "Sociale Dienst Drechtsteden", "dirk@tweede.example", "Sociale dienst / Werkbedrijf"),
        ("Frank Faber", "RMC Zuid-Holland Zuid", "frank@tweede.example", "Leerplicht / RMC"),
    ];

    private AppServer _app = null!;

    public async Task InitializeAsync() => _app = await AppServer.StartAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Three_tablets_the_chair_and_the_screen_make_and_close_the_verbeteragenda()
    {
        await using var chairTab = await browser.OpenTabAsync(_app, Viewport.Tablet);
        var chair = chairTab.Page;
        await chair.SignInAsNewInitiatorAsync(browser, _app, InitiatorEmail);
        await chair.CreateScanAsync("Implementatiescan Drechtsteden 2027", "Drechtsteden");
        await chair.SeatAndInviteAsync(People);

        // Session 1, minimally: everyone scores norm 1 low, so the tool proposes it as focus.
        await chair.GotoAsync("/scans");
        await chair.GetByRole(AriaRole.Link, new() { Name = "Implementatiescan Drechtsteden 2027" }).ClickAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Sessie 1 starten" }).ClickAsync();
        var tablets = new List<Tab>();
        foreach (var person in People)
        {
            var invitation = await _app.LatestToAsync(person.Email, "Uitnodiging");
            var tab = await browser.OpenTabAsync(_app, Viewport.Tablet);
            tablets.Add(tab);
            await tab.Page.GotoAsync(invitation.LinkTo(_app, "/deelnemer/"));
            await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Naar sessie 1" }).ClickAsync();
            await Expect(tab.Page.GetByText("Wacht op de voorzitter…")).ToBeVisibleAsync();
        }

        await chair.GetByRole(AriaRole.Button, new() { Name = "Stemronde openen" }).ClickAsync();
        foreach (var page in tablets.Select(t => t.Page).Append(chair))
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Nog niet", Exact = true }).ClickAsync();
            await Expect(page.GetByText("Opgeslagen: Nog niet.")).ToBeVisibleAsync();
        }

        await chair.GetByRole(AriaRole.Button, new() { Name = "Stemronde sluiten" }).ClickAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Uitslag tonen" }).ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Button, new() { Name = "Opnieuw stemmen" })).ToBeEnabledAsync();
        await chair.GetByLabel("Nieuw verbeterpunt").FillAsync("Na school raakt de jongere uit beeld.");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Verbeterpunt toevoegen" }).ClickAsync();
        await Expect(chair.GetByText("Verbeterpunt opgeslagen.")).ToBeVisibleAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Sessie beëindigen" }).ClickAsync();
        await chair.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button).First.ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Heading, new() { Name = "De sessie is afgelopen" })).ToBeVisibleAsync();

        // Session 2.
        await chair.GotoAsync("/scans");
        await chair.GetByRole(AriaRole.Link, new() { Name = "Implementatiescan Drechtsteden 2027" }).ClickAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Sessie 2 starten" }).ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Heading, new() { Name = "Verbeteragenda", Level = 1 })).ToBeVisibleAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Deze focusnormen bevestigen" }).ClickAsync();
        await Expect(chair.GetByText("Na school raakt de jongere uit beeld.")).ToBeVisibleAsync();
        var code = CodePattern().Match(await chair.GetByRole(AriaRole.Region, new() { Name = "Scherm", Exact = true }).TextContentAsync() ?? "").Value;

        await using var screenTab = await browser.OpenTabAsync(_app, Viewport.Beamer);
        var screen = screenTab.Page;
        await screen.GotoAsync($"/scherm/{code}");
        await Expect(screen.GetByRole(AriaRole.Heading, new() { Name = "Verbeteragenda" })).ToBeVisibleAsync();

        try
        {
            foreach (var tab in tablets)
            {
                await tab.Page.GotoAsync("/deelnemer");
                await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Naar sessie 2" }).ClickAsync();
                await Expect(tab.Page.GetByRole(AriaRole.Heading, new() { Name = "Verbeteragenda", Level = 1 })).ToBeVisibleAsync();
            }

            // Who did not accept the invitation in advance is let in by the chair.
            foreach (var person in People)
            {
                var admit = chair.GetByRole(AriaRole.Button, new() { Name = $"{person.Name} laten meedoen" });
                await admit.ClickAsync();
                await Expect(admit).ToHaveCountAsync(0);
            }

            var bram = tablets[0].Page;
            await bram.GetByLabel("Jouw voorstel voor een actie").FillAsync("Een vast aanspreekpunt na school");
            await bram.GetByRole(AriaRole.Button, new() { Name = "Voorstel insturen" }).ClickAsync();
            await Expect(bram.GetByText("Opgeslagen", new() { Exact = true })).ToBeVisibleAsync();
            await tablets[1].Page.GetByLabel("Jouw voorstel voor een actie").FillAsync("Warme overdracht in het laatste schooljaar");
            await tablets[1].Page.GetByRole(AriaRole.Button, new() { Name = "Voorstel insturen" }).ClickAsync();
            await Expect(tablets[1].Page.GetByText("Opgeslagen", new() { Exact = true })).ToBeVisibleAsync();
            await Expect(chair.GetByText("Een vast aanspreekpunt na school").First).ToBeVisibleAsync();
            await tablets[1].Page.SaveScreenshotAsync("sessie2-tablet-voorstel", output);
            await tablets[1].Page.AssertAccessibleAsync("tablet with a proposal");

            // The chair merges both proposals into one action; a missing field gets the domain's message.
            await chair.GetByRole(AriaRole.Button, new() { Name = "Gebruiken in een actie" }).First.ClickAsync();
            await chair.GetByLabel("Titel van de actie").FillAsync(ActionTitle);
            await chair.GetByLabel("Wat wordt er anders voor de jongeren?").FillAsync("Niemand raakt na school uit beeld.");
            await chair.GetByLabel("Trekker", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Bram Bakker" });
            await chair.GetByLabel("Betrokken organisaties").FillAsync("Praktijkschool De Brug, Werkbedrijf");
            await chair.GetByLabel("Start", new() { Exact = true }).FillAsync("2027-03-01");
            await chair.GetByLabel("Deadline").FillAsync("2027-09-01");
            await chair.GetByLabel("Eerste checkmoment").FillAsync("2027-05-01");
            await chair.GetByRole(AriaRole.Button, new() { Name = "Actie toevoegen" }).ClickAsync();
            await Expect(chair.GetByText("Beschrijf hoe we merken dat het gelukt is.")).ToBeVisibleAsync();
            await chair.GetByLabel("Hoe merken we dat het gelukt is?").FillAsync("Negen van de tien schoolverlaters hebben binnen twee weken een gesprek.");
            await chair.GetByRole(AriaRole.Button, new() { Name = "Actie toevoegen" }).ClickAsync();
            await Expect(screen.GetByText(ActionTitle)).ToBeVisibleAsync();
            await Expect(screen.GetByText("wacht op bevestiging")).ToBeVisibleAsync();

            // The trekker confirms on their own tablet.
            await Expect(bram.GetByText($"Jij bent trekker van \"{ActionTitle}\".", new() { Exact = true })).ToBeVisibleAsync();
            await bram.SaveScreenshotAsync("sessie2-tablet-trekker", output);
            await bram.AssertAccessibleAsync("tablet asking the trekker");
            await bram.GetByRole(AriaRole.Button, new() { Name = "Ik neem deze actie op me" }).ClickAsync();
            await Expect(screen.GetByText("trekker bevestigd")).ToBeVisibleAsync();

            // Agreements and afhechting.
            await chair.GetByLabel("Hoe vaak komen we bijeen over de voortgang?").FillAsync("Elk kwartaal");
            await chair.GetByLabel("Op welk bestaand overleg volgen we de voortgang?").FillAsync("Het VSV-overleg");
            await chair.GetByLabel("Hoe rapporteren de trekkers?").FillAsync("Via hun eigen link, voor elk checkmoment");
            await chair.GetByLabel("Hoe vieren we successen?").FillAsync("Met taart bij elke afgeronde actie");
            await chair.GetByRole(AriaRole.Button, new() { Name = "Afspraken opslaan" }).ClickAsync();
            await Expect(chair.GetByText("Afspraken opgeslagen.")).ToBeVisibleAsync();
            await Expect(screen.GetByText("Het VSV-overleg")).ToBeVisibleAsync();
            await chair.GetByLabel("Organisatie", new() { Exact = true }).FillAsync("Gemeente Dordrecht");
            await chair.GetByLabel("Wie keurt goed?").FillAsync("College van B&W");
            await chair.GetByRole(AriaRole.Button, new() { Name = "Goedkeuring toevoegen" }).ClickAsync();
            await Expect(screen.GetByText("Gemeente Dordrecht: College van B&W — nog voorleggen")).ToBeVisibleAsync();
            await chair.SaveScreenshotAsync("sessie2-console", output);
            await chair.AssertAccessibleAsync("console of session 2");

            // Everyone says akkoord; the chair closes.
            foreach (var page in tablets.Select(t => t.Page).Append(chair))
            {
                await page.GetByLabel("Akkoord", new() { Exact = true }).CheckAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Mijn oordeel versturen" }).ClickAsync();
                await Expect(page.GetByText("Jouw oordeel: akkoord.")).ToBeVisibleAsync();
            }

            await Expect(screen.GetByText("4 van 4 akkoord")).ToBeVisibleAsync();
            await screen.SaveScreenshotAsync("sessie2-scherm", output);
            await screen.AssertAccessibleAsync("screen of session 2");
            await chair.GetByRole(AriaRole.Button, new() { Name = "Verbeteragenda vaststellen" }).ClickAsync();
            await chair.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Vaststellen" }).ClickAsync();
            await Expect(screen.GetByRole(AriaRole.Heading, new() { Name = "De verbeteragenda is vastgesteld" })).ToBeVisibleAsync();
            await Expect(bram.GetByRole(AriaRole.Heading, new() { Name = "De verbeteragenda is vastgesteld" })).ToBeVisibleAsync();

            // The generated verbeteragenda.
            await bram.GetByRole(AriaRole.Link, new() { Name = "De verbeteragenda bekijken" }).ClickAsync();
            await Expect(bram.GetByText(ActionTitle).First).ToBeVisibleAsync();
            await bram.SaveScreenshotAsync("sessie2-verbeteragenda", output);
            await bram.AssertAccessibleAsync("verbeteragenda page");
            var mail = await _app.LatestToAsync(People[1].Email, "De verbeteragenda van");
            Assert.NotNull(mail);
        }
        finally
        {
            foreach (var tab in tablets)
            {
                await tab.DisposeAsync();
            }
        }
    }

    [GeneratedRegex("[2-9ABCDEFGHJKMNPQRSTUVWXYZ]{6}")]
    private static partial Regex CodePattern();
}
