using System.Globalization;
using System.Xml.Linq;
using Glansrijk.Scan.Core.Instruments;
using Glansrijk.Scan.Core.Sessions;

namespace Glansrijk.Scan.Web.Charts;

/// <summary>The result of a revealed round: a column per answer of the scale with its count, "Weet ik niet" apart
/// and drawn open, the median as a line between the columns, the spread in words, and, when it may be shown, the
/// median per domain on a track under the columns.</summary>
public static class DistributionChart
{
    private const double Width = 1000;
    private const double MedianLabelY = 34;
    private const double BarTop = 80;
    private const double Baseline = 320;
    private const double LabelSize = 19;
    private const double DomainRow = 70;
    private const string HiddenNote = "Niet alle domeinen staan erbij, zodat kleine groepen anoniem blijven.";

    /// <param name="subject">What was voted on, e.g. "3 Afspraken en middelen"; goes into the title.</param>
    /// <param name="domains">The domains of the content, to name the per-domain results.</param>
    public static string Render(string subject, TallyResult result, IEnumerable<Domain> domains)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(domains);
        var names = domains.ToDictionary(d => d.Id, d => d.Name);
        var shown = result.Domains.Select(d => (Tally: d, Name: names.GetValueOrDefault(d.DomainId, d.DomainId))).ToArray();
        var columns = Columns.Of(result.Options, 30, Width - 20);

        var content = new List<XElement>();
        content.AddRange(columns.Bars());
        var summaryY = Baseline + 40 + (LabelSize * 1.25 * columns.LabelLines) + 20;
        if (result.Median is { } median)
        {
            content.Add(MedianMarker(columns, median));
        }

        content.AddRange(columns.Counts());

        content.Add(Svg.Text(30, summaryY, ChartText.Fit(Summary(result), ChartText.CharactersIn(Width - 60, 22)), "chart__summary", size: 22, bold: true));
        var y = summaryY + 30;
        if (shown.Length > 0)
        {
            content.AddRange(DomainRows(columns, shown, y));
            y += 30 + (shown.Length * DomainRow);
        }

        if (result.DomainsHidden)
        {
            content.Add(Svg.Text(30, y + 12, HiddenNote, "chart__note", size: 17, fill: ChartPalette.Muted));
            y += 34;
        }

