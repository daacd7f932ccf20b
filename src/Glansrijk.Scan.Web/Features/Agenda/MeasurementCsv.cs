using System.Security.Cryptography;
using System.Text;
using Glansrijk.Scan.Core.Agenda;

namespace Glansrijk.Scan.Web.Features.Agenda;

/// <summary>One row of a measurements file as read, with its line in the file and what it would do.</summary>
public sealed record CsvMeasurementRow(int Line, AgendaAction Action, Indicator Indicator, ReportingPeriod Period, decimal Value, string? Note, bool Changes);

/// <summary>A problem with the file or one of its lines; line 0 is the file as a whole.</summary>
public sealed record CsvProblem(int Line, string Message);

/// <summary>What a measurements file holds: the rows, or every problem found. Only a file without problems is
/// imported.</summary>
public sealed record CsvReading(IReadOnlyList<CsvMeasurementRow> Rows, IReadOnlyList<CsvProblem> Problems)
{
    public bool IsValid => Problems.Count == 0 && Rows.Count > 0;
}

/// <summary>The CSV format for measurements, as Dutch spreadsheets save it: UTF-8, semicolons, a header line
/// <c>indicator;naam;periode;waarde;toelichting</c>, one row per indicator per period. "indicator" is the code the
/// template file gives each indicator; "naam" is there for people and must match. A text cell that starts like a
/// formula (=, +, -, @) is refused, so the file cannot carry a formula back into someone's spreadsheet.</summary>
public static class MeasurementCsv
{
    public const char Separator = ';';
    public const int MaxBytes = 1024 * 1024;
    public const int MaxRows = 5000;
    public static readonly IReadOnlyList<string> Columns = ["indicator", "naam", "periode", "waarde", "toelichting"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A file to fill in: a row per indicator for the period that is due (or the last one that ended).</summary>
    public static string Template(ImprovementAgenda agenda, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        var text = new StringBuilder();
        text.Append(string.Join(Separator, Columns)).Append("\r\n");
        foreach (var indicator in agenda.Actions.OrderBy(a => a.Position).SelectMany(a => a.Indicators))
        {
            var period = indicator.DuePeriod(today) ?? ReportingPeriod.Containing(indicator.Frequency, today).Previous();
            text.Append(indicator.Id).Append(Separator).Append(Quote(indicator.Name)).Append(Separator).Append(period.Label).Append(";;\r\n");
        }

        return text.ToString();
    }

    /// <summary>A stable id for a file's content: the same file sent twice is the same command.</summary>
    public static Guid CommandIdOf(byte[] content) => new(SHA256.HashData(content).AsSpan(0, 16));

    public static CsvReading Read(byte[] content, ImprovementAgenda agenda, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(agenda);
        if (content.Length == 0)
        {
            return Fail("Het bestand is leeg.");
        }

        if (content.Length > MaxBytes)
        {
            return Fail("Het bestand is groter dan 1 MB. Lees de metingen in delen in.");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Fail("Het bestand is niet in UTF-8 opgeslagen. Kies in je spreadsheet 'CSV UTF-8 (door komma's gescheiden)' en probeer het opnieuw.");
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var header = lines[0];
        if (!header.Contains(Separator, StringComparison.Ordinal) && (header.Contains(',', StringComparison.Ordinal) || header.Contains('\t', StringComparison.Ordinal)))
        {
            return Fail("Gebruik een puntkomma (;) als scheidingsteken, geen komma of tab.");
        }

        var columns = Split(header).Select(c => c.Trim().ToLowerInvariant()).ToList();
        if (!columns.SequenceEqual(Columns))
        {
            return Fail($"De kolommen kloppen niet. De eerste regel is: {string.Join(Separator, Columns)}");
        }

        var indicators = agenda.Actions.SelectMany(a => a.Indicators.Select(i => (Action: a, Indicator: i))).ToDictionary(x => x.Indicator.Id);
        var rows = new List<CsvMeasurementRow>();
        var problems = new List<CsvProblem>();
        var seen = new Dictionary<(Guid, string), int>();
        var dataLines = lines.Select((l, i) => (Text: l, Line: i + 1)).Skip(1).Where(l => l.Text.Trim().Length > 0).ToList();
        if (dataLines.Count > MaxRows)
        {
            return Fail($"Het bestand heeft meer dan {MaxRows} rijen. Lees de metingen in delen in.");
        }

        foreach (var (line, number) in dataLines)
        {
            var cells = Split(line);
            if (cells.Count != Columns.Count)
            {
                problems.Add(new(number, $"deze regel heeft {cells.Count} kolommen in plaats van {Columns.Count}."));
                continue;
            }

            if (cells.FirstOrDefault(LooksLikeFormula) is { } formula)
            {
                problems.Add(new(number, $"een cel begint met '{formula.TrimStart()[0]}', zoals een formule. Haal dat teken weg."));
                continue;
            }

            if (!Guid.TryParse(cells[0].Trim(), out var id) || !indicators.TryGetValue(id, out var found))
            {
                problems.Add(new(number, "deze indicator hoort niet bij de verbeteragenda van deze scan. Gebruik de code uit het voorbeeldbestand."));
                continue;
            }

            if (!string.Equals(cells[1].Trim(), found.Indicator.Name, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new(number, $"de naam '{cells[1].Trim()}' past niet bij de code; die hoort bij '{found.Indicator.Name}'."));
                continue;
            }

            try
            {
                var value = found.Indicator.Unit.ParseValue(cells[3]);
                var (period, note, changes) = found.Indicator.Check(cells[2], value, cells[4], now);
                if (seen.TryGetValue((id, period.Label), out var earlier))
                {
                    problems.Add(new(number, $"{found.Indicator.Name} over {period.InWords} staat ook al op regel {earlier}."));
                    continue;
                }

                seen[(id, period.Label)] = number;
                rows.Add(new CsvMeasurementRow(number, found.Action, found.Indicator, period, value, note, changes));
            }
            catch (AgendaRuleException e)
            {
                problems.Add(new(number, e.Message));
            }
        }

        if (dataLines.Count == 0)
        {
            problems.Add(new(0, "Het bestand heeft geen metingen onder de kopregel."));
        }

        return new CsvReading(rows, problems);
    }

    private static CsvReading Fail(string message) => new([], [new CsvProblem(0, message)]);

    /// <summary>Text cells only: a value like "-3" is read as a number and refused there.</summary>
    private static bool LooksLikeFormula(string cell)
    {
        var trimmed = cell.TrimStart();
        return trimmed.Length > 0 && trimmed[0] is '=' or '+' or '@' or '\t' or '\r' || (trimmed.StartsWith('-') && !decimal.TryParse(trimmed.Replace(',', '.'), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _));
    }

    /// <summary>Splits one line on semicolons, with cells in double quotes that may hold a semicolon or a doubled
    /// quote.</summary>
    private static List<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == Separator && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }

    private static string Quote(string text) => $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
