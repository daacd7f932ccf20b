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

/// <summary>A new scan, or next year's scan started from a finished one (<c>?vanuit={id}</c>): then the form comes
/// prefilled from that scan and its participants come along (see <see cref="NextYearScan"/>).</summary>
public sealed class CreateModel(
    ScanDbContext db,
    ContentCatalog content,
    ScanContext context,
    UserManager<Account> accounts,
    TimeProvider time,
    ScanAccess access,
    NextYearScan nextYear) : PageModel
{
    [BindProperty]
    public ScanInput Input { get; set; } = new();

    /// <summary>The finished scan this one continues, from the link on its page.</summary>
    [BindProperty(SupportsGet = true, Name = "vanuit")]
    public Guid? PreviousScanId { get; set; }

    public Core.Scans.Scan? PreviousScan { get; private set; }

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

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Input.Instruments = [.. content.Instruments.Select(i => i.Id)];
        if (await accounts.GetUserAsync(User) is { } account)
        {
            // What the initiator told us in the account request; they can change it for this scan.
            Initiator.Organisation = account.Organisation ?? "";
            Initiator.Function = account.Function;
            Initiator.DomainId = account.DomainId ?? "";
        }

        if (PreviousScanId is not { } previousId)
        {
            return Page();
        }

        if (await access.FindAsync(previousId, User, cancellationToken) is not { } previous)
        {
            return NotFound();
        }

        var state = await nextYear.StateAsync(previous, cancellationToken);
        if (state.NextScanId is { } next)
        {
            TempData["Notice"] = "De scan voor volgend jaar is al gestart. Je ziet hem hier.";
            return Redirect($"/scans/{next}");
        }

        if (!state.Finished)
        {
            TempData["Notice"] = "Deze scan is nog niet afgelopen. Je start de scan voor volgend jaar als sessie 2 voorbij is.";
            return Redirect($"/scans/{previousId}");
        }

        PreviousScan = previous;
        Input = ScanInput.NextYearOf(previous);
        if (previous.InitiatorAccountId == User.FindFirstValue(ClaimTypes.NameIdentifier))
        {
            var seat = previous.InitiatorSeat.Person;
            (Initiator.Organisation, Initiator.Function, Initiator.DomainId) = (seat.Organisation, seat.Function, seat.DomainId);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (PreviousScanId is { } fromId)
        {
            if (await access.FindAsync(fromId, User, cancellationToken) is not { } previous)
            {
                return NotFound();
            }

            PreviousScan = previous;
        }

        var session1 = Input.Session1.ToPlan(ModelState, "Input.Session1");
        var session2 = Input.Session2.ToPlan(ModelState, "Input.Session2");
        if (!ModelState.IsValid || session1 is null || session2 is null)
        {
            return Page();
        }

        var account = await accounts.GetUserAsync(User);
        var accountId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var initiator = new PersonDetails(account?.DisplayName ?? "", Initiator.Organisation, Initiator.Function ?? "", account?.Email ?? "", Initiator.DomainId);
        if (PreviousScan is { } from)
        {
            return await StartNextYearAsync(from, session1, session2, accountId, initiator, cancellationToken);
        }

        try
        {
            var scan = Core.Scans.Scan.Create(Input.ToDetails(), session1, session2, accountId, initiator, context, time.GetUtcNow().UtcDateTime);
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

    private async Task<IActionResult> StartNextYearAsync(
        Core.Scans.Scan previous, SessionPlan session1, SessionPlan session2, string accountId, PersonDetails initiator, CancellationToken cancellationToken)
    {
        var outcome = await nextYear.StartAsync(previous, Input.ToDetails(), session1, session2, accountId, initiator, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            ModelState.AddModelError("", refusal);
            return Page();
        }

        TempData["Notice"] = outcome.AlreadyStarted
            ? "De scan voor volgend jaar was al gestart. Je ziet hem hier."
            : "De scan voor volgend jaar is aangemaakt. De deelnemers van vorig jaar staan erin, nog niet uitgenodigd: controleer wie er weer bij is en verstuur dan de uitnodiging.";
        return Redirect($"/scans/{outcome.ScanId}");
    }
}
