using System.Xml.Linq;
using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Instruments;

namespace Glansrijk.Scan.Web.Charts;

/// <summary>This year next to last year: per norm an open bar for last year's median above a filled bar for this
/// year's, each with its value, and the change in words ("beter", "gelijk", …) on the right.</summary>
public static class YearComparisonChart
{
    private const double Width = 1200;
    private const double LabelLeft = 30;
    private const double AxisLeft = 560;
    private const double AxisRight = 880;
    private const double ChangeX = 960;
    private const double GridTop = 110;
    private const double Row = 76;
    private const double BarHeight = 24;
    private const double LabelSize = 20;
    private const string NotScanned = "niet gescand";
    private const string NoResult = "geen uitslag";

    /// <param name="norms">The items the comparison names, to show their number and title.</param>
    /// <param name="scale">The scale the medians are on, for the axis.</param>
    public static string Render(IReadOnlyList<NormComparison> comparisons, IEnumerable<Item> norms, Scale scale)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        ArgumentNullException.ThrowIfNull(norms);
        ArgumentNullException.ThrowIfNull(scale);
        var names = norms.DistinctBy(n => n.Id).ToDictionary(n => n.Id, ChartText.NameOf);
        var axis = new ScoreAxis(AxisLeft, AxisRight, scale);
        var bottom = GridTop + (comparisons.Count * Row);
        var content = new List<XElement>();
        content.AddRange(Legend());
        content.AddRange(axis.Grid(GridTop, bottom));
        var labelCharacters = ChartText.CharactersIn(AxisLeft - LabelLeft - 16, LabelSize);
        for (var i = 0; i < comparisons.Count; i++)
        {
            var comparison = comparisons[i];
            var top = GridTop + (i * Row);
            content.Add(Svg.Group(
                "chart__row",
                new XAttribute("data-item", comparison.NormId),
                Svg.Lines(LabelLeft, top + 32, ChartText.Wrap(names.GetValueOrDefault(comparison.NormId, comparison.NormId), labelCharacters, 2), 24, "chart__label", size: LabelSize),
                Bar(axis, comparison.LastYear, comparison.Change == YearChange.New, top + 10, lastYear: true),
                Bar(axis, comparison.ThisYear, comparison.Change == YearChange.Dropped, top + 40, lastYear: false),
                Svg.Text(ChangeX, top + 45, comparison.ChangeInWords, "chart__change", size: LabelSize, bold: true)));
        }

        content.Add(Svg.Line(axis.X(0), GridTop, axis.X(0), bottom, "chart__axis", ChartPalette.Ink, 2));
        content.Add(Svg.Text(LabelLeft, bottom + 32, ChartText.Fit($"Mediaan op de schaal {axis.Legend}", ChartText.CharactersIn(Width - 60, 17)), "chart__note", size: 17, fill: ChartPalette.Muted));
        return Svg.Document("years", Width, bottom + 50, "Dit jaar naast vorig jaar: mediaan per norm", Description(comparisons, names, axis), content);
    }

    private static XElement Bar(ScoreAxis axis, NormResult? result, bool notScanned, double top, bool lastYear)
    {
        var group = Svg.Group(lastYear ? "chart__year chart__year--last" : "chart__year chart__year--this");
        if (result?.Median is not { } median)
        {
            var missing = Svg.Text(axis.X(0) + 12, top + 18, notScanned || result is null ? NotScanned : NoResult, "chart__missing", size: 17, fill: ChartPalette.Muted);
            missing.SetAttributeValue("font-style", "italic");
            group.Add(missing);
            return group;
        }

        var width = axis.X(median) - axis.X(0);
        group.Add(
            lastYear
                ? Svg.Rect(axis.X(0) + 1.5, top + 1.5, width - 3, BarHeight - 3, "chart__bar chart__bar--last", ChartPalette.Background, ChartPalette.Bar, 3)
                : Svg.Rect(axis.X(0), top, width, BarHeight, "chart__bar", ChartPalette.Bar),
            Svg.Text(axis.X(median) + 10, top + 19, ChartText.Number(median), "chart__value", size: 18, bold: !lastYear));
        return group;
    }

    private static IEnumerable<XElement> Legend()
    {
        yield return Svg.Rect(LabelLeft + 1.5, 21.5, 45, 21, "chart__bar chart__bar--last", ChartPalette.Background, ChartPalette.Bar, 3);
        yield return Svg.Text(LabelLeft + 58, 40, "Vorig jaar (open balk)", "chart__label", size: 18);
        yield return Svg.Rect(LabelLeft + 300, 20, 48, 24, "chart__bar", ChartPalette.Bar);
        yield return Svg.Text(LabelLeft + 358, 40, "Dit jaar (dichte balk)", "chart__label", size: 18);
    }

    private static string Description(IReadOnlyList<NormComparison> comparisons, Dictionary<string, string> names, ScoreAxis axis)
    {
        static string ValueOf(NormResult? result) => result is null ? NotScanned : result.Median is { } m ? ChartText.Number(m) : NoResult;
        var rows = comparisons.Select(c =>
            $"{names.GetValueOrDefault(c.NormId, c.NormId)}: vorig jaar {ValueOf(c.LastYear)}, dit jaar {ValueOf(c.ThisYear)}, {c.ChangeInWords}");
        return $"Mediaan per norm, vorig jaar en dit jaar, op de schaal {axis.Legend}. {string.Join("; ", rows)}.";
    }
}
