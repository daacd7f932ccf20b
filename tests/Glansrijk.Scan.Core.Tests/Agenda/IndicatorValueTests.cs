using Glansrijk.Scan.Core.Agenda;

namespace Glansrijk.Scan.Core.Tests.Agenda;

public sealed class IndicatorValueTests
{
    [Theory]
    [InlineData(IndicatorUnit.Count, "12", 12)]
    [InlineData(IndicatorUnit.Percentage, "12,5", 12.5)]
    [InlineData(IndicatorUnit.Percentage, "12.5 %", 12.5)]
    [InlineData(IndicatorUnit.YesNo, "Ja", 1)]
    [InlineData(IndicatorUnit.YesNo, "nee", 0)]
    [InlineData(IndicatorUnit.Scale, "7,4", 7.4)]
    public void A_value_is_read_as_people_write_it(IndicatorUnit unit, string text, double expected) =>
        Assert.Equal((decimal)expected, unit.ParseValue(text));

    [Theory]
    [InlineData(IndicatorUnit.Count, "twaalf")]
    [InlineData(IndicatorUnit.Count, "")]
    [InlineData(IndicatorUnit.Count, "-3")]
    [InlineData(IndicatorUnit.Count, "2,5")]
    [InlineData(IndicatorUnit.Count, "1.250,0")]
    [InlineData(IndicatorUnit.Percentage, "101")]
    [InlineData(IndicatorUnit.Percentage, "-1")]
    [InlineData(IndicatorUnit.YesNo, "misschien")]
    [InlineData(IndicatorUnit.YesNo, "2")]
    [InlineData(IndicatorUnit.Scale, "0")]
    [InlineData(IndicatorUnit.Scale, "11")]
    [InlineData(IndicatorUnit.Scale, "=1+1")]
    public void A_value_that_is_not_a_number_or_out_of_range_is_refused_in_Dutch(IndicatorUnit unit, string text)
    {
        var refusal = Assert.Throws<AgendaRuleException>(() => unit.ParseValue(text));

        Assert.False(string.IsNullOrWhiteSpace(refusal.Message));
    }

    [Fact]
    public void Values_are_shown_in_Dutch()
    {
        Assert.Equal("12,5%", IndicatorUnit.Percentage.Format(12.5m));
        Assert.Equal("ja", IndicatorUnit.YesNo.Format(1));
        Assert.Equal("1250", IndicatorUnit.Count.Format(1250));
    }
}
