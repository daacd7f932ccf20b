using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.Instruments;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Content;
using Glansrijk.Scan.Web.Tests.Infrastructure;

namespace Glansrijk.Scan.Web.Tests.Charts;

/// <summary>The real content of the repository, and results on its scales built the way <see cref="Tally"/> builds them.</summary>
public static class ChartContent
{
    public static ContentCatalog Catalog { get; } = ContentCatalog.Load(ContentServices.ReadFiles(Path.Combine(RepositoryRoot.Path, "content")));

    public static Instrument Norms => Catalog.FindInstrument("kwaliteitsnormen")!;

    public static Instrument Checklist => Catalog.FindInstrument("route-doorontwikkeling")!;

    /// <summary>A result from the count per option code of <paramref name="scale"/>.</summary>
    public static TallyResult Result(Scale scale, IReadOnlyDictionary<string, int> counts, IReadOnlyList<DomainTally>? domains = null, bool domainsHidden = false)
    {
        var options = scale.Options.Select(o => new OptionCount(o.Code, o.Label, o.Score, counts.GetValueOrDefault(o.Code))).ToArray();
        var scores = options.SelectMany(o => Enumerable.Repeat(o.Score, o.Count)).OfType<int>().Order().ToArray();
        var median = Median.Of(scores);
        return new TallyResult(options, scores, median, InWords(scale, median), Spread.Of(scores), domains ?? [], domainsHidden);
    }

    /// <summary>A revealed round's tally on <paramref name="item"/> with <paramref name="result"/>.</summary>
    public static Tally Revealed(Item item, TallyResult result) =>
        new(Guid.NewGuid(), item.Id, 1, RoundState.Revealed, result.Options.Sum(o => o.Count), 12, 12, result, false);

    private static string? InWords(Scale scale, double? median)
    {
        if (median is not { } m)
        {
            return null;
        }

        var lower = scale.CountedOptions.Single(o => o.Score == (int)Math.Floor(m));
        var upper = scale.CountedOptions.Single(o => o.Score == (int)Math.Ceiling(m));
        return lower == upper ? lower.Label : $"tussen {lower.Label} en {upper.Label}";
    }
}
