using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.Scans;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glansrijk.Scan.Web.Features.Scans;

public sealed class AddSeatModel(ScanAccess access, ScanDbContext db, ScanContext context, ContentCatalog content, TimeProvider time) : PageModel
{
    [BindProperty]
    public PersonInput Input { get; set; } = new();

    public Core.Scans.Scan Scan { get; private set; } = null!;
    public ContentCatalog Catalog => content;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, User, cancellationToken) is not { } scan)
        {
            return NotFound();
        }

        Scan = scan;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? next, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, User, cancellationToken) is not { } scan)
        {
            return NotFound();
        }

        Scan = scan;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var seat = scan.AddSeat(Input.ToDetails(), context, time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
            TempData["Notice"] = $"{seat.Person.Name} is toegevoegd.";
        }
        catch (ScanRuleException rule)
        {
            ModelState.AddModelError(rule.Message.Contains("e-mailadres", StringComparison.Ordinal) || rule.Message.Contains("doet al mee", StringComparison.Ordinal) ? "Input.Email" : "", rule.Message);
            return Page();
        }

        return Redirect(next == "nog-een" && scan.ActiveSeats.Count() < Core.Scans.Scan.MaxSeats ? $"/scans/{id}/deelnemers/nieuw" : $"/scans/{id}");
    }
}
