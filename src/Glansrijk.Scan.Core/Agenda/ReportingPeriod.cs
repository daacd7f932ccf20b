using System.Globalization;
using System.Text.RegularExpressions;

namespace Glansrijk.Scan.Core.Agenda;

/// <summary>One period of a <see cref="MeasurementFrequency"/>: a month, a quarter, a half year or a year, always
/// aligned to the calendar (quarters start in January, April, July and October). Labels: "2027-03" (maand),
/// "2027-K1" (kwartaal), "2027-H1" (half jaar), "2027" (jaar).</summary>
public readonly partial record struct ReportingPeriod
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    private ReportingPeriod(MeasurementFrequency frequency, int year, int number)
    {
        Frequency = frequency;
        Year = year;
        Number = number;
    }

    public MeasurementFrequency Frequency { get; }
    public int Year { get; }

    /// <summary>The month (1–12), quarter (1–4) or half (1–2) within the year; 1 for a year.</summary>
    public int Number { get; }

    public DateOnly Start => new(Year, ((Number - 1) * MonthsIn(Frequency)) + 1, 1);
    public DateOnly End => Start.AddMonths(MonthsIn(Frequency)).AddDays(-1);

    public string Label => Frequency switch
    {
        MeasurementFrequency.Month => $"{Year:D4}-{Number:D2}",
        MeasurementFrequency.Quarter => $"{Year:D4}-K{Number}",
        MeasurementFrequency.HalfYear => $"{Year:D4}-H{Number}",
        _ => $"{Year:D4}",
    };

    /// <summary>"maart 2027", "1e kwartaal 2027", "2e half jaar 2027", "2027".</summary>
    public string InWords => Frequency switch
    {
        MeasurementFrequency.Month => Start.ToString("MMMM yyyy", Dutch),
        MeasurementFrequency.Quarter => $"{Number}e kwartaal {Year}",
        MeasurementFrequency.HalfYear => $"{Number}e half jaar {Year}",
        _ => $"{Year}",
    };

    /// <summary>The period of <paramref name="frequency"/> that <paramref name="date"/> falls in.</summary>
    public static ReportingPeriod Containing(MeasurementFrequency frequency, DateOnly date) =>
        new(frequency, date.Year, ((date.Month - 1) / MonthsIn(frequency)) + 1);

    public ReportingPeriod Next() => Number == PeriodsPerYear(Frequency) ? new(Frequency, Year + 1, 1) : new(Frequency, Year, Number + 1);

    public ReportingPeriod Previous() => Number == 1 ? new(Frequency, Year - 1, PeriodsPerYear(Frequency)) : new(Frequency, Year, Number - 1);

    /// <summary>Every period from the one containing <paramref name="from"/> up to and including the one containing
    /// <paramref name="to"/>; empty when <paramref name="to"/> lies before <paramref name="from"/>.</summary>
    public static IEnumerable<ReportingPeriod> Between(MeasurementFrequency frequency, DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            yield break;
        }

        var last = Containing(frequency, to);
        for (var period = Containing(frequency, from); period.Start <= last.Start; period = period.Next())
        {
            yield return period;
        }
    }

    /// <summary>Reads a label of <paramref name="frequency"/>; a label of another frequency, a month 13 or a quarter 5
    /// is refused with a Dutch message that shows how to write it.</summary>
    public static ReportingPeriod Parse(MeasurementFrequency frequency, string? label)
    {
        var text = label?.Trim().ToUpperInvariant() ?? "";
        var match = LabelPattern().Match(text);
        if (!match.Success)
        {
            throw new AgendaRuleException($"Schrijf de periode als {Example(frequency)}, niet '{Shorten(label)}'.");
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var kind = match.Groups["kind"].Value;
        var number = match.Groups["number"].Success ? int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture) : 1;
        var labelFrequency = kind switch
        {
            "K" => MeasurementFrequency.Quarter,
            "H" => MeasurementFrequency.HalfYear,
            "" when match.Groups["number"].Success => MeasurementFrequency.Month,
            _ => MeasurementFrequency.Year,
        };
        if (labelFrequency != frequency)
        {
            throw new AgendaRuleException(
                $"Deze indicator wordt {frequency.InWords()} gemeten; '{Shorten(label)}' is een periode {labelFrequency.InWords()}. Schrijf de periode als {Example(frequency)}.");
        }

        if (year is < 2000 or > 2100 || number < 1 || number > PeriodsPerYear(frequency))
        {
            throw new AgendaRuleException($"'{Shorten(label)}' bestaat niet. Schrijf de periode als {Example(frequency)}.");
        }

        return new ReportingPeriod(frequency, year, number);
    }

    public override string ToString() => Label;

    /// <summary>How a label of <paramref name="frequency"/> looks, for messages and form hints.</summary>
    public static string Example(MeasurementFrequency frequency) => frequency switch
    {
        MeasurementFrequency.Month => "2027-03 (jaar en maand)",
        MeasurementFrequency.Quarter => "2027-K1 (K1 tot en met K4)",
        MeasurementFrequency.HalfYear => "2027-H1 (H1 of H2)",
        _ => "2027 (alleen het jaar)",
    };

    private static int MonthsIn(MeasurementFrequency frequency) => frequency switch
    {
        MeasurementFrequency.Month => 1,
        MeasurementFrequency.Quarter => 3,
        MeasurementFrequency.HalfYear => 6,
        _ => 12,
    };

    private static int PeriodsPerYear(MeasurementFrequency frequency) => 12 / MonthsIn(frequency);

    private static string Shorten(string? text) => text is null ? "" : text.Length <= 20 ? text.Trim() : text.Trim()[..20] + "…";

    [GeneratedRegex(@"^(?<year>\d{4})(-(?<kind>[KH]?)(?<number>\d{1,2}))?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex LabelPattern();
}
