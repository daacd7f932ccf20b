using Glansrijk.Scan.Core.Instruments;

namespace Glansrijk.Scan.Core.Sessions;

/// <summary>An item of the agenda with the latest revealed result on it; <see cref="Latest"/> is null while the item
/// has no revealed round.</summary>
public sealed record OverviewItem(string InstrumentId, Item Item, Tally? Latest)
{
    public double? Median => Latest?.Result?.Median;
    public SpreadClass? Spread => Latest?.Result?.Spread?.Class;
}

/// <summary>One level × phase cell of a checklist, pooling the counted answers of the latest revealed round of each of
/// its items. <see cref="MeanScore"/> is their mean; <see cref="TopShare"/> the share given the highest answer of the
/// scale (for the route checklist: Gerealiseerd). Both are null while nothing in the cell has been counted.</summary>
public sealed record HeatMapCell(
    string LevelCode,
    string PhaseCode,
    int Items,
    int ItemsRevealed,
    int CountedAnswers,
    double? MeanScore,
    double? TopShare);

/// <summary>The level × phase picture of a matrix instrument, row by row (levels), then column by column (phases).</summary>
public sealed record HeatMap(
    string InstrumentId,
    IReadOnlyList<Category> Levels,
    IReadOnlyList<Category> Phases,
    string TopLabel,
    IReadOnlyList<HeatMapCell> Cells)
{
    public HeatMapCell Cell(string levelCode, string phaseCode) =>
        Cells.Single(c => c.LevelCode == levelCode && c.PhaseCode == phaseCode);
}

/// <summary>All items at a glance, and a heat map per checklist, from the latest revealed round of each item. Results
/// that are withheld to keep a small group anonymous (see <see cref="Tally"/>) are left out here too.</summary>
public sealed record SessionOverview(IReadOnlyList<OverviewItem> Items, IReadOnlyList<HeatMap> HeatMaps)
{
    public IEnumerable<OverviewItem> ItemsOf(string instrumentId) => Items.Where(i => i.InstrumentId == instrumentId);

    /// <summary>Agenda items whose instrument or item is no longer in <paramref name="instruments"/> are skipped.</summary>
    public static SessionOverview Of(LiveSession session, IEnumerable<Instrument> instruments)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(instruments);
        var byId = instruments.ToDictionary(i => i.Id);
        var items = new List<OverviewItem>();
        foreach (var entry in session.Agenda)
        {
            if (byId.TryGetValue(entry.InstrumentId, out var instrument) && instrument.Find(entry.ItemId) is { } item)
            {
                var tally = session.LatestRevealedRound(entry.ItemId) is { } round && instrument.Scale.Id == entry.ScaleId
                    ? Tally.Of(session, round, instrument.Scale)
                    : null;
                items.Add(new OverviewItem(instrument.Id, item, tally?.Result is null ? null : tally));
            }
        }

        var heatMaps = session.Agenda
            .Select(e => e.InstrumentId)
            .Distinct()
            .Where(id => byId.TryGetValue(id, out var instrument) && instrument.IsMatrix)
            .Select(id => HeatMapOf(byId[id], items.Where(i => i.InstrumentId == id).ToArray()))
            .ToArray();
        return new SessionOverview(items, heatMaps);
    }

    private static HeatMap HeatMapOf(Instrument instrument, IReadOnlyList<OverviewItem> items)
    {
        var top = instrument.Scale.CountedOptions.MaxBy(o => o.Score);
        var cells = from level in instrument.Levels
                    from phase in instrument.Phases
                    let inCell = items.Where(i => i.Item.Level == level.Code && i.Item.Phase == phase.Code).ToArray()
                    let scores = inCell.SelectMany(i => i.Latest?.Result?.Scores ?? []).ToArray()
                    select new HeatMapCell(
                        level.Code,
                        phase.Code,
                        inCell.Length,
                        inCell.Count(i => i.Latest is not null),
                        scores.Length,
                        scores.Length == 0 ? null : scores.Average(),
                        scores.Length == 0 || top is null ? null : (double)scores.Count(s => s == top.Score) / scores.Length);
        return new HeatMap(instrument.Id, instrument.Levels, instrument.Phases, top?.Label ?? "", [.. cells]);
    }
}
