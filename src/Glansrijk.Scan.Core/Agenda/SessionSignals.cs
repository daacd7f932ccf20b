using Glansrijk.Scan.Core.Sessions;

namespace Glansrijk.Scan.Core.Agenda;

/// <summary>Turns the overview of session 1 into the inputs of <see cref="FocusProposal"/> and
/// <see cref="YearComparison"/>, one per item of the given instrument, in agenda order. Withheld results count as
/// having no median or spread.</summary>
public static class SessionSignals
{
    public static IReadOnlyList<NormSignals> ForFocus(SessionOverview overview, string instrumentId, Prioritisation? prioritisation)
    {
        ArgumentNullException.ThrowIfNull(overview);
        return [.. overview.ItemsOf(instrumentId)
            .Select(i => new NormSignals(i.Item.Id, i.Median, i.Spread, prioritisation?.PointsFor(i.Item.Id) ?? 0))];
    }

    public static IReadOnlyList<NormResult> ForComparison(SessionOverview overview, string instrumentId)
    {
        ArgumentNullException.ThrowIfNull(overview);
        return [.. overview.ItemsOf(instrumentId).Select(i => new NormResult(i.Item.Id, i.Median, i.Spread))];
    }
}
