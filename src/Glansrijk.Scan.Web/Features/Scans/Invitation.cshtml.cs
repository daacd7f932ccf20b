using System.ComponentModel.DataAnnotations;
using Glansrijk.Scan.Core.Scans;
using Glansrijk.Scan.Web.Features.Invitations;
using Glansrijk.Scan.Web.Mail;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glansrijk.Scan.Web.Features.Scans;

/// <summary>The invitation text of a scan: edit it, preview the exact mail, and send it to everyone not yet invited.</summary>
public sealed class InvitationModel(ScanAccess access, ScanDbContext db, InvitationMail mails, Invitations.Invitations invitations) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "De uitnodiging heeft een tekst nodig.")]
    [StringLength(8000, ErrorMessage = "Gebruik hoogstens 8000 tekens.")]
    public string Text { get; set; } = "";

    [BindProperty]
    public Guid CommandId { get; set; }

    public Core.Scans.Scan Scan { get; private set; } = null!;
    public IReadOnlyList<Seat> NotInvited { get; private set; } = [];
    public bool IsStandardText => Scan.InvitationText is null;
    public InvitationPreview Preview { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Text = Scan.InvitationText ?? mails.StandardText;
        CommandId = Guid.NewGuid();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var unknown = MailTemplates.UnknownPlaceholders(Text ?? "", InvitationMail.Placeholders);
        if (unknown.Count > 0)
        {
            ModelState.AddModelError(nameof(Text), $"Onbekende invulplek: {string.Join(", ", unknown.Select(u => "{{" + u + "}}"))}. Je kunt gebruiken: {string.Join(", ", InvitationMail.Placeholders.Select(p => "{{" + p + "}}"))}.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            Scan.EditInvitationText(Text!.Trim() == mails.StandardText.Trim() ? null : Text);
        }
        catch (ScanRuleException rule)
        {
            ModelState.AddModelError(nameof(Text), rule.Message);
            return Page();
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = "De tekst is opgeslagen. Bekijk hieronder hoe de mail eruitziet.";
        return Redirect($"/scans/{id}/uitnodiging#voorbeeld");
    }

    public async Task<IActionResult> OnPostResetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Scan.EditInvitationText(null);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = "De standaardtekst staat er weer.";
        return Redirect($"/scans/{id}/uitnodiging");
    }

    public async Task<IActionResult> OnPostSendAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Remove(nameof(Text));
        var queued = await invitations.InviteAsync(Scan, [.. NotInvited.Select(s => s.Id)], CommandId, cancellationToken);
        TempData["Notice"] = queued switch
        {
            0 => "Er was niemand meer om uit te nodigen.",
            1 => "De uitnodiging is verstuurd naar 1 deelnemer.",
            _ => $"De uitnodiging is verstuurd naar {queued} deelnemers.",
        };
        return Redirect($"/scans/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, User, cancellationToken) is not { } scan)
        {
            return false;
        }

        Scan = scan;
        NotInvited = [.. scan.ActiveSeats.Where(s => !s.IsInitiator && s.Status == SeatStatus.Concept).OrderBy(s => s.AddedAt)];
        Preview = mails.Preview(scan);
        return true;
    }
}
