using System.ComponentModel.DataAnnotations;
using Glansrijk.Scan.Core.Scans;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Glansrijk.Scan.Web.Features.Scans;

/// <summary>Names the chair of each session. When the chosen chair's organisation also chaired last year's scan of
/// the region, the page says so and asks for a reason before saving.</summary>
public sealed class ChairModel(ScanAccess access, ScanDbContext db) : PageModel
{
    [BindProperty]
    public List<ChairInput> Chairs { get; set; } = [];

    public Core.Scans.Scan Scan { get; private set; } = null!;
    public Core.Scans.Scan? LastYear { get; private set; }

    public sealed class ChairInput
    {
        public int Session { get; set; }
        public Guid? SeatId { get; set; }

        [StringLength(500, ErrorMessage = "Gebruik hoogstens 500 tekens.")]
        public string? Reason { get; set; }
    }

    public IEnumerable<SelectListItem> Candidates(Guid? selected) =>
        Scan.ActiveSeats
            .Where(s => s.Status is not (SeatStatus.Declined or SeatStatus.Undeliverable))
            .OrderBy(s => s.Person.Name)
            .Select(s => new SelectListItem($"{s.Person.Name} ({s.Person.Organisation})", s.Id.ToString(), s.Id == selected));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Chairs = [.. Scan.Sessions.OrderBy(s => s.Number).Select(s => new ChairInput { Session = s.Number, SeatId = s.ChairSeatId, Reason = s.ChairRotationNote })];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Chairs.Count != Scan.Sessions.Count || Chairs.Any(c => Scan.Sessions.All(s => s.Number != c.Session)))
        {
            return BadRequest();
        }

        for (var i = 0; i < Chairs.Count; i++)
        {
            var chair = Chairs[i];
            if (chair.SeatId is { } seatId && Scan.Seats.Any(s => s.Id == seatId) &&
                ChairRotation.Warning(Scan, chair.Session, seatId, LastYear) is { } warning && string.IsNullOrWhiteSpace(chair.Reason))
            {
                ModelState.AddModelError($"Chairs[{i}].Reason", warning);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            foreach (var chair in Chairs)
            {
                Scan.NameChair(chair.Session, chair.SeatId, chair.SeatId is { } seatId && ChairRotation.Warning(Scan, chair.Session, seatId, LastYear) is not null ? chair.Reason : null);
            }
        }
        catch (ScanRuleException rule)
        {
            ModelState.AddModelError("", rule.Message);
            return Page();
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = "De voorzitters zijn opgeslagen.";
        return Redirect($"/scans/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, User, cancellationToken) is not { } scan)
        {
            return false;
        }

        Scan = scan;
        LastYear = await access.LastYearAsync(scan, cancellationToken);
        return true;
    }
}
