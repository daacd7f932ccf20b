using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.Scans;
using Glansrijk.Scan.Web.Features.Accounts;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glansrijk.Scan.Web.Features.Scans;

public sealed class CreateModel(ScanDbContext db, ContentCatalog content, ScanContext context, UserManager<Account> accounts, TimeProvider time) : PageModel
{
    [BindProperty]
    public ScanInput Input { get; set; } = new();

    [BindProperty]
    public InitiatorInput Initiator { get; set; } = new();

    public ContentCatalog Catalog => content;

    public sealed class InitiatorInput
    {
        [Required(ErrorMessage = "Vul je organisatie in."), StringLength(PersonDetails.MaxNameLength, ErrorMessage = "Gebruik hoogstens 100 tekens.")]
        public string Organisation { get; set; } = "";

        [StringLength(PersonDetails.MaxNameLength, ErrorMessage = "Gebruik hoogstens 100 tekens.")]
        public string? Function { get; set; }

        [Required(ErrorMessage = "Kies het domein van je organisatie.")]
        public string DomainId { get; set; } = "";
    }

    public async Task OnGetAsync()
    {
        Input.Instruments = [.. content.Instruments.Select(i => i.Id)];
        if (await accounts.GetUserAsync(User) is { } account)
        {
            // What the initiator told us in the account request; they can change it for this scan.
            Initiator.Organisation = account.Organisation ?? "";
            Initiator.Function = account.Function;
            Initiator.DomainId = account.DomainId ?? "";
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var session1 = Input.Session1.ToPlan(ModelState, "Input.Session1");
        var session2 = Input.Session2.ToPlan(ModelState, "Input.Session2");
        if (!ModelState.IsValid || session1 is null || session2 is null)
        {
            return Page();
        }

        var account = await accounts.GetUserAsync(User);
        try
        {
            var scan = Core.Scans.Scan.Create(
                Input.ToDetails(), session1, session2,
                User.FindFirstValue(ClaimTypes.NameIdentifier)!,
                new PersonDetails(account?.DisplayName ?? "", Initiator.Organisation, Initiator.Function ?? "", account?.Email ?? "", Initiator.DomainId),
                context, time.GetUtcNow().UtcDateTime);
            db.Scans.Add(scan);
            await db.SaveChangesAsync(cancellationToken);
            TempData["Notice"] = "De scan is aangemaakt. Voeg nu de deelnemers toe.";
            return Redirect($"/scans/{scan.Id}");
        }
        catch (ScanRuleException rule)
        {
            ModelState.AddModelError("", rule.Message);
            return Page();
        }
    }
}
