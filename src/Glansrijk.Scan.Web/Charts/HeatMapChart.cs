using System.Xml.Linq;
using Glansrijk.Scan.Core.Sessions;

namespace Glansrijk.Scan.Web.Charts;

/// <summary>A level × phase checklist as a grid: per cell the share of counted answers that are the highest answer
/// (for the route doorontwikkeling: Gerealiseerd), printed as a percentage and shaded in five steps, "–" where
/// nothing was counted yet.</summary>
public static class HeatMapChart
{
    private const double Width = 1200;
    private const double LabelLeft = 30;
    private const double GridLeft = 250;
    private const double GridRight = 1170;
    private const double HeaderTop = 34;
    private const double GridTop = 100;
    private const double CellHeight = 120;
    private const double Gap = 8;
    private const string Nothing = "–";

    /// <param name="instrumentName">The checklist's name, e.g. "Route doorontwikkeling"; goes into the title.</param>
    public static string Render(HeatMap map, string instrumentName)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(instrumentName);
        var columns = Math.Max(1, map.Phases.Count);
        var cellWidth = (GridRight - GridLeft - ((columns - 1) * Gap)) / columns;
        var content = new List<XElement>();
        for (var c = 0; c < map.Phases.Count; c++)
        {
            var lines = ChartText.Wrap(map.Phases[c].Title, ChartText.CharactersIn(cellWidth - 8, 19), 2);
            content.Add(Svg.Lines(GridLeft + (c * (cellWidth + Gap)) + (cellWidth / 2), HeaderTop, lines, 24, "chart__heading", "middle", 19, bold: true));
        }

        for (var r = 0; r < map.Levels.Count; r++)
        {
            var top = GridTop + (r * (CellHeight + Gap));
            var level = map.Levels[r];
            content.Add(Svg.Lines(LabelLeft, top + (CellHeight / 2) + 7, ChartText.Wrap(level.Title, ChartText.CharactersIn(GridLeft - LabelLeft - 12, 20), 2), 24, "chart__heading", size: 20, bold: true));
            for (var c = 0; c < map.Phases.Count; c++)
            {
                content.Add(CellOf(map.Cell(level.Code, map.Phases[c].Code), GridLeft + (c * (cellWidth + Gap)), top, cellWidth));
            }
        }

        var legendTop = GridTop + (map.Levels.Count * (CellHeight + Gap)) + 20;
        content.AddRange(Legend(map.TopLabel, legendTop));
        return Svg.Document(
            "heatmap",
            Width,
            legendTop + 50,
            $"{instrumentName}: aandeel {map.TopLabel} per niveau en fase",
            Description(map, instrumentName),
            content);
    }

    private static XElement CellOf(HeatMapCell cell, double x, double y, double width)
    {
        var (fill, text) = cell.TopShare is { } share ? ChartPalette.HeatSteps[Step(share)] : (ChartPalette.Background, ChartPalette.Muted);
        var middle = x + (width / 2);
        return Svg.Group(
            "chart__cell",
            new XAttribute("data-level", cell.LevelCode),
            new XAttribute("data-phase", cell.PhaseCode),
            Svg.Rect(x, y, width, CellHeight, cell.TopShare is null ? "chart__cell-box chart__cell-box--empty" : $"chart__cell-box chart__cell-box--step{Step(cell.TopShare.Value)}", fill, ChartPalette.Grid, 1.5, dashed: cell.TopShare is null),
            Svg.Text(middle, y + 52, cell.TopShare is { } s ? ChartText.Percentage(s) : Nothing, "chart__cell-value", "middle", 36, bold: true, fill: text),
            Svg.Text(middle, y + 82, Counted(cell), "chart__cell-note", "middle", 17, fill: text),
            Svg.Text(middle, y + 106, Discussed(cell), "chart__cell-note", "middle", 17, fill: text));
    }

    /// <summary>From the rounded percentage, so a printed "20%" is never shaded as "0–19%".</summary>
    private static int Step(double share)
    {
        var percentage = (int)Math.Round(Math.Clamp(share, 0, 1) * 100, MidpointRounding.AwayFromZero);
        return Math.Min(ChartPalette.HeatSteps.Count - 1, percentage * ChartPalette.HeatSteps.Count / 100);
    }

    private static string Counted(HeatMapCell cell) =>
        cell.Items == 0 ? "geen onderdelen" : ChartText.Count(cell.CountedAnswers, "antwoord", "antwoorden");

    private static string Discussed(HeatMapCell cell) => cell.Items == 0 ? "" : $"{cell.ItemsRevealed} van {cell.Items} besproken";

    private static IEnumerable<XElement> Legend(string topLabel, double top)
    {
        yield return Svg.Text(LabelLeft, top + 24, $"Aandeel {topLabel}:", "chart__label", size: 18);
        var steps = ChartPalette.HeatSteps.Count;
        var x = GridLeft;
        for (var i = 0; i < steps; i++)
        {
            var from = i * 100 / steps;
            var to = i == steps - 1 ? 100 : ((i + 1) * 100 / steps) - 1;
            yield return Svg.Rect(x, top + 4, 32, 26, $"chart__cell-box chart__cell-box--step{i}", ChartPalette.HeatSteps[i].Fill, ChartPalette.Grid, 1.5);
            yield return Svg.Text(x + 40, top + 24, $"{from}–{to}%", "chart__note", size: 17);
            x += 140;
        }

        yield return Svg.Rect(x, top + 4, 32, 26, "chart__cell-box chart__cell-box--empty", ChartPalette.Background, ChartPalette.Grid, 1.5, dashed: true);
        yield return Svg.Text(x + 40, top + 24, $"{Nothing} niets geteld", "chart__note", size: 17);
    }

    private static string Description(HeatMap map, string instrumentName)
    {
        var levels = map.Levels.Select(level => $"{level.Title}: " + string.Join(", ", map.Phases.Select(phase =>
        {
            var cell = map.Cell(level.Code, phase.Code);
            return cell.TopShare is { } share
                ? $"{phase.Title} {ChartText.Percentage(share)} ({Counted(cell)})"
                : $"{phase.Title} {(cell.Items == 0 ? "geen onderdelen" : "nog niets geteld")}";
        })));
        return $"{instrumentName}: per niveau en fase het deel van de antwoorden dat {map.TopLabel} is. {string.Join(". ", levels)}.";
    }
}
