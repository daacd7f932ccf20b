using System.Globalization;
using System.Xml.Linq;
using Glansrijk.Scan.Core.Instruments;

namespace Glansrijk.Scan.Web.Charts;

/// <summary>A horizontal axis from 0 to the highest score of a scale, for bars that show a median: a bar of 1 ("Nog
/// niet") is still visible, and equal medians get equal bars in every chart.</summary>
internal sealed record ScoreAxis(double Left, double Right, Scale Scale)
{
    public int MaxScore { get; } = Math.Max(1, Scale.CountedOptions.Select(o => o.Score ?? 0).DefaultIfEmpty(1).Max());

    public double X(double score) => Left + ((Right - Left) * Math.Clamp(score, 0, MaxScore) / MaxScore);

    /// <summary>A dashed line per score from <paramref name="top"/> to <paramref name="bottom"/>, its number above.</summary>
    public IEnumerable<XElement> Grid(double top, double bottom) =>
        Enumerable.Range(1, MaxScore).SelectMany(score => new[]
        {
            Svg.Line(X(score), top, X(score), bottom, "chart__grid", ChartPalette.Grid, 1, dashed: true),
            Svg.Text(X(score), top - 8, score.ToString(CultureInfo.InvariantCulture), "chart__tick", "middle", 18, fill: ChartPalette.Muted),
        });

    /// <summary>"1 Nog niet · 2 In beperkte mate · 3 Grotendeels · 4 Volledig", lowest first.</summary>
    public string Legend => string.Join(" · ", Scale.CountedOptions.OrderBy(o => o.Score).Select(o => $"{o.Score} {o.Label}"));
}
