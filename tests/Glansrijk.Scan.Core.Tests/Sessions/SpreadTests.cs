using Glansrijk.Scan.Core.Sessions;

namespace Glansrijk.Scan.Core.Tests.Sessions;

public sealed class SpreadTests
{
    [Theory]
    [InlineData("2 2 2", SpreadClass.InAgreement)]
    [InlineData("2 2 3", SpreadClass.InAgreement)]
    [InlineData("3 3 3 3 3 3 3 3 4 4 4 4", SpreadClass.InAgreement)]
    [InlineData("2 2 3 3 3 3 3 3 3 3 4 4", SpreadClass.InAgreement)]
    [InlineData("3 3 4 4", SpreadClass.Divided)]
    [InlineData("3 4 3 4 3 4 3 4 3 4 3 4", SpreadClass.Divided)]
    [InlineData("2 2 2 2 2 3 3 3 3 3 3 3", SpreadClass.Divided)]
    [InlineData("1 2 2 2 2 2 2 2 2 2 2 3", SpreadClass.InAgreement)]
    [InlineData("1 2 2 2 2 2 2 2 2 2 2 4", SpreadClass.Divided)]
    [InlineData("1 2 2 3", SpreadClass.Divided)]
    [InlineData("2 3 4", SpreadClass.Divided)]
    [InlineData("1 1 4", SpreadClass.Divided)]
    [InlineData("1 1 1 1 1 1 1 1 1 1 1 4", SpreadClass.Divided)]
    [InlineData("1 1 4 4", SpreadClass.StronglyDivided)]
    [InlineData("4 1 4 1", SpreadClass.StronglyDivided)]
    [InlineData("1 2 3 4", SpreadClass.StronglyDivided)]
    [InlineData("1 1 1 4 4 4", SpreadClass.StronglyDivided)]
    [InlineData("1 1 2 4 4", SpreadClass.StronglyDivided)]
    [InlineData("1 1 1 3 3 3", SpreadClass.StronglyDivided)]
    public void The_spread_of_the_answers_is_classified(string scores, SpreadClass expected)
    {
        Assert.Equal(expected, Spread.Of(Parse(scores))!.Class);
    }

    [Theory]
    [InlineData("")]
    [InlineData("4")]
    [InlineData("1 4")]
    public void Fewer_than_three_answers_get_no_classification(string scores)
    {
        Assert.Null(Spread.Of(Parse(scores)));
    }

    [Fact]
    public void The_range_and_the_interquartile_range_are_in_steps_of_the_scale()
    {
        var spread = Spread.Of([1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4])!;

        Assert.Equal(3, spread.Range);
        Assert.Equal(1.0, spread.InterquartileRange);
    }

    [Fact]
    public void With_an_odd_count_the_middle_answer_belongs_to_both_halves()
    {
        Assert.Equal(3.0, Spread.Of([1, 1, 2, 4, 4])!.InterquartileRange);
        Assert.Equal(1.0, Spread.Of([2, 3, 4])!.InterquartileRange);
    }

    [Fact]
    public void Five_times_gerealiseerd_and_seven_times_deels_is_a_split_over_those_two_answers()
    {
        var spread = Spread.Of([2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3], s => s == 2 ? "Deels" : "Gerealiseerd")!;

        Assert.Equal(SpreadClass.Divided, spread.Class);
        Assert.Equal("verdeeld over Deels en Gerealiseerd", spread.InWords);
    }

    [Fact]
    public void Six_times_grotendeels_and_six_times_volledig_is_a_split_over_those_two_answers()
    {
        var spread = Spread.Of([3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4], s => s == 3 ? "Grotendeels" : "Volledig")!;

        Assert.Equal("verdeeld over Grotendeels en Volledig", spread.InWords);
    }

    [Fact]
    public void Eight_of_twelve_on_one_answer_and_the_rest_one_step_away_is_in_agreement()
    {
        Assert.Equal("eensgezind", Spread.Of([3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4])!.InWords);
    }

    [Fact]
    public void A_wider_split_without_two_neighbouring_answers_names_no_answers()
    {
        var spread = Spread.Of([1, 2, 2, 3], s => $"antwoord {s}")!;

        Assert.Equal("verdeeld", spread.InWords);
        Assert.Null(spread.SplitOver);
    }

    [Fact]
    public void Without_labels_the_split_names_the_scores()
    {
        Assert.Equal("verdeeld over 3 en 4", Spread.Of([3, 3, 4, 4])!.InWords);
    }

    [Fact]
    public void The_rule_fits_on_one_line_under_the_chart()
    {
        Assert.DoesNotContain('\n', Spread.Rule);
        Assert.Contains("twee derde", Spread.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SpreadClass.InAgreement, "eensgezind")]
    [InlineData(SpreadClass.Divided, "verdeeld")]
    [InlineData(SpreadClass.StronglyDivided, "sterk verdeeld")]
    public void The_spread_is_said_in_words(SpreadClass spreadClass, string words)
    {
        Assert.Equal(words, new Spread(0, 0, spreadClass).InWords);
    }

    [Theory]
    [InlineData("3", 3.0)]
    [InlineData("1 3 4", 3.0)]
    [InlineData("4 1 3", 3.0)]
    [InlineData("2 3", 2.5)]
    [InlineData("1 2 3 4", 2.5)]
    [InlineData("1 1 4 4", 2.5)]
    [InlineData("2 2 3 3 3 3", 3.0)]
    public void The_median_is_the_middle_answer_or_the_mean_of_the_two_middle_answers(string scores, double median)
    {
        Assert.Equal(median, Median.Of(Parse(scores)));
    }

    [Fact]
    public void Without_answers_there_is_no_median()
    {
        Assert.Null(Median.Of([]));
    }

    private static int[] Parse(string scores) =>
        [.. scores.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))];
}
