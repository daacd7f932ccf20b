using System.Net;
using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Web.Tests.Infrastructure;

namespace Glansrijk.Scan.Web.Tests.Features.Agenda;

public sealed class IndicatorEntryTests
{
    [Fact]
    public async Task The_trekker_enters_a_figure_for_a_period_and_sees_it_in_the_trend_with_its_status()
    {
        await using var app = new ScanAppFactory();
        var (room, action, indicator) = await ClosedWithIndicatorAsync(app);
        using var trekker = await room.Scenario.ParticipantAsync(AgendaRoom.Trekker);
        var path = $"/deelnemer/acties/{action.Id}";
        var period = LastQuarter(room);

        var response = await PostMeasurementAsync(trekker, path, indicator.Id, period, "45");
        var page = await (await trekker.GetAsync(path)).TextAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("De meting is opgeslagen.", page, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", page, StringComparison.Ordinal);
        Assert.Contains("<title>Verloop van Uitstroom naar werk</title>", page, StringComparison.Ordinal);
        Assert.Contains("Metingen van Uitstroom naar werk", page, StringComparison.Ordinal);
        var stored = (await room.ActionAsync(AgendaRoom.FirstTitle)).Indicator(indicator.Id)!;
        var measurement = Assert.Single(stored.Measurements);
        Assert.Equal((period, 45m, room.SeatOf(AgendaRoom.Trekker)), (measurement.Period, measurement.Value, measurement.BySeatId));
        Assert.NotEqual(IndicatorStatus.NoMeasurement, stored.Status);
    }

    [Fact]
    public async Task A_correction_keeps_the_first_figure_and_the_same_form_twice_counts_once()
    {
        await using var app = new ScanAppFactory();
        var (room, action, indicator) = await ClosedWithIndicatorAsync(app);
        using var trekker = await room.Scenario.ParticipantAsync(AgendaRoom.Trekker);
        var path = $"/deelnemer/acties/{action.Id}";
        var period = LastQuarter(room);
        var commandId = Guid.NewGuid();

        await PostMeasurementAsync(trekker, path, indicator.Id, period, "45", commandId: commandId);
        await PostMeasurementAsync(trekker, path, indicator.Id, period, "45", commandId: commandId);
        await PostMeasurementAsync(room.Scenario.Initiator, $"/scans/{room.ScanId}/acties/{action.Id}", indicator.Id, period, "47", "Telling aangevuld");
        var page = await (await trekker.GetAsync(path)).TextAsync();

        var stored = (await room.ActionAsync(AgendaRoom.FirstTitle)).Indicator(indicator.Id)!;
        Assert.Equal([45m, 47m], stored.Measurements.Select(m => m.Value));
        Assert.Equal([room.SeatOf(AgendaRoom.Trekker), room.Chair], stored.Measurements.Select(m => m.BySeatId));
        Assert.Contains("47 (gecorrigeerd, 1×)", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("veel", null, "'veel' is geen getal.")]
    [InlineData("-4", null, "Een aantal is een heel getal van 0 of meer.")]
    [InlineData("12,5", null, "Een aantal is een heel getal van 0 of meer.")]
    [InlineData("12", "2026-03", "wordt per kwartaal gemeten")]
    [InlineData("12", "2031-K1", "is nog niet begonnen")]
    public async Task A_wrong_figure_or_period_is_refused_in_Dutch_and_nothing_is_kept(string value, string? period, string message)
    {
        await using var app = new ScanAppFactory();
        var (room, action, indicator) = await ClosedWithIndicatorAsync(app);
        using var trekker = await room.Scenario.ParticipantAsync(AgendaRoom.Trekker);
        var version = (await room.LoadAsync()).Version;

        var response = await PostMeasurementAsync(trekker, $"/deelnemer/acties/{action.Id}", indicator.Id, period ?? LastQuarter(room), value);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.TextAsync(), StringComparison.Ordinal);
        var stored = await room.LoadAsync();
        Assert.Equal(version, stored.Version);
        Assert.Empty(stored.Action(action.Id)!.Indicator(indicator.Id)!.Measurements);
    }

    [Fact]
    public async Task A_trekker_cannot_enter_a_figure_for_an_indicator_of_someone_elses_action()
    {
        await using var app = new ScanAppFactory();
        var (room, action, indicator) = await ClosedWithIndicatorAsync(app);
        var other = await room.ActionAsync(AgendaRoom.SecondTitle);
        using var otherTrekker = await room.Scenario.ParticipantAsync(AgendaRoom.OtherTrekker);
        using var bystander = await room.Scenario.ParticipantAsync(AgendaRoom.Bystander);

        var onOwnPage = await PostMeasurementAsync(otherTrekker, $"/deelnemer/acties/{other.Id}", indicator.Id, LastQuarter(room), "45");
        var onTheirPage = await PostMeasurementAsync(
            otherTrekker, $"/deelnemer/acties/{action.Id}", indicator.Id, LastQuarter(room), "45", token: await otherTrekker.AntiforgeryTokenAsync($"/deelnemer/acties/{other.Id}"));
        var view = await (await bystander.GetAsync($"/deelnemer/acties/{action.Id}")).TextAsync();

        Assert.Contains("Deze indicator hoort niet bij deze actie.", await onOwnPage.TextAsync(), StringComparison.Ordinal);
        Assert.Contains("Alleen de trekker van deze actie of de initiatiefnemer vult metingen in.", await onTheirPage.TextAsync(), StringComparison.Ordinal);
        Assert.Contains("Metingen van Uitstroom naar werk", view, StringComparison.Ordinal);
        Assert.DoesNotContain("Meting opslaan", view, StringComparison.Ordinal);
        Assert.Empty((await room.ActionAsync(AgendaRoom.FirstTitle)).Indicator(indicator.Id)!.Measurements);
    }

    [Fact]
    public async Task Someone_of_another_scan_sees_no_figures_and_cannot_enter_any()
    {
        await using var app = new ScanAppFactory();
        var (room, action, indicator) = await ClosedWithIndicatorAsync(app);
        var elsewhere = await ScanScenario.SignedInInitiatorAsync(app, "piet@elders.nl");

        var page = await elsewhere.Initiator.GetAsync($"/scans/{room.ScanId}/acties/{action.Id}");
        var monitor = await elsewhere.Initiator.GetAsync($"/scans/{room.ScanId}/monitor");
        var post = await PostMeasurementAsync(elsewhere.Initiator, $"/scans/{room.ScanId}/acties/{action.Id}", indicator.Id, LastQuarter(room), "45", token: await elsewhere.Initiator.AntiforgeryTokenAsync("/scans"));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, monitor.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Empty((await room.ActionAsync(AgendaRoom.FirstTitle)).Indicator(indicator.Id)!.Measurements);
    }

    [Fact]
    public async Task The_initiator_adds_an_indicator_from_a_template_and_a_wrong_target_is_refused_at_its_field()
    {
        await using var app = new ScanAppFactory();
        var room = await (await AgendaRoom.StartAsync(app)).MakeAndCloseAsync();
        var action = await room.ActionAsync(AgendaRoom.FirstTitle);
        var path = $"/scans/{room.ScanId}/acties/{action.Id}";
        var prefilled = await (await room.Scenario.Initiator.GetAsync($"{path}?sjabloon=uitstroom-opleiding")).TextAsync();
        var form = IndicatorFields(room, await room.Scenario.Initiator.AntiforgeryTokenAsync(path));

        form["NewIndicator.Target"] = "veertig";
        var refused = await room.Scenario.Initiator.PostAsync($"{path}?handler=Indicator", new FormUrlEncodedContent(form));
        form["NewIndicator.Target"] = "40";
        var added = await room.Scenario.Initiator.PostAsync($"{path}?handler=Indicator", new FormUrlEncodedContent(form));

        Assert.Contains("value=\"Uitstroom naar opleiding\"", prefilled, StringComparison.Ordinal);
        Assert.Contains("Monitoringsbestand van de casemanager", prefilled, StringComparison.Ordinal);
        Assert.Contains("Streefwaarde: 'veertig' is geen getal.", await refused.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var indicator = Assert.Single((await room.ActionAsync(AgendaRoom.FirstTitle)).Indicators);
        Assert.Equal(("Uitstroom naar opleiding", 40m, "uitstroom-opleiding"), (indicator.Name, indicator.Target, indicator.TemplateId));
    }

    internal static async Task<(AgendaRoom Room, AgendaAction Action, Indicator Indicator)> ClosedWithIndicatorAsync(ScanAppFactory app)
    {
        var room = await (await AgendaRoom.StartAsync(app)).MakeAndCloseAsync();
        var action = await room.ActionAsync(AgendaRoom.FirstTitle);
        await room.ApplyAsync((a, now) => a.AddIndicator(room.Chair, action.Id, Outflow(room.Today), Guid.NewGuid(), now));
        action = await room.ActionAsync(AgendaRoom.FirstTitle);
        return (room, action, action.Indicators.Single());
    }

    /// <summary>Counted per quarter from a 0-meting of 40 half a year ago to 60 a year from now.</summary>
    internal static IndicatorDetails Outflow(DateOnly today) => new(
        "Uitstroom naar werk", "Jongeren die aan het werk gaan", IndicatorUnit.Count, "Monitoringsbestand", "Werkbedrijf",
        MeasurementFrequency.Quarter, IndicatorLevel.Operational, 40, today.AddDays(-200), 60, today.AddDays(365));

    internal static string LastQuarter(AgendaRoom room) => ReportingPeriod.Containing(MeasurementFrequency.Quarter, room.Today).Previous().Label;

    private static async Task<HttpResponseMessage> PostMeasurementAsync(
        HttpClient client, string path, Guid indicatorId, string period, string value, string? note = null, Guid? commandId = null, string? token = null)
    {
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token ?? await client.AntiforgeryTokenAsync(path),
            ["NewMeasurement.IndicatorId"] = indicatorId.ToString(),
            ["NewMeasurement.Period"] = period,
            ["NewMeasurement.Value"] = value,
            ["NewMeasurement.Note"] = note ?? "",
            ["NewMeasurement.CommandId"] = (commandId ?? Guid.NewGuid()).ToString(),
        };
        return await client.PostAsync($"{path}?handler=Measurement", new FormUrlEncodedContent(form));
    }

    private static Dictionary<string, string> IndicatorFields(AgendaRoom room, string token) => new()
    {
        ["__RequestVerificationToken"] = token,
        ["NewIndicator.CommandId"] = Guid.NewGuid().ToString(),
        ["NewIndicator.TemplateId"] = "uitstroom-opleiding",
        ["NewIndicator.Name"] = "Uitstroom naar opleiding",
        ["NewIndicator.WhatIsCounted"] = "Jongeren die aan een opleiding beginnen",
        ["NewIndicator.Unit"] = "aantal",
        ["NewIndicator.Frequency"] = "kwartaal",
        ["NewIndicator.Source"] = "Monitoringsbestand van de casemanager",
        ["NewIndicator.ResponsibleOrganisation"] = "Casemanager Jongeren in Beeld",
        ["NewIndicator.Level"] = "operationeel",
        ["NewIndicator.Baseline"] = "25",
        ["NewIndicator.BaselineDate"] = room.Today.AddDays(-30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["NewIndicator.TargetDate"] = room.Today.AddDays(365).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };
}
