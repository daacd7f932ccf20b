using Glansrijk.Scan.Web.Features.Accounts;
using Glansrijk.Scan.Web.Features.Administration;
using Glansrijk.Scan.Web.Features.Privacy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glansrijk.Scan.Web.Features.Scans;

/// <summary>Deleting a scan with everything in it: the page names what goes, the button deletes it. Only the
/// scan's initiator and a Beheerder find the scan; anyone else gets 404 and nothing happens.</summary>
public sealed partial class DeleteModel(
    ScanAccess access,
    ScanErasure erasure,
    AuditLog audit,
    UserManager<Account> accounts,
    ILogger<DeleteModel> logger) : PageModel
{
    public Core.Scans.Scan Scan { get; private set; } = null!;
    public ScanFootprint Footprint { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, User, cancellationToken) is not { } scan)
        {
            return NotFound();
        }

        Scan = scan;
        Footprint = await erasure.FootprintAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, User, cancellationToken) is not { } scan)
        {
            return NotFound();
        }

        var name = scan.Details.Name;
        await erasure.DeleteAsync(scan, cancellationToken);
        LogDeleted(logger, id, User.Identity?.Name ?? "");
        // The scan's name is a region, not a person: the log may keep it.
        await audit.RecordAsync((await accounts.GetUserAsync(User))?.DisplayName ?? "onbekend account", AuditActions.ScanDeleted, name, cancellationToken);
        TempData["Notice"] = $"{name} is verwijderd, met alles wat erbij hoorde.";
        return Redirect("/scans");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scan {ScanId} deleted by {Account}")]
    private static partial void LogDeleted(ILogger logger, Guid scanId, string account);
}
