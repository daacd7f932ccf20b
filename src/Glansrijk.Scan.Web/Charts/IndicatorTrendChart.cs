using System.Xml.Linq;
using Glansrijk.Scan.Core.Agenda;

namespace Glansrijk.Scan.Web.Charts;

/// <summary>One indicator over time: the measured value per period as a line with dots, the 0-meting and the target
/// as marked points, and the dashed course between them (the line <see cref="Indicator.Status"/> compares with).
/// Time runs left to right by date, so months, quarters and years all read the same way.</summary>
public static class IndicatorTrendChart
{
    private const double Width = 900;
    private const double Height = 400;
    private const double Left = 90;
    private const double Right = 860;
    private const double Top = 60;
    private const double Bottom = 320;
    private const double LabelSize = 17;
    private const int MaxPeriodLabels = 8;

    public static string Render(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var frame = Frame.Of(indicator);
        var (measured, first, lastEnd, low, high) = frame;
        var periods = ReportingPeriod.Between(indicator.Frequency, first.Start, lastEnd).ToList();
        double X(DateOnly date) => frame.X(date, Left, Right);
        double Y(decimal value) => frame.Y(value, Top, Bottom);

        var content = new List<XElement>();
        foreach (var tick in Ticks(indicator.Unit, low, high))
        {
            content.Add(Svg.Line(Left, Y(tick), Right, Y(tick), "chart__grid", ChartPalette.Grid, 1));
            content.Add(Svg.Text(Left - 12, Y(tick) + 6, indicator.Unit.Format(tick), "chart__tick", "end", LabelSize));
        }

        var step = Math.Max(1, (int)Math.Ceiling(periods.Count / (double)MaxPeriodLabels));
        for (var i = 0; i < periods.Count; i += step)
        {
            content.Add(Svg.Text(X(periods[i].End), Bottom + 28, periods[i].Label, "chart__tick", "middle", LabelSize));
        }

        content.Add(Svg.Line(Left, Bottom, Right, Bottom, "chart__axis", ChartPalette.Ink, 2));
        content.Add(Svg.Polyline(
            [(X(indicator.BaselineDate), Y(indicator.Baseline)), (X(indicator.TargetDate), Y(indicator.Target))],
            "chart__course", ChartPalette.Muted, 2, dashed: true));
        content.Add(Marker(X(indicator.BaselineDate), Y(indicator.Baseline), "chart__baseline", $"0-meting {indicator.Unit.Format(indicator.Baseline)}", "start", above: indicator.Target < indicator.Baseline));
        content.Add(Marker(X(indicator.TargetDate), Y(indicator.Target), "chart__target", $"streefwaarde {indicator.Unit.Format(indicator.Target)}", "end", above: indicator.Target > indicator.Baseline));
        if (measured.Count > 0)
        {
            content.Add(Svg.Polyline(measured.Select(m => (X(m.Period.End), Y(m.Value))), "chart__trend", ChartPalette.Bar, 3));
            foreach (var (period, value) in measured)
            {
                content.Add(Svg.Group(
                    "chart__point",
                    new XAttribute("data-period", period.Label),
                    Svg.Circle(X(period.End), Y(value), 7, "chart__dot", ChartPalette.Bar, ChartPalette.Background, 2),
                    Svg.Text(X(period.End), Y(value) - 14, indicator.Unit.Format(value), "chart__value", "middle", LabelSize, bold: true)));
            }
        }

        content.Add(Legend());
        return Svg.Document("trend", Width, Height, $"Verloop van {indicator.Name}", Description(indicator, measured), content);
    }

    /// <summary>The trend in a line's height, for lists beside the words that say the same (latest value, status,
    /// trend in words): the course dashed, the measured values as a line with dots, the target as a small square.
    /// Hidden from screen readers by whoever shows it, since the words beside it carry the figures.</summary>
    public static string RenderSmall(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        const double width = 160;
        const double height = 40;
        const double pad = 5;
        var frame = Frame.Of(indicator);
        double X(DateOnly date) => frame.X(date, pad, width - pad);
        double Y(decimal value) => frame.Y(value, pad, height - pad);
        var content = new List<XElement>
        {
            Svg.Line(pad, height - pad, width - pad, height - pad, "chart__axis", ChartPalette.Grid, 1),
            Svg.Polyline(
                [(X(indicator.BaselineDate), Y(indicator.Baseline)), (X(indicator.TargetDate), Y(indicator.Target))],
                "chart__course", ChartPalette.Muted, 1.5, dashed: true),
            Svg.Rect(X(indicator.TargetDate) - 4, Y(indicator.Target) - 4, 8, 8, "chart__marker", ChartPalette.Background, ChartPalette.Median, 2),
        };
        if (frame.Measured.Count > 0)
        {
            content.Add(Svg.Polyline(frame.Measured.Select(m => (X(m.Period.End), Y(m.Value))), "chart__trend", ChartPalette.Bar, 2.5));
            content.AddRange(frame.Measured.Select(m => Svg.Circle(X(m.Period.End), Y(m.Value), 3.5, "chart__dot", ChartPalette.Bar)));
        }

        return Svg.Document("trend-klein", width, height, $"Verloop van {indicator.Name}", Description(indicator, frame.Measured), content);
    }

