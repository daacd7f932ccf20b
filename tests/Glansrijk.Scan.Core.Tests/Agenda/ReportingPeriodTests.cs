using Glansrijk.Scan.Core.Agenda;

namespace Glansrijk.Scan.Core.Tests.Agenda;

public sealed class ReportingPeriodTests
{
    [Theory]
    [InlineData(MeasurementFrequency.Month, "2027-03-15", "2027-03", "2027-03-01", "2027-03-31")]
    [InlineData(MeasurementFrequency.Quarter, "2027-02-28", "2027-K1", "2027-01-01", "2027-03-31")]
    [InlineData(MeasurementFrequency.Quarter, "2027-12-31", "2027-K4", "2027-10-01", "2027-12-31")]
    [InlineData(MeasurementFrequency.HalfYear, "2027-07-01", "2027-H2", "2027-07-01", "2027-12-31")]
    [InlineData(MeasurementFrequency.Year, "2027-06-30", "2027", "2027-01-01", "2027-12-31")]
    public void A_date_falls_in_one_calendar_period_of_the_frequency(MeasurementFrequency frequency, string date, string label, string start, string end)
    {
        var period = ReportingPeriod.Containing(frequency, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(label, period.Label);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
    }

    [Fact]
    public void Quarters_run_on_into_the_next_year_and_back()
    {
        var q4 = ReportingPeriod.Parse(MeasurementFrequency.Quarter, "2026-K4");

        Assert.Equal("2027-K1", q4.Next().Label);
        Assert.Equal("2026-K4", q4.Next().Previous().Label);
        Assert.Equal("2026-12", ReportingPeriod.Parse(MeasurementFrequency.Month, "2027-01").Previous().Label);
    }

    [Fact]
    public void The_periods_between_two_dates_include_both_ends()
    {
        var periods = ReportingPeriod.Between(MeasurementFrequency.Quarter, new DateOnly(2026, 11, 5), new DateOnly(2027, 7, 1));

        Assert.Equal(["2026-K4", "2027-K1", "2027-K2", "2027-K3"], periods.Select(p => p.Label));
        Assert.Empty(ReportingPeriod.Between(MeasurementFrequency.Quarter, new DateOnly(2027, 7, 1), new DateOnly(2026, 11, 5)));
    }

    [Theory]
    [InlineData("2027-k2", "2027-K2")]
    [InlineData(" 2027-K2 ", "2027-K2")]
    public void A_label_is_read_without_minding_case_or_spaces(string label, string expected) =>
        Assert.Equal(expected, ReportingPeriod.Parse(MeasurementFrequency.Quarter, label).Label);

    [Fact]
    public void Periods_read_as_Dutch_words()
    {
        Assert.Equal("1e kwartaal 2027", ReportingPeriod.Parse(MeasurementFrequency.Quarter, "2027-K1").InWords);
        Assert.Equal("maart 2027", ReportingPeriod.Parse(MeasurementFrequency.Month, "2027-03").InWords);
        Assert.Equal("2e half jaar 2027", ReportingPeriod.Parse(MeasurementFrequency.HalfYear, "2027-H2").InWords);
    }

    [Theory]
    [InlineData(MeasurementFrequency.Quarter, "2027-03", "per kwartaal")]
    [InlineData(MeasurementFrequency.Month, "2027-K1", "per maand")]
    [InlineData(MeasurementFrequency.Year, "2027-H1", "per jaar")]
    [InlineData(MeasurementFrequency.HalfYear, "2027", "per half jaar")]
    public void A_period_of_another_frequency_is_refused_in_Dutch(MeasurementFrequency frequency, string label, string said)
    {
        var refusal = Assert.Throws<AgendaRuleException>(() => ReportingPeriod.Parse(frequency, label));

        Assert.Contains(said, refusal.Message, StringComparison.Ordinal);
        Assert.Contains("Schrijf de periode als", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MeasurementFrequency.Quarter, "2027-K5")]
    [InlineData(MeasurementFrequency.Quarter, "2027-K0")]
    [InlineData(MeasurementFrequency.Month, "2027-13")]
    [InlineData(MeasurementFrequency.HalfYear, "2027-H3")]
    [InlineData(MeasurementFrequency.Quarter, "K1 2027")]
    [InlineData(MeasurementFrequency.Quarter, "")]
    [InlineData(MeasurementFrequency.Quarter, null)]
    [InlineData(MeasurementFrequency.Year, "1850")]
    public void A_period_that_does_not_exist_is_refused(MeasurementFrequency frequency, string? label) =>
        Assert.Throws<AgendaRuleException>(() => ReportingPeriod.Parse(frequency, label));
}
