using System.Globalization;

namespace Glansrijk.Scan.Core.Agenda;

/// <summary>What an indicator's values are: "aantal", "percentage", "ja/nee" or "schaal".</summary>
public enum IndicatorUnit
{
    /// <summary>A whole number, zero or more.</summary>
    Count = 0,

    /// <summary>0 to 100, decimals allowed.</summary>
    Percentage = 1,

    /// <summary>Stored as 1 (ja) or 0 (nee).</summary>
    YesNo = 2,

    /// <summary>A mark from 1 to 10, decimals allowed (an average of a survey, for instance).</summary>
    Scale = 3,
}

/// <summary>How often an indicator is measured: "maand", "kwartaal", "half jaar", "jaar".</summary>
public enum MeasurementFrequency
{
    Month = 0,
    Quarter = 1,
    HalfYear = 2,
    Year = 3,
}

/// <summary>Who mainly steers on an indicator: the niveaus of the route-doorontwikkeling.</summary>
public enum IndicatorLevel
{
    /// <summary>"bestuurlijk": for the college, the board.</summary>
    Administrative = 0,

    /// <summary>"beleidsmatig": for policy makers and programme leads.</summary>
    Policy = 1,

    /// <summary>"operationeel": for the people doing the work.</summary>
    Operational = 2,
}

/// <summary>How an indicator stands (<see cref="Indicator.Status"/>): "op koers", "achter" or "geen meting".</summary>
public enum IndicatorStatus
{
    NoMeasurement = 0,
    OnTrack = 1,
    Behind = 2,
}

/// <summary>The Dutch words for the indicator terms, and reading a value as a person types it.</summary>
public static class IndicatorWords
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string InWords(this IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Count => "aantal",
        IndicatorUnit.Percentage => "percentage",
        IndicatorUnit.YesNo => "ja/nee",
        _ => "schaal (1 tot en met 10)",
    };

    public static string InWords(this MeasurementFrequency frequency) => frequency switch
    {
        MeasurementFrequency.Month => "per maand",
        MeasurementFrequency.Quarter => "per kwartaal",
        MeasurementFrequency.HalfYear => "per half jaar",
        _ => "per jaar",
    };

    public static string InWords(this IndicatorLevel level) => level switch
    {
        IndicatorLevel.Administrative => "bestuurlijk",
        IndicatorLevel.Policy => "beleidsmatig",
        _ => "operationeel",
    };

    public static string InWords(this IndicatorStatus status) => status switch
    {
        IndicatorStatus.OnTrack => "op koers",
        IndicatorStatus.Behind => "achter",
        _ => "geen meting",
    };

    /// <summary>The code words used in content files and CSV files: aantal, percentage, ja-nee, schaal.</summary>
    public static string Code(this IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Count => "aantal",
        IndicatorUnit.Percentage => "percentage",
        IndicatorUnit.YesNo => "ja-nee",
        _ => "schaal",
    };

    public static string Code(this MeasurementFrequency frequency) => frequency switch
    {
        MeasurementFrequency.Month => "maand",
        MeasurementFrequency.Quarter => "kwartaal",
        MeasurementFrequency.HalfYear => "halfjaar",
        _ => "jaar",
    };

    public static string Code(this IndicatorLevel level) => level switch
    {
        IndicatorLevel.Administrative => "bestuurlijk",
        IndicatorLevel.Policy => "beleidsmatig",
        _ => "operationeel",
    };

    public static bool TryUnit(string? code, out IndicatorUnit unit) => TryCode(code, Code, out unit);

    public static bool TryFrequency(string? code, out MeasurementFrequency frequency) => TryCode(code, Code, out frequency);

    public static bool TryLevel(string? code, out IndicatorLevel level) => TryCode(code, Code, out level);

    /// <summary>A value as people write it: "12", "12,5" or "12.5", "ja"/"nee" for ja/nee, an optional "%" for a
    /// percentage. Throws an <see cref="AgendaRuleException"/> with a Dutch message when it is not a number or falls
    /// outside what the unit allows.</summary>
    public static decimal ParseValue(this IndicatorUnit unit, string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw new AgendaRuleException("Vul een waarde in.");
        }

        if (unit == IndicatorUnit.YesNo)
        {
            return trimmed.ToLowerInvariant() switch
            {
                "ja" or "1" => 1m,
                "nee" or "0" => 0m,
                _ => throw new AgendaRuleException($"Deze indicator is ja/nee: vul 'ja' of 'nee' in, niet '{Shorten(trimmed)}'."),
            };
        }

        var number = unit == IndicatorUnit.Percentage ? trimmed.TrimEnd('%').TrimEnd() : trimmed;
        if (number.Contains(',', StringComparison.Ordinal) && number.Contains('.', StringComparison.Ordinal))
        {
            throw new AgendaRuleException($"Schrijf '{Shorten(trimmed)}' zonder scheidingsteken voor duizendtallen, bijvoorbeeld 1250 of 12,5.");
        }

        if (!decimal.TryParse(number.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            throw new AgendaRuleException($"'{Shorten(trimmed)}' is geen getal.");
        }

        unit.EnsureInRange(value);
        return value;
    }

    /// <summary>Throws when <paramref name="value"/> cannot be a value of <paramref name="unit"/>.</summary>
    public static void EnsureInRange(this IndicatorUnit unit, decimal value)
    {
        var problem = unit switch
        {
            IndicatorUnit.Count when value < 0 || value != decimal.Truncate(value) => "Een aantal is een heel getal van 0 of meer.",
            IndicatorUnit.Percentage when value is < 0 or > 100 => "Een percentage ligt tussen 0 en 100.",
            IndicatorUnit.YesNo when value is not (0 or 1) => "Vul 'ja' of 'nee' in.",
            IndicatorUnit.Scale when value is < 1 or > 10 => "Een score op de schaal ligt tussen 1 en 10.",
            _ => null,
        };
        if (problem is not null)
        {
            throw new AgendaRuleException(problem);
        }
    }

    /// <summary>A value as the pages show it: "12", "12,5%", "ja", "7,4".</summary>
    public static string Format(this IndicatorUnit unit, decimal value) => unit switch
    {
        IndicatorUnit.YesNo => value == 1 ? "ja" : "nee",
        IndicatorUnit.Percentage => value.ToString("0.##", Dutch) + "%",
        _ => value.ToString("0.##", Dutch),
    };

    private static bool TryCode<T>(string? code, Func<T, string> codeOf, out T value)
        where T : struct, Enum
    {
        var wanted = code?.Trim().ToLowerInvariant() ?? "";
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (codeOf(candidate) == wanted)
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static string Shorten(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
