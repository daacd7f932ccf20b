using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.Instruments;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Charts;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>A norm that can get points, with what session 1 said about it as context.</summary>
public sealed record PrioritisingNormView(string ItemId, int Number, string Title, double? Median, string? MedianInWords, string? SpreadInWords);

/// <summary>A norm's place in the ranking, only after the chair closed the prioritising.</summary>
public sealed record RankingRowView(string ItemId, int Rank, int Number, string Title, int Points, int Givers);

/// <summary>A focus norm (proposed or confirmed) with why, in plain Dutch.</summary>
public sealed record FocusReasonView(string ItemId, int Number, string Title, IReadOnlyList<string> Reasons);

/// <summary>The prioritising at the end of session 1, as one audience may see it. <see cref="MyPoints"/> is this seat's
/// own distribution and goes to nobody else; the screen never gets one. <see cref="Ranking"/> and
/// <see cref="RankingChart"/> exist only once the chair has closed the prioritising; before that everyone sees
/// progress only. <see cref="Focus"/> is the focus list the chair confirmed, null until then.</summary>
public sealed record PrioritisingView(
    int Budget,
    bool Closed,
    int Distributed,
    int Participants,
    string Progress,
    IReadOnlyList<PrioritisingNormView> Norms,
    bool MayDistribute,
    IReadOnlyDictionary<string, int>? MyPoints,
    IReadOnlyList<RankingRowView>? Ranking,
    string? RankingChart,
    IReadOnlyList<FocusReasonView>? Focus);

/// <summary>Whether a seat has distributed: a tick for the chair, never the points.</summary>
public sealed record DistributorView(Guid SeatId, string Name, bool Distributed, bool Present);

/// <summary>The chair's extras for the end of session 1: whether prioritising can start (and with how many points),
/// who has distributed, and after the close the tool's focus proposal with its reasons.</summary>
public sealed record PrioritisingChairView(
    bool CanStart,
    int DefaultBudget,
    int MaximumBudget,
    int MaximumFocus,
    IReadOnlyList<DistributorView> People,
    IReadOnlyList<FocusReasonView>? Proposal,
    IReadOnlyList<string> ProposalNotes);

/// <summary>Builds the prioritising views from the live session 1, the scan's <see cref="Prioritisation"/> and, for the
/// confirmed focus list, its <see cref="ImprovementAgenda"/>. Only session 1 prioritises; in session 2 these views are
/// absent, so the tablets there follow the agenda.</summary>
public sealed class PrioritisingStates(ContentCatalog content)
{
    /// <summary>How many focus norms the chair may confirm at most: the agenda's rule, shown on the console.</summary>
    public const int MaximumFocus = Core.Agenda.ImprovementAgenda.MaximumFocus;