    /// <summary>Where the chart's time and values run: from the 0-meting's period to the target's (or the last
    /// measured, when later), over the unit's range.</summary>
    private sealed record Frame(List<(ReportingPeriod Period, decimal Value)> Measured, ReportingPeriod First, DateOnly LastEnd, decimal Low, decimal High)
    {
        public static Frame Of(Indicator indicator)
        {
            var measured = indicator.Current.Select(m => (Period: indicator.PeriodOf(m), m.Value)).ToList();
            var lastEnd = new[] { ReportingPeriod.Containing(indicator.Frequency, indicator.TargetDate).End }
                .Concat(measured.Select(m => m.Period.End)).Max();
            var (low, high) = Range(indicator, measured.Select(m => m.Value));
            return new(measured, indicator.FirstPeriod, lastEnd, low, high);
        }

        public double X(DateOnly date, double left, double right) =>
            left + ((right - left) * (date.DayNumber - First.Start.DayNumber) / Math.Max(1, LastEnd.DayNumber - First.Start.DayNumber));

        public double Y(decimal value, double top, double bottom) =>
            bottom - ((bottom - top) * (double)((value - Low) / Math.Max(0.0001m, High - Low)));
    }

    /// <summary>A marked point with its label on the side away from the course line (<paramref name="above"/> when the
    /// line arrives from below), and never into the period labels under the axis.</summary>
    private static XElement Marker(double x, double y, string cssClass, string label, string anchor, bool above) =>
        Svg.Group(
            cssClass,
            Svg.Rect(x - 7, y - 7, 14, 14, "chart__marker", ChartPalette.Background, ChartPalette.Median, 3),
            Svg.Text(anchor == "start" ? x + 12 : x - 12, above || y + 26 > Bottom - 6 ? y - 16 : y + 26, label, "chart__label", anchor, LabelSize, fill: ChartPalette.Median));

    private static XElement Legend() => Svg.Group(
        "chart__legend",
        Svg.Line(Left, 24, Left + 40, 24, "chart__trend", ChartPalette.Bar, 3),
        Svg.Text(Left + 50, 30, "gemeten", "chart__label", size: LabelSize),
        Svg.Line(Left + 170, 24, Left + 210, 24, "chart__course", ChartPalette.Muted, 2, dashed: true),
        Svg.Text(Left + 220, 30, "koers van 0-meting naar streefwaarde", "chart__label", size: LabelSize));

    private static (decimal Low, decimal High) Range(Indicator indicator, IEnumerable<decimal> values)
    {
        switch (indicator.Unit)
        {
            case IndicatorUnit.YesNo:
                return (0, 1);
            case IndicatorUnit.Percentage:
                return (0, 100);
            case IndicatorUnit.Scale:
                return (1, 10);
            default:
                var max = values.Append(indicator.Baseline).Append(indicator.Target).Max();
                return (0, Math.Max(1, RoundUp(max * 1.15m)));
        }
    }

    private static IEnumerable<decimal> Ticks(IndicatorUnit unit, decimal low, decimal high) => unit switch
    {
        IndicatorUnit.YesNo => [0, 1],
        IndicatorUnit.Scale => [1, 4, 7, 10],
        _ => Enumerable.Range(0, 5).Select(i => low + ((high - low) * i / 4)),
    };

    /// <summary>Up to a round number, so the axis reads 0, 25, 50… rather than 0, 23, 46….</summary>
    private static decimal RoundUp(decimal value)
    {
        var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)Math.Max(1, value))));
        var step = magnitude / 2;
        return Math.Ceiling(value / step / 4) * step * 4;
    }

    private static string Description(Indicator indicator, List<(ReportingPeriod Period, decimal Value)> measured)
    {
        var start = $"0-meting {indicator.Unit.Format(indicator.Baseline)} op {indicator.BaselineDate:dd-MM-yyyy}, streefwaarde {indicator.Unit.Format(indicator.Target)} op {indicator.TargetDate:dd-MM-yyyy}.";
        return measured.Count == 0
            ? $"{start} Nog geen metingen."
            : $"{start} Gemeten: {string.Join("; ", measured.Select(m => $"{m.Period.InWords} {indicator.Unit.Format(m.Value)}"))}. Stand: {indicator.Status.InWords()}.";
    }
}
