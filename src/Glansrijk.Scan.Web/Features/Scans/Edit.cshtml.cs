using Glansrijk.Scan.Core.Scans;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glansrijk.Scan.Web.Features.Scans;

public sealed class EditModel(ScanAccess access, ScanDbContext db, ScanContext context) : PageModel
{
    [BindProperty]
    public ScanInput Input { get; set; } = new();

    public Core.Scans.Scan Scan { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, User, cancellationToken) is not { } scan)
        {
            return NotFound();
        }

        Scan = scan;
        Input = ScanInput.From(scan);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, User, cancellationToken) is not { } scan)
        {
            return NotFound();
        }

        Scan = scan;
        var session1 = Input.Session1.ToPlan(ModelState, "Input.Session1");
        var session2 = Input.Session2.ToPlan(ModelState, "Input.Session2");
        if (!ModelState.IsValid || session1 is null || session2 is null)
        {
            return Page();
        }

        try
        {
            scan.UpdateDetails(Input.ToDetails(), context);
            scan.PlanSessions(session1, session2);
        }
        catch (ScanRuleException rule)
        {
            // Nothing is saved: the tracked scan is thrown away with this request.
            ModelState.AddModelError("", rule.Message);
            return Page();
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = "De wijzigingen zijn opgeslagen. Wie al is uitgenodigd, krijgt de nieuwe data niet vanzelf: stuur de uitnodiging zo nodig opnieuw.";
        return Redirect($"/scans/{scan.Id}");
    }
}
