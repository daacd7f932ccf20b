using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Web.Features.Scans;
using Glansrijk.Scan.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glansrijk.Scan.Web.Features.Agenda;

/// <summary>The initiator's follow-up overview: per action on track, late or done, its trekker, deadline and last
/// update, and its indicators (latest value, op koers / achter / geen meting, the trend).</summary>
public sealed class ScanActionsModel(ActionFollowUp followUp, ScanAccess access, TimeProvider time) : PageModel
{
    public Core.Scans.Scan Scan { get; private set; } = null!;
    public FollowUpScope? Scope { get; private set; }
    public IReadOnlyList<ActionOverview> Overview { get; private set; } = [];

    /// <summary>Only the scan's initiator sees its figures here; a Beheerder sees how the actions run, not the figures.</summary>
    public bool ShowFigures { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, User, cancellationToken) is not { } scan)
        {
            return NotFound();
        }

        Scan = scan;
        ShowFigures = ScanAccess.IsInitiator(scan, User);
        Scope = await followUp.LoadAsync(id, cancellationToken);
        Overview = Scope?.Agenda.Overview(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.ToDutchTime())) ?? [];
        return Page();
    }

    public int Count(ActionProgress progress) => Overview.Count(o => o.Progress == progress);
}
