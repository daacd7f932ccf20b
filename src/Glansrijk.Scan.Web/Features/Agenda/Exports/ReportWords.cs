using System.Globalization;
using System.Text;
using Glansrijk.Scan.Core.Sessions;

namespace Glansrijk.Scan.Web.Features.Agenda.Exports;

/// <summary>How the verbeteragenda writes dates, numbers and statuses: the Dutch way, the same in every output.</summary>
public static class ReportWords
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>"10 februari 2027".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);

    /// <summary>"woensdag".</summary>
    public static string Weekday(DateOnly date) => date.ToString("dddd", Dutch);

    /// <summary>"februari 2028".</summary>
    public static string Month(DateOnly date) => date.ToString("MMMM yyyy", Dutch);

    /// <summary>"13.00".</summary>
    public static string Time(TimeOnly time) => time.ToString("HH.mm", Dutch);

    /// <summary>"2,5"; whole numbers without decimals.</summary>
    public static string Number(double value) => value.ToString("0.#", Dutch);

    /// <summary>"67%".</summary>
    public static string Percentage(double share) => (share * 100).ToString("0", Dutch) + "%";

    /// <summary>"A", "A en B", "A, B en C".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} en {items[^1]}",
    };

    public static string Of(SpreadClass spread) => spread switch
    {
        SpreadClass.InAgreement => "eensgezind",
        SpreadClass.Divided => "verdeeld",
        _ => "sterk verdeeld",
    };

    /// <summary>"Drechtsteden" → "drechtsteden", "Zuid-Holland Zuid" → "zuid-holland-zuid", "Noordoost-Brabant (’s-Hertogenbosch)"
    /// → "noordoost-brabant-s-hertogenbosch": letters and digits without accents, words joined by hyphens.</summary>
    public static string Slug(string text)
    {
        var plain = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            plain.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        var slug = string.Join('-', plain.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "regio" : slug;
    }
}
