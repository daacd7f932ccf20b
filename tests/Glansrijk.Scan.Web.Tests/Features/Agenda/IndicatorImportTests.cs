using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Glansrijk.Scan.Web.Features.Agenda;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Glansrijk.Scan.Web.Tests.Features.Agenda.IndicatorEntryTests;

namespace Glansrijk.Scan.Web.Tests.Features.Agenda;

public sealed partial class IndicatorImportTests
{
    private const string Header = "indicator;naam;periode;waarde;toelichting";

    [Fact]
    public async Task The_initiator_previews_a_file_imports_it_and_the_same_file_twice_adds_nothing()
    {
        await using var app = new ScanAppFactory();
        var (room, _, indicator) = await ClosedWithIndicatorAsync(app);
        var previous = ReportingPeriodBefore(room, 1);
        var file = $"{Header}\r\n{indicator.Id};Uitstroom naar werk;{previous};44;\"Telling; na controle\"\r\n{indicator.Id};Uitstroom naar werk;{LastQuarter(room)};47;\r\n";

        var preview = await PreviewAsync(room, file);
        var checkedFile = CheckedFile().Match(preview).Groups[1].Value;
        var imported = await ImportAsync(room, checkedFile);
        var monitor = await (await room.Scenario.Initiator.GetAsync($"/scans/{room.ScanId}/monitor")).TextAsync();
        var again = await ImportAsync(room, Convert.ToBase64String(Encoding.UTF8.GetBytes(file)));

        Assert.Contains("2 regels, waarvan 2 nieuw of gecorrigeerd", preview, StringComparison.Ordinal);
        Assert.Contains("nieuwe meting", preview, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.Contains("2 metingen zijn ingelezen.", monitor, StringComparison.Ordinal);
        Assert.Contains("<title>Verloop van Uitstroom naar werk</title>", monitor, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var stored = (await room.ActionAsync(AgendaRoom.FirstTitle)).Indicator(indicator.Id)!;
        Assert.Equal([44m, 47m], stored.Measurements.Select(m => m.Value));
        Assert.Equal("Telling; na controle", stored.Measurements[0].Note);
        Assert.All(stored.Measurements, m => Assert.True(m.Imported));
    }

    [Fact]
    public async Task Every_wrong_row_is_listed_with_its_line_and_nothing_is_imported()
    {
        await using var app = new ScanAppFactory();
        var (room, _, indicator) = await ClosedWithIndicatorAsync(app);
        var period = LastQuarter(room);
        var file = string.Join("\r\n", [
            Header,
            $"{indicator.Id};Uitstroom naar werk;{period};45;",
            $"{indicator.Id};Uitstroom naar werk;2026-03;45;",
            $"{indicator.Id};Uitstroom naar werk;{ReportingPeriodBefore(room, 1)};veel;",
            $"{Guid.NewGuid()};Uitstroom naar werk;{period};45;",
            $"{indicator.Id};Uitstroom naar werk;{period};46;",
            $"{indicator.Id};Uitstroom naar werk;{ReportingPeriodBefore(room, 2)};45;=HYPERLINK(\"http://kwaad.example\")",
            $"{indicator.Id};Uitstroom naar werk;{ReportingPeriodBefore(room, 2)}",
        ]);
        var version = (await room.LoadAsync()).Version;

        var preview = await PreviewAsync(room, file);

        Assert.Contains("Er is niets ingelezen: 6 problemen", preview, StringComparison.Ordinal);
        Assert.Contains("Regel 3: Deze indicator wordt per kwartaal gemeten", preview, StringComparison.Ordinal);
        Assert.Contains("Regel 4: 'veel' is geen getal.", preview, StringComparison.Ordinal);
        Assert.Contains("Regel 5: deze indicator hoort niet bij de verbeteragenda van deze scan.", preview, StringComparison.Ordinal);
        Assert.Contains("Regel 6: Uitstroom naar werk over", preview, StringComparison.Ordinal);
        Assert.Contains("staat ook al op regel 2.", preview, StringComparison.Ordinal);
        Assert.Contains("Regel 7: een cel begint met '='", preview, StringComparison.Ordinal);
        Assert.Contains("Regel 8: deze regel heeft 3 kolommen in plaats van 5.", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("Metingen inlezen</button>", preview, StringComparison.Ordinal);
        var forced = await ImportAsync(room, Convert.ToBase64String(Encoding.UTF8.GetBytes(file)));
        Assert.Contains("Er is niets ingelezen", await forced.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(version, (await room.LoadAsync()).Version);
    }

    [Theory]
    [InlineData("indicator,naam,periode,waarde,toelichting", "Gebruik een puntkomma (;) als scheidingsteken")]
    [InlineData("code;naam;periode;waarde", "De kolommen kloppen niet.")]
    [InlineData("", "Kies een CSV-bestand met metingen.")]
    public async Task A_file_with_the_wrong_separator_or_columns_is_refused(string header, string message)
    {
        await using var app = new ScanAppFactory();
        var (room, _, indicator) = await ClosedWithIndicatorAsync(app);

        var preview = await PreviewAsync(room, header.Length == 0 ? "" : $"{header}\r\n{indicator.Id},Uitstroom naar werk,{LastQuarter(room)},45,\r\n");

        Assert.Contains(message, preview, StringComparison.Ordinal);
        Assert.Empty((await room.ActionAsync(AgendaRoom.FirstTitle)).Indicator(indicator.Id)!.Measurements);
    }

    [Fact]
    public async Task A_file_that_is_not_UTF8_is_refused()
    {
        await using var app = new ScanAppFactory();
        var (room, _, indicator) = await ClosedWithIndicatorAsync(app);
        var latin1 = Encoding.Latin1.GetBytes($"{Header}\r\n{indicator.Id};Uitstroom naar werk;{LastQuarter(room)};45;Geëvalueerd\r\n");

        var preview = await PreviewAsync(room, latin1);

        Assert.Contains("Het bestand is niet in UTF-8 opgeslagen.", preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_participant_or_another_initiator_cannot_import()
    {
        await using var app = new ScanAppFactory();
        var (room, _, indicator) = await ClosedWithIndicatorAsync(app);
        var file = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Header}\r\n{indicator.Id};Uitstroom naar werk;{LastQuarter(room)};45;\r\n"));
        var elsewhere = await ScanScenario.SignedInInitiatorAsync(app, "piet@elders.nl");
        using var trekker = await room.Scenario.ParticipantAsync(AgendaRoom.Trekker);

        var stranger = await elsewhere.Initiator.PostAsync(
            $"/scans/{room.ScanId}/metingen-inlezen?handler=Import",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await elsewhere.Initiator.AntiforgeryTokenAsync("/scans"), ["content"] = file }));
        var participant = await trekker.GetAsync($"/scans/{room.ScanId}/metingen-inlezen");

        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, participant.StatusCode);
        Assert.Empty((await room.ActionAsync(AgendaRoom.FirstTitle)).Indicator(indicator.Id)!.Measurements);
    }

    [Fact]
    public async Task A_due_measurement_gets_one_reminder_however_often_the_job_runs()
    {
        await using var app = new ScanAppFactory();
        var (room, _, indicator) = await ClosedWithIndicatorAsync(app);

        var first = await RemindAsync(app);
        var again = await RemindAsync(app);

        Assert.Equal(2, first); // the overdue second action, and the figure over the last quarter
        Assert.Equal(0, again);
        var key = SentActionReminder.KeyFor(indicator.Id, Core.Agenda.ReportingPeriod.Parse(Core.Agenda.MeasurementFrequency.Quarter, LastQuarter(room)));
        var mail = await app.WithDatabaseAsync(db => db.OutboxMessages.Where(m => m.IdempotencyKey == key).ToListAsync());
        var single = Assert.Single(mail);
        Assert.StartsWith("Meting gevraagd: Uitstroom naar werk over", single.Subject, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDatabaseAsync(db => db.SentActionReminders.CountAsync(r => r.Key == key && r.Kind == ActionReminderKind.Measurement)));
    }

    private static string ReportingPeriodBefore(AgendaRoom room, int quarters)
    {
        var period = Core.Agenda.ReportingPeriod.Parse(Core.Agenda.MeasurementFrequency.Quarter, LastQuarter(room));
        for (var i = 0; i < quarters; i++)
        {
            period = period.Previous();
        }

        return period.Label;
    }

    private static Task<string> PreviewAsync(AgendaRoom room, string file) => PreviewAsync(room, Encoding.UTF8.GetBytes(file));

    private static async Task<string> PreviewAsync(AgendaRoom room, byte[] file)
    {
        var path = $"/scans/{room.ScanId}/metingen-inlezen";
        using var content = new MultipartFormDataContent
        {
            { new StringContent(await room.Scenario.Initiator.AntiforgeryTokenAsync(path)), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "file", "metingen.csv" },
        };
        return await (await room.Scenario.Initiator.PostAsync($"{path}?handler=Preview", content)).TextAsync();
    }

    private static async Task<HttpResponseMessage> ImportAsync(AgendaRoom room, string checkedFile)
    {
        var path = $"/scans/{room.ScanId}/metingen-inlezen";
        return await room.Scenario.Initiator.PostAsync($"{path}?handler=Import", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await room.Scenario.Initiator.AntiforgeryTokenAsync(path),
            ["content"] = checkedFile,
        }));
    }

    private static async Task<int> RemindAsync(ScanAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ActionReminderMail>().SendDueAsync(CancellationToken.None);
    }

    [GeneratedRegex("name=\"content\" value=\"([^\"]+)\"")]
    private static partial Regex CheckedFile();
}
