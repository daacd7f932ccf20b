using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Sessions;
using static Glansrijk.Scan.Core.Tests.Agenda.AgendaBuilder;

namespace Glansrijk.Scan.Core.Tests.Agenda;

public sealed class IndicatorTests
{
    /// <summary>Outflow to work, counted per quarter: 0-meting 40 on 1 January 2026, target 60 on 31 December 2026.</summary>
    private static IndicatorDetails Outflow(
        IndicatorUnit unit = IndicatorUnit.Count,
        decimal baseline = 40,
        decimal target = 60,
        MeasurementFrequency frequency = MeasurementFrequency.Quarter) =>
        new(
            "Uitstroom naar werk",
            "Jongeren die na contact met de casemanager aan het werk gaan",
            unit,
            "Monitoringsbestand casemanager",
            "Werkbedrijf",
            frequency,
            IndicatorLevel.Operational,
            baseline,
            new DateOnly(2026, 1, 1),
            target,
            new DateOnly(2026, 12, 31));

    private static (AgendaBuilder Room, AgendaAction Action, Indicator Indicator) ClosedWith(IndicatorDetails details)
    {
        var (room, action) = WithAction();
        room.Agenda.AddIndicator(room.Chair, action.Id, details, Cmd(), Now);
        room.Agenda.Close(room.Chair, Cmd(), Now);
        return (room, action, action.Indicators[^1]);
    }

    private static readonly DateTime Later = At(2026, 11, 15);

    [Fact]
    public void An_indicator_without_measurements_has_no_status_yet()
    {
        var (_, _, indicator) = ClosedWith(Outflow());

        Assert.Equal(IndicatorStatus.NoMeasurement, indicator.Status);
    }

    [Fact]
    public void A_value_on_or_above_the_line_from_baseline_to_target_is_on_course()
    {
        var (room, action, indicator) = ClosedWith(Outflow());

        // End of Q2 (30 June) is just under halfway the year: the line is at about 49.9.
        room.Agenda.RecordMeasurement(room.Anna, action.Id, indicator.Id, "2026-K2", 50, null, Cmd(), Later);

        Assert.Equal(IndicatorStatus.OnTrack, indicator.Status);
    }

    [Fact]
    public void A_value_below_the_line_is_behind()
    {
        var (room, action, indicator) = ClosedWith(Outflow());

        room.Agenda.RecordMeasurement(room.Anna, action.Id, indicator.Id, "2026-K3", 50, null, Cmd(), Later);

        Assert.Equal(IndicatorStatus.Behind, indicator.Status);
    }

    [Fact]
    public void The_latest_period_counts_not_the_latest_recorded()
    {
        var (room, action, indicator) = ClosedWith(Outflow());

        room.Agenda.RecordMeasurement(room.Anna, action.Id, indicator.Id, "2026-K3", 57, null, Cmd(), Later);
        room.Agenda.RecordMeasurement(room.Anna, action.Id, indicator.Id, "2026-K1", 30, null, Cmd(), Later);

        Assert.Equal("2026-K3", indicator.Latest!.Period);
        Assert.Equal(IndicatorStatus.OnTrack, indicator.Status);
    }

    [Fact]
    public void When_the_target_is_lower_going_down_is_on_course()
    {
        var (room, action, indicator) = ClosedWith(Outflow(IndicatorUnit.Percentage, baseline: 30, target: 10));

        room.Agenda.RecordMeasurement(room.Anna, action.Id, indicator.Id, "2026-K2", 19, null, Cmd(), Later);
        Assert.Equal(IndicatorStatus.OnTrack, indicator.Status);

        room.Agenda.RecordMeasurement(room.Anna, action.Id, indicator.Id, "2026-K3", 20, null, Cmd(), Later);
        Assert.Equal(IndicatorStatus.Behind, indicator.Status);
    }

    [Fact]
    public void A_target_equal_to_the_baseline_means_hold_that_value()
    {
        var (room, action, indicator) = ClosedWith(Outflow(IndicatorUnit.Scale, baseline: 7, target: 7));

        room.Agenda.RecordMeasurement(room.Anna, action.Id, indicator.Id, "2026-K1", 7, null, Cmd(), Later);
        Assert.Equal(IndicatorStatus.OnTrack, indicator.Status);

        room.Agenda.RecordMeasurement(room.Anna, action.Id, indicator.Id, "2026-K2", 6.5m, null, Cmd(), Later);
        Assert.Equal(IndicatorStatus.Behind, indicator.Status);
    }

