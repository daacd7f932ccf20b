using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Charts;
using Glansrijk.Scan.Web.Tests.Features.Agenda.Exports;

namespace Glansrijk.Scan.Web.Tests.Charts;

public sealed class IndicatorTrendChartTests
{
    [Fact]
    public void The_small_trend_has_the_course_the_measured_line_a_dot_per_period_and_says_its_figures_in_words()
    {
        var indicator = Measured(("2027-K1", 45), ("2027-K2", 52));

        var chart = ChartMarkup.Parse(IndicatorTrendChart.RenderSmall(indicator));

        Assert.Equal("Verloop van Uitstroom naar werk", chart.Title());
        Assert.Single(chart.WithClass("chart__course"));
        Assert.Single(chart.WithClass("chart__trend"));
        Assert.Equal(2, chart.WithClass("chart__dot").Count());
        Assert.Contains("Gemeten: 1e kwartaal 2027 45; 2e kwartaal 2027 52.", chart.Description(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_target_label_sits_above_its_marker_when_the_course_rises_to_it_so_the_line_does_not_cross_it()
    {
        var rising = ChartMarkup.Parse(IndicatorTrendChart.Render(Measured()));

        var marker = rising.WithClass("chart__target").Single();
        Assert.True(marker.WithClass("chart__label").Single().Number("y") < marker.WithClass("chart__marker").Single().Number("y"));
    }

    /// <summary>Outflow to work per quarter, 0-meting 40 on 1 January 2027, target 60 at the end of 2027.</summary>
    private static Indicator Measured(params (string Period, decimal Value)[] figures)
    {
        var sample = SampleAgenda.Closed();
        var action = sample.Agenda.Actions[0];
        var now = new DateTime(2027, 11, 1, 12, 0, 0, DateTimeKind.Utc);
        var details = new IndicatorDetails(
            "Uitstroom naar werk", "Jongeren die aan het werk gaan", IndicatorUnit.Count, "Monitoringsbestand", "Werkbedrijf",
            MeasurementFrequency.Quarter, IndicatorLevel.Operational, 40, new DateOnly(2027, 1, 1), 60, new DateOnly(2027, 12, 31));
        var initiator = sample.Agenda.InitiatorSeatId;
        Assert.Equal(CommandOutcome.Applied, sample.Agenda.AddIndicator(initiator, action.Id, details, Guid.NewGuid(), now));
        var indicator = action.Indicators.Single();
        foreach (var (period, value) in figures)
        {
            sample.Agenda.RecordMeasurement(initiator, action.Id, indicator.Id, period, value, null, Guid.NewGuid(), now);
        }

        return indicator;
    }
}
