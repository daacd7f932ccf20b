using System.Globalization;
using System.Xml.Linq;
using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Instruments;

namespace Glansrijk.Scan.Web.Charts;

/// <summary>The outcome of prioritising: every norm with its points, most points first, in the order and with the
/// shared ranks of <see cref="Prioritisation.Ranking"/>.</summary>
public static class RankingChart
{
    private const double Width = 1200;
    private const double RankRight = 68;
    private const double LabelLeft = 82;
    private const double BarLeft = 690;
    private const double BarRight = 1060;
    private const double Row = 44;
    private const double BarHeight = 28;
    private const double LabelSize = 20;

    /// <param name="norms">The items the ranking names, to show their number and title.</param>
    public static string Render(IReadOnlyList<NormPoints> ranking, IEnumerable<Item> norms)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(norms);
        var names = norms.DistinctBy(n => n.Id).ToDictionary(n => n.Id, ChartText.NameOf);
        var highest = Math.Max(1, ranking.Select(r => r.Points).DefaultIfEmpty(0).Max());
        var labelCharacters = ChartText.CharactersIn(BarLeft - LabelLeft - 16, LabelSize);
        var content = new List<XElement>();
        for (var i = 0; i < ranking.Count; i++)
        {
            var norm = ranking[i];
            var middle = 10 + (i * Row) + (Row / 2);
            var barEnd = BarLeft + ((BarRight - BarLeft) * norm.Points / highest);
            content.Add(Svg.Group(
                "chart__row",
                new XAttribute("data-item", norm.NormId),
                Svg.Text(RankRight, middle + 7, Ordinal(norm.Rank), "chart__rank", "end", LabelSize, bold: true),
                Svg.Text(LabelLeft, middle + 7, ChartText.Fit(names.GetValueOrDefault(norm.NormId, norm.NormId), labelCharacters), "chart__label", size: LabelSize),
                norm.Points == 0 ? null : Svg.Rect(BarLeft, middle - (BarHeight / 2), barEnd - BarLeft, BarHeight, "chart__bar", ChartPalette.Bar),
                Svg.Text(barEnd + 12, middle + 7, ChartText.Count(norm.Points, "punt", "punten"), "chart__value", size: LabelSize, bold: norm.Points > 0)));
        }

        var bottom = 10 + (ranking.Count * Row);
        content.Add(Svg.Line(BarLeft, 10, BarLeft, bottom, "chart__axis", ChartPalette.Ink, 2));
        var description = ranking.Count == 0
            ? "Er zijn geen normen om punten aan te geven."
            : "Punten per norm, de meeste eerst: " + string.Join("; ", ranking.Select(n =>
                $"{Ordinal(n.Rank)} {names.GetValueOrDefault(n.NormId, n.NormId)}: {ChartText.Count(n.Points, "punt", "punten")}" +
                (n.Points > 0 ? $" van {ChartText.Count(n.Givers, "deelnemer", "deelnemers")}" : ""))) + ".";
        return Svg.Document("ranking", Width, bottom + 10, "Prioriteren: punten per norm", description, content);
    }

    /// <summary>"1e", "2e": a rank reads apart from the norm's own number next to it.</summary>
    private static string Ordinal(int rank) => rank.ToString(CultureInfo.InvariantCulture) + "e";
}
