using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>A started live session as the scan's pages show it: where to go and the code for the screen.</summary>
public sealed record LiveSessionSummary(Guid Id, int Number, string Code, bool Ended)
{
    public static async Task<IReadOnlyDictionary<int, LiveSessionSummary>> OfScanAsync(ScanDbContext db, Guid scanId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sessions = await db.LiveSessions.AsNoTracking()
            .Where(s => s.ScanId == scanId && s.Kind == SessionKind.ScanSession)
            .Select(s => new LiveSessionSummary(s.Id, s.SessionNumber, s.Code, s.EndedAt != null))
            .ToListAsync(cancellationToken);
        return sessions.ToDictionary(s => s.Number);
    }

    /// <summary>The scan's voortgangsoverleggen, oldest first.</summary>
    public static async Task<IReadOnlyList<LiveSessionSummary>> ProgressMeetingsOfScanAsync(ScanDbContext db, Guid scanId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.LiveSessions.AsNoTracking()
            .Where(s => s.ScanId == scanId && s.Kind == SessionKind.ProgressMeeting)
            .OrderBy(s => s.SessionNumber)
            .Select(s => new LiveSessionSummary(s.Id, s.SessionNumber, s.Code, s.EndedAt != null))
            .ToListAsync(cancellationToken);
    }
}
