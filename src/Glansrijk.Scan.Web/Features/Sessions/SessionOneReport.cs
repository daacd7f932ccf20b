using System.Globalization;
using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Charts;
using Glansrijk.Scan.Web.Features.Shared;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>Who was at session 1.</summary>
public sealed record ReportPerson(string Name, string Domain, bool IsChair, bool IsInitiator);

/// <summary>One norm's outcome in session 1, with the improvement points the group wrote down for it.</summary>
public sealed record ReportNorm(int Number, string Title, double? Median, string? MedianInWords, string? SpreadInWords, int Counted, IReadOnlyList<string> ImprovementPoints);

/// <summary>A scored instrument: its norms in agenda order.</summary>
public sealed record ReportInstrument(string Name, IReadOnlyList<ReportNorm> Norms);

/// <summary>A checklist as a level × phase heat map, with the improvement points on its items.</summary>
public sealed record ReportChecklist(string Name, HeatMap Map, string Chart, IReadOnlyList<ReportNorm> PointsByItem);

/// <summary>Everything the session-1 report says, read once from the stored session, prioritising and agenda, for the
/// page, the Word document and the mail alike. Charts are the server's escaped SVG.</summary>
public sealed record SessionOneReport(
    Guid ScanId,
    string ScanName,
    string Region,
    int Year,
    string When,
    bool Ended,
    IReadOnlyList<ReportPerson> Attendance,
    IReadOnlyList<ReportInstrument> Instruments,
    string? OverviewChart,
    IReadOnlyList<ReportChecklist> Checklists,
    int? Budget,
    string? PrioritisingProgress,
    IReadOnlyList<RankingRowView>? Ranking,
    string? RankingChart,
    IReadOnlyList<FocusReasonView> Focus,
    bool FocusConfirmed,
    IReadOnlyList<string> FocusNotes)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Number(double? value) => value is { } v ? v.ToString("0.#", Dutch) : "–";

    /// <summary>Reads the report of a scan's session 1; null when session 1 has not been held.</summary>
    public static async Task<SessionOneReport?> LoadAsync(ScanDbContext db, ContentCatalog content, PrioritisingStates prioritising, Guid scanId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(prioritising);
        var scan = await db.Scans.AsNoTracking().Include(s => s.Seats).Include(s => s.Sessions).SingleOrDefaultAsync(s => s.Id == scanId, cancellationToken);
        var session = await db.LiveSessions.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(s => s.ScanId == scanId && s.Kind == SessionKind.ScanSession && s.SessionNumber == 1, cancellationToken);
        if (scan is null || session is null)
        {
            return null;
        }

        var prioritisation = await db.Prioritisations.AsNoTracking().SingleOrDefaultAsync(p => p.ScanId == scanId, cancellationToken);
        var agenda = await db.ImprovementAgendas.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(a => a.ScanId == scanId, cancellationToken);
        var overview = SessionOverview.Of(session, content.Instruments);

        var attendance = session.Attendance
            .OrderByDescending(s => s.SeatId == session.ChairSeatId).ThenBy(s => s.Name, StringComparer.Create(Dutch, true))
            .Select(s => new ReportPerson(s.Name, content.FindDomain(s.DomainId)?.Name ?? s.DomainId, s.SeatId == session.ChairSeatId, s.IsInitiator))
            .ToArray();

        ReportNorm NormOf(OverviewItem item) => new(
            item.Item.Number,
            item.Item.Title,
            item.Median,
            item.Latest?.Result?.MedianInWords,
            item.Latest?.Result?.Spread?.InWords,
            item.Latest?.Result?.Scores.Count ?? 0,
            [.. session.ImprovementPointsOf(item.Item.Id).OrderBy(p => p.RecordedAt).Select(p => p.Text)]);

        var used = content.Instruments.Where(i => session.Agenda.Any(e => e.InstrumentId == i.Id)).OrderBy(i => i.Order).ToArray();
        var instruments = used.Where(i => !i.IsMatrix)
            .Select(i => new ReportInstrument(i.Name, [.. overview.ItemsOf(i.Id).Select(NormOf)]))
            .ToArray();
        var checklists = used.Where(i => i.IsMatrix)
            .Select(i => (Instrument: i, Map: overview.HeatMaps.FirstOrDefault(m => m.InstrumentId == i.Id)))
            .Where(x => x.Map is not null)
            .Select(x => new ReportChecklist(
                x.Instrument.Name,
                x.Map!,
                HeatMapChart.Render(x.Map!, x.Instrument.Name),
                [.. overview.ItemsOf(x.Instrument.Id).Select(NormOf).Where(n => n.ImprovementPoints.Count > 0)]))
            .ToArray();

        var view = prioritising.For(session, null, prioritisation, agenda);
        var confirmed = prioritising.ConfirmedFocus(session, prioritisation, agenda);
        IReadOnlyList<FocusReasonView> focus;
        IReadOnlyList<string> notes = [];
        if (confirmed is not null)
        {
            focus = confirmed;
        }
        else if (prioritisation is { IsClosed: true })
        {
            var proposal = prioritising.Propose(session, prioritisation);
            focus = [.. proposal.Norms.Select(n => content.FindItem(n.NormId)?.Item is { } item
                ? new FocusReasonView(n.NormId, item.Number, item.Title, n.Reasons)
                : new FocusReasonView(n.NormId, 0, n.NormId, n.Reasons))];
            notes = proposal.Notes;
        }
        else
        {
            focus = [];
        }

        var plan = scan.Sessions.FirstOrDefault(s => s.Number == 1)?.Plan;
        var when = plan is not null
            ? plan.Date.ToString("dddd d MMMM yyyy", Dutch) + (plan.Place is { Length: > 0 } place ? $", {place}" : "")
            : session.StartedAt.ToDutchTime().ToString("dddd d MMMM yyyy", Dutch);

        return new SessionOneReport(
            scan.Id,
            scan.Details.Name,
            scan.Details.Region,
            scan.Details.Year,
            when,
            session.IsEnded,
            attendance,
            instruments,
            Charts.OverviewChart.Render(overview, content.Instruments),
            checklists,
            prioritisation?.Budget,
            prioritisation?.ProgressInWords,
            view?.Ranking,
            view?.RankingChart,
            focus,
            confirmed is not null,
            notes);
    }
}
