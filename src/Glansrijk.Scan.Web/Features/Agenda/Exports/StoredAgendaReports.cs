using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.Instruments;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Agenda.Exports;

/// <summary>The verbeteragenda report from the database: the scan's stored agenda, the overview of session 1 (or of
/// session 2 when session 1 was never run live), the improvement points of both sessions, the points of
/// prioritising, and last year's results when the region did a scan the year before.</summary>
public sealed class StoredAgendaReports(ScanDbContext db, ContentCatalog content, TimeProvider clock) : IAgendaReportSource
{
    public async Task<AgendaReport?> FindAsync(Core.Scans.Scan scan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var agenda = await db.ImprovementAgendas.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(a => a.ScanId == scan.Id, cancellationToken);
        if (agenda is null)
        {
            return null;
        }

        var sessions = await db.LiveSessions.AsNoTracking().AsSplitQuery().Where(s => s.ScanId == scan.Id && s.Kind == SessionKind.ScanSession).ToListAsync(cancellationToken);
        var instruments = InstrumentsOf(scan);
        var scored = sessions.OrderBy(s => s.SessionNumber).FirstOrDefault();
        var overview = scored is null ? new SessionOverview([], []) : SessionOverview.Of(scored, instruments);
        var points = sessions.OrderBy(s => s.SessionNumber).SelectMany(s => s.ImprovementPoints);
        var prioritisation = await db.Prioritisations.AsNoTracking().SingleOrDefaultAsync(p => p.ScanId == scan.Id, cancellationToken);
        return AgendaReport.From(
            scan, overview, points, agenda, content, clock.GetUtcNow().UtcDateTime, prioritisation, await LastYearAsync(scan, cancellationToken));
    }

    /// <summary>The results of session 1 of the year before (the same rule for what counts as last year's scan as
    /// <see cref="Scans.ScanAccess.EarlierInSeries"/>), or null when there is none.</summary>
    private async Task<IReadOnlyList<NormResult>?> LastYearAsync(Core.Scans.Scan scan, CancellationToken cancellationToken)
    {
        var previous = await Scans.ScanAccess.EarlierInSeries(db.Scans.AsNoTracking(), scan)
            .Include(s => s.Seats).Include(s => s.Sessions)
            .ToListAsync(cancellationToken);
        var lastYear = previous.Where(s => s.Details.Year == scan.Details.Year - 1).OrderByDescending(s => s.CreatedAt).FirstOrDefault();
        if (lastYear is null)
        {
            return null;
        }

        var session1 = await db.LiveSessions.AsNoTracking().AsSplitQuery()
            .SingleOrDefaultAsync(s => s.ScanId == lastYear.Id && s.Kind == SessionKind.ScanSession && s.SessionNumber == 1, cancellationToken);
        if (session1 is null)
        {
            return null;
        }

        var overview = SessionOverview.Of(session1, InstrumentsOf(lastYear));
        return [.. InstrumentsOf(lastYear).Where(i => !i.IsMatrix).SelectMany(i => SessionSignals.ForComparison(overview, i.Id))];
    }

    private List<Instrument> InstrumentsOf(Core.Scans.Scan scan) => [.. content.Instruments.Where(i => scan.Details.InstrumentIds.Contains(i.Id))];
}
