using System.Globalization;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Charts;

namespace Glansrijk.Scan.Web.Tests.Charts;

public sealed class DistributionChartTests
{
    private static readonly Dictionary<string, int> Counts = new() { ["1"] = 1, ["2"] = 3, ["3"] = 3, ["4"] = 1, ["weet-niet"] = 2 };

    [Fact]
    public void Every_answer_of_the_scale_gets_a_column_with_its_count_and_Weet_ik_niet_stands_apart_as_an_open_bar()
    {
        var chart = Render(ChartContent.Result(ChartContent.Norms.Scale, Counts));

        var columns = chart.WithClass("chart__option").ToArray();
        Assert.Equal(["1", "2", "3", "4", "weet-niet"], columns.Select(c => c.Attribute("data-option")!.Value));
        Assert.Equal(["1", "3", "3", "1", "2"], chart.WithClass("chart__count").Select(c => c.Value));
        Assert.Equal(["Nog niet", "In beperkte mate", "Grotendeels", "Volledig", "Weet ik niet"], columns.Select(c => c.Texts().Single()));
        Assert.All(columns.Take(4), c => Assert.Equal("#1f4e7a", Assert.Single(c.WithClass("chart__bar")).Attribute("fill")!.Value));
        var unknown = Assert.Single(columns[4].WithClass("chart__bar"));
        Assert.Contains("chart__bar--uncounted", unknown.Attribute("class")!.Value, StringComparison.Ordinal);
        Assert.Equal("#ffffff", unknown.Attribute("fill")!.Value);
        Assert.NotNull(unknown.Attribute("stroke-dasharray"));
        var heights = columns.Select(c => c.WithClass("chart__bar").Single().Number("height")).ToArray();
        Assert.Equal(heights[1], heights[2]);
        Assert.Equal(heights[1], 3 * heights[0], 0.05);
        Assert.Single(chart.WithClass("chart__divider"));
    }

    [Fact]
    public void An_answer_nobody_gave_has_no_bar_but_still_its_count_of_zero()
    {
        var chart = Render(ChartContent.Result(ChartContent.Norms.Scale, new Dictionary<string, int> { ["2"] = 4, ["3"] = 2 }));

        var never = chart.WithClass("chart__option").Single(c => c.Attribute("data-option")!.Value == "4");
        Assert.Empty(never.WithClass("chart__bar"));
        Assert.Equal("0", chart.WithClass("chart__count").Single(c => c.Attribute("data-option")!.Value == "4").Value);
    }

    [Theory]
    [InlineData(2.5, "2", "3")]
    [InlineData(3, "3", "3")]
    public void The_median_line_stands_on_its_answer_or_halfway_between_the_two_middle_answers(double median, string lower, string upper)
    {
        var counts = median == 3 ? new Dictionary<string, int> { ["2"] = 1, ["3"] = 3, ["4"] = 1 } : Counts;
        var result = ChartContent.Result(ChartContent.Norms.Scale, counts);
        Assert.Equal(median, result.Median);

        var chart = Render(result);

        var line = Assert.Single(chart.WithClass("chart__median-line"));
        Assert.Equal(line.Number("x1"), line.Number("x2"));
        Assert.Equal((Centre(chart, lower) + Centre(chart, upper)) / 2, line.Number("x1"), 0.02);
        Assert.Contains($"Mediaan {median.ToString(CultureInfo.GetCultureInfo("nl-NL"))}", chart.Texts());
    }

    [Fact]
    public void On_a_scale_that_runs_from_high_to_low_the_median_line_still_finds_its_answer()
    {
        var checklist = ChartContent.Checklist.Scale;
        var chart = Render(ChartContent.Result(checklist, new Dictionary<string, int> { ["gerealiseerd"] = 2, ["deels"] = 1, ["nog-niet"] = 2 }));

        Assert.Equal(["gerealiseerd", "deels", "nog-niet", "weet-niet"], chart.WithClass("chart__option").Select(c => c.Attribute("data-option")!.Value));
        Assert.Equal(Centre(chart, "deels"), Assert.Single(chart.WithClass("chart__median-line")).Number("x1"), 0.02);
    }

