using System.Collections.Concurrent;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Glansrijk.Scan.Web.Features.Agenda.Exports;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Glansrijk.Scan.Web.Tests.Features.Agenda.Exports;

public sealed class AgendaPrintPageTests
{
    [Fact]
    public async Task Without_an_agenda_the_page_answers_404_and_says_there_is_none_yet()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();

        var page = await scenario.Initiator.GetAsync($"/scans/{scanId}/verbeteragenda");
        var word = await scenario.Initiator.GetAsync($"/scans/{scanId}/verbeteragenda?handler=Word");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("Er is nog geen verbeteragenda", await page.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, word.StatusCode);
        Assert.NotEqual(AgendaDocument.ContentType, word.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_initiator_reads_the_whole_agenda_with_every_action_and_trekker()
    {
        var reports = new ReportsMadeInTest();
        await using var app = new ScanAppFactory { TestServices = reports.Register };
        var (scenario, scanId, report) = await ScanWithAgendaAsync(app, reports);

        var response = await scenario.Initiator.GetAsync($"/scans/{scanId}/verbeteragenda");
        var page = await response.TextAsync();
        // To look at the page: GLANSRIJK_RENDER_FOLDER=/tmp/x dotnet test …, then serve it beside a copy of wwwroot/.
        if (Environment.GetEnvironmentVariable("GLANSRIJK_RENDER_FOLDER") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            await File.WriteAllTextAsync(Path.Combine(keep, "verbeteragenda.html"), await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Verbeteragenda Drechtsteden 2027</h1>", page, StringComparison.Ordinal);
        Assert.All(report.Actions, a => Assert.Contains(a.Title, page, StringComparison.Ordinal));
        Assert.All(report.Actions, a => Assert.Contains(a.Owner, page, StringComparison.Ordinal));
        Assert.Contains("woensdag 10 februari 2027", page, StringComparison.Ordinal);
        Assert.Contains("Deadline 15 december 2027", page, StringComparison.Ordinal);
        Assert.Contains("College van B&W", page, StringComparison.Ordinal);
        Assert.Contains("Scholen en werkbedrijf dragen een jongere niet altijd persoonlijk over.", page, StringComparison.Ordinal);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.Contains("chart--overview", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/scans/{scanId}/verbeteragenda?handler=Word\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/scans/{scanId}/verbeteragenda?handler=Csv\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/scans/{scanId}/verbeteragenda?handler=Calendar\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_downloads_carry_the_region_and_year_in_their_file_names()
    {
        var reports = new ReportsMadeInTest();
        await using var app = new ScanAppFactory { TestServices = reports.Register };
        var (scenario, scanId, report) = await ScanWithAgendaAsync(app, reports);

        var word = await scenario.Initiator.GetAsync($"/scans/{scanId}/verbeteragenda?handler=Word");
        var csv = await scenario.Initiator.GetAsync($"/scans/{scanId}/verbeteragenda?handler=Csv");
        var calendar = await scenario.Initiator.GetAsync($"/scans/{scanId}/verbeteragenda?handler=Calendar");

        Assert.Equal(AgendaDocument.ContentType, word.Content.Headers.ContentType?.MediaType);
        Assert.Equal("verbeteragenda-drechtsteden-2027.docx", word.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("attachment", word.Content.Headers.ContentDisposition?.DispositionType);
        using (var document = WordprocessingDocument.Open(new MemoryStream(await word.Content.ReadAsByteArrayAsync()), isEditable: false))
        {
            Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document));
            Assert.All(report.Actions, a => Assert.Contains(a.Owner, document.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal));
        }

        Assert.Equal("verbeteragenda-drechtsteden-2027-acties.csv", csv.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("\uFEFFNr;Focusnorm;Actie;", Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);

        Assert.Equal("verbeteragenda-drechtsteden-2027.ics", calendar.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("text/calendar", calendar.Content.Headers.ContentType?.MediaType);
        var events = Ical.Net.Calendar.Load(await calendar.Content.ReadAsStringAsync())!.Events;
        Assert.Equal(report.Actions.Count * 2, events.Count);
        Assert.Equal("no-store", word.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_participant_of_the_scan_reads_it_through_their_personal_link_and_one_of_another_scan_cannot()
    {
        var reports = new ReportsMadeInTest();
        await using var app = new ScanAppFactory { TestServices = reports.Register };
        var (scenario, scanId, _) = await ScanWithAgendaAsync(app, reports);
        await scenario.SendInvitationsAsync(scanId);
        var other = await ScanScenario.SignedInInitiatorAsync(app, "olga@elders.nl");
        var otherScanId = await other.CreateScanAsync(ScanScenario.ScanForm(region: "Twente"));
        await other.AddSeatsAsync(otherScanId, 1, first: 50);
        await other.SendInvitationsAsync(otherScanId);

        using var participant = await scenario.ParticipantAsync("deelnemer3@regio.nl");
        using var outsider = await other.ParticipantAsync("deelnemer50@regio.nl");
        var own = await participant.GetAsync($"/scans/{scanId}/verbeteragenda");
        var ownCsv = await participant.GetAsync($"/scans/{scanId}/verbeteragenda?handler=Csv");
        var foreign = await outsider.GetAsync($"/scans/{scanId}/verbeteragenda");
        var foreignWord = await outsider.GetAsync($"/scans/{scanId}/verbeteragenda?handler=Word");
        var otherInitiator = await other.Initiator.GetAsync($"/scans/{scanId}/verbeteragenda");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("Verbeteragenda Drechtsteden 2027", await own.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ownCsv.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.DoesNotContain("Verbeteragenda Drechtsteden", await foreign.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreignWord.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherInitiator.StatusCode);
    }

    [Fact]
    public async Task A_visitor_without_account_or_link_is_sent_to_sign_in()
    {
        await using var app = new ScanAppFactory();

        var response = await app.CreateBrowser().GetAsync($"/scans/{Guid.NewGuid()}/verbeteragenda?handler=Word");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/inloggen", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_typed_into_an_action_is_shown_as_text()
    {
        var reports = new ReportsMadeInTest();
        await using var app = new ScanAppFactory { TestServices = reports.Register };
        var (scenario, scanId, _) = await ScanWithAgendaAsync(app, reports, firstActionTitle: "<script>alert('x')</script> <b>vet</b>");

        var raw = await (await scenario.Initiator.GetAsync($"/scans/{scanId}/verbeteragenda")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>alert", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>vet</b>", raw, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &lt;b&gt;vet&lt;/b&gt;", raw, StringComparison.Ordinal);
    }

    /// <summary>A scan made through the initiator's forms, with eleven participants, and a closed agenda played through
    /// with the Core rules on that stored scan.</summary>
    private static async Task<(ScanScenario Scenario, Guid ScanId, AgendaReport Report)> ScanWithAgendaAsync(
        ScanAppFactory app, ReportsMadeInTest reports, string? firstActionTitle = null)
    {
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();
        await scenario.AddSeatsAsync(scanId, 11);
        var report = SampleAgenda.Closed(await scenario.LoadScanAsync(scanId), firstActionTitle).Report();
        reports.Add(report);
        return (scenario, scanId, report);
    }

    /// <summary>Stands in for the agenda's persistence, which is not in this branch: it hands out reports the test
    /// built from a stored scan and a real agenda.</summary>
    private sealed class ReportsMadeInTest : IAgendaReportSource
    {
        private readonly ConcurrentDictionary<Guid, AgendaReport> _reports = new();

        public void Add(AgendaReport report) => _reports[report.ScanId] = report;

        public void Register(IServiceCollection services) => services.AddSingleton<IAgendaReportSource>(this);

        public Task<AgendaReport?> FindAsync(Core.Scans.Scan scan, CancellationToken cancellationToken) =>
            Task.FromResult(_reports.GetValueOrDefault(scan.Id));
    }
}
