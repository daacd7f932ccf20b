using Glansrijk.Scan.Core.Instruments;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Charts;

namespace Glansrijk.Scan.Web.Tests.Charts;

public sealed class OverviewChartTests
{
    [Fact]
    public void Every_norm_gets_a_row_and_only_those_with_a_result_a_bar_to_their_median_with_the_spread_beside_it()
    {
        var norms = ChartContent.Norms;
        var overview = new SessionOverview(
        [
            Revealed(norms.Items[0], new() { ["2"] = 2, ["3"] = 2 }),
            Revealed(norms.Items[1], new() { ["4"] = 3 }),
            Revealed(norms.Items[2], new() { ["1"] = 3, ["4"] = 3 }),
            .. norms.Items.Skip(3).Select(i => new OverviewItem(norms.Id, i, null)),
        ], []);

        var chart = ChartMarkup.Parse(OverviewChart.Render(overview, ChartContent.Catalog.Instruments));

        var rows = chart.WithClass("chart__row").ToArray();
        Assert.Equal(norms.Items.Select(i => i.Id), rows.Select(r => r.Attribute("data-item")!.Value));
        Assert.Equal("1 Gedeelde ambitie", rows[0].Texts()[0]);
        Assert.Equal(["2,5", "4", "2,5"], rows.Take(3).Select(r => r.WithClass("chart__value").Single().Value));
        // Two against two on neighbouring answers is a split, not agreement.
        Assert.Equal(["verdeeld over 2 en 3", "eensgezind", "sterk verdeeld"], rows.Take(3).Select(r => r.WithClass("chart__spread").Single().Value));
        var widths = rows.Take(3).Select(r => r.WithClass("chart__bar").Single().Number("width")).ToArray();
        Assert.Equal(widths[1] * 2.5 / 4, widths[0], 0.05);
        Assert.All(rows.Skip(3), r =>
        {
            Assert.Empty(r.WithClass("chart__bar"));
            Assert.Equal("nog niet besproken", r.WithClass("chart__missing").Single().Value);
        });
        Assert.Equal("Overzicht Kwaliteitsnormen", chart.Title());
        Assert.Contains("1 Gedeelde ambitie: 2,5, verdeeld over 2 en 3; 2 Regie en eigenaarschap: 4, eensgezind;", chart.Description(), StringComparison.Ordinal);
        Assert.Contains("15 Samen monitoren en verbeteren: nog niet besproken.", chart.Description(), StringComparison.Ordinal);
    }

    [Fact]
    public void Checklist_items_stay_out_of_the_overview_and_without_norms_there_is_no_overview()
    {
        var checklist = ChartContent.Checklist;
        var overview = new SessionOverview([.. checklist.Items.Select(i => new OverviewItem(checklist.Id, i, null))], []);

        Assert.Null(OverviewChart.Render(overview, ChartContent.Catalog.Instruments));
    }

    [Fact]
    public void A_result_without_a_counted_answer_says_geen_score()
    {
        var norms = ChartContent.Norms;
        var overview = new SessionOverview([Revealed(norms.Items[0], new() { ["weet-niet"] = 4 })], []);

        var chart = ChartMarkup.Parse(OverviewChart.Render(overview, ChartContent.Catalog.Instruments));

        Assert.Equal("geen score", Assert.Single(chart.WithClass("chart__missing")).Value);
        Assert.Empty(chart.WithClass("chart__bar"));
    }

    [Fact]
    public void A_norm_title_with_markup_is_escaped()
    {
        var norms = ChartContent.Norms;
        var item = norms.Items[0] with { Title = "<script>alert(1)</script> & \"x\"" };
        var instrument = new Instrument(norms.Id, "Normen <b>", norms.Order, "", norms.Scale, norms.Themes, [], [], [item]);
        var overview = new SessionOverview([Revealed(item, new() { ["3"] = 3 })], []);

        var markup = OverviewChart.Render(overview, [instrument]);

        var chart = ChartMarkup.Parse(markup);
        Assert.Equal("1 <script>alert(1)</script> & \"x\"", chart.WithClass("chart__label").Single().Value);
        Assert.Equal("Overzicht Normen <b>", chart.Title());
        Assert.DoesNotContain("<script", markup, StringComparison.Ordinal);
    }

    private static OverviewItem Revealed(Item item, Dictionary<string, int> counts) =>
        new(ChartContent.Norms.Id, item, ChartContent.Revealed(item, ChartContent.Result(ChartContent.Norms.Scale, counts)));
}
