using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Sessions;

namespace Glansrijk.Scan.Core.Tests.Agenda;

public sealed class YearComparisonTests
{
    private static NormResult Result(string id, double? median, SpreadClass? spread = SpreadClass.Divided) => new(id, median, spread);

    [Fact]
    public void A_higher_median_is_better_a_lower_one_worse_and_an_equal_one_the_same()
    {
        var comparison = YearComparison.Of(
            [Result("norm-01", 3), Result("norm-02", 1.5), Result("norm-03", 2)],
            [Result("norm-01", 2.5), Result("norm-02", 2), Result("norm-03", 2)]);

        Assert.Equal(["beter", "slechter", "gelijk"], comparison.Select(c => c.ChangeInWords));
        Assert.Equal(0.5, comparison[0].MedianChange);
        Assert.Equal(-0.5, comparison[1].MedianChange);
    }

    [Fact]
    public void Both_years_are_shown_side_by_side_with_their_spread()
    {
        var comparison = YearComparison.Of(
            [Result("norm-01", 3, SpreadClass.InAgreement)],
            [Result("norm-01", 2, SpreadClass.StronglyDivided)]);

        var norm = Assert.Single(comparison);
        Assert.Equal(SpreadClass.InAgreement, norm.ThisYear!.Spread);
        Assert.Equal(SpreadClass.StronglyDivided, norm.LastYear!.Spread);
        Assert.Equal(YearChange.Better, norm.Change);
    }

    [Fact]
    public void A_norm_that_is_new_this_year_has_no_last_year()
    {
        var comparison = YearComparison.Of([Result("norm-16", 2)], []);

        var norm = Assert.Single(comparison);
        Assert.Null(norm.LastYear);
        Assert.Equal("nieuw", norm.ChangeInWords);
        Assert.Null(norm.MedianChange);
    }

    [Fact]
    public void A_norm_dropped_this_year_is_listed_after_this_years_norms()
    {
        var comparison = YearComparison.Of(
            [Result("norm-02", 2)],
            [Result("norm-01", 3), Result("norm-02", 2), Result("norm-03", 1)]);

        Assert.Equal(["norm-02", "norm-01", "norm-03"], comparison.Select(c => c.NormId));
        Assert.Equal(YearChange.Dropped, comparison[1].Change);
        Assert.Null(comparison[1].ThisYear);
        Assert.Equal("niet meer gescand", comparison[2].ChangeInWords);
    }

    [Fact]
    public void A_missing_median_cannot_be_compared()
    {
        var comparison = YearComparison.Of([Result("norm-01", null, null)], [Result("norm-01", 2)]);

        Assert.Equal("niet te vergelijken", Assert.Single(comparison).ChangeInWords);
    }

    [Fact]
    public void Norms_are_matched_by_id_not_by_position()
    {
        var comparison = YearComparison.Of(
            [Result("norm-02", 1), Result("norm-01", 4)],
            [Result("norm-01", 4), Result("norm-02", 3)]);

        Assert.Equal([YearChange.Worse, YearChange.Same], comparison.Select(c => c.Change));
    }
}
