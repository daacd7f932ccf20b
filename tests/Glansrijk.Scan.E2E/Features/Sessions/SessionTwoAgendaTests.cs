using System.Text.RegularExpressions;
using MimeKit;

namespace Glansrijk.Scan.E2E.Features.Sessions;

/// <summary>Session 2 in real browsers: a minimal session 1 (one norm scored low), then the chair, three tablets and
/// the beamer make the verbeteragenda — proposals, one action whose trekker confirms, agreements, an approval and an
/// organisation to ask, one niet akkoord with its reason and the others' akkoord — and the chair closes it. The mail
/// carries the Word document and the calendar items and opens the page; the trekker then follows the action up
/// (Plan to Do) and the initiator sees it on schedule. Every page passes axe and is photographed at both sizes.</summary>
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
        await chair.StartSessionAsync("Implementatiescan Drechtsteden 2027", 1);
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
        var scanId = ScanIdPattern().Match(chair.Url).Groups[1].Value;
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
            await ShootAsync(tablets[1], "sessie2-tablet-voorstel", "tablet with a proposal");

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
            await ShootAsync(tablets[0], "sessie2-tablet-trekker", "tablet asking the trekker");
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
            await Expect(bram.GetByText("Met taart bij elke afgeronde actie")).ToBeVisibleAsync();
            await chair.GetByLabel("Organisatie", new() { Exact = true }).FillAsync("Gemeente Dordrecht");
            await chair.GetByLabel("Wie keurt goed?").FillAsync("College van B&W");
            await chair.GetByRole(AriaRole.Button, new() { Name = "Goedkeuring toevoegen" }).ClickAsync();
            await Expect(screen.GetByText("Gemeente Dordrecht: College van B&W — nog voorleggen")).ToBeVisibleAsync();
            await chair.GetByLabel("Stand bij Gemeente Dordrecht").SelectOptionAsync(new SelectOptionValue { Label = "voorgelegd" });
            await Expect(screen.GetByText("Gemeente Dordrecht: College van B&W — voorgelegd")).ToBeVisibleAsync();
            await chair.GetByLabel("Organisatie die niet aan tafel zat").FillAsync("Jongerenwerk Dordrecht");
            await chair.GetByLabel("Wie benadert ze?").SelectOptionAsync(new SelectOptionValue { Label = "Dirk Dekker" });
            await chair.GetByRole(AriaRole.Button, new() { Name = "Organisatie toevoegen" }).ClickAsync();
            await Expect(screen.GetByText("Jongerenwerk Dordrecht vragen mee te doen (Dirk Dekker) — nog vragen")).ToBeVisibleAsync();
            await ShootAsync(chairTab, "sessie2-console", "console of session 2");

            // Frank is not convinced: without a reason the domain asks for one; his reason reaches the room without his name.
            var frank = tablets[2].Page;
            await frank.GetByRole(AriaRole.Radio, new() { Name = "Niet akkoord", Exact = true }).CheckAsync();
            await frank.GetByRole(AriaRole.Button, new() { Name = "Mijn oordeel versturen" }).ClickAsync();
            await Expect(frank.GetByText("Geef aan waarom je niet akkoord bent.")).ToBeVisibleAsync();
            await frank.GetByLabel("Waarom ben je niet akkoord?").FillAsync("Het RMC heeft geen uren voor de warme overdracht.");
            await frank.GetByRole(AriaRole.Button, new() { Name = "Mijn oordeel versturen" }).ClickAsync();
            await Expect(frank.GetByText("Jouw oordeel: niet akkoord (Het RMC heeft geen uren voor de warme overdracht.).")).ToBeVisibleAsync();
            await Expect(screen.GetByText("Niet akkoord: Het RMC heeft geen uren voor de warme overdracht.")).ToBeVisibleAsync();

            // The others say akkoord. An answer is given once (the domain keeps the first), so Frank's form is gone.
            await Expect(frank.GetByRole(AriaRole.Button, new() { Name = "Mijn oordeel versturen" })).ToBeHiddenAsync();
            foreach (var page in new[] { bram, tablets[1].Page, chair })
            {
                await page.GetByRole(AriaRole.Radio, new() { Name = "Akkoord", Exact = true }).CheckAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Mijn oordeel versturen" }).ClickAsync();
                await Expect(page.GetByText("Jouw oordeel: akkoord.")).ToBeVisibleAsync();
            }

            await Expect(screen.GetByText("3 van 4 akkoord")).ToBeVisibleAsync();
            await ShootAsync(screenTab, "sessie2-scherm", "screen of session 2");
            await ShootAsync(tablets[1], "sessie2-tablet-akkoord", "tablet after akkoord");
            await chair.GetByRole(AriaRole.Button, new() { Name = "Verbeteragenda vaststellen" }).ClickAsync();
            await chair.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Vaststellen" }).ClickAsync();
            await Expect(screen.GetByRole(AriaRole.Heading, new() { Name = "De verbeteragenda is vastgesteld" })).ToBeVisibleAsync();
            await Expect(bram.GetByRole(AriaRole.Heading, new() { Name = "De verbeteragenda is vastgesteld" })).ToBeVisibleAsync();
            await ShootAsync(screenTab, "sessie2-scherm-vastgesteld", "screen after the close");

            // The mail: the Word document and the calendar items attached, and a personal link to the page.
            var mail = await _app.LatestToAsync(People[0].Email, "De verbeteragenda van");
            var attachments = mail.Attachments.OfType<MimePart>().Select(a => (FileName: a.FileName ?? "", a.ContentType.MimeType)).ToList();
            Assert.Contains(attachments, a => a.FileName.EndsWith(".docx", StringComparison.Ordinal) && a.MimeType == "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            Assert.Contains(attachments, a => a.FileName.EndsWith(".ics", StringComparison.Ordinal) && a.MimeType == "text/calendar");
            await bram.GotoAsync(mail.LinkTo(_app, "/deelnemer/"));
            await Expect(bram.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Verbeteragenda");
            await Expect(bram.GetByText(ActionTitle).First).ToBeVisibleAsync();
            await Expect(bram.GetByText("Het VSV-overleg").First).ToBeVisibleAsync();
            await ShootAsync(tablets[0], "sessie2-verbeteragenda", "verbeteragenda page");

            // PDCA: Bram follows up his action from his own page.
            await bram.GotoAsync("/deelnemer");
            await bram.GetByRole(AriaRole.Link, new() { Name = "Mijn acties op de verbeteragenda" }).ClickAsync();
            await Expect(bram.GetByRole(AriaRole.Heading, new() { Name = "Mijn acties", Level = 1 })).ToBeVisibleAsync();
            await ShootAsync(tablets[0], "pdca-mijn-acties", "my actions");
            await bram.GetByRole(AriaRole.Link, new() { Name = ActionTitle }).ClickAsync();
            await Expect(bram.GetByText("Er is nog niets bijgewerkt.")).ToBeVisibleAsync();
            await bram.GetByLabel("Status").SelectOptionAsync("Do");
            await bram.GetByLabel("Korte notitie").FillAsync("De eerste tien schoolverlaters hebben een aanspreekpunt.");
            await bram.GetByRole(AriaRole.Button, new() { Name = "Update opslaan" }).ClickAsync();
            var history = bram.GetByRole(AriaRole.Region, new() { Name = "Geschiedenis" });
            await Expect(history).ToContainTextAsync("Bram Bakker: van Plan naar Do");
            await Expect(history).ToContainTextAsync("De eerste tien schoolverlaters hebben een aanspreekpunt.");
            await ShootAsync(tablets[0], "pdca-actie", "an action after an update");

            // The initiator sees the action on schedule.
            await chair.GotoAsync($"/scans/{scanId}/acties");
            var row = chair.GetByRole(AriaRole.Row).Filter(new() { HasText = ActionTitle });
            await Expect(row).ToContainTextAsync("Do");
            await Expect(row).ToContainTextAsync("op schema");
            await Expect(row).ToContainTextAsync("door Bram Bakker");
            await ShootAsync(chairTab, "pdca-initiatiefnemer", "the initiator's overview");

            foreach (var tab in tablets.Append(chairTab).Append(screenTab))
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

    /// <summary>axe on the page as it is, then a screenshot at the tablet's and at the beamer's size.</summary>
    private async Task ShootAsync(Tab tab, string name, string what)
    {
        var page = tab.Page;
        var original = page.ViewportSize!;
        await page.AssertAccessibleAsync(what);
        foreach (var viewport in new[] { Viewport.Tablet, Viewport.Beamer })
        {
            await page.SetViewportSizeAsync(viewport.Size().Width, viewport.Size().Height);
            await page.SaveScreenshotAsync(name, output);
        }

        await page.SetViewportSizeAsync(original.Width, original.Height);
    }

    [GeneratedRegex("/scans/([0-9a-f-]{36})")]
    private static partial Regex ScanIdPattern();

    [GeneratedRegex("[2-9ABCDEFGHJKMNPQRSTUVWXYZ]{6}")]
    private static partial Regex CodePattern();
}
