using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Charts;

namespace Glansrijk.Scan.Web.Tests.Charts;

public sealed class YearComparisonChartTests
{
    [Fact]
    public void Each_norm_shows_last_year_as_an_open_bar_above_this_year_as_a_filled_one_with_the_change_in_words()
    {
        var comparisons = YearComparison.Of(
            [new NormResult("norm-01", 3, SpreadClass.Divided), new NormResult("norm-02", 1.5, null), new NormResult("norm-03", 2, null), new NormResult("norm-04", null, null)],
            [new NormResult("norm-01", 2, null), new NormResult("norm-02", 2.5, null), new NormResult("norm-04", 2, null), new NormResult("norm-oud", 3, null)]);

        var chart = ChartMarkup.Parse(YearComparisonChart.Render(comparisons, ChartContent.Norms.Items, ChartContent.Norms.Scale));

        var rows = chart.WithClass("chart__row").ToArray();
        Assert.Equal(["norm-01", "norm-02", "norm-03", "norm-04", "norm-oud"], rows.Select(r => r.Attribute("data-item")!.Value));
        Assert.Equal(["beter", "slechter", "nieuw", "niet te vergelijken", "niet meer gescand"], rows.Select(r => r.WithClass("chart__change").Single().Value));
        var last = rows[0].WithClass("chart__year--last").Single().WithClass("chart__bar").Single();
        var current = rows[0].WithClass("chart__year--this").Single().WithClass("chart__bar").Single();
        Assert.Equal("#ffffff", last.Attribute("fill")!.Value);
        Assert.Equal("#1f4e7a", current.Attribute("fill")!.Value);
        Assert.Equal(current.Number("width") * 2 / 3, last.Number("width") + 3, 0.05);
        Assert.Equal(["2,5", "1,5"], rows[1].WithClass("chart__value").Select(v => v.Value));
        Assert.Equal("niet gescand", rows[2].WithClass("chart__year--last").Single().Value);
        Assert.Equal("geen uitslag", rows[3].WithClass("chart__year--this").Single().Value);
        Assert.Equal("norm-oud", rows[4].WithClass("chart__label").Single().Value);
        Assert.Contains("1 Gedeelde ambitie: vorig jaar 2, dit jaar 3, beter; 2 Regie en eigenaarschap: vorig jaar 2,5, dit jaar 1,5, slechter", chart.Description(), StringComparison.Ordinal);
    }
}
