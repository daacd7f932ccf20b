using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Glansrijk.Scan.E2E.Features.Sessions;

/// <summary>An indicator from 0-meting to trend in real browsers: in session 2 the chair forms an action and, from the
/// console, gives it an indicator from a template (a wrong target refused in Dutch first); the agenda is adopted; the
/// trekker enters two quarters through their personal link; the initiator imports the third from the CSV file the app
/// offers (preview, then import); the follow-up overview and the verbeteragenda page show its standing; the monitor
/// shows the trend for the initiator and the trekker; and in the
/// voortgangsoverleg the screen and the tablets show the indicator's latest value, status and trend. Every page passes
/// axe and is photographed at 1024×768 and 1920×1080.</summary>
[Collection(E2ECollection.Name)]
public sealed partial class IndicatorJourneyTests(Browser browser, ITestOutputHelper output) : IAsyncLifetime
{
    private const string ScanName = "Implementatiescan Zuid-Holland Zuid 2027";
    private const string ActionTitle = "Alle partners tekenen het convenant";
    private const string TemplateId = "convenant-ondertekend";
    private const string IndicatorName = "Convenant door de partners ondertekend";

    private static readonly (string Name, string Organisation, string Email, string Domain)[] People =
    [
        ("Bram Bakker", "Praktijkschool De Brug", "bram@meetbaar.example", "Onderwijs"),
        ("Dirk Dekker", "Sociale Dienst Drechtsteden", "dirk@meetbaar.example", "Sociale dienst / Werkbedrijf"),
    ];

    private AppServer _app = null!;

