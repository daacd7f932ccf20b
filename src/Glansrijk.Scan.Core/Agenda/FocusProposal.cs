using System.Globalization;
using Glansrijk.Scan.Core.Sessions;

namespace Glansrijk.Scan.Core.Agenda;

/// <summary>What session 1 says about one norm: the median and spread of its last revealed round and the points it
/// got while prioritising. Median and spread are null when the result was withheld or too few answered.</summary>
public sealed record NormSignals(string NormId, double? Median, SpreadClass? Spread, int Points);

/// <summary>A norm the tool proposes as focus, with why.</summary>
/// <param name="Rank">1 for the first proposal.</param>
/// <param name="Reasons">In Dutch, one per signal: "lage score (mediaan 1,5)", "sterk verdeeld", "veel punten (7)".</param>
public sealed record ProposedFocusNorm(string NormId, int Rank, IReadOnlyList<string> Reasons);

/// <summary>The focus norms the tool proposes to the chair, who confirms or changes them.
/// <para>The rule. A norm has up to three signals, each worth one:
/// <list type="bullet">
/// <item><b>lage score</b>: its median is at most <c>lowScoreAtMost</c> (2 by default: "Gedeeltelijk" or lower on
/// the 1–4 scale);</item>
/// <item><b>sterk verdeeld</b>: its spread class is <see cref="SpreadClass.StronglyDivided"/>;</item>
/// <item><b>veel punten</b>: its points are above the average per norm and among the <c>count</c> highest totals
/// (ties included).</item>
/// </list>
/// Only norms with at least one signal are proposed; the most signals come first, then the most points, then the
/// norm order (the order of the input). The first <c>count</c> (3 by default) are proposed.</para>
/// <para><see cref="Notes"/> says when the tool could not tell norms apart: when nothing stands out, when every
/// norm scores the same, or when a norm just left out scores exactly like the last one proposed.</para></summary>
public sealed record FocusProposal(IReadOnlyList<ProposedFocusNorm> Norms, IReadOnlyList<string> Notes)
{
    public const int DefaultCount = 3;
    public const double DefaultLowScoreAtMost = 2.0;

    public IEnumerable<string> NormIds => Norms.Select(n => n.NormId);

    public static FocusProposal Propose(
        IEnumerable<NormSignals> norms,
        int count = DefaultCount,
        double lowScoreAtMost = DefaultLowScoreAtMost)
    {
        ArgumentNullException.ThrowIfNull(norms);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var all = norms.ToArray();
        if (all.Select(n => n.NormId).Distinct().Count() != all.Length)
        {
            throw new ArgumentException("Each norm may appear only once.", nameof(norms));
        }

        if (all.Length == 0)
        {
            return new FocusProposal([], ["Er zijn geen normen om uit te kiezen."]);
        }

        var average = all.Average(n => n.Points);
        var pointsBar = all.Select(n => n.Points).OrderDescending().ElementAt(Math.Min(count, all.Length) - 1);
        var scored = all
            .Select((norm, index) => (Norm: norm, Index: index, Reasons: ReasonsFor(norm, lowScoreAtMost, average, pointsBar)))
            .ToArray();
        var ordered = scored
            .Where(s => s.Reasons.Count > 0)
            .OrderByDescending(s => s.Reasons.Count)
            .ThenByDescending(s => s.Norm.Points)
            .ThenBy(s => s.Index)
            .ToArray();
        var chosen = ordered.Take(count).ToArray();
        var proposed = chosen.Select((s, i) => new ProposedFocusNorm(s.Norm.NormId, i + 1, s.Reasons)).ToArray();

        var notes = new List<string>();
        var allEqual = scored.All(s => SameStanding(s.Norm, s.Reasons, scored[0].Norm, scored[0].Reasons));
        if (ordered.Length == 0)
        {
            notes.Add("Geen norm valt op door een lage score, sterke verdeeldheid of veel punten. Kies samen de focus.");
        }
        else if (allEqual && all.Length > count)
        {
            notes.Add("Alle normen scoren gelijk; het voorstel volgt de volgorde van de normen. Kies samen de focus.");
        }
        else if (ordered.Length > count
            && SameStanding(ordered[count].Norm, ordered[count].Reasons, chosen[^1].Norm, chosen[^1].Reasons))
        {
            var tied = ordered.Skip(count)
                .Where(s => SameStanding(s.Norm, s.Reasons, chosen[^1].Norm, chosen[^1].Reasons))
                .Select(s => s.Norm.NormId);
            notes.Add($"{string.Join(", ", tied)} scoort even hoog als {chosen[^1].Norm.NormId}; de volgorde van de normen besliste. De voorzitter kan wisselen.");
        }

        return new FocusProposal(proposed, notes);
    }

    private static List<string> ReasonsFor(NormSignals norm, double lowScoreAtMost, double average, int pointsBar)
    {
        var reasons = new List<string>();
        if (norm.Median is { } median && median <= lowScoreAtMost)
        {
            reasons.Add($"lage score (mediaan {Dutch(median)})");
        }

        if (norm.Spread == SpreadClass.StronglyDivided)
        {
            reasons.Add("sterk verdeeld");
        }

        if (norm.Points > average && norm.Points >= pointsBar)
        {
            reasons.Add($"veel punten ({norm.Points})");
        }

        return reasons;
    }

    private static bool SameStanding(NormSignals a, List<string> aReasons, NormSignals b, List<string> bReasons) =>
        aReasons.Count == bReasons.Count && a.Points == b.Points;

    internal static string Dutch(double value) =>
        value.ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',');
}