        return Svg.Document("distribution", Width, y + 10, $"Uitslag: {subject}", Description(result, shown), content);
    }

    private static string Summary(TallyResult result)
    {
        if (result.Median is not { } median)
        {
            return "Geen mediaan: niemand gaf een antwoord met een score.";
        }

        var inWords = result.MedianInWords is null ? "" : $" ({result.MedianInWords})";
        var spread = result.Spread is null ? "" : $"; {result.Spread.InWords}";
        return $"Mediaan {ChartText.Number(median)}{inWords}{spread}";
    }

    private static string Description(TallyResult result, (DomainTally Tally, string Name)[] domains)
    {
        var parts = new List<string>
        {
            Summary(result) + ".",
            "Antwoorden: " + string.Join(", ", result.Options.Select(o => $"{o.Label} {o.Count}")) + ".",
        };
        if (domains.Length > 0)
        {
            parts.Add("Mediaan per domein: " + string.Join("; ", domains.Select(d =>
                $"{d.Name} {(d.Tally.Median is { } m ? ChartText.Number(m) : "geen score")} ({ChartText.Count(d.Tally.Voted, "stem", "stemmen")})")) + ".");
        }

        if (result.DomainsHidden)
        {
            parts.Add(HiddenNote);
        }

        return string.Join(" ", parts);
    }

    private static XElement MedianMarker(Columns columns, double median)
    {
        var x = columns.ScoreX(median);
        var labelX = Math.Clamp(x, columns.Left + 70, columns.Right - 70);
        return Svg.Group(
            "chart__median",
            Svg.Line(x, MedianLabelY + 10, x, Baseline, "chart__median-halo", ChartPalette.Background, 9),
            Svg.Line(x, MedianLabelY + 10, x, Baseline, "chart__median-line", ChartPalette.Median, 4, dashed: true),
            Svg.Text(labelX, MedianLabelY, $"Mediaan {ChartText.Number(median)}", "chart__median-label", "middle", 22, bold: true, fill: ChartPalette.Median));
    }

    private static IEnumerable<XElement> DomainRows(Columns columns, (DomainTally Tally, string Name)[] domains, double start)
    {
        yield return Svg.Text(30, start + 12, "Mediaan per domein", "chart__heading", size: 19, bold: true);
        var (from, to) = columns.ScoreRange;
        var nameCharacters = ChartText.CharactersIn(Width - 60, 18);
        for (var i = 0; i < domains.Length; i++)
        {
            var (tally, name) = domains[i];
            var top = start + 30 + (i * DomainRow);
            var y = top + 46;
            var row = Svg.Group(
                "chart__domain",
                Svg.Text(30, top + 18, ChartText.Fit($"{name} ({ChartText.Count(tally.Voted, "stem", "stemmen")})", nameCharacters), "chart__label", size: 18),
                Svg.Line(columns.ScoreX(from), y, columns.ScoreX(to), y, "chart__track", ChartPalette.Grid, 2));
            row.Add(columns.CountedCentres.Select(x => Svg.Line(x, y - 8, x, y + 8, "chart__track", ChartPalette.Grid, 2)));
            if (tally.Median is { } median)
            {
                row.Add(Svg.Circle(columns.ScoreX(median), y, 11, "chart__marker", ChartPalette.Bar, ChartPalette.Background, 3));
            }

            row.Add(Svg.Text(columns.ValueX, y + 7, tally.Median is { } m ? ChartText.Number(m) : "geen score", "chart__value", "middle", 19, bold: tally.Median is not null));
            yield return row;
        }
    }

    /// <summary>Where each answer's column stands: the counted answers in the scale's order, then, after a gap and a
    /// dividing line, the answers without a score.</summary>
    private sealed class Columns
    {
        private readonly Dictionary<int, double> _centreOfScore;
        private readonly int _highest;

        private Columns(double left, double right, double slot, IReadOnlyList<OptionCount> counted, IReadOnlyList<OptionCount> uncounted)
        {
            Left = left;
            Right = right;
            Slot = slot;
            Counted = counted;
            Uncounted = uncounted;
            _centreOfScore = counted.Select((o, i) => (o.Score!.Value, Left + (slot * (i + 0.5)))).ToDictionary(p => p.Item1, p => p.Item2);
            LabelLines = Math.Max(1, counted.Concat(uncounted).Max(o => Label(o).Count));
            _highest = Math.Max(1, counted.Concat(uncounted).Max(o => o.Count));
        }

        public double Left { get; }
        public double Right { get; }
        public double Slot { get; }
        public IReadOnlyList<OptionCount> Counted { get; }
        public IReadOnlyList<OptionCount> Uncounted { get; }
        public int LabelLines { get; }

        public IEnumerable<double> CountedCentres => _centreOfScore.Values;

        public (int From, int To) ScoreRange => _centreOfScore.Count == 0 ? (0, 0) : (_centreOfScore.Keys.Min(), _centreOfScore.Keys.Max());

        /// <summary>Where a per-domain value is written: under the "Weet ik niet" column, or at the right edge.</summary>
        public double ValueX => Uncounted.Count > 0 ? Centre(Counted.Count) : Right - 40;

        public static Columns Of(IReadOnlyList<OptionCount> options, double left, double right)
        {
            var counted = options.Where(o => o.Score is not null).ToArray();
            var uncounted = options.Where(o => o.Score is null).ToArray();
            var slots = counted.Length + uncounted.Length + (uncounted.Length > 0 ? 0.5 : 0);
            return new Columns(left, right, (right - left) / Math.Max(1, slots), counted, uncounted);
        }

        /// <summary>The x of a score: the centre of its column, or between two columns for a median such as 2,5.</summary>
        public double ScoreX(double score)
        {
            if (_centreOfScore.Count == 0)
            {
                return Left;
            }

            var lower = _centreOfScore.Keys.Where(s => s <= score).DefaultIfEmpty(_centreOfScore.Keys.Min()).Max();
            var upper = _centreOfScore.Keys.Where(s => s >= score).DefaultIfEmpty(_centreOfScore.Keys.Max()).Min();
            return lower == upper
                ? _centreOfScore[lower]
                : _centreOfScore[lower] + ((_centreOfScore[upper] - _centreOfScore[lower]) * (score - lower) / (upper - lower));
        }

        public IEnumerable<XElement> Bars()
        {
            var barWidth = Math.Min(Slot * 0.62, 130);
            foreach (var (option, index) in InOrder)
            {
                var x = Centre(index);
                var height = Height(option);
                var counts = option.Score is not null;
                yield return Svg.Group(
                    counts ? "chart__option" : "chart__option chart__option--uncounted",
                    new XAttribute("data-option", option.Code),
                    option.Count == 0
                        ? null
                        : counts
                            ? Svg.Rect(x - (barWidth / 2), Baseline - height, barWidth, height, "chart__bar", ChartPalette.Bar)
                            : Svg.Rect(x - (barWidth / 2) + 1.5, Baseline - height + 1.5, barWidth - 3, height - 1.5, "chart__bar chart__bar--uncounted", ChartPalette.Background, ChartPalette.Muted, 3, dashed: true),
                    Svg.Lines(x, Baseline + 30, Label(option), LabelSize * 1.25, "chart__label", "middle", LabelSize));
            }

            yield return Svg.Line(Left, Baseline, Right, Baseline, "chart__axis", ChartPalette.Ink, 2);
            if (Uncounted.Count > 0)
            {
                var divider = Left + (Slot * (Counted.Count + 0.25));
                yield return Svg.Line(divider, BarTop - 10, divider, Baseline + 16, "chart__divider", ChartPalette.Grid, 2, dashed: true);
            }
        }

        /// <summary>The count above each column, drawn last with a white outline so the median line never hides it.</summary>
        public IEnumerable<XElement> Counts() => InOrder.Select(c =>
        {
            var count = Svg.Text(Centre(c.Index), Baseline - Height(c.Option) - 10, c.Option.Count.ToString(CultureInfo.InvariantCulture), "chart__count", "middle", 24, bold: true);
            count.SetAttributeValue("stroke", ChartPalette.Background);
            count.SetAttributeValue("stroke-width", "6");
            count.SetAttributeValue("stroke-linejoin", "round");
            count.SetAttributeValue("paint-order", "stroke");
            count.SetAttributeValue("data-option", c.Option.Code);
            return count;
        });

        private IEnumerable<(OptionCount Option, int Index)> InOrder =>
            Counted.Select((o, i) => (o, i)).Concat(Uncounted.Select((o, i) => (o, Counted.Count + i)));

        private double Height(OptionCount option) => (Baseline - BarTop) * option.Count / _highest;

        private double Centre(int index) =>
            Left + (Slot * (index + 0.5 + (index >= Counted.Count && Uncounted.Count > 0 ? 0.5 : 0)));

        private IReadOnlyList<string> Label(OptionCount option) =>
            ChartText.Wrap(option.Label, ChartText.CharactersIn(Slot - 4, LabelSize), 2);
    }
}