    public async Task InitializeAsync() => _app = await AppServer.StartAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task An_indicator_from_a_template_is_measured_by_its_trekker_and_an_import_and_its_trend_shows_on_the_monitor_and_in_the_voortgangsoverleg()
    {
        // Three quarters that have ended, the 0-meting at the start of the first; the target two years after it.
        var quarters = EndedQuarters(3);
        var baselineDate = quarters[0].Start;
        var targetDate = baselineDate.AddYears(2).AddDays(-1);

        await using var chairTab = await browser.OpenTabAsync(_app, Viewport.Tablet);
        var chair = chairTab.Page;
        await chair.SignInAsNewInitiatorAsync(browser, _app, "ilse@meetbaar.example");
        await chair.CreateScanAsync(ScanName, "Zuid-Holland Zuid");
        await chair.SeatAndInviteAsync(People);
        await chair.StartSessionAsync(ScanName, 1);
        var tablets = await chair.HoldShortSessionOneAsync(browser, _app, People.Select(p => p.Email), "Niet alle partners hebben het convenant getekend.");
        await using var screenTab = await browser.OpenTabAsync(_app, Viewport.Beamer);
        var screen = screenTab.Page;
        try
        {
            var bram = tablets[0].Page;
            var scanId = await StartSessionTwoAsync(chair, screen, tablets);
            await FormActionAsync(chair, bram);

            // The indicator, from a template: the template fills in what it knows; the table agrees on the figures.
            await chair.GetByLabel("Bij welke actie?").SelectOptionAsync(new SelectOptionValue { Label = ActionTitle });
            await chair.GetByLabel("Voorbeeld").SelectOptionAsync(TemplateId);
            await Expect(chair.GetByLabel("Naam van de indicator")).ToHaveValueAsync(IndicatorName);
            await Expect(chair.GetByLabel("Eenheid")).ToHaveValueAsync("percentage");
            await Expect(chair.GetByLabel("Hoe vaak meten we?")).ToHaveValueAsync("kwartaal");
            await chair.GetByLabel("0-meting", new() { Exact = true }).FillAsync("25");
            await chair.GetByLabel("Datum van de 0-meting").FillAsync(Iso(baselineDate));
            await chair.GetByLabel("Streefwaarde").FillAsync("honderd");
            await chair.GetByLabel("Streefdatum").FillAsync(Iso(targetDate));
            await chair.GetByRole(AriaRole.Button, new() { Name = "Indicator toevoegen" }).ClickAsync();
            await Expect(chair.Locator("#va-ind-melding")).ToHaveTextAsync("Streefwaarde: 'honderd' is geen getal.");
            await chair.GetByLabel("Streefwaarde").FillAsync("100");
            await chair.GetByRole(AriaRole.Button, new() { Name = "Indicator toevoegen" }).ClickAsync();
            var inWords = $"{IndicatorName}: van 25% naar 100% in {targetDate.Year}, per kwartaal";
            await Expect(bram.GetByText(inWords)).ToBeVisibleAsync();
            await Expect(chair.GetByRole(AriaRole.Button, new() { Name = $"Indicator {IndicatorName} weghalen" })).ToBeVisibleAsync();
            await Expect(chair.GetByLabel("Naam van de indicator")).ToHaveValueAsync("");
            await ShootAsync(chairTab, "indicator-console", "the console with the indicator form");
            await ShootAsync(tablets[0], "indicator-tablet-sessie2", "the trekker's tablet in session 2");
            await AdoptAsync(chair, tablets);

            // The trekker enters two quarters through their personal link.
            await bram.GotoAsync("/deelnemer");
            await bram.GetByRole(AriaRole.Link, new() { Name = "Mijn acties op de verbeteragenda" }).ClickAsync();
            await bram.GetByRole(AriaRole.Link, new() { Name = ActionTitle }).ClickAsync();
            foreach (var (quarter, value) in new[] { (quarters[0], "40"), (quarters[1], "45") })
            {
                await bram.GetByLabel("Periode").SelectOptionAsync(quarter.Label);
                await bram.GetByLabel("Waarde (percentage)").FillAsync(value);
                await bram.GetByLabel("Toelichting").FillAsync($"Getekende convenanten, {quarter.InWords}");
                await bram.GetByRole(AriaRole.Button, new() { Name = "Meting opslaan" }).ClickAsync();
                await Expect(bram.GetByText("De meting is opgeslagen.")).ToBeVisibleAsync();
            }

            var table = bram.GetByRole(AriaRole.Table, new() { Name = $"Metingen van {IndicatorName}" });
            await Expect(table.GetByRole(AriaRole.Row).Filter(new() { HasText = quarters[1].InWords })).ToContainTextAsync("45%");
            await ShootAsync(tablets[0], "indicator-trekker-metingen", "the trekker's action page with two measurements");

            // The initiator imports the third quarter from the file the app offers: first the preview, then the import.
            await chair.GotoAsync($"/scans/{scanId}/metingen-inlezen");
            var template = await (await chair.Context.APIRequest.GetAsync($"{_app.BaseUrl}/scans/{scanId}/metingen-inlezen?handler=Template")).TextAsync();
            var row = template.Split("\r\n").Single(l => l.Contains(IndicatorName, StringComparison.Ordinal));
            Assert.EndsWith($";{quarters[2].Label};;", row, StringComparison.Ordinal);
            var csv = template.Replace(row, row[..^1] + "50;Twee gemeenten wachten op hun raad", StringComparison.Ordinal);
            await chair.GetByLabel("CSV-bestand met metingen").SetInputFilesAsync(new FilePayload
            {
                Name = "metingen.csv",
                MimeType = "text/csv",
                Buffer = Encoding.UTF8.GetBytes(csv),
            });
            await chair.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();
            var preview = chair.GetByRole(AriaRole.Row).Filter(new() { HasText = IndicatorName });
            await Expect(preview).ToContainTextAsync(quarters[2].InWords);
            await Expect(preview).ToContainTextAsync("nieuwe meting");
            await ShootAsync(chairTab, "indicator-import-controle", "the import's preview");
            await chair.GetByRole(AriaRole.Button, new() { Name = "Metingen inlezen" }).ClickAsync();
            await Expect(chair.GetByText("1 meting is ingelezen.")).ToBeVisibleAsync();

            // The monitor: the trend for the initiator and, to read, for the trekker.
            await AssertMonitorAsync(chair, quarters);
            await ShootAsync(chairTab, "indicator-monitor", "the initiator's monitor");
            // The follow-up overview and the verbeteragenda page carry each indicator's latest value, status and trend.
            var standing = $"{IndicatorName}: 50% ({quarters[2].InWords}) achter";
            await chair.GotoAsync($"/scans/{scanId}/acties");
            await Expect(chair.GetByRole(AriaRole.Row).Filter(new() { HasText = ActionTitle }).Locator(".site-indicator-line__text")).ToContainTextAsync(standing);
            await ShootAsync(chairTab, "indicator-acties", "the follow-up overview with indicators");
            await chair.GotoAsync($"/scans/{scanId}/verbeteragenda");
            await Expect(chair.Locator(".site-agenda__card .site-indicator-line__text")).ToContainTextAsync(standing);
            await ShootAsync(chairTab, "indicator-verbeteragenda", "the verbeteragenda page with indicators");
            await bram.GotoAsync("/deelnemer/monitor");
            await AssertMonitorAsync(bram, quarters);
            await ShootAsync(tablets[0], "indicator-monitor-trekker", "the trekker's monitor");

            await HoldProgressMeetingAsync(chair, screen, tablets, scanId, quarters);
            await ShootAsync(screenTab, "indicator-voortgang-scherm", "the screen of the voortgangsoverleg");
            await screen.GetByRole(AriaRole.Button, new() { Name = "Huidig onderwerp tonen" }).ClickAsync();
            await Expect(screen.Locator("#indicatoren")).ToContainTextAsync($"{IndicatorName}: 50% ({quarters[2].InWords}) achter");
            await Expect(screen.Locator("#indicatoren")).ToContainTextAsync($"0-meting 25% → {quarters[0].Label} 40%");
            await screen.AssertFitsOnScreenAsync("#indicatoren");
            await ShootAsync(screenTab, "indicator-voortgang-scherm-actie", "the screen showing the action with its indicator");
            await ShootAsync(tablets[0], "indicator-voortgang-tablet", "a tablet in the voortgangsoverleg");
            await ShootAsync(chairTab, "indicator-voortgang-console", "the console of the voortgangsoverleg");

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

    /// <summary>Session 2 from the scan page; the focus norms confirmed, the screen and the tablets joined.</summary>
    private static async Task<string> StartSessionTwoAsync(IPage chair, IPage screen, List<Tab> tablets)
    {
        await chair.GotoAsync("/scans");
        await chair.GetByRole(AriaRole.Link, new() { Name = ScanName }).ClickAsync();
        var scanId = ScanIdPattern().Match(chair.Url).Groups[1].Value;
        await chair.GetByRole(AriaRole.Button, new() { Name = "Sessie 2 starten" }).ClickAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Deze focusnormen bevestigen" }).ClickAsync();
        await Expect(chair.GetByText("Niet alle partners hebben het convenant getekend.")).ToBeVisibleAsync();
        await screen.GotoAsync($"/scherm/{await chair.ScreenCodeAsync()}");
        await Expect(screen.GetByRole(AriaRole.Heading, new() { Name = "Verbeteragenda" })).ToBeVisibleAsync();
        foreach (var tab in tablets)
        {
            await tab.Page.GotoAsync("/deelnemer");
            await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Naar sessie 2" }).ClickAsync();
            await Expect(tab.Page.GetByRole(AriaRole.Heading, new() { Name = "Verbeteragenda", Level = 1 })).ToBeVisibleAsync();
        }

        return scanId;
    }

    /// <summary>One action on the first focus norm, straight from the console, with Bram as trekker, who confirms.</summary>
    private static async Task FormActionAsync(IPage chair, IPage bram)
    {
        await chair.GetByLabel("Focusnorm", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await chair.GetByLabel("Titel van de actie").FillAsync(ActionTitle);
        await chair.GetByLabel("Wat wordt er anders voor de jongeren?").FillAsync("Elke partner weet wat hij voor de jongeren doet.");
        await chair.GetByLabel("Trekker", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Bram Bakker" });
        await chair.GetByLabel("Betrokken organisaties").FillAsync("Praktijkschool De Brug, Sociale Dienst Drechtsteden");
        await chair.GetByLabel("Start", new() { Exact = true }).FillAsync("2027-03-01");
        await chair.GetByLabel("Deadline").FillAsync("2027-12-01");
        await chair.GetByLabel("Eerste checkmoment").FillAsync("2027-05-01");
        await chair.GetByLabel("Hoe merken we dat het gelukt is?").FillAsync("Alle partners hebben getekend.");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Actie toevoegen" }).ClickAsync();
        await bram.GetByRole(AriaRole.Button, new() { Name = "Ik neem deze actie op me" }).ClickAsync();
        await Expect(chair.GetByText("trekker bevestigd")).ToBeVisibleAsync();
    }

    /// <summary>Everyone says akkoord and the chair adopts the agenda, which ends session 2.</summary>
    private static async Task AdoptAsync(IPage chair, List<Tab> tablets)
    {
        foreach (var page in tablets.Select(t => t.Page).Append(chair))
        {
            await page.GetByRole(AriaRole.Radio, new() { Name = "Akkoord", Exact = true }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Mijn oordeel versturen" }).ClickAsync();
            await Expect(page.GetByText("Jouw oordeel: akkoord.")).ToBeVisibleAsync();
        }

        await chair.GetByRole(AriaRole.Button, new() { Name = "Verbeteragenda vaststellen" }).ClickAsync();
        await chair.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Vaststellen" }).ClickAsync();
        await Expect(tablets[0].Page.GetByRole(AriaRole.Heading, new() { Name = "De verbeteragenda is vastgesteld" })).ToBeVisibleAsync();
    }

    /// <summary>The monitor: the indicator with its last figure and status, and its trend as a chart and as a table.</summary>
    private static async Task AssertMonitorAsync(IPage page, IReadOnlyList<Quarter> quarters)
    {
        var line = page.GetByRole(AriaRole.Row).Filter(new() { HasText = ActionTitle });
        await Expect(line).ToContainTextAsync(IndicatorName);
        await Expect(line).ToContainTextAsync("50%");
        await Expect(line).ToContainTextAsync("achter");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = $"Verloop van {IndicatorName}" })).ToBeVisibleAsync();
        var measurements = page.GetByRole(AriaRole.Table, new() { Name = $"Metingen van {IndicatorName}" });
        foreach (var (quarter, value) in quarters.Zip(["40%", "45%", "50%"]))
        {
            await Expect(measurements.GetByRole(AriaRole.Row).Filter(new() { HasText = quarter.InWords })).ToContainTextAsync(value);
        }
    }

    /// <summary>The voortgangsoverleg: the screen's overview shows each action's indicators with their latest value and
    /// status, the tablets (on the action on the screen) also the trend in words.</summary>
    private static async Task HoldProgressMeetingAsync(IPage chair, IPage screen, List<Tab> tablets, string scanId, IReadOnlyList<Quarter> quarters)
    {
        await chair.GotoAsync($"/scans/{scanId}");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Voortgangsoverleg starten" }).ClickAsync();
        await screen.GotoAsync($"/scherm/{await chair.ScreenCodeAsync()}");
        var overview = screen.Locator("#overzicht");
        await Expect(overview.GetByText(ActionTitle).First).ToBeVisibleAsync();
        await Expect(overview.Locator(".site-indicator-line")).ToContainTextAsync($"{IndicatorName}: 50% ({quarters[2].InWords}) achter");
        foreach (var tab in tablets)
        {
            await tab.Page.GotoAsync("/deelnemer");
            await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Naar het voortgangsoverleg" }).ClickAsync();
            await Expect(tab.Page.GetByRole(AriaRole.Heading, new() { Name = "Indicatoren" })).ToBeVisibleAsync();
            await Expect(tab.Page.GetByText($"0-meting 25% → {quarters[0].Label} 40% → {quarters[1].Label} 45% → {quarters[2].Label} 50%")).ToBeVisibleAsync();
        }

        await screen.AssertFitsOnScreenAsync("#overzicht");
    }

    private Task ShootAsync(Tab tab, string name, string what) => tab.ShootAsync(name, what, output);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A calendar quarter as the app names it: "2026-K3", "3e kwartaal 2026".</summary>
    private sealed record Quarter(int Year, int Number)
    {
        public DateOnly Start => new(Year, ((Number - 1) * 3) + 1, 1);
        public string Label => $"{Year}-K{Number}";
        public string InWords => $"{Number}e kwartaal {Year}";
    }

    /// <summary>The last <paramref name="count"/> quarters that have ended by today in the Netherlands, oldest first.</summary>
    private static List<Quarter> EndedQuarters(int count)
    {
        var today = TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/Amsterdam");
        var index = (today.Year * 4) + ((today.Month - 1) / 3);
        return [.. Enumerable.Range(1, count).Reverse().Select(back => new Quarter((index - back) / 4, ((index - back) % 4) + 1))];
    }

    [GeneratedRegex("/scans/([0-9a-f-]{36})")]
    private static partial Regex ScanIdPattern();
}
