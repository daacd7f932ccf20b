using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.Scans;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Charts;
using Glansrijk.Scan.Web.Features.Shared;

namespace Glansrijk.Scan.Web.Features.Agenda.Exports;

/// <summary>Everything the verbeteragenda documents show, in words and numbers ready to print: the page, the Word
/// document, the CSV and the calendar all read this one model, so they cannot tell different stories. Text typed by
/// users is kept as plain text here; each output escapes it in its own way.</summary>
public sealed record AgendaReport(
    Guid ScanId,
    string ScanName,
    string Region,
    string? LabourMarketRegion,
    int Year,
    DateOnly? AdoptedOn,
    DateTime ProducedAt,
    IReadOnlyList<ReportParticipant> Participants,
    IReadOnlyList<ReportDomain> Domains,
    IReadOnlyList<ReportSession> Sessions,
    IReadOnlyList<ReportInstrumentScores> Scores,
    IReadOnlyList<ReportChecklist> Checklists,
    IReadOnlyList<ReportFocusNorm> FocusNorms,
    IReadOnlyList<ReportAction> Actions,
    ProcessAgreements? ProcessAgreements,
    IReadOnlyList<ReportApproval> InternalApprovals,
    IReadOnlyList<ReportInvitation> ExternalInvitations,
    ReportConfirmations Confirmations,
    ReportNextScan NextScan,
    IReadOnlyList<ReportChair> Chairs,
    string RotationNote)
{
    /// <summary>"Verbeteragenda Drechtsteden 2027".</summary>
    public string Title => $"Verbeteragenda {Region} {Year}";

    /// <summary>"verbeteragenda-drechtsteden-2027", for download file names.</summary>
    public string FileStem => $"verbeteragenda-{ReportWords.Slug(Region)}-{Year}";

    public bool IsAdopted => AdoptedOn is not null;

    /// <summary>The report without the indicators' figures, for a reader who may see the agenda but not its figures
    /// (a Beheerder who is not the initiator; see <see cref="Scans.ScanAccess.IsInitiator"/>).</summary>
    public AgendaReport WithoutFigures() => this with { Actions = [.. Actions.Select(a => a with { Indicators = [] })] };

    /// <summary>Assembles the report of one scan. <paramref name="improvementPoints"/> are the verbeterpunten of
    /// session 1 (the findings per norm); <paramref name="lastYear"/> are last year's results per norm, when the
    /// region did a scan last year; <paramref name="prioritisation"/> gives the points per norm; a known
    /// <paramref name="nextScanDate"/> is shown as is, otherwise the report names the month a year after session 1.</summary>
    public static AgendaReport From(
        Core.Scans.Scan scan,
        SessionOverview overview,
        IEnumerable<ImprovementPoint> improvementPoints,
        ImprovementAgenda agenda,
        ContentCatalog catalog,
        DateTime now,
        Prioritisation? prioritisation = null,
        IEnumerable<NormResult>? lastYear = null,
        DateOnly? nextScanDate = null)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(overview);
        ArgumentNullException.ThrowIfNull(improvementPoints);
        ArgumentNullException.ThrowIfNull(agenda);
        ArgumentNullException.ThrowIfNull(catalog);
        if (agenda.ScanId != scan.Id)
        {
            throw new ArgumentException("The agenda belongs to another scan.", nameof(agenda));
        }

        var today = DateOnly.FromDateTime(now.ToDutchTime());
        var points = improvementPoints.ToArray();
        var lastYearResults = lastYear?.ToArray();
        var people = new People(scan, catalog);

        return new AgendaReport(
            scan.Id,
            scan.Details.Name,
            scan.Details.Region,
            scan.Details.LabourMarketRegion,
            scan.Details.Year,
            agenda.ClosedAt is { } closed ? DateOnly.FromDateTime(closed.ToDutchTime()) : null,
            now,
            ParticipantsOf(scan, agenda, people),
            DomainsOf(scan, catalog),
            [.. scan.Sessions.OrderBy(s => s.Number).Select(s => new ReportSession(s.Number, s.Plan.Date, s.Plan.Start, s.Plan.End, s.Plan.Place, s.Plan.VideoLink))],
            ScoresOf(overview, catalog, prioritisation, lastYearResults),
            ChecklistsOf(overview, catalog),
            FocusNormsOf(agenda, overview, points, catalog, prioritisation),
            ActionsOf(agenda, catalog, people, today),
            agenda.ProcessAgreements,
            [.. agenda.InternalApprovals.Select(a => new ReportApproval(a.Organisation, a.Body, a.Status.InWords()))],
            [.. agenda.ExternalInvitations.Select(i => new ReportInvitation(i.Organisation, people.Name(i.ContactSeatId), i.Status.InWords()))],
            ConfirmationsOf(agenda, people),
            NextScanOf(scan, nextScanDate),
            ChairsOf(scan),
            RotationNoteOf(scan));
    }

    private static List<ReportParticipant> ParticipantsOf(Core.Scans.Scan scan, ImprovementAgenda agenda, People people) =>
        [.. scan.ActiveSeats
            .Where(s => s.Status != SeatStatus.Declined)
            .OrderBy(s => people.DomainOrder(s.Person.DomainId))
            .ThenByDescending(s => s.IsInitiator)
            .ThenBy(s => s.Person.Organisation, StringComparer.Ordinal)
            .Select(s => new ReportParticipant(
                s.Person.Name,
                s.Person.Organisation,
                s.Person.Function,
                people.DomainName(s.Person.DomainId),
                s.IsInitiator,
                scan.Sessions.Where(session => session.ChairSeatId == s.Id).Select(session => session.Number).ToArray(),
                agenda.ParticipantSeatIds.Contains(s.Id)))];

    private static List<ReportDomain> DomainsOf(Core.Scans.Scan scan, ContentCatalog catalog) =>
        [.. scan.DomainBalance(catalog.Domains.Select(d => d.Id))
            .Select(b => new ReportDomain(catalog.FindDomain(b.DomainId)?.Name ?? b.DomainId, b.Seats, b.IsNorm))];

    private static List<ReportInstrumentScores> ScoresOf(
        SessionOverview overview, ContentCatalog catalog, Prioritisation? prioritisation, NormResult[]? lastYear)
    {
        var result = new List<ReportInstrumentScores>();
        foreach (var instrumentId in overview.Items.Select(i => i.InstrumentId).Distinct())
        {
            var instrument = catalog.FindInstrument(instrumentId);
            if (instrument is null || instrument.IsMatrix)
            {
                continue;
            }

            var comparisons = lastYear is null ? null : YearComparison.Of(SessionSignals.ForComparison(overview, instrumentId), lastYear);
            var comparison = comparisons?.Where(c => c.ThisYear is not null).ToDictionary(c => c.NormId);
            var norms = overview.ItemsOf(instrumentId).Select(i =>
            {
                var compared = comparison?.GetValueOrDefault(i.Item.Id);
                return new ReportNormScore(
                    i.Item.Id,
                    i.Item.Number,
                    i.Item.Title,
                    instrument.Themes.FirstOrDefault(t => t.Code == i.Item.Theme)?.Title,
                    i.Median,
                    i.Latest?.Result?.MedianInWords,
                    SpreadInWords(i),
                    prioritisation?.PointsFor(i.Item.Id),
                    compared?.LastYear?.Median,
                    compared?.ChangeInWords);
            });
            result.Add(new ReportInstrumentScores(instrument.Name, instrument.Scale.CountedOptions.Select(o => o.Score!.Value).DefaultIfEmpty(0).Max(),
                [.. norms], prioritisation is not null, lastYear is not null)
            {
                Chart = OverviewChart.Render(new SessionOverview([.. overview.ItemsOf(instrumentId)], []), [instrument]),
                LastYearChart = comparisons is null ? null : YearComparisonChart.Render(comparisons, instrument.Items, instrument.Scale),
            });
        }

        return result;
    }

    private static string SpreadInWords(OverviewItem item) => item.Latest?.Result switch
    {
        null => "niet besproken of niet getoond",
        { Spread: { } spread } => spread.InWords,
        _ => "te weinig antwoorden",
    };

    private static List<ReportChecklist> ChecklistsOf(SessionOverview overview, ContentCatalog catalog) =>
        [.. overview.HeatMaps.Select(map => new ReportChecklist(
            catalog.FindInstrument(map.InstrumentId)?.Name ?? map.InstrumentId,
            map.TopLabel,
            [.. map.Phases.Select(p => p.Title)],
            [.. map.Levels.Select(level => new ReportChecklistRow(
                level.Title,
                [.. map.Phases.Select(phase => CellOf(map.Cell(level.Code, phase.Code), map.TopLabel))]))])
        {
            Chart = HeatMapChart.Render(map, catalog.FindInstrument(map.InstrumentId)?.Name ?? map.InstrumentId),
        })];

    private static ReportChecklistCell CellOf(HeatMapCell cell, string topLabel)
    {
        var words = cell switch
        {
            { Items: 0 } => "geen punten",
            { TopShare: null } => "niet besproken",
            { TopShare: { } share } => $"{ReportWords.Percentage(share)} {topLabel.ToLowerInvariant()}",
        };
        return new ReportChecklistCell(cell.Items, cell.ItemsRevealed, cell.TopShare, words);
    }

    private static List<ReportFocusNorm> FocusNormsOf(
        ImprovementAgenda agenda, SessionOverview overview, ImprovementPoint[] points, ContentCatalog catalog, Prioritisation? prioritisation) =>
        [.. agenda.FocusNorms.OrderBy(f => f.Position).Select((focus, index) =>
        {
            var item = overview.Items.FirstOrDefault(i => i.Item.Id == focus.NormId);
            var found = catalog.FindItem(focus.NormId);
            var why = new List<string>();
            if (item?.Median is { } median)
            {
                why.Add($"mediaan {ReportWords.Number(median)}");
            }

            if (item?.Spread is { } spread)
            {
                why.Add(ReportWords.Of(spread));
            }

            if (prioritisation?.PointsFor(focus.NormId) is { } given)
            {
                why.Add(given == 1 ? "1 punt" : $"{given} punten");
            }

            return new ReportFocusNorm(
                index + 1,
                focus.NormId,
                found?.Item.Number ?? 0,
                found?.Item.Title ?? focus.NormId,
                found?.Item.Question,
                focus.WasProposed ? "voorgesteld door de scan en bevestigd door de voorzitter" : "gekozen door de groep",
                why,
                [.. points.Where(p => p.ItemId == focus.NormId).OrderBy(p => p.RecordedAt).Select(p => p.Text)],
                agenda.ActionsOf(focus.NormId).Count());
        })];

    private static List<ReportAction> ActionsOf(ImprovementAgenda agenda, ContentCatalog catalog, People people, DateOnly today)
    {
        var focusOrder = agenda.FocusNorms.ToDictionary(f => f.NormId, f => f.Position);
        return [.. agenda.Actions
            .OrderBy(a => focusOrder.GetValueOrDefault(a.NormId, int.MaxValue))
            .ThenBy(a => a.Position)
            .Select((action, index) =>
            {
                var norm = catalog.FindItem(action.NormId)?.Item;
                var checks = new[] { action.FirstCheck, action.NextCheck }.Distinct().Order().ToArray();
                return new ReportAction(
                    action.Id,
                    index + 1,
                    norm is null ? action.NormId : $"{norm.Number}. {norm.Title}",
                    action.Title,
                    action.ForYoungPeople,
                    people.Name(action.OwnerSeatId),
                    people.Organisation(action.OwnerSeatId),
                    action.IsOwnerConfirmed,
                    action.Organisations,
                    action.Start,
                    action.Deadline,
                    action.ResultIndicator,
                    action.FirstCheck,
                    action.NextCheck,
                    checks,
                    action.Status.InWords(),
                    action.Progress(today).InWords(),
                    action.Status == ActionStatus.Dropped,
                    action.History.Count,
                    IndicatorLine.Of(action.Indicators));
            })];
    }

    private static ReportConfirmations ConfirmationsOf(ImprovementAgenda agenda, People people) => new(
        agenda.ConfirmationsInWords,
        agenda.Confirmations.Count(c => c.Agrees),
        agenda.ParticipantSeatIds.Count,
        [.. agenda.Confirmations.Where(c => !c.Agrees).OrderBy(c => c.At).Select(c => new ReportObjection(people.Name(c.SeatId), c.Reason ?? ""))]);

    private static ReportNextScan NextScanOf(Core.Scans.Scan scan, DateOnly? nextScanDate)
    {
        if (nextScanDate is { } date)
        {
            return new ReportNextScan(date, ReportWords.Date(date));
        }

        var yearLater = scan.Session(1).Plan.Date.AddYears(1);
        return new ReportNextScan(null, $"rond {ReportWords.Month(yearLater)} (een jaar na deze scan; de initiatiefnemer plant de datum)");
    }

    /// <summary>A session without a named chair is chaired by the initiator, as the live session does.</summary>
    private static List<ReportChair> ChairsOf(Core.Scans.Scan scan) =>
        [.. scan.Sessions.OrderBy(s => s.Number).Select(s => scan.ChairOf(s.Number) is { } chair
            ? new ReportChair(s.Number, chair.Person.Name, chair.Person.Organisation, s.ChairRotationNote)
            : new ReportChair(s.Number, scan.InitiatorSeat.Person.Name, scan.InitiatorSeat.Person.Organisation, null))];

    private static string RotationNoteOf(Core.Scans.Scan scan)
    {
        var organisations = scan.Sessions
            .Select(s => scan.ChairOf(s.Number)?.Person.Organisation ?? scan.InitiatorSeat.Person.Organisation)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        return $"Het voorzitterschap rouleert, zodat het eigenaarschap gedeeld blijft. Bij de scan van {scan.Details.Year + 1} " +
               $"zit iemand voor van een andere organisatie dan {ReportWords.List(organisations)}, bij voorkeur ook uit een ander domein.";
    }

    /// <summary>Names, organisations and domains of the seats, also for people who left the scan since.</summary>
    private sealed class People(Core.Scans.Scan scan, ContentCatalog catalog)
    {
        public string Name(Guid seatId) => scan.Seats.FirstOrDefault(s => s.Id == seatId)?.Person.Name ?? "onbekende deelnemer";

        public string Organisation(Guid seatId) => scan.Seats.FirstOrDefault(s => s.Id == seatId)?.Person.Organisation ?? "";

        public string DomainName(string domainId) => catalog.FindDomain(domainId)?.Name ?? domainId;

        public int DomainOrder(string domainId)
        {
            var index = catalog.Domains.Select(d => d.Id).ToList().IndexOf(domainId);
            return index < 0 ? int.MaxValue : index;
        }
    }
}