    [Fact]
    public void A_yes_no_indicator_is_behind_only_once_the_target_date_passed_without_yes()
    {
        var (room, action, indicator) = ClosedWith(Outflow(IndicatorUnit.YesNo, baseline: 0, target: 1));

        room.Agenda.RecordMeasurement(room.Anna, action.Id, indicator.Id, "2026-K3", 0, null, Cmd(), Later);
        Assert.Equal(IndicatorStatus.OnTrack, indicator.Status);

        room.Agenda.RecordMeasurement(room.Anna, action.Id, indicator.Id, "2026-K4", 0, null, Cmd(), At(2027, 1, 5));
        Assert.Equal(IndicatorStatus.Behind, indicator.Status);
    }

    [Fact]
    public void The_expected_value_follows_a_straight_line_and_stays_at_the_ends()
    {
        var (_, _, indicator) = ClosedWith(Outflow());

        Assert.Equal(40, indicator.ExpectedOn(new DateOnly(2025, 6, 1)));
        Assert.Equal(60, indicator.ExpectedOn(new DateOnly(2027, 6, 1)));
        Assert.InRange(indicator.ExpectedOn(new DateOnly(2026, 7, 2)), 49.9m, 50.1m);
    }

    [Fact]
    public void A_correction_is_kept_beside_the_first_figure_and_counts()
    {
        var (room, action, indicator) = ClosedWith(Outflow());

        room.Agenda.RecordMeasurement(room.Anna, action.Id, indicator.Id, "2026-K1", 42, null, Cmd(), Later);
        room.Agenda.RecordMeasurement(room.Initiator, action.Id, indicator.Id, "2026-K1", 44, "Telling aangevuld", Cmd(), Later);

        Assert.Equal([42m, 44m], indicator.Measurements.Select(m => m.Value));
        Assert.Equal(44, indicator.CurrentFor(ReportingPeriod.Parse(MeasurementFrequency.Quarter, "2026-K1"))!.Value);
        Assert.Equal([room.Anna, room.Initiator], indicator.Measurements.Select(m => m.BySeatId));
        Assert.Single(indicator.Current);
    }

    [Fact]
    public void The_same_figure_again_changes_nothing()
    {
        var (room, action, indicator) = ClosedWith(Outflow());
        room.Agenda.RecordMeasurement(room.Anna, action.Id, indicator.Id, "2026-K1", 42, null, Cmd(), Later);
        var version = room.Agenda.Version;

        var outcome = room.Agenda.RecordMeasurement(room.Anna, action.Id, indicator.Id, "2026-K1", 42, null, Cmd(), Later);

        Assert.Equal(CommandOutcome.AlreadyApplied, outcome);
        Assert.Single(indicator.Measurements);
        Assert.Equal(version, room.Agenda.Version);
    }

    [Theory]
    [InlineData("2026-03", 42)]
    [InlineData("2025-K4", 42)]
    [InlineData("2027-K1", 42)]
    [InlineData("2026-K1", -1)]
    [InlineData("2026-K1", 2.5)]
    public void A_wrong_period_or_value_is_refused_and_nothing_is_kept(string period, double value)
    {
        var (room, action, indicator) = ClosedWith(Outflow());
        var version = room.Agenda.Version;

        Assert.Throws<AgendaRuleException>(() =>
            room.Agenda.RecordMeasurement(room.Anna, action.Id, indicator.Id, period, (decimal)value, null, Cmd(), Later));

        Assert.Empty(indicator.Measurements);
        Assert.Equal(version, room.Agenda.Version);
    }

