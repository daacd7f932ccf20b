using System.Text.Json.Serialization;
using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Charts;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>An answer the tablet offers.</summary>
public sealed record OptionView(string Code, string Label, string Description);

/// <summary>The item on the screen: the norm with its question and explanation, and the answers of its scale.</summary>
public sealed record ItemView(
    int Position,
    int AgendaLength,
    string InstrumentId,
    string ItemId,
    int Number,
    string Title,
    string? Question,
    string Explanation,
    IReadOnlyList<OptionView> Options);

/// <summary>One domain's result, named as the content names it ("Sociale dienst / Werkbedrijf").</summary>
public sealed record DomainResultView(string DomainId, int Voted, IReadOnlyList<OptionCount> Options, double? Median, string DomainName);

/// <summary>Totals only, after the reveal: never who answered what.</summary>
/// <param name="SpreadRule">How the spread words are chosen, in one line under the chart (<see cref="Spread.Rule"/>);
/// null when there are too few answers to speak of spread.</param>
public sealed record ResultView(
    IReadOnlyList<OptionCount> Options,
    double? Median,
    string? MedianInWords,
    string? SpreadInWords,
    IReadOnlyList<DomainResultView> Domains,
    bool DomainsHidden,
    string? SpreadRule = null);

/// <summary>The round on the item on the screen, its <see cref="State"/> sent by name ("Open"). <see cref="Progress"/> reads "8 van 12 gestemd". <see cref="Chart"/>
/// is the result as SVG (see <see cref="DistributionChart"/>), only when there is a <see cref="Result"/>: the screen and
/// every tablet get the same one. <see cref="OpenedAt"/> (UTC) runs the chair's timer.</summary>
public sealed record RoundView(
    Guid RoundId,
    int Number,
    [property: JsonConverter(typeof(JsonStringEnumConverter<RoundState>))] RoundState State,
    int Voted,
    int Eligible,
    int Present,
    string Progress,
    ResultView? Result,
    string? WithheldMessage,
    string? Chart,
    DateTimeOffset? OpenedAt);

public sealed record ImprovementPointView(Guid Id, string ItemId, string Text);

/// <summary>What a participant's tablet shows; <see cref="MyAnswer"/> is this participant's own vote and nobody else's.</summary>
public sealed record ParticipantState(
    Guid SessionId,
    long Version,
    int SessionNumber,
    bool Ended,
    string MyName,
    bool IsChair,
    ItemView? Item,
    RoundView? Round,
    string? MyAnswer,
    string? MyComment,
    IReadOnlyList<ImprovementPointView> ImprovementPoints,
    AgendaView? Agenda = null,
    PrioritisingView? Prioritising = null,
    ProgressMeetingView? ProgressMeeting = null);

/// <summary>An item on the chair's agenda: <see cref="Status"/> in words ("stemronde open"), <see cref="RoundState"/> the
/// state of its latest round by name ("open", "closed", "revealed"), "none" before its first round.</summary>
public sealed record AgendaItemView(int Position, string ItemId, int Number, string Title, string Status, bool IsCurrent, string RoundState);

/// <summary>Who is in the room and whether they voted in the current round: a tick, never the answer.
/// <see cref="Place"/> is the seat's number in the room's small update after a vote (<see cref="VoteCount.Seats"/>).</summary>
public sealed record PersonView(Guid SeatId, string Name, string DomainId, bool Present, bool Voted, bool IsChair, bool IsInitiator, string DomainName, int Place);

/// <summary>The chair's console: their own tablet view plus the agenda, the people and the settings.</summary>
public sealed record ChairState(
    ParticipantState Own,
    string ScreenCode,
    bool AutoReveal,
    bool OpenDiscussion,
    IReadOnlyList<AgendaItemView> Agenda,
    IReadOnlyList<PersonView> People,
    PrioritisingChairView? PrioritisingChair = null);

public sealed record OverviewItemView(string InstrumentId, string ItemId, int Number, string Title, double? Median, string? SpreadInWords);

/// <summary>The shared screen: no personal data beyond the names of those present. <see cref="OverviewChart"/> shows
/// every item of the instruments that are not checklists (null when there are none); <see cref="HeatMapCharts"/> holds
/// one SVG per entry of <see cref="HeatMaps"/>, in the same order.</summary>
public sealed record ScreenState(
    Guid SessionId,
    long Version,
    int SessionNumber,
    string ScreenCode,
    bool Ended,
    ItemView? Item,
    RoundView? Round,
    IReadOnlyList<string> Present,
    IReadOnlyList<OverviewItemView> Overview,
    IReadOnlyList<HeatMap> HeatMaps,
    IReadOnlyList<ImprovementPointView> ImprovementPoints,
    string? OverviewChart,
    IReadOnlyList<string> HeatMapCharts,
    AgendaView? Agenda = null,
    PrioritisingView? Prioritising = null,
    ProgressMeetingView? ProgressMeeting = null);

