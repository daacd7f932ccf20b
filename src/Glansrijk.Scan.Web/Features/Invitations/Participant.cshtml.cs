using System.ComponentModel.DataAnnotations;
using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.Instruments;
using Glansrijk.Scan.Core.Scans;
using Glansrijk.Scan.Web.Features.Sessions;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Invitations;

/// <summary>The participant's own page, reached through the personal link: answer the invitation, put the sessions
/// in the calendar, see who else takes part, and prepare with the norms and the checklist.</summary>
[Authorize(Policy = ParticipantAuthentication.Policy)]
public sealed class ParticipantModel(ScanDbContext db, ContentCatalog content, TimeProvider time, LiveSessionService sessions) : PageModel
{
    [BindProperty]
    [StringLength(1000, ErrorMessage = "Gebruik hoogstens 1000 tekens.")]
    public string? Message { get; set; }

    public Core.Scans.Scan Scan { get; private set; } = null!;
    public Seat Seat { get; private set; } = null!;
    public IReadOnlyList<Instrument> Instruments { get; private set; } = [];
    public ContentCatalog Catalog => content;

    /// <summary>The live sessions of this scan that were started, by session number.</summary>
    public IReadOnlyDictionary<int, LiveSessionSummary> LiveSessions { get; private set; } = new Dictionary<int, LiveSessionSummary>();

    /// <summary>The voortgangsoverleg that runs now, if any.</summary>
    public LiveSessionSummary? RunningProgressMeeting { get; private set; }

    /// <summary>The chair of the closed verbeteragenda may start a voortgangsoverleg, as the initiator may.</summary>
    public bool MayStartProgressMeeting { get; private set; }

    /// <summary>The chair named for a session may start it, as the initiator may.</summary>
    public bool MayStart(int number) => Scan.ChairOf(number)?.Id == Seat.Id;

    public string DomainName(string id) => content.FindDomain(id)?.Name ?? id;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Forbid();
        }

        Message = Seat.ResponseMessage;
        return Page();
    }

    /// <summary>The named chair starts their session (or finds the one that runs) and goes to its console.</summary>
    public async Task<IActionResult> OnPostStartSessionAsync(int number, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Forbid();
        }

        if (!MayStart(number))
        {
            TempData["Notice"] = "Alleen de voorzitter van deze sessie of de initiatiefnemer kan haar beginnen.";
            return Redirect("/deelnemer");
        }

        var started = await sessions.StartAsync(Scan.Id, number, cancellationToken);
        if (!started.Ok || started.SessionId is not { } sessionId)
        {
            TempData["Notice"] = started.Message ?? "De sessie kon niet beginnen.";
            return Redirect("/deelnemer");
        }

        return Redirect($"/sessie/{sessionId}");
    }

    public async Task<IActionResult> OnPostStartProgressMeetingAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Forbid();
        }

        if (!MayStartProgressMeeting && RunningProgressMeeting is null)
        {
            TempData["Notice"] = "Alleen de voorzitter of de initiatiefnemer kan een voortgangsoverleg beginnen.";
            return Redirect("/deelnemer");
        }

        var started = await sessions.StartProgressMeetingAsync(Scan.Id, cancellationToken);
        if (!started.Ok || started.SessionId is not { } sessionId)
        {
            TempData["Notice"] = started.Message ?? "Het voortgangsoverleg kon niet beginnen.";
            return Redirect("/deelnemer");
        }

        return Redirect($"/sessie/{sessionId}");
    }

    public Task<IActionResult> OnPostAcceptAsync(CancellationToken cancellationToken) => AnswerAsync(accepted: true, cancellationToken);

    public Task<IActionResult> OnPostDeclineAsync(CancellationToken cancellationToken) => AnswerAsync(accepted: false, cancellationToken);

    /// <summary>Both sessions as a calendar file.</summary>
    public async Task<IActionResult> OnGetCalendarAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Forbid();
        }

        return File(InvitationMail.Calendar(Scan), "text/calendar; charset=utf-8", "implementatiescan.ics");
    }

    private async Task<IActionResult> AnswerAsync(bool accepted, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            Scan.Answer(Seat.Id, accepted, Message, time.GetUtcNow().UtcDateTime);
        }
        catch (ScanRuleException rule)
        {
            ModelState.AddModelError("", rule.Message);
            return Page();
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = accepted
            ? "Fijn dat je meedoet! Je antwoord is opgeslagen. Zet de data in je agenda en lees de normen alvast door."
            : "Je afmelding is opgeslagen. De initiatiefnemer ziet je antwoord. Kun je toch? Dan kun je hier je antwoord nog veranderen.";
        return Redirect("/deelnemer");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (User.Participant() is not { } participant)
        {
            return false;
        }

        var scan = await db.Scans.Include(s => s.Seats).Include(s => s.Sessions).SingleOrDefaultAsync(s => s.Id == participant.ScanId, cancellationToken);
        if (scan?.Seats.SingleOrDefault(s => s.Id == participant.SeatId) is not { IsActive: true } seat)
        {
            return false;
        }

        Scan = scan;
        Seat = seat;
        Instruments = [.. scan.Details.InstrumentIds.Select(content.FindInstrument).OfType<Instrument>()];
        LiveSessions = await LiveSessionSummary.OfScanAsync(db, scan.Id, cancellationToken);
        RunningProgressMeeting = (await LiveSessionSummary.ProgressMeetingsOfScanAsync(db, scan.Id, cancellationToken)).FirstOrDefault(m => !m.Ended);
        MayStartProgressMeeting = await db.ImprovementAgendas.AnyAsync(a => a.ScanId == scan.Id && a.ClosedAt != null && a.ChairSeatId == seat.Id, cancellationToken);
        return true;
    }
}
