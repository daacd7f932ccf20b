using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Charts;

namespace Glansrijk.Scan.Web.Tests.Charts;

public sealed class HeatMapChartTests
{
    [Fact]
    public void A_checklist_gives_three_by_four_cells_each_with_its_share_written_in_it_and_a_dash_where_nothing_was_counted()
    {
        var map = Map((l, p) => (l, p) switch
        {
            (0, 0) => Cell(l, p, counted: 4, top: 2),
            (0, 1) => Cell(l, p, counted: 3, top: 3),
            (1, 2) => Cell(l, p, counted: 3, top: 0),
            (2, 3) => Cell(l, p, counted: 6, top: 4),
            _ => Cell(l, p, counted: 0, top: 0),
        });

        var chart = ChartMarkup.Parse(HeatMapChart.Render(map, "Route doorontwikkeling"));

        var cells = chart.WithClass("chart__cell").ToArray();
        Assert.Equal(12, cells.Length);
        Assert.Equal(
            ["50%", "100%", "–", "–", "–", "–", "0%", "–", "–", "–", "–", "67%"],
            cells.Select(c => c.WithClass("chart__cell-value").Single().Value));
        Assert.Equal(["bestuurlijk", "voorbereiden"], [cells[0].Attribute("data-level")!.Value, cells[0].Attribute("data-phase")!.Value]);
        Assert.Contains("4 antwoorden", cells[0].Texts());
        Assert.Contains("2 van 3 besproken", cells[0].Texts());
        Assert.Equal("chart__cell-box chart__cell-box--step4", Box(cells[1]).Attribute("class")!.Value);
        Assert.Equal("chart__cell-box chart__cell-box--step0", Box(cells[6]).Attribute("class")!.Value);
        Assert.Equal("chart__cell-box chart__cell-box--step3", Box(cells[11]).Attribute("class")!.Value);
        Assert.NotNull(Box(cells[2]).Attribute("stroke-dasharray"));
        Assert.Equal("Route doorontwikkeling: aandeel Gerealiseerd per niveau en fase", chart.Title());
        Assert.Contains("Bestuurlijk: 1 Voorbereiden 50% (4 antwoorden), 2 Richten 100% (3 antwoorden), 3 Inrichten nog niets geteld", chart.Description(), StringComparison.Ordinal);
    }

    [Fact]
    public void Light_cells_carry_dark_text_and_dark_cells_white_text()
    {
        var map = Map((l, p) => Cell(l, p, counted: 4, top: p));

        var chart = ChartMarkup.Parse(HeatMapChart.Render(map, "Route doorontwikkeling"));

        var row = chart.WithClass("chart__cell").Take(4).ToArray();
        Assert.Equal(["0%", "25%", "50%", "75%"], row.Select(c => c.WithClass("chart__cell-value").Single().Value));
        Assert.Equal(["#1a1a1a", "#1a1a1a", "#1a1a1a", "#ffffff"], row.Select(c => c.WithClass("chart__cell-value").Single().Attribute("fill")!.Value));
    }

    [Fact]
    public void The_legend_names_every_shade_in_words()
    {
        var chart = ChartMarkup.Parse(HeatMapChart.Render(Map((l, p) => Cell(l, p, 0, 0)), "Route doorontwikkeling"));

        Assert.Equal(["0–19%", "20–39%", "40–59%", "60–79%", "80–100%", "– niets geteld"], chart.WithClass("chart__note").Select(t => t.Value).Where(t => t.Contains('%', StringComparison.Ordinal) || t.StartsWith('–')));
    }

    private static System.Xml.Linq.XElement Box(System.Xml.Linq.XElement cell) => cell.WithClass("chart__cell-box").Single();

    /// <summary>A heat map of the real checklist, one cell per level × phase from <paramref name="cell"/> (row, column).</summary>
    private static HeatMap Map(Func<int, int, HeatMapCell> cell)
    {
        var checklist = ChartContent.Checklist;
        var cells = checklist.Levels.SelectMany((_, l) => checklist.Phases.Select((_, p) => cell(l, p))).ToArray();
        return new HeatMap(checklist.Id, checklist.Levels, checklist.Phases, "Gerealiseerd", cells);
    }

    private static HeatMapCell Cell(int level, int phase, int counted, int top)
    {
        var checklist = ChartContent.Checklist;
        return new HeatMapCell(
            checklist.Levels[level].Code,
            checklist.Phases[phase].Code,
            3,
            counted == 0 ? 0 : 2,
            counted,
            counted == 0 ? null : 2,
            counted == 0 ? null : (double)top / counted);
    }
}
