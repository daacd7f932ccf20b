using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.Scans;
using Glansrijk.Scan.Web.Features.Invitations;
using Glansrijk.Scan.Web.Features.Sessions;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Glansrijk.Scan.Web.Features.Scans;

/// <summary>The initiator's overview of one scan: who answered, the domain balance, the sessions and their chairs,
/// and whether the scan is ready for session 1. From here the initiator starts a live session and goes to its console.</summary>
public sealed class DetailsModel(
    ScanAccess access,
    ContentCatalog content,
    IOptions<InvitationOptions> options,
    TimeProvider time,
    ScanDbContext db,
    LiveSessionService sessions,
    NextYearScan nextYear) : PageModel
{
    public Core.Scans.Scan Scan { get; private set; } = null!;
    public ScanReadiness Readiness { get; private set; } = null!;
    public IReadOnlyList<DomainBalance> Balance { get; private set; } = [];
    public ContentCatalog Catalog => content;

    /// <summary>The live sessions of this scan that were started, by session number.</summary>
    public IReadOnlyDictionary<int, LiveSessionSummary> LiveSessions { get; private set; } = new Dictionary<int, LiveSessionSummary>();

    /// <summary>Whether the verbeteragenda is closed, so voortgangsoverleggen can be held.</summary>
    public bool AgendaClosed { get; private set; }

    /// <summary>The voortgangsoverleggen held or running, oldest first.</summary>
    public IReadOnlyList<LiveSessionSummary> ProgressMeetings { get; private set; } = [];

    /// <summary>Whether next year's scan can be started from this one, or where it is.</summary>
    public NextYearState NextYear { get; private set; } = new(false, null);

    /// <summary>Last year's scan, to compare with; null for the first scan of a region.</summary>
    public Core.Scans.Scan? LastYear { get; private set; }

    public string DomainName(string id) => content.FindDomain(id)?.Name ?? id;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, User, cancellationToken) is not { } scan)
        {
            return NotFound();
        }

        Scan = scan;
        Readiness = scan.Readiness(options.Value.MinimumAcceptedForSession1, DateOnly.FromDateTime(time.GetLocalNow().DateTime));
        Balance = scan.DomainBalance(content.Domains.Select(d => d.Id));
        LiveSessions = await LiveSessionSummary.OfScanAsync(db, id, cancellationToken);
        AgendaClosed = await db.ImprovementAgendas.AnyAsync(a => a.ScanId == id && a.ClosedAt != null, cancellationToken);
        ProgressMeetings = await LiveSessionSummary.ProgressMeetingsOfScanAsync(db, id, cancellationToken);
        NextYear = await nextYear.StateAsync(scan, cancellationToken);
        LastYear = await access.LastYearAsync(scan, cancellationToken);
        return Page();
    }

    /// <summary>Starts session <paramref name="number"/> (or finds the one that runs) and opens its console.</summary>
    public async Task<IActionResult> OnPostStartSessionAsync(Guid id, int number, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, User, cancellationToken) is null)
        {
            return NotFound();
        }

        var started = await sessions.StartAsync(id, number, cancellationToken);
        if (!started.Ok || started.SessionId is not { } sessionId)
        {
            TempData["Notice"] = started.Message ?? "De sessie kon niet beginnen.";
            return RedirectToPage(new { id });
        }

        return Redirect($"/sessie/{sessionId}");
    }

    /// <summary>Starts a voortgangsoverleg (or finds the one that runs) and opens its console.</summary>
    public async Task<IActionResult> OnPostStartProgressMeetingAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, User, cancellationToken) is null)
        {
            return NotFound();
        }

        var started = await sessions.StartProgressMeetingAsync(id, cancellationToken);
        if (!started.Ok || started.SessionId is not { } sessionId)
        {
            TempData["Notice"] = started.Message ?? "Het voortgangsoverleg kon niet beginnen.";
            return RedirectToPage(new { id });
        }

        return Redirect($"/sessie/{sessionId}");
    }

    public static string StatusLabel(SeatStatus status) => status switch
    {
        SeatStatus.Concept => "Nog niet uitgenodigd",
        SeatStatus.Invited => "Uitgenodigd",
        SeatStatus.Accepted => "Doet mee",
        SeatStatus.Declined => "Afgemeld",
        SeatStatus.Undeliverable => "Onbestelbaar",
        SeatStatus.Withdrawn => "Ingetrokken",
        _ => status.ToString(),
    };
}
