using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.Scans;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glansrijk.Scan.Web.Features.Scans;

/// <summary>One seat: correct the details, put another person on it, withdraw it, or send the invitation again.</summary>
public sealed class SeatModel(
    ScanAccess access,
    ScanDbContext db,
    ScanContext context,
    ContentCatalog content,
    Invitations.Invitations invitations,
    Privacy.ScanErasure erasure,
    Sessions.LiveAccess live) : PageModel
{
    [BindProperty]
    public PersonInput Input { get; set; } = new();

    [BindProperty]
    public PersonInput Replacement { get; set; } = new();

    /// <summary>Made when the page is shown; a second submit of the same form sends nothing twice.</summary>
    [BindProperty]
    public Guid CommandId { get; set; }

    public Core.Scans.Scan Scan { get; private set; } = null!;
    public Core.Scans.Seat Seat { get; private set; } = null!;
    public ContentCatalog Catalog => content;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid seatId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, seatId, cancellationToken))
        {
            return NotFound();
        }

        Input = PersonInput.From(Seat.Person);
        CommandId = Guid.NewGuid();
        return Page();
    }

    public async Task<IActionResult> OnPostCorrectAsync(Guid id, Guid seatId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, seatId, cancellationToken))
        {
            return NotFound();
        }

        ValidateOnly(Input, nameof(Input));
        return await ChangeAsync(() => Scan.CorrectSeat(Seat.Id, Input.ToDetails(), context), () => Task.CompletedTask, "De gegevens zijn opgeslagen.", cancellationToken);
    }

    /// <summary>Puts another person on the seat. When the seat's invitation had gone out, the newcomer is invited at
    /// once (their own link, the same .ics): the scan is under way and nobody should have to remember a second step.
    /// The same form sent twice replaces once and invites once.</summary>
    public async Task<IActionResult> OnPostReplaceAsync(Guid id, Guid seatId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, seatId, cancellationToken))
        {
            return NotFound();
        }

        ValidateOnly(Replacement, nameof(Replacement));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (string.Equals(Seat.Person.Email, Replacement.Email.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            // The same form sent again (or the same person typed in): nothing changes, nobody gets a second mail.
            TempData["Notice"] = $"{Seat.Person.Name} staat al op deze plaats.";
            return Redirect($"/scans/{Scan.Id}");
        }

        var former = Seat.Person;
        var previous = former.Name;
        var invite = Seat.InvitationsSent > 0;
        try
        {
            Scan.ReplacePerson(Seat.Id, Replacement.ToDetails(), context);
        }
        catch (ScanRuleException rule)
        {
            ModelState.AddModelError("", rule.Message);
            return Page();
        }

        await erasure.ForgetPersonAsync(Scan.Id, Seat.Id, former.Name, former.Email, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await invitations.RevokeLinksAsync(Seat.Id, cancellationToken);
        await live.EndSeatAsync(Seat.Id, cancellationToken);
        var replaced = $"{previous} is vervangen door {Seat.Person.Name}. De link van {previous} werkt niet meer.";
        TempData["Notice"] = invite && !Seat.IsInitiator
            ? $"{replaced} {await InviteNewcomerAsync(cancellationToken)}"
            : $"{replaced} Verstuur nu de uitnodiging.";
        return Redirect($"/scans/{Scan.Id}");
    }

    private async Task<string> InviteNewcomerAsync(CancellationToken cancellationToken)
    {
        try
        {
            await invitations.InviteAsync(Scan, [Seat.Id], CommandId, cancellationToken);
            return $"{Seat.Person.Name} heeft de uitnodiging gekregen, met een eigen persoonlijke link en het agenda-bestand van de sessies.";
        }
        catch (ScanRuleException rule)
        {
            return $"De uitnodiging kon nog niet weg: {rule.Message}";
        }
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, Guid seatId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, seatId, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        var previous = Seat.Person;
        var result = await ChangeAsync(
            () => Scan.Withdraw(Seat.Id),
            () => erasure.ForgetPersonAsync(Scan.Id, Seat.Id, previous.Name, previous.Email, cancellationToken),
            $"{previous.Name} doet niet meer mee. Die persoonlijke link werkt niet meer en de naam en het e-mailadres zijn gewist.",
            cancellationToken);
        if (ModelState.IsValid)
        {
            await invitations.RevokeLinksAsync(Seat.Id, cancellationToken);
            await live.EndSeatAsync(Seat.Id, cancellationToken);
        }

        return result;
    }

    public async Task<IActionResult> OnPostInviteAsync(Guid id, Guid seatId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, seatId, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        try
        {
            var queued = await invitations.InviteAsync(Scan, [Seat.Id], CommandId, cancellationToken);
            TempData["Notice"] = queued > 0 ? $"De uitnodiging aan {Seat.Person.Name} is verstuurd." : "Deze uitnodiging was al verstuurd.";
            return Redirect($"/scans/{id}");
        }
        catch (ScanRuleException rule)
        {
            ModelState.AddModelError("", rule.Message);
            return Page();
        }
    }

    /// <summary>Runs the rule; when it holds, <paramref name="alongside"/> adds what goes with it (e.g. removing the
    /// former person's details) to the same unit of work, and both are saved together.</summary>
    private async Task<IActionResult> ChangeAsync(Action change, Func<Task> alongside, string notice, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            change();
        }
        catch (ScanRuleException rule)
        {
            ModelState.AddModelError("", rule.Message);
            return Page();
        }

        await alongside();
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = notice;
        return Redirect($"/scans/{Scan.Id}");
    }

    /// <summary>The page holds several forms; each handler checks only the fields of its own form.</summary>
    private void ValidateOnly(object model, string prefix)
    {
        ModelState.Clear();
        TryValidateModel(model, prefix);
    }

    private async Task<bool> LoadAsync(Guid id, Guid seatId, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, User, cancellationToken) is not { } scan || scan.Seats.SingleOrDefault(s => s.Id == seatId) is not { } seat)
        {
            return false;
        }

        Scan = scan;
        Seat = seat;
        return true;
    }
}