/// <param name="ChairOfSessions">The session numbers this person chaired.</param>
/// <param name="InSession2">Took part in making the agenda.</param>
public sealed record ReportParticipant(
    string Name, string Organisation, string Function, string Domain, bool IsInitiator, IReadOnlyList<int> ChairOfSessions, bool InSession2);

public sealed record ReportDomain(string Name, int Seats, bool IsNorm);

public sealed record ReportSession(int Number, DateOnly Date, TimeOnly Start, TimeOnly End, string? Place, string? VideoLink)
{
    /// <summary>"woensdag 10 februari 2027, 13.00–16.30 uur".</summary>
    public string When => $"{ReportWords.Weekday(Date)} {ReportWords.Date(Date)}, {ReportWords.Time(Start)}–{ReportWords.Time(End)} uur";

    public string Where => Place is null ? "online" : VideoLink is null ? Place : $"{Place} (ook online)";
}

/// <param name="ScaleMaximum">The highest score of the scale, e.g. 4.</param>
/// <summary>The scores of one instrument; <see cref="Chart"/> (all norms at a glance) and <see cref="LastYearChart"/>
/// (this year next to last year) are the same SVG charts the live screen shows, for the page; the tables carry the same
/// numbers for the Word document and for screen readers.</summary>
public sealed record ReportInstrumentScores(
    string Instrument, int ScaleMaximum, IReadOnlyList<ReportNormScore> Norms, bool HasPoints, bool HasLastYear)
{
    public string? Chart { get; init; }

    public string? LastYearChart { get; init; }
}