    public PrioritisingView? For(LiveSession session, Guid? seatId, Prioritisation? prioritisation, ImprovementAgenda? agenda)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.IsProgressMeeting || session.SessionNumber != 1 || prioritisation is null)
        {
            return null;
        }

        var overview = SessionOverview.Of(session, content.Instruments);
        var norms = NormsOf(prioritisation, overview);
        var mayDistribute = seatId is { } seat && !prioritisation.IsClosed && prioritisation.ParticipantSeatIds.Contains(seat);
        IReadOnlyDictionary<string, int>? mine = seatId is { } own && prioritisation.ParticipantSeatIds.Contains(own)
            ? prioritisation.DistributionOf(own)
            : null;
        IReadOnlyList<RankingRowView>? ranking = null;
        string? chart = null;
        if (prioritisation.IsClosed)
        {
            var order = prioritisation.Ranking();
            ranking = [.. order.Select(r => ItemOf(r.NormId) is { } item
                ? new RankingRowView(r.NormId, r.Rank, item.Number, item.Title, r.Points, r.Givers)
                : new RankingRowView(r.NormId, r.Rank, 0, r.NormId, r.Points, r.Givers))];
            // Only norms that got points: a long tail of zeros sharing the last place says nothing on the beamer.
            var given = order.Where(r => r.Points > 0).ToArray();
            chart = given.Length == 0 ? null : RankingChart.Render(given, Items(prioritisation.NormIds));
        }

        return new PrioritisingView(
            prioritisation.Budget,
            prioritisation.IsClosed,
            prioritisation.SeatsDistributed,
            prioritisation.ParticipantSeatIds.Count,
            prioritisation.ProgressInWords,
            norms,
            mayDistribute,
            mine,
            ranking,
            chart,
            ConfirmedFocus(session, prioritisation, agenda));
    }

    public PrioritisingChairView? ForChair(LiveSession session, Prioritisation? prioritisation)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.IsProgressMeeting || session.SessionNumber != 1)
        {
            return null;
        }

        var people = prioritisation is null
            ? []
            : prioritisation.ParticipantSeatIds
                .Select(id => (Id: id, Seat: session.Seat(id)))
                .Select(p => new DistributorView(p.Id, p.Seat?.Name ?? "", prioritisation.DistributionOf(p.Id).Count > 0, p.Seat?.IsPresent ?? false))
                .ToArray();
        IReadOnlyList<FocusReasonView>? proposal = null;
        IReadOnlyList<string> notes = [];
        if (prioritisation is { IsClosed: true })
        {
            var focus = Propose(session, prioritisation);
            proposal = [.. focus.Norms.Select(n => FocusNorm(n.NormId, n.Reasons))];
            notes = focus.Notes;
        }

        return new PrioritisingChairView(
            prioritisation is null && !session.IsEnded,
            Prioritisation.DefaultBudget,
            Prioritisation.MaximumBudget,
            MaximumFocus,
            people,
            proposal,
            notes);
    }

    /// <summary>The tool's proposal from the three signals of session 1: low score, strong spread, many points.</summary>
    public FocusProposal Propose(LiveSession session, Prioritisation? prioritisation)
    {
        ArgumentNullException.ThrowIfNull(session);
        var overview = SessionOverview.Of(session, content.Instruments);
        var signals = ScoredInstruments(session).SelectMany(i => SessionSignals.ForFocus(overview, i.Id, prioritisation));
        return FocusProposal.Propose(signals);
    }

    /// <summary>The norms that take part in prioritising: the items of the scored (not checklist) instruments on the
    /// session's agenda, in agenda order.</summary>
    public IReadOnlyList<string> NormIdsOf(LiveSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var scored = ScoredInstruments(session).Select(i => i.Id).ToHashSet();
        return [.. session.Agenda.Where(e => scored.Contains(e.InstrumentId)).Select(e => e.ItemId)];
    }

    /// <summary>The confirmed focus list with why each norm is on it: the tool's reasons when it proposed the norm,
    /// else that the group chose it, with its points.</summary>
    public IReadOnlyList<FocusReasonView>? ConfirmedFocus(LiveSession session, Prioritisation? prioritisation, ImprovementAgenda? agenda)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (agenda is not { IsFocusConfirmed: true })
        {
            return null;
        }

        var proposal = Propose(session, prioritisation).Norms.ToDictionary(n => n.NormId, n => n.Reasons);
        return [.. agenda.FocusNorms.OrderBy(f => f.Position).Select(f => FocusNorm(
            f.NormId,
            proposal.TryGetValue(f.NormId, out var reasons) ? reasons : ChosenByTheGroup(prioritisation?.PointsFor(f.NormId) ?? 0)))];
    }

    private static List<string> ChosenByTheGroup(int points) =>
        points switch
        {
            0 => ["gekozen door de groep"],
            1 => ["gekozen door de groep", "1 punt"],
            _ => ["gekozen door de groep", $"{points} punten"],
        };

    private IEnumerable<Instrument> ScoredInstruments(LiveSession session) =>
        content.Instruments.Where(i => !i.IsMatrix && session.Agenda.Any(e => e.InstrumentId == i.Id));

    private PrioritisingNormView[] NormsOf(Prioritisation prioritisation, SessionOverview overview) =>
        [.. prioritisation.NormIds.Select(id =>
        {
            var scored = overview.Items.FirstOrDefault(i => i.Item.Id == id);
            var item = scored?.Item ?? ItemOf(id);
            return new PrioritisingNormView(
                id,
                item?.Number ?? 0,
                item?.Title ?? id,
                scored?.Median,
                scored?.Latest?.Result?.MedianInWords,
                scored?.Latest?.Result?.Spread?.InWords);
        })];

    private FocusReasonView FocusNorm(string normId, IReadOnlyList<string> reasons) =>
        ItemOf(normId) is { } item ? new FocusReasonView(normId, item.Number, item.Title, reasons) : new FocusReasonView(normId, 0, normId, reasons);

    private Item? ItemOf(string normId) => content.FindItem(normId)?.Item;

    private IEnumerable<Item> Items(IEnumerable<string> normIds) => normIds.Select(ItemOf).OfType<Item>();
}
