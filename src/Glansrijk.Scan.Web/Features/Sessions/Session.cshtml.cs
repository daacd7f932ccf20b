using System.Security.Claims;
using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Web.Features.Accounts;
using Glansrijk.Scan.Web.Features.Invitations;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>/sessie/{id}: the tablet of a participant (through their personal link) or of the initiator (through their
/// account). Whoever may steer gets the chair's console on the same page, so a chair on a tablet needs one page only.
/// The page is a frame; the script fills it from the hub's state.</summary>
[Authorize(Policy = SessionServices.HubPolicy)]
public sealed class SessionModel(LiveSessionService sessions, ScanDbContext db, ContentCatalog content) : PageModel
{
    public Guid SessionId { get; private set; }
    public Guid ScanId { get; private set; }
    public Guid SeatId { get; private set; }
    public bool IsInitiator { get; private set; }
    public int SessionNumber { get; private set; }

    public bool IsProgressMeeting { get; private set; }

    /// <summary>"Sessie 2" or "Voortgangsoverleg 1".</summary>
    public string SessionName { get; private set; } = "";
    public string ScreenCode { get; private set; } = "";
    public string PageData { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var session = await sessions.FindAsync(sessionId, cancellationToken);
        var seat = session is null ? null : await SeatOfAsync(session.ScanId, session.InitiatorSeatId, s => session.Seat(s) is not null, cancellationToken);
        if (session is null || seat is null)
        {
            // Someone with neither cookie is sent to sign in; anyone else does not learn whether the session exists.
            return User.Identity?.IsAuthenticated == true ? NotFound() : Challenge(IdentityConstants.ApplicationScheme);
        }

        SessionId = session.Id;
        ScanId = session.ScanId;
        SeatId = seat.Value;
        IsInitiator = seat.Value == session.InitiatorSeatId;
        SessionNumber = session.IsProgressMeeting ? 0 : session.SessionNumber;
        SessionName = session.Name;
        IsProgressMeeting = session.IsProgressMeeting;
        ScreenCode = session.Code;
        PageData = SessionPageData.For(session, content).ToJson();
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    /// <summary>The same answer the hub gives on Join: the participant's own seat when their link belongs to this scan,
    /// or the initiator's seat for the scan's initiator or a Beheerder.</summary>
    private async Task<Guid?> SeatOfAsync(Guid scanId, Guid initiatorSeatId, Func<Guid, bool> inSession, CancellationToken cancellationToken)
    {
        if (User.Participant() is { } participant && participant.ScanId == scanId && inSession(participant.SeatId))
        {
            return participant.SeatId;
        }

        if (User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } accountId)
        {
            return null;
        }

        var mayLead = User.IsInRole(AccountRoles.Administrator)
            ? await db.Scans.AnyAsync(s => s.Id == scanId, cancellationToken)
            : await db.Scans.AnyAsync(s => s.Id == scanId && s.InitiatorAccountId == accountId, cancellationToken);
        return mayLead ? initiatorSeatId : null;
    }
}