/// <param name="MedianInWords">The answer at the median ("Grotendeels", "tussen … en …").</param>
/// <param name="LastYearChange">"beter", "gelijk", "slechter", "nieuw" or "niet te vergelijken".</param>
public sealed record ReportNormScore(
    string NormId,
    int Number,
    string Title,
    string? Theme,
    double? Median,
    string? MedianInWords,
    string SpreadInWords,
    int? Points,
    double? LastYearMedian,
    string? LastYearChange)
{
    public string MedianText => Median is { } median ? ReportWords.Number(median) : "–";

    public string LastYearText => LastYearMedian is { } median ? ReportWords.Number(median) : "–";
}

/// <summary>A checklist per level and phase; <see cref="Chart"/> is the heat map the live screen shows.</summary>
public sealed record ReportChecklist(string Instrument, string TopLabel, IReadOnlyList<string> Phases, IReadOnlyList<ReportChecklistRow> Rows)
{
    public string? Chart { get; init; }
}

public sealed record ReportChecklistRow(string Level, IReadOnlyList<ReportChecklistCell> Cells);

/// <param name="TopShare">The share of answers at the top of the scale (Gerealiseerd), 0–1.</param>
/// <param name="InWords">"67% gerealiseerd", "niet besproken" or "geen punten".</param>
public sealed record ReportChecklistCell(int Items, int ItemsRevealed, double? TopShare, string InWords);