    [Fact]
    public void The_text_alternative_gives_median_spread_and_every_count_in_Dutch()
    {
        var chart = Render(ChartContent.Result(ChartContent.Norms.Scale, Counts));

        Assert.Equal("Uitslag: 3 Afspraken en middelen", chart.Title());
        Assert.StartsWith("Mediaan 2,5 (tussen In beperkte mate en Grotendeels); verdeeld.", chart.Description(), StringComparison.Ordinal);
        Assert.Contains("Nog niet 1, In beperkte mate 3, Grotendeels 3, Volledig 1, Weet ik niet 2.", chart.Description(), StringComparison.Ordinal);
        Assert.Contains("Mediaan 2,5 (tussen In beperkte mate en Grotendeels); verdeeld", chart.WithClass("chart__summary").Single().Value, StringComparison.Ordinal);
        Assert.DoesNotContain(chart.Texts().Append(chart.Description()), t => t.Contains("2.5", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_counted_answer_there_is_no_median_line_and_the_chart_says_why()
    {
        var chart = Render(ChartContent.Result(ChartContent.Norms.Scale, new Dictionary<string, int> { ["weet-niet"] = 5 }));

        Assert.Empty(chart.WithClass("chart__median"));
        Assert.StartsWith("Geen mediaan", chart.Description(), StringComparison.Ordinal);
    }

    [Fact]
    public void Domains_are_named_as_the_content_names_them_each_with_its_median_on_the_track()
    {
        var scale = ChartContent.Norms.Scale;
        var domains = new[]
        {
            new DomainTally("sociale-dienst", 3, [], 2),
            new DomainTally("onderwijs", 4, [], 3.5),
            new DomainTally("zorg", 3, [], null),
        };

        var chart = Render(ChartContent.Result(scale, Counts, domains));

        var rows = chart.WithClass("chart__domain").ToArray();
        Assert.Equal(3, rows.Length);
        Assert.Equal("Sociale dienst / Werkbedrijf (3 stemmen)", rows[0].Texts()[0]);
        Assert.Equal(Centre(chart, "2"), Assert.Single(rows[0].WithClass("chart__marker")).Number("cx"), 0.02);
        Assert.Equal((Centre(chart, "3") + Centre(chart, "4")) / 2, Assert.Single(rows[1].WithClass("chart__marker")).Number("cx"), 0.02);
        Assert.Contains("3,5", rows[1].Texts());
        Assert.Empty(rows[2].WithClass("chart__marker"));
        Assert.Contains("geen score", rows[2].Texts());
        Assert.Contains("Sociale dienst / Werkbedrijf 2 (3 stemmen); Onderwijs 3,5 (4 stemmen); Zorg geen score (3 stemmen).", chart.Description(), StringComparison.Ordinal);
        Assert.DoesNotContain(chart.Texts(), t => t.Contains("sociale-dienst", StringComparison.Ordinal));
    }

    [Fact]
    public void Domains_left_out_for_anonymity_are_mentioned_in_words()
    {
        var chart = Render(ChartContent.Result(ChartContent.Norms.Scale, Counts, domainsHidden: true));

        Assert.Empty(chart.WithClass("chart__domain"));
        Assert.Contains(chart.Texts(), t => t.StartsWith("Niet alle domeinen", StringComparison.Ordinal));
        Assert.Contains("Niet alle domeinen", chart.Description(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_with_markup_in_it_is_escaped_and_stays_text()
    {
        const string subject = "3 <script>alert('x')</script> & \"ook\" <b>";

        var markup = DistributionChart.Render(subject, ChartContent.Result(ChartContent.Norms.Scale, Counts), ChartContent.Catalog.Domains);

        var chart = ChartMarkup.Parse(markup);
        Assert.Equal($"Uitslag: {subject}", chart.Title());
        Assert.DoesNotContain("<script", markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", markup, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_result_gives_the_same_markup_whatever_the_culture_of_the_server()
    {
        var result = ChartContent.Result(ChartContent.Norms.Scale, Counts, [new DomainTally("zorg", 3, [], 2.5)]);
        var invariant = InCulture(CultureInfo.InvariantCulture, () => DistributionChart.Render("3 Afspraken", result, ChartContent.Catalog.Domains));

        var dutch = InCulture(CultureInfo.GetCultureInfo("nl-NL"), () => DistributionChart.Render("3 Afspraken", result, ChartContent.Catalog.Domains));

        Assert.Equal(invariant, dutch);
        Assert.Equal(invariant, DistributionChart.Render("3 Afspraken", result, ChartContent.Catalog.Domains));
    }

    private static System.Xml.Linq.XElement Render(TallyResult result) =>
        ChartMarkup.Parse(DistributionChart.Render("3 Afspraken en middelen", result, ChartContent.Catalog.Domains));

    /// <summary>The middle of the bar (or of the count above it) of one answer.</summary>
    private static double Centre(System.Xml.Linq.XElement chart, string code) =>
        chart.WithClass("chart__count").Single(c => c.Attribute("data-option")!.Value == code).Number("x");

    private static string InCulture(CultureInfo culture, Func<string> render)
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            return render();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
