using System.Globalization;
using Glansrijk.Scan.Core.Instruments;

namespace Glansrijk.Scan.Web.Charts;

/// <summary>Numbers the Dutch way ("2,5", "67%") and titles made to fit a column. Widths are estimated from the
/// character count: the charts cannot measure text on the server, so they leave room for the widest common letters.</summary>
internal static class ChartText
{
    /// <summary>Average advance of a character in em, a little wider than Noto Sans or Arial at their average.</summary>
    public const double CharacterWidth = 0.52;

    public static string Number(double value) =>
        Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',');

    public static string Percentage(double share) =>
        Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>"1 stem", "3 stemmen": the singular or plural after a count.</summary>
    public static string Count(int count, string one, string many) =>
        $"{count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? one : many)}";

    /// <summary>"3 Afspraken en middelen": the number and short title by which the group knows an item.</summary>
    public static string NameOf(Item item) => $"{item.Number.ToString(CultureInfo.InvariantCulture)} {item.Title}";

    public static int CharactersIn(double width, double fontSize) => Math.Max(1, (int)(width / (fontSize * CharacterWidth)));

    /// <summary>The text cut at a word boundary with "…" when it is longer than <paramref name="maxCharacters"/>.</summary>
    public static string Fit(string text, int maxCharacters)
    {
        var trimmed = text.Trim();
        if (trimmed.Length <= maxCharacters)
        {
            return trimmed;
        }

        var cut = trimmed[..Math.Max(1, maxCharacters - 1)];
        var space = cut.LastIndexOf(' ');
        return (space > maxCharacters / 2 ? cut[..space] : cut).TrimEnd(' ', ',', '-', '–', '/') + "…";
    }

    /// <summary>Words spread over at most <paramref name="maxLines"/> lines; what does not fit ends in "…".</summary>
    public static IReadOnlyList<string> Wrap(string text, int maxCharacters, int maxLines)
    {
        var lines = new List<string>();
        var current = "";
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var candidate = current.Length == 0 ? words[i] : $"{current} {words[i]}";
            if (candidate.Length <= maxCharacters || current.Length == 0)
            {
                current = candidate;
                continue;
            }

            if (lines.Count == maxLines - 1)
            {
                lines.Add(Fit(string.Join(' ', words[(i - current.Split(' ').Length)..]), maxCharacters));
                return lines;
            }

            lines.Add(Fit(current, maxCharacters));
            current = words[i];
        }

        if (current.Length > 0)
        {
            lines.Add(Fit(current, maxCharacters));
        }

        return lines;
    }
}