/// <summary>The scan's agenda aggregates that the live session shows next to its own state: the prioritising of
/// session 1 and the verbeteragenda (with, in session 2, session 1's improvement points as <see cref="SessionTwo"/>).
/// Each is null until it is started.</summary>
public sealed record AgendaAggregates(Prioritisation? Prioritisation, ImprovementAgenda? Agenda, SessionAgenda? SessionTwo = null)
{
    public static readonly AgendaAggregates None = new(null, null);
}

/// <summary>Builds the state for each audience from the session and the content. The only place that decides what
/// each audience may see.</summary>
public sealed class SessionStates(ContentCatalog content, PrioritisingStates prioritising, TimeProvider clock)
{
    private readonly AgendaStates _agenda = new(content);
    private readonly ProgressMeetingStates _progress = new(clock);
    private readonly RenderedOnce<(Guid SessionId, Guid RoundId), string> _roundCharts = new();
    private readonly RenderedOnce<(Guid SessionId, int Revealed), ScreenOverview> _overviews = new();

    public PrioritisingStates Prioritising => prioritising;

    public ProgressMeetingStates ProgressMeetings => _progress;

    /// <summary>The version every audience sees: each change to the session or to one of the scan's agenda aggregates
    /// raises it by one, so a client that misses a state notices the gap.</summary>
    public static long StateVersion(LiveSession session, AgendaAggregates? aggregates)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Version + (aggregates?.Prioritisation?.Version ?? 0) + (aggregates?.Agenda?.Version ?? 0);
    }

    public ParticipantState ForParticipant(LiveSession session, Guid seatId, AgendaAggregates? aggregates = null)
    {
        var instruments = InstrumentsOf(session, aggregates);
        var round = session.CurrentRound;
        var mine = round?.VoteOf(seatId);
        return new ParticipantState(
            session.Id,
            StateVersion(session, aggregates),
            session.SessionNumber,
            session.IsEnded,
            session.Seat(seatId)?.Name ?? "",
            session.CanSteer(seatId),
            CurrentItem(session, instruments),
            RoundOf(session, round, instruments),
            mine?.OptionCode,
            mine?.Comment,
            ImprovementPoints(session),
            aggregates?.SessionTwo is { } sessionTwo ? _agenda.ForSeat(session, sessionTwo, seatId) : null,
            prioritising.For(session, seatId, aggregates?.Prioritisation, aggregates?.Agenda),
            _progress.For(session, aggregates?.Agenda));
    }

    public ChairState ForChair(LiveSession session, Guid seatId, AgendaAggregates? aggregates = null)
    {
        var instruments = InstrumentsOf(session, aggregates);
        var round = session.CurrentRound;
        var agenda = session.Agenda
            .Select(e => (Entry: e, Item: instruments.Find(e.InstrumentId)?.Find(e.ItemId)))
            .Select(x => new AgendaItemView(
                x.Entry.Position,
                x.Entry.ItemId,
                x.Item?.Number ?? x.Entry.Position + 1,
                x.Item?.Title ?? x.Entry.ItemId,
                StatusOf(session, x.Entry),
                x.Entry.Position == session.CurrentIndex,
                session.LatestRound(x.Entry.ItemId)?.State.ToString().ToLowerInvariant() ?? "none"))
            .ToArray();
        var places = VoteCount.PlacesOf(session.Seats.Select(s => s.SeatId));
        var people = session.Seats
            .Select(s => new PersonView(
                s.SeatId, s.Name, s.DomainId, s.IsPresent, round?.VoteOf(s.SeatId) is not null, s.SeatId == session.ChairSeatId, s.IsInitiator, DomainName(s.DomainId), places[s.SeatId]))
            .ToArray();
        return new ChairState(ForParticipant(session, seatId, aggregates), session.Code, session.AutoReveal, session.OpenDiscussion, agenda, people,
            prioritising.ForChair(session, aggregates?.Prioritisation));
    }

    public ScreenState ForScreen(LiveSession session, AgendaAggregates? aggregates = null)
    {
        var instruments = InstrumentsOf(session, aggregates);
        var overview = OverviewOf(session, instruments);
        return new ScreenState(
            session.Id,
            StateVersion(session, aggregates),
            session.SessionNumber,
            session.Code,
            session.IsEnded,
            CurrentItem(session, instruments),
            RoundOf(session, session.CurrentRound, instruments),
            [.. session.Seats.Where(s => s.IsPresent).Select(s => s.Name)],
            overview.Items,
            overview.HeatMaps,
            ImprovementPoints(session),
            overview.Chart,
            overview.HeatMapCharts,
            aggregates?.SessionTwo is { } sessionTwo ? _agenda.ForScreen(session, sessionTwo) : null,
            prioritising.For(session, null, aggregates?.Prioritisation, aggregates?.Agenda),
            _progress.For(session, aggregates?.Agenda));
    }

    /// <summary>The screen's overview of every item, with its charts. In a scan session it changes only when a round is
    /// revealed, so it is built once per reveal; a voortgangsoverleg's comes from the verbeteragenda as it is now.</summary>
    private ScreenOverview OverviewOf(LiveSession session, SessionInstruments instruments)
    {
        ScreenOverview Build()
        {
            var overview = SessionOverview.Of(session, instruments.All);
            return new ScreenOverview(
                [.. overview.Items.Select(i => new OverviewItemView(i.InstrumentId, i.Item.Id, i.Item.Number, i.Item.Title, i.Median, i.Latest?.Result?.Spread?.InWords))],
                overview.HeatMaps,
                session.IsProgressMeeting ? null : OverviewChart.Render(overview, instruments.All),
                [.. overview.HeatMaps.Select(map => HeatMapChart.Render(map, instruments.Find(map.InstrumentId)?.Name ?? map.InstrumentId))]);
        }

        return session.IsProgressMeeting
            ? Build()
            : _overviews.For((session.Id, session.Rounds.Count(r => r.State == RoundState.Revealed)), Build);
    }

    private sealed record ScreenOverview(IReadOnlyList<OverviewItemView> Items, IReadOnlyList<HeatMap> HeatMaps, string? Chart, IReadOnlyList<string> HeatMapCharts);

    private static string StatusOf(LiveSession session, AgendaEntry entry) => session.LatestRound(entry.ItemId)?.State switch
    {
        null => "nog niet besproken",
        RoundState.Open => "stemronde open",
        RoundState.Closed => "stemronde gesloten",
        _ => "uitslag getoond",
    };

    private static ImprovementPointView[] ImprovementPoints(LiveSession session) =>
        [.. session.ImprovementPoints.Select(p => new ImprovementPointView(p.Id, p.ItemId, p.Text))];

    /// <summary>The instruments the session's agenda comes from: the content's for a scan session; for a progress
    /// meeting the one made from the verbeteragenda as it is now, so an agreed status shows at once.</summary>
    public SessionInstruments InstrumentsOf(LiveSession session, AgendaAggregates? aggregates)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (!session.IsProgressMeeting)
        {
            return new SessionInstruments(content.Instruments);
        }

        return aggregates?.Agenda is { } agenda
            ? new SessionInstruments([_progress.InstrumentOf(session, agenda)])
            : new SessionInstruments([]);
    }

    private static ItemView? CurrentItem(LiveSession session, SessionInstruments instruments)
    {
        if (session.Current is not { } entry || instruments.Find(entry.InstrumentId) is not { } instrument || instrument.Find(entry.ItemId) is not { } item)
        {
            return null;
        }

        return new ItemView(
            entry.Position,
            session.Agenda.Count,
            instrument.Id,
            item.Id,
            item.Number,
            item.Title,
            item.Question,
            item.Explanation,
            [.. instrument.Scale.Options.Where(o => entry.Allows(o.Code)).Select(o => new OptionView(o.Code, o.Label, o.Description))]);
    }

    private RoundView? RoundOf(LiveSession session, VotingRound? round, SessionInstruments instruments)
    {
        if (round is null || session.Entry(round.ItemId) is not { } entry || instruments.Find(entry.InstrumentId)?.Scale is not { } scale || scale.Id != entry.ScaleId)
        {
            return null;
        }

        var tally = Tally.Of(session, round, scale);
        var result = tally.Result is { } r
            ? new ResultView(
                r.Options,
                r.Median,
                r.MedianInWords,
                r.Spread?.InWords,
                [.. r.Domains.Select(d => new DomainResultView(d.DomainId, d.Voted, d.Options, d.Median, DomainName(d.DomainId)))],
                r.DomainsHidden,
                r.Spread is null ? null : Spread.Rule)
            : null;
        var chart = tally.Result is { } shown
            ? _roundCharts.For((session.Id, round.Id), () => DistributionChart.Render(SubjectOf(entry, round.ItemId, instruments), shown, content.Domains))
            : null;
        return new RoundView(round.Id, round.Number, round.State, tally.Voted, tally.Eligible, tally.Present, tally.Progress, result, tally.Withheld ? Tally.WithheldMessage : null, chart,
            new DateTimeOffset(DateTime.SpecifyKind(round.OpenedAt, DateTimeKind.Utc)));
    }

    private string DomainName(string domainId) => content.FindDomain(domainId)?.Name ?? domainId;

    private static string SubjectOf(AgendaEntry entry, string itemId, SessionInstruments instruments) =>
        instruments.Find(entry.InstrumentId)?.Find(itemId) is { } item ? ChartText.NameOf(item) : itemId;
}

/// <summary>The instruments one session's agenda was made from; see <see cref="SessionStates.InstrumentsOf"/>.</summary>
public sealed class SessionInstruments(IReadOnlyList<Core.Instruments.Instrument> all)
{
    public IReadOnlyList<Core.Instruments.Instrument> All => all;

    public Core.Instruments.Instrument? Find(string instrumentId) => all.FirstOrDefault(i => i.Id == instrumentId);
}