    [Fact]
    public void Only_the_trekker_of_the_action_or_the_initiator_records_a_figure()
    {
        var (room, action, indicator) = ClosedWith(Outflow());

        var refusal = Assert.Throws<AgendaRuleException>(() =>
            room.Agenda.RecordMeasurement(room.Bram, action.Id, indicator.Id, "2026-K1", 42, null, Cmd(), Later));
        Assert.Throws<AgendaRuleException>(() =>
            room.Agenda.RecordMeasurement(room.Chair, action.Id, indicator.Id, "2026-K1", 42, null, Cmd(), Later));

        Assert.Contains("trekker", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(indicator.Measurements);
    }

    [Fact]
    public void No_figures_before_the_agenda_is_fixed()
    {
        var (room, action) = WithAction();
        room.Agenda.AddIndicator(room.Chair, action.Id, Outflow(), Cmd(), Now);

        Assert.Throws<AgendaRuleException>(() =>
            room.Agenda.RecordMeasurement(room.Anna, action.Id, action.Indicators[0].Id, "2026-K1", 42, null, Cmd(), Now));
    }

    [Fact]
    public void In_session_two_only_whoever_steers_adds_an_indicator()
    {
        var (room, action) = WithAction();

        Assert.Throws<AgendaRuleException>(() => room.Agenda.AddIndicator(room.Anna, action.Id, Outflow(), Cmd(), Now));
        room.Agenda.AddIndicator(room.Initiator, action.Id, Outflow(), Cmd(), Now);

        Assert.Single(action.Indicators);
    }

    [Fact]
    public void After_the_agenda_is_fixed_the_trekker_refines_indicators_and_another_participant_cannot()
    {
        var (room, action, indicator) = ClosedWith(Outflow());

        room.Agenda.EditIndicator(room.Anna, action.Id, indicator.Id, Outflow(target: 70), Cmd(), Later);
        Assert.Throws<AgendaRuleException>(() => room.Agenda.EditIndicator(room.Bram, action.Id, indicator.Id, Outflow(target: 80), Cmd(), Later));
        Assert.Throws<AgendaRuleException>(() => room.Agenda.AddIndicator(room.Chair, action.Id, Outflow() with { Name = "Ander" }, Cmd(), Later));

        Assert.Equal(70, indicator.Target);
    }

    [Theory]
    [InlineData("", "bron", 40, 60, "2026-12-31")]
    [InlineData("Naam", "", 40, 60, "2026-12-31")]
    [InlineData("Naam", "bron", -1, 60, "2026-12-31")]
    [InlineData("Naam", "bron", 40, 60.5, "2026-12-31")]
    [InlineData("Naam", "bron", 40, 60, "2025-12-31")]
    public void An_incomplete_or_impossible_indicator_is_refused(string name, string source, double baseline, double target, string targetDate)
    {
        var (room, action) = WithAction();
        var details = Outflow() with
        {
            Name = name,
            Source = source,
            Baseline = (decimal)baseline,
            Target = (decimal)target,
            TargetDate = DateOnly.Parse(targetDate, System.Globalization.CultureInfo.InvariantCulture),
        };

        Assert.Throws<AgendaRuleException>(() => room.Agenda.AddIndicator(room.Chair, action.Id, details, Cmd(), Now));
        Assert.Empty(action.Indicators);
    }

    [Fact]
    public void With_figures_the_frequency_stays_and_the_indicator_cannot_be_removed()
    {
        var (room, action, indicator) = ClosedWith(Outflow());
        room.Agenda.RecordMeasurement(room.Anna, action.Id, indicator.Id, "2026-K1", 42, null, Cmd(), Later);

        Assert.Throws<AgendaRuleException>(() =>
            room.Agenda.EditIndicator(room.Anna, action.Id, indicator.Id, Outflow(frequency: MeasurementFrequency.Month), Cmd(), Later));
        Assert.Throws<AgendaRuleException>(() => room.Agenda.RemoveIndicator(room.Anna, action.Id, indicator.Id, Cmd(), Later));
    }

    [Fact]
    public void An_import_keeps_everything_or_nothing_and_the_same_rows_twice_add_nothing()
    {
        var (room, action, indicator) = ClosedWith(Outflow());
        MeasurementImportRow[] rows = [new(indicator.Id, "2026-K1", 42, null), new(indicator.Id, "2026-K2", 47, "Na zomer")];

        Assert.Throws<AgendaRuleException>(() => room.Agenda.ImportMeasurements(
            room.Initiator, [.. rows, new(indicator.Id, "2026-13", 1, null)], Cmd(), Later));
        Assert.Empty(indicator.Measurements);

        Assert.Equal(CommandOutcome.Applied, room.Agenda.ImportMeasurements(room.Initiator, rows, Cmd(), Later));
        Assert.Equal(CommandOutcome.AlreadyApplied, room.Agenda.ImportMeasurements(room.Initiator, rows, Cmd(), Later));
        Assert.Equal(2, indicator.Measurements.Count);
        Assert.All(indicator.Measurements, m => Assert.True(m.Imported));
    }

    [Fact]
    public void An_import_of_another_agendas_indicator_or_by_a_trekker_is_refused()
    {
        var (room, _, indicator) = ClosedWith(Outflow());

        var refusal = Assert.Throws<AgendaRuleException>(() =>
            room.Agenda.ImportMeasurements(room.Initiator, [new(Guid.NewGuid(), "2026-K1", 42, null)], Cmd(), Later));
        Assert.Throws<AgendaRuleException>(() =>
            room.Agenda.ImportMeasurements(room.Anna, [new(indicator.Id, "2026-K1", 42, null)], Cmd(), Later));

        Assert.StartsWith("Rij 1:", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(indicator.Measurements);
    }

    [Fact]
    public void The_due_period_is_the_last_ended_one_without_a_figure()
    {
        var (room, action, indicator) = ClosedWith(Outflow());

        Assert.Equal(["2026-K1", "2026-K2", "2026-K3"], indicator.ExpectedPeriods(new DateOnly(2026, 11, 15)).Select(p => p.Label));
        Assert.Equal("2026-K3", indicator.DuePeriod(new DateOnly(2026, 11, 15))?.Label);

        room.Agenda.RecordMeasurement(room.Anna, action.Id, indicator.Id, "2026-K3", 55, null, Cmd(), Later);
        Assert.Null(indicator.DuePeriod(new DateOnly(2026, 11, 15)));
        Assert.Equal("2026-K4", indicator.DuePeriod(new DateOnly(2027, 2, 1))?.Label);
        Assert.Equal("2026-K4", indicator.ExpectedPeriods(new DateOnly(2028, 2, 1)).Last().Label);
    }
    [Fact]
    public void A_standing_names_the_latest_value_its_status_and_the_last_periods_from_the_baseline_to_the_target()
    {
        var (room, action, indicator) = ClosedWith(Outflow());
        var nothing = IndicatorStanding.Of(indicator);
        Assert.Equal(("geen meting", "Uitstroom naar werk: geen meting"), (nothing.LatestInWords, nothing.InOneLine));
        Assert.Equal("0-meting 40 · streefwaarde 60 op 31-12-2026", nothing.Trend);

        var nextYear = At(2027, 5, 1);
        foreach (var (period, value) in new[] { ("2026-K1", 41m), ("2026-K2", 45m), ("2026-K3", 50m), ("2026-K4", 58m), ("2027-K1", 61m) })
        {
            room.Agenda.RecordMeasurement(room.Anna, action.Id, indicator.Id, period, value, null, Cmd(), nextYear);
        }

        var standing = IndicatorStanding.Of(indicator);
        Assert.Equal("Uitstroom naar werk: 61 (1e kwartaal 2027), op koers", standing.InOneLine);
        Assert.Equal("0-meting 40 → … → 2026-K2 45 → 2026-K3 50 → 2026-K4 58 → 2027-K1 61 · streefwaarde 60 op 31-12-2026", standing.Trend);
        Assert.Equal((null, "geen meting"), (nothing.TargetReached, nothing.TargetReachedInWords));
        Assert.Equal((true, "gehaald"), (standing.TargetReached, standing.TargetReachedInWords));
    }

    [Theory]
    [InlineData(40, 60, 60, true)]
    [InlineData(40, 60, 59, false)]
    [InlineData(30, 10, 9, true)]
    [InlineData(30, 10, 11, false)]
    [InlineData(7, 7, 7, true)]
    [InlineData(7, 7, 8, false)]
    public void A_target_is_reached_at_it_or_past_it_in_the_direction_from_the_baseline(int baseline, int target, int value, bool reached)
    {
        var (_, _, indicator) = ClosedWith(Outflow(IndicatorUnit.Percentage, baseline, target));

        Assert.Equal(reached, indicator.Reaches(value));
    }
}