/// <param name="Rank">1 for the first focus norm.</param>
/// <param name="Choice">How the norm became a focus norm.</param>
/// <param name="Signals">What session 1 said: "mediaan 1,5", "sterk verdeeld", "7 punten".</param>
/// <param name="Findings">The verbeterpunten of session 1 on this norm.</param>
public sealed record ReportFocusNorm(
    int Rank,
    string NormId,
    int Number,
    string Title,
    string? Question,
    string Choice,
    IReadOnlyList<string> Signals,
    IReadOnlyList<string> Findings,
    int ActionCount);

/// <param name="Number">1-based number on the agenda, focus norm by focus norm.</param>
/// <param name="Norm">"7. Warme overdracht".</param>
/// <param name="CheckMoments">The first and, when it moved, the next check moment.</param>
/// <param name="Progress">"op schema", "achter", "afgerond" or "vervallen".</param>
/// <param name="Revision">Grows with every PDCA update, so a calendar knows a re-imported event is newer.</param>
/// <param name="Indicators">The action's indicators with their latest value, status and trend, as they stand now.</param>
public sealed record ReportAction(
    Guid Id,
    int Number,
    string Norm,
    string Title,
    string ForYoungPeople,
    string Owner,
    string OwnerOrganisation,
    bool OwnerConfirmed,
    IReadOnlyList<string> Organisations,
    DateOnly Start,
    DateOnly Deadline,
    string ResultIndicator,
    DateOnly FirstCheck,
    DateOnly NextCheck,
    IReadOnlyList<DateOnly> CheckMoments,
    string Status,
    string Progress,
    bool IsDropped,
    int Revision,
    IReadOnlyList<IndicatorLine> Indicators);

public sealed record ReportApproval(string Organisation, string Body, string Status);

public sealed record ReportInvitation(string Organisation, string Contact, string Status);

public sealed record ReportObjection(string Name, string Reason);

/// <param name="InWords">"9 van 12 akkoord".</param>
public sealed record ReportConfirmations(string InWords, int Agreed, int Participants, IReadOnlyList<ReportObjection> Objections);

/// <param name="Date">Null while the next scan has no date yet.</param>
public sealed record ReportNextScan(DateOnly? Date, string InWords);

/// <param name="RotationNote">Why this chair was chosen although their organisation also chaired last year.</param>
public sealed record ReportChair(int Session, string Name, string Organisation, string? RotationNote);
