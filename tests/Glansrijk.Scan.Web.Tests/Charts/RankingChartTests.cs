using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Web.Charts;

namespace Glansrijk.Scan.Web.Tests.Charts;

public sealed class RankingChartTests
{
    [Fact]
    public void Norms_are_listed_most_points_first_with_shared_ranks_and_a_bar_in_proportion()
    {
        var norms = ChartContent.Norms.Items.Take(4).ToArray();
        var seats = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToArray();
        var now = DateTime.UtcNow;
        var prioritisation = Prioritisation.Start(Guid.NewGuid(), norms.Select(n => n.Id), seats, seats[0], seats[0], now);
        prioritisation.Distribute(seats[0], new Dictionary<string, int> { [norms[2].Id] = 2, [norms[3].Id] = 1 }, Guid.NewGuid(), now);
        prioritisation.Distribute(seats[1], new Dictionary<string, int> { [norms[2].Id] = 2, [norms[1].Id] = 1 }, Guid.NewGuid(), now);
        prioritisation.Distribute(seats[2], new Dictionary<string, int> { [norms[1].Id] = 2 }, Guid.NewGuid(), now);

        var chart = ChartMarkup.Parse(RankingChart.Render(prioritisation.Ranking(), ChartContent.Norms.Items));

        var rows = chart.WithClass("chart__row").ToArray();
        Assert.Equal([norms[2].Id, norms[1].Id, norms[3].Id, norms[0].Id], rows.Select(r => r.Attribute("data-item")!.Value));
        Assert.Equal(["1e", "2e", "3e", "4e"], rows.Select(r => r.WithClass("chart__rank").Single().Value));
        Assert.Equal(["4 punten", "3 punten", "1 punt", "0 punten"], rows.Select(r => r.WithClass("chart__value").Single().Value));
        Assert.Equal("3 Afspraken en middelen (ook over de 18-grens)", rows[0].WithClass("chart__label").Single().Value);
        var widths = rows.Take(3).Select(r => r.WithClass("chart__bar").Single().Number("width")).ToArray();
        Assert.Equal(widths[0] / 4, widths[2], 0.05);
        Assert.Empty(rows[3].WithClass("chart__bar"));
        Assert.StartsWith("Punten per norm, de meeste eerst: 1e 3 Afspraken en middelen (ook over de 18-grens): 4 punten van 2 deelnemers;", chart.Description(), StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_points_share_a_rank()
    {
        var ranking = new[] { new NormPoints("norm-01", 2, 1, 1), new NormPoints("norm-02", 2, 2, 1), new NormPoints("norm-03", 0, 0, 3) };

        var chart = ChartMarkup.Parse(RankingChart.Render(ranking, ChartContent.Norms.Items));

        Assert.Equal(["1e", "1e", "3e"], chart.WithClass("chart__rank").Select(r => r.Value));
    }
}
