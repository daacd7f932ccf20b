using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.Instruments;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Scans;

/// <summary>A scan's norms next to last year's, with the two scans it compares.</summary>
public sealed record YearOverYearResult(Core.Scans.Scan ThisYear, Core.Scans.Scan LastYear, IReadOnlyList<NormComparison> Norms);

/// <summary>This year next to last year, per norm, for the scan page and the reports. Last year's scan is the one this
/// scan was started from, else the latest earlier scan of the same region (the same rule as the chair rotation, see
/// <see cref="Core.Scans.ChairRotation.LastYear"/>). A year's result on a norm is its latest revealed round over the scan's stored
/// live sessions (session 2 before session 1); a norm that was not revealed, or whose result was withheld to keep a
/// small group anonymous, has no median. Only the norms (instruments without a level × phase matrix) are compared.
/// A singleton that opens its own database scope, so pages and singleton report builders can both call it. It does
/// not check who asks: callers show it only to whom may see the scan.</summary>
public sealed class YearOverYear(IServiceScopeFactory scopes, ContentCatalog content)
{
    /// <summary>The norms of <paramref name="scanId"/> next to last year's, in this year's order (norms only last
    /// year had come last); null when the scan does not exist or has no scan of last year.</summary>
    public async Task<IReadOnlyList<NormComparison>?> ForScanAsync(Guid scanId, CancellationToken cancellationToken) =>
        (await CompareAsync(scanId, cancellationToken))?.Norms;

    /// <summary>As <see cref="ForScanAsync"/>, with both scans (their years, names and instruments).</summary>
    public async Task<YearOverYearResult?> CompareAsync(Guid scanId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ScanDbContext>();
        var scan = await db.Scans.AsNoTracking().Include(s => s.Seats).Include(s => s.Sessions).SingleOrDefaultAsync(s => s.Id == scanId, cancellationToken);
        if (scan is null || await scope.ServiceProvider.GetRequiredService<ScanAccess>().LastYearAsync(scan, cancellationToken) is not { } lastYear)
        {
            return null;
        }

        var thisYearResults = await ResultsAsync(db, scan, cancellationToken);
        var lastYearResults = await ResultsAsync(db, lastYear, cancellationToken);
        return new YearOverYearResult(scan, lastYear, YearComparison.Of(thisYearResults, lastYearResults));
    }

    /// <summary>The norm instruments of a scan, in the content's order.</summary>
    public IReadOnlyList<Instrument> NormInstrumentsOf(Core.Scans.Scan scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        return [.. content.Instruments.Where(i => !i.IsMatrix && scan.Details.InstrumentIds.Contains(i.Id)).OrderBy(i => i.Order)];
    }

    private async Task<List<NormResult>> ResultsAsync(ScanDbContext db, Core.Scans.Scan scan, CancellationToken cancellationToken)
    {
        var sessions = await db.LiveSessions.AsNoTracking().AsSplitQuery()
            .Where(s => s.ScanId == scan.Id && s.Kind == SessionKind.ScanSession)
            .ToListAsync(cancellationToken);
        var instruments = NormInstrumentsOf(scan);
        var latest = new Dictionary<string, NormResult>();
        foreach (var session in sessions.OrderBy(s => s.SessionNumber))
        {
            var overview = SessionOverview.Of(session, instruments);
            foreach (var result in instruments.SelectMany(i => SessionSignals.ForComparison(overview, i.Id)).Where(r => r.Median is not null))
            {
                latest[result.NormId] = result;
            }
        }

        // Every norm of the scan takes part, revealed or not, so a norm without a result reads "niet te vergelijken"
        // rather than "niet meer gescand".
        return [.. instruments.SelectMany(i => i.Items).Select(item => latest.GetValueOrDefault(item.Id) ?? new NormResult(item.Id, null, null))];
    }
}
