using System.Text.RegularExpressions;
using MimeKit;

namespace Glansrijk.Scan.E2E.Features.Sessions;

/// <summary>Session 2 in real browsers: a minimal session 1 (one norm scored low), then the chair, three tablets and
/// the beamer make the verbeteragenda — everyone who accepted takes part as they arrive, proposals, two actions whose
/// trekkers confirm, agreements, an approval and an organisation to ask, one niet akkoord with its reason and the
/// others' akkoord — and the chair adopts it, which ends session 2. The mail carries the Word document and the calendar
/// items and opens the page, readable on a tablet; the trekker then follows the action up (Plan to Do), the initiator
/// sees it on schedule, and a voortgangsoverleg records an agreed status and celebrates a success. The beamer fits
/// 1920×1080 throughout. Every page passes axe and is photographed at both sizes.</summary>
[Collection(E2ECollection.Name)]
public sealed partial class SessionTwoAgendaTests(Browser browser, ITestOutputHelper output) : IAsyncLifetime
{
    private const string InitiatorEmail = "ilse@tweede.example";
    private const string ActionTitle = "Elke schoolverlater een vast aanspreekpunt";
    private const string SecondActionTitle = "Een vaste contactpersoon bij de sociale dienst";

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
    public async Task Three_tablets_the_chair_and_the_screen_make_the_verbeteragenda_and_follow_it_up_in_a_voortgangsoverleg()
    {
        await using var chairTab = await browser.OpenTabAsync(_app, Viewport.Tablet);
        var chair = chairTab.Page;
        await chair.SignInAsNewInitiatorAsync(browser, _app, InitiatorEmail);
        await chair.CreateScanAsync("Implementatiescan Drechtsteden 2027", "Drechtsteden");
        await chair.SeatAndInviteAsync(People);

        // Session 1, minimally: everyone scores norm 1 low, so the tool proposes it as focus.
        await chair.StartSessionAsync("Implementatiescan Drechtsteden 2027", 1);
        var tablets = await chair.HoldShortSessionOneAsync(browser, _app, People.Select(p => p.Email), "Na school raakt de jongere uit beeld.");

        // Session 2.
        await chair.GotoAsync("/scans");
        await chair.GetByRole(AriaRole.Link, new() { Name = "Implementatiescan Drechtsteden 2027" }).ClickAsync();
        var scanId = ScanIdPattern().Match(chair.Url).Groups[1].Value;
        await chair.GetByRole(AriaRole.Button, new() { Name = "Sessie 2 starten" }).ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Heading, new() { Name = "Verbeteragenda", Level = 1 })).ToBeVisibleAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Deze focusnormen bevestigen" }).ClickAsync();
        await Expect(chair.GetByText("Na school raakt de jongere uit beeld.")).ToBeVisibleAsync();
        var code = await chair.ScreenCodeAsync();

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

            // Everyone accepted the invitation, so everyone takes part as they arrive: nobody waits to be let in.
            var waiting = chair.GetByText(new Regex("^Nog geen oordeel van:"));
            foreach (var person in People)
            {
                await Expect(waiting).ToContainTextAsync(person.Name);
            }

            await Expect(chair.GetByText("doet nog niet mee aan de verbeteragenda")).ToHaveCountAsync(0);
            foreach (var person in People)
            {
                await Expect(chair.GetByRole(AriaRole.Button, new() { Name = $"{person.Name} laten meedoen" })).ToHaveCountAsync(0);
            }

            await screen.AssertFitsOnScreenAsync("#verbeteragenda");

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

            // A second action, straight from the console, with Dirk as trekker.
            await chair.GetByLabel("Focusnorm", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await chair.GetByLabel("Titel van de actie").FillAsync(SecondActionTitle);
            await chair.GetByLabel("Wat wordt er anders voor de jongeren?").FillAsync("Jongeren houden na school een vast gezicht bij de sociale dienst.");
            await chair.GetByLabel("Trekker", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Dirk Dekker" });
            await chair.GetByLabel("Betrokken organisaties").FillAsync("Sociale Dienst Drechtsteden");
            await chair.GetByLabel("Start", new() { Exact = true }).FillAsync("2027-04-01");
            await chair.GetByLabel("Deadline").FillAsync("2027-12-01");
            await chair.GetByLabel("Eerste checkmoment").FillAsync("2027-06-01");
            await chair.GetByLabel("Hoe merken we dat het gelukt is?").FillAsync("Elke jongere in de uitkering heeft een vaste contactpersoon.");
            await chair.GetByRole(AriaRole.Button, new() { Name = "Actie toevoegen" }).ClickAsync();
            await Expect(screen.GetByText(SecondActionTitle)).ToBeVisibleAsync();
            await tablets[1].Page.GetByRole(AriaRole.Button, new() { Name = "Ik neem deze actie op me" }).ClickAsync();
            await Expect(screen.GetByText("wacht op bevestiging")).ToHaveCountAsync(0);

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
            await screen.AssertFitsOnScreenAsync("#verbeteragenda");
            await ShootAsync(screenTab, "sessie2-scherm", "screen of session 2");
            await ShootAsync(tablets[1], "sessie2-tablet-akkoord", "tablet after akkoord");
            await chair.GetByRole(AriaRole.Button, new() { Name = "Verbeteragenda vaststellen" }).ClickAsync();
            var adopt = chair.GetByRole(AriaRole.Dialog);
            await Expect(adopt).ToContainTextAsync("is sessie 2 afgelopen");
            await adopt.GetByRole(AriaRole.Button, new() { Name = "Vaststellen" }).ClickAsync();
            await Expect(screen.GetByRole(AriaRole.Heading, new() { Name = "De verbeteragenda is vastgesteld" })).ToBeVisibleAsync();
            await Expect(bram.GetByRole(AriaRole.Heading, new() { Name = "De verbeteragenda is vastgesteld" })).ToBeVisibleAsync();
            await screen.AssertFitsOnScreenAsync("#verbeteragenda");
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
            await AssertReadableOnTabletAsync(bram);
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

            // Adopting ended session 2: the scan is finished and next year's can start, without "Sessie beëindigen".
            await chair.GotoAsync($"/scans/{scanId}");
            await Expect(chair.GetByRole(AriaRole.Link, new() { Name = "Scan voor volgend jaar starten" })).ToBeVisibleAsync();

            // The initiator sees the action on schedule.
            await chair.GotoAsync($"/scans/{scanId}/acties");
            var row = chair.GetByRole(AriaRole.Row).Filter(new() { HasText = ActionTitle });
            await Expect(row).ToContainTextAsync("Do");
            await Expect(row).ToContainTextAsync("op schema");
            await Expect(row).ToContainTextAsync("door Bram Bakker");
            await ShootAsync(chairTab, "pdca-initiatiefnemer", "the initiator's overview");

            await HoldProgressMeetingAsync(chair, screen, tablets, scanId);
            await ShootAsync(screenTab, "voortgang-scherm-succes", "the screen celebrating a success");
            await ShootAsync(tablets[0], "voortgang-tablet-succes", "a tablet celebrating a success");
            await chair.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync();
            await Expect(tablets[1].Page.GetByText(SecondActionTitle).First).ToBeVisibleAsync();
            await RecordAgreementAsync(chair, "Plan (blijft)", "Start na de zomer, Dirk meldt zich in september.");
            foreach (var page in tablets.Select(t => t.Page).Append(screen))
            {
                await Expect(page.GetByText("Afgesproken: status blijft Plan. Start na de zomer, Dirk meldt zich in september.").First).ToBeVisibleAsync();
            }

            await screen.AssertFitsOnScreenAsync("#overzicht");
            await ShootAsync(chairTab, "voortgang-console", "console of the voortgangsoverleg");
            await ShootAsync(screenTab, "voortgang-scherm", "screen of the voortgangsoverleg");
            await chair.GetByRole(AriaRole.Button, new() { Name = "Sessie beëindigen" }).ClickAsync();
            await chair.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button).First.ClickAsync();
            await Expect(screen.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("is afgelopen$") })).ToBeVisibleAsync();
            await Expect(screen.GetByText($"{ActionTitle} — afgerond, getrokken door Bram Bakker")).ToBeVisibleAsync();
            await screen.AssertFitsOnScreenAsync();
            await ShootAsync(screenTab, "voortgang-scherm-afgelopen", "the screen after the voortgangsoverleg");

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

    /// <summary>The voortgangsoverleg: the chair starts it from the scan page, the screen and the three tablets join, and
    /// the group agrees on Bram's action twice: on to Check, then Afgerond, which the room sees celebrated.</summary>
    private static async Task HoldProgressMeetingAsync(IPage chair, IPage screen, List<Tab> tablets, string scanId)
    {
        await chair.GotoAsync($"/scans/{scanId}");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Voortgangsoverleg starten" }).ClickAsync();
        var code = await chair.ScreenCodeAsync();
        await screen.GotoAsync($"/scherm/{code}");
        await Expect(screen.Locator("#overzicht").GetByText(ActionTitle).First).ToBeVisibleAsync();
        foreach (var tab in tablets)
        {
            await tab.Page.GotoAsync("/deelnemer");
            await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Naar het voortgangsoverleg" }).ClickAsync();
            await Expect(tab.Page.GetByText(ActionTitle).First).ToBeVisibleAsync();
        }

        await RecordAgreementAsync(chair, "Check", "De eerste tien hebben een aanspreekpunt; we kijken of het werkt.");
        await Expect(tablets[2].Page.GetByText("Afgesproken: van Do naar Check. De eerste tien hebben een aanspreekpunt; we kijken of het werkt.").First).ToBeVisibleAsync();
        await RecordAgreementAsync(chair, "Afgerond", "Iedere schoolverlater heeft een aanspreekpunt.");
        await Expect(screen.GetByText($"{ActionTitle} — afgerond, getrokken door Bram Bakker")).ToBeVisibleAsync();
        foreach (var tab in tablets)
        {
            await Expect(tab.Page.GetByText("Deze actie is klaar. Tijd om dat te vieren.")).ToBeVisibleAsync();
        }

        await screen.AssertFitsOnScreenAsync("#overzicht");
    }

    private static async Task RecordAgreementAsync(IPage chair, string status, string note)
    {
        await chair.GetByLabel("Status van de actie").SelectOptionAsync(new SelectOptionValue { Label = status });
        await chair.GetByLabel("Notitie (wat de groep afspreekt)").FillAsync(note);
        await chair.GetByRole(AriaRole.Button, new() { Name = "Afspraak vastleggen" }).ClickAsync();
        await Expect(chair.GetByText(new Regex($"^Afgesproken: .*{Regex.Escape(note)}$")).First).ToBeVisibleAsync();
    }

    /// <summary>The verbeteragenda page on a 1024 px tablet: nothing runs off the right edge (every action's status is in
    /// view), there is a table of contents, and each table wrapper that may scroll is a labelled tab stop.</summary>
    private static async Task AssertReadableOnTabletAsync(IPage page)
    {
        var width = await page.EvaluateAsync<int>("() => document.documentElement.clientWidth");
        var pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(pageWidth <= width, $"The page is {pageWidth}px wide on a {width}px tablet.");
        var status = page.GetByRole(AriaRole.Term).Filter(new() { HasTextString = "Status" }).First;
        await Expect(status).ToBeVisibleAsync();
        var box = await status.Locator("xpath=following-sibling::dd[1]").BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X + box.Width <= width, $"The status runs to {box.X + box.Width}px on a {width}px tablet.");
        var contents = page.GetByRole(AriaRole.Navigation, new() { Name = "Op deze pagina" });
        await Expect(contents.GetByRole(AriaRole.Link, new() { Name = "Acties" })).ToBeVisibleAsync();
        var overflowing = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.site-table-wrapper')].filter(w => w.offsetParent && w.scrollWidth > w.clientWidth && (w.tabIndex < 0 || !w.getAttribute('aria-label'))).map(w => w.outerHTML.slice(0, 80))");
        Assert.True(overflowing.Length == 0, "Scrolling table without a tab stop or label: " + string.Join("; ", overflowing));
        await contents.GetByRole(AriaRole.Link, new() { Name = "Acties" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Acties", Exact = true })).ToBeInViewportAsync();
    }

    private Task ShootAsync(Tab tab, string name, string what) => tab.ShootAsync(name, what, output);

    [GeneratedRegex("/scans/([0-9a-f-]{36})")]
    private static partial Regex ScanIdPattern();
}
