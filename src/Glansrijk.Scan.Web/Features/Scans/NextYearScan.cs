using Glansrijk.Scan.Core.Scans;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Features.Shared;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Scans;

/// <summary>Where a scan stands for next year: finished or not, and the next-year scan started from it, if any.</summary>
public sealed record NextYearState(bool Finished, Guid? NextScanId);

/// <summary>The outcome of starting next year's scan: the new scan, the one a first submit already made
/// (<see cref="AlreadyStarted"/>), or a Dutch refusal that created nothing.</summary>
public sealed record NextYearOutcome(Guid? ScanId, bool AlreadyStarted, string? Refusal)
{
    public static NextYearOutcome Refused(string message) => new(null, false, message);
}

/// <summary>Starts next year's scan from a finished one (see <see cref="Core.Scans.Scan.CreateNextYear"/>). The caller
/// has checked that the signed-in account may see the finished scan (<see cref="ScanAccess"/>).</summary>
public sealed class NextYearScan(ScanDbContext db, ScanContext context, TimeProvider time)
{
    public async Task<NextYearState> StateAsync(Core.Scans.Scan scan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var session2Ended = await db.LiveSessions.AnyAsync(s => s.ScanId == scan.Id && s.Kind == SessionKind.ScanSession && s.SessionNumber == 2 && s.EndedAt != null, cancellationToken);
        var next = await db.Scans.Where(s => s.PreviousScanId == scan.Id).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
        return new NextYearState(scan.IsFinished(time.GetUtcNow().UtcDateTime.ToDutchTime(), session2Ended), next);
    }

    public async Task<NextYearOutcome> StartAsync(
        Core.Scans.Scan previous,
        ScanDetails details,
        SessionPlan session1,
        SessionPlan session2,
        string initiatorAccountId,
        PersonDetails initiator,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(details);
        var state = await StateAsync(previous, cancellationToken);
        if (state.NextScanId is { } existing)
        {
            return new NextYearOutcome(existing, true, null);
        }

        if (!state.Finished)
        {
            return NextYearOutcome.Refused("Deze scan is nog niet afgelopen. Je start de scan voor volgend jaar als sessie 2 voorbij is.");
        }

        Core.Scans.Scan scan;
        try
        {
            scan = Core.Scans.Scan.CreateNextYear(previous, details, session1, session2, initiatorAccountId, initiator, context, time.GetUtcNow().UtcDateTime);
        }
        catch (ScanRuleException rule)
        {
            return NextYearOutcome.Refused(rule.Message);
        }

        var year = scan.Details.Year;
        var sameYear = await db.Scans.AsNoTracking()
            .Where(s => s.SeriesKey == scan.SeriesKey && s.Details.Year == year)
            .Select(s => new { s.Id, s.PreviousScanId })
            .FirstOrDefaultAsync(cancellationToken);
        if (sameYear?.PreviousScanId == previous.Id)
        {
            // A first submit of the same form saved it a moment ago.
            return new NextYearOutcome(sameYear.Id, true, null);
        }

        if (sameYear is not null)
        {
            return NextYearOutcome.Refused($"Er is al een scan voor de regio {scan.Details.Region} in {year}. Een regio doet de scan één keer per jaar: open die scan, of kies een ander jaar.");
        }

        db.Scans.Add(scan);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same form was sent twice at once and the other request saved first (one next-year scan per scan).
            db.Entry(scan).State = EntityState.Detached;
            var theirs = await db.Scans.AsNoTracking().Where(s => s.PreviousScanId == previous.Id).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
            return theirs is { } id ? new NextYearOutcome(id, true, null) : throw new InvalidOperationException("The next-year scan could not be saved.");
        }

        return new NextYearOutcome(scan.Id, false, null);
    }
}
