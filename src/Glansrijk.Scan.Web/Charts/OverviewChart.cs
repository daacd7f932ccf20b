using System.Xml.Linq;
using Glansrijk.Scan.Core.Instruments;
using Glansrijk.Scan.Core.Sessions;

namespace Glansrijk.Scan.Web.Charts;

/// <summary>All items of a session at a glance: a bar per item to its latest median, the median and the spread in
/// words beside it, "nog niet besproken" where no result was shown yet. One section per instrument that is not a
/// level × phase checklist (those get a <see cref="HeatMapChart"/>).</summary>
public static class OverviewChart
{
    private const double Width = 1200;
    private const double LabelLeft = 30;
    private const double AxisLeft = 650;
    private const double AxisRight = 960;
    private const double ValueX = 975;
    private const double SpreadX = 1030;
    private const double Row = 42;
    private const double BarHeight = 26;
    private const double LabelSize = 20;
    private const string NotDiscussed = "nog niet besproken";
    private const string NoScore = "geen score";

    /// <returns>Null when the session has no such items.</returns>
    public static string? Render(SessionOverview overview, IEnumerable<Instrument> instruments)
    {
        ArgumentNullException.ThrowIfNull(overview);
        ArgumentNullException.ThrowIfNull(instruments);
        var sections = instruments
            .Where(i => !i.IsMatrix)
            .OrderBy(i => i.Order)
            .Select(i => (Instrument: i, Items: overview.ItemsOf(i.Id).ToArray()))
            .Where(s => s.Items.Length > 0)
            .ToArray();
        if (sections.Length == 0)
        {
            return null;
        }

        var content = new List<XElement>();
        var y = 0.0;
        foreach (var (instrument, items) in sections)
        {
            if (sections.Length > 1)
            {
                content.Add(Svg.Text(LabelLeft, y + 34, instrument.Name, "chart__heading", size: 22, bold: true));
                y += 44;
            }

            content.AddRange(Section(new ScoreAxis(AxisLeft, AxisRight, instrument.Scale), items, y));
            y += 40 + (items.Length * Row) + 44;
        }

        var title = "Overzicht " + string.Join(" en ", sections.Select(s => s.Instrument.Name));
        var description = string.Join(" ", sections.Select(s => Description(s.Instrument, s.Items)));
        return Svg.Document("overview", Width, y + 6, title, description, content);
    }

    private static IEnumerable<XElement> Section(ScoreAxis axis, OverviewItem[] items, double top)
    {
        var rowsTop = top + 40;
        var rowsBottom = rowsTop + (items.Length * Row);
        foreach (var element in axis.Grid(rowsTop, rowsBottom))
        {
            yield return element;
        }

        var labelCharacters = ChartText.CharactersIn(AxisLeft - LabelLeft - 16, LabelSize);
        for (var i = 0; i < items.Length; i++)
        {
            yield return RowOf(axis, items[i], rowsTop + (i * Row), labelCharacters);
        }

        yield return Svg.Line(axis.X(0), rowsTop, axis.X(0), rowsBottom, "chart__axis", ChartPalette.Ink, 2);
        yield return Svg.Text(LabelLeft, rowsBottom + 32, ChartText.Fit($"Mediaan op de schaal {axis.Legend}", ChartText.CharactersIn(Width - 60, 17)), "chart__note", size: 17, fill: ChartPalette.Muted);
    }

    private static XElement RowOf(ScoreAxis axis, OverviewItem item, double top, int labelCharacters)
    {
        var middle = top + (Row / 2);
        var row = Svg.Group(
            "chart__row",
            new XAttribute("data-item", item.Item.Id),
            Svg.Text(LabelLeft, middle + 7, ChartText.Fit(ChartText.NameOf(item.Item), labelCharacters), "chart__label", size: LabelSize));
        if (item.Latest is null || item.Median is not { } median)
        {
            var missing = Svg.Text(axis.X(0) + 12, middle + 7, item.Latest is null ? NotDiscussed : NoScore, "chart__missing", size: 18, fill: ChartPalette.Muted);
            missing.SetAttributeValue("font-style", "italic");
            row.Add(missing);
            return row;
        }

        row.Add(
            Svg.Rect(axis.X(0), middle - (BarHeight / 2), axis.X(median) - axis.X(0), BarHeight, "chart__bar", ChartPalette.Bar),
            Svg.Text(ValueX, middle + 7, ChartText.Number(median), "chart__value", size: LabelSize, bold: true),
            item.Spread is null ? null : Svg.Text(SpreadX, middle + 7, item.Latest.Result!.Spread!.InWords, "chart__spread", size: LabelSize));
        return row;
    }

    private static string Description(Instrument instrument, OverviewItem[] items)
    {
        var scale = string.Join(", ", instrument.Scale.CountedOptions.OrderBy(o => o.Score).Select(o => $"{o.Score} {o.Label}"));
        var rows = items.Select(i => $"{ChartText.NameOf(i.Item)}: {(i.Latest is null ? NotDiscussed
            : i.Median is not { } m ? NoScore
            : ChartText.Number(m) + (i.Latest.Result?.Spread is { } s ? ", " + s.InWords : ""))}");
        return $"{instrument.Name}, mediaan per onderdeel op de schaal {scale}. {string.Join("; ", rows)}.";
    }
}
