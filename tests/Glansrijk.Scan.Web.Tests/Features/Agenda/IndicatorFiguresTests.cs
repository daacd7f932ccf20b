using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Web.Tests.Features.Scans;
using Glansrijk.Scan.Web.Tests.Infrastructure;

namespace Glansrijk.Scan.Web.Tests.Features.Agenda;

/// <summary>Where an indicator's figures show besides the action page and the monitor: the follow-up overview, the
/// verbeteragenda page with its Word and CSV exports, next year's comparison; and who does not see them (a Beheerder
/// who is not the scan's initiator).</summary>
public sealed class IndicatorFiguresTests
{
    [Fact]
    public async Task The_overview_the_verbeteragenda_and_its_exports_show_each_indicators_latest_value_status_and_trend()
    {
        await using var app = new ScanAppFactory();
        var (room, action, indicator, period) = await MeasuredAsync(app);
        var standing = IndicatorStanding.Of((await room.ActionAsync(AgendaRoom.FirstTitle)).Indicator(indicator.Id)!);
        var initiator = room.Scenario.Initiator;

        var overview = await (await initiator.GetAsync($"/scans/{room.ScanId}/acties")).TextAsync();
        var agenda = await (await initiator.GetAsync($"/scans/{room.ScanId}/verbeteragenda")).TextAsync();
        var csv = Encoding.UTF8.GetString(await (await initiator.GetAsync($"/scans/{room.ScanId}/verbeteragenda?handler=Csv")).Content.ReadAsByteArrayAsync());
        var word = await WordTextAsync(initiator, room.ScanId);

        Assert.Equal("Uitstroom naar werk: 30 (" + ReportingPeriod.Parse(MeasurementFrequency.Quarter, period).InWords + "), achter", standing.InOneLine);
        foreach (var page in new[] { overview, agenda })
        {
            Assert.Contains("<span class=\"site-indicator-line__name\">Uitstroom naar werk:</span>", page, StringComparison.Ordinal);
            Assert.Contains(standing.LatestInWords, page, StringComparison.Ordinal);
            Assert.Contains("<span class=\"site-progress site-progress--late\">achter</span>", page, StringComparison.Ordinal);
            Assert.Contains(standing.Trend, page, StringComparison.Ordinal);
            Assert.Contains("class=\"chart chart--trend-klein\"", page, StringComparison.Ordinal);
        }

        Assert.Contains(">Indicatoren</th>", overview, StringComparison.Ordinal);
        var lines = csv.Split("\r\n");
        Assert.Contains(";Indicatoren;", lines[0], StringComparison.Ordinal);
        Assert.Contains($"{standing.InOneLine}; streefwaarde 60 op {standing.TargetDate:yyyy-MM-dd}", lines.Single(l => l.Contains(action.Title, StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain("Uitstroom naar werk", lines.Single(l => l.Contains(AgendaRoom.SecondTitle, StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains($"{standing.InOneLine}. {standing.Trend}", word, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Next_years_comparison_sets_last_years_targets_against_what_was_reached()
    {
        var clock = new MovableClock();
        await using var app = new ScanAppFactory { Time = clock };
        var (room, _, _, _) = await MeasuredAsync(app);
        // Next year's scan starts from a finished one: past the planned session 2 (24 February 2027), signed in anew.
        var toFinished = TimeSpan.FromDays(Math.Max(1, new DateOnly(2027, 3, 1).DayNumber - room.Today.DayNumber));
        clock.Advance(toFinished);
        Assert.Equal(HttpStatusCode.Redirect, (await room.Scenario.Initiator.SignInAsync("ilse@debrug.nl", ScanScenario.Password)).StatusCode);
        var started = await room.Scenario.Initiator.PostFormAsync("/scans/nieuw", ScanYears.NextYearForm(room.ScanId, year: 2028), $"/scans/nieuw?vanuit={room.ScanId}");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var nextYear = started.Headers.Location!.ToString()["/scans/".Length..];
        clock.Advance(-toFinished); // back to today, so a Beheerder's authenticator code matches the app's clock

        var page = await (await room.Scenario.Initiator.GetAsync($"/scans/{nextYear}/vergelijking")).TextAsync();
        using var administrator = await app.CreateAdministratorBrowserAsync();
        var byBeheerder = await administrator.GetAsync($"/scans/{nextYear}/vergelijking");

        Assert.Contains("Indicatoren van de verbeteragenda 2027", page, StringComparison.Ordinal);
        Assert.Matches(
            "Uitstroom naar werk<span[^>]*>" + AgendaRoom.FirstTitle + " · [^<]+</span></th>\\s*<td[^>]*>40</td>\\s*<td[^>]*>60 op [0-9-]+</td>\\s*<td[^>]*>30 \\([^)]+\\)</td>\\s*<td[^>]*>niet gehaald</td>",
            page);
        Assert.Equal(HttpStatusCode.OK, byBeheerder.StatusCode);
        Assert.DoesNotContain("Uitstroom naar werk", await byBeheerder.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Beheerder_who_is_not_the_initiator_sees_no_figures_of_a_scan()
    {
        await using var app = new ScanAppFactory();
        var (room, action, _, _) = await MeasuredAsync(app);
        using var administrator = await app.CreateAdministratorBrowserAsync();
        var scan = $"/scans/{room.ScanId}";

        foreach (var figures in new[] { $"{scan}/monitor", $"{scan}/metingen-inlezen", $"{scan}/metingen-inlezen?handler=Template" })
        {
            Assert.Equal(HttpStatusCode.OK, (await room.Scenario.Initiator.GetAsync(figures)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await administrator.GetAsync(figures)).StatusCode);
        }

        var overview = await administrator.GetAsync($"{scan}/acties");
        var actionPage = await administrator.GetAsync($"{scan}/acties/{action.Id}");
        var agenda = await administrator.GetAsync($"{scan}/verbeteragenda");
        var csv = await administrator.GetAsync($"{scan}/verbeteragenda?handler=Csv");
        var word = await WordTextAsync(administrator, room.ScanId);

        // The Beheerder still sees how the actions run, to help; not the figures.
        Assert.All(new[] { overview, actionPage, agenda, csv }, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Contains(AgendaRoom.FirstTitle, await overview.TextAsync(), StringComparison.Ordinal);
        Assert.Contains("De cijfers van de indicatoren zijn voor de initiatiefnemer, de trekkers en de deelnemers van deze scan.", await actionPage.TextAsync(), StringComparison.Ordinal);
        foreach (var text in new[] { await overview.TextAsync(), await actionPage.TextAsync(), await agenda.TextAsync(), await csv.TextAsync(), word })
        {
            Assert.DoesNotContain("Uitstroom naar werk", text, StringComparison.Ordinal);
            Assert.DoesNotContain("0-meting 40", text, StringComparison.Ordinal);
        }
    }

    /// <summary>The agenda of <see cref="AgendaRoom"/> with an indicator on its first action and, for last quarter, a
    /// figure of 30 where the course from 40 to 60 says more: "achter".</summary>
    private static async Task<(AgendaRoom Room, AgendaAction Action, Indicator Indicator, string Period)> MeasuredAsync(ScanAppFactory app)
    {
        var (room, action, indicator) = await IndicatorEntryTests.ClosedWithIndicatorAsync(app);
        var period = IndicatorEntryTests.LastQuarter(room);
        var recorded = await room.ApplyAsync((a, now) => a.RecordMeasurement(room.SeatOf(AgendaRoom.Trekker), action.Id, indicator.Id, period, 30, null, Guid.NewGuid(), now));
        Assert.True(recorded.Ok, recorded.Message);
        return (room, action, indicator, period);
    }

    private static async Task<string> WordTextAsync(HttpClient client, Guid scanId)
    {
        var response = await client.GetAsync($"/scans/{scanId}/verbeteragenda?handler=Word");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), isEditable: false);
        return document.MainDocumentPart!.Document!.InnerText;
    }
}
