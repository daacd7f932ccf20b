using System.Text;

namespace Glansrijk.Scan.Web.Features.Agenda.Exports;

/// <summary>The actions of the verbeteragenda as a CSV file for Excel as it is set up in the Netherlands.
/// <list type="bullet">
/// <item>UTF-8 with a byte order mark, so Excel reads é and ë correctly; semicolons between fields, because Dutch
/// Excel uses the comma as decimal separator and expects the semicolon as list separator.</item>
/// <item>Quoting as in RFC 4180: a field with a semicolon, comma, quote or line break is put between double quotes
/// and its quotes are doubled; lines end with CR LF.</item>
/// <item>Dates as yyyy-MM-dd: Excel recognises them as dates in every language setting, they sort correctly even
/// when read as text, and they are not mistaken for a month/day order.</item>
/// <item>Formula injection: a cell that starts with =, +, -, @, a tab or a carriage return would be run as a formula
/// by a spreadsheet; such a cell gets a leading apostrophe, so it is shown as the text that was typed.</item>
/// <item>Indicators: one cell per action, each indicator as "naam: laatste meting (periode), stand; streefwaarde …",
/// separated by " | ".</item>
/// </list></summary>
public static class AgendaCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static readonly IReadOnlyList<string> Header =
    [
        "Nr", "Focusnorm", "Actie", "Wat verandert er voor jongeren", "Trekker", "Organisatie trekker",
        "Betrokken organisaties", "Start", "Deadline", "Eerste checkmoment", "Volgende checkmoment",
        "Resultaatindicator", "Indicatoren", "Status", "Voortgang",
    ];

    public static byte[] Write(AgendaReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        AppendLine(text, Header);
        foreach (var action in report.Actions)
        {
            AppendLine(text,
            [
                action.Number.ToString(ReportWords.Dutch),
                action.Norm,
                action.Title,
                action.ForYoungPeople,
                action.Owner,
                action.OwnerOrganisation,
                string.Join(", ", action.Organisations),
                IsoDate(action.Start),
                IsoDate(action.Deadline),
                IsoDate(action.FirstCheck),
                IsoDate(action.NextCheck),
                action.ResultIndicator,
                string.Join(" | ", action.Indicators.Select(i => $"{i.Standing.InOneLine}; streefwaarde {i.Standing.Target} op {IsoDate(i.Standing.TargetDate)}")),
                action.Status,
                action.Progress,
            ]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>One field, guarded and quoted as described on <see cref="AgendaCsv"/>.</summary>
    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var guarded = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return guarded.AsSpan().IndexOfAny(";,\"\r\n") >= 0
            ? "\"" + guarded.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : guarded;
    }

    private static void AppendLine(StringBuilder text, IEnumerable<string> fields) =>
        text.AppendJoin(';', fields.Select(Field)).Append("\r\n");

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
