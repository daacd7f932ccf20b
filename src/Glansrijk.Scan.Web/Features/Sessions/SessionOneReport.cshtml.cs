using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Web.Features.Accounts;
using Glansrijk.Scan.Web.Features.Invitations;
using Glansrijk.Scan.Web.Features.Scans;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>/scans/{id}/sessie-1: the report of session 1 as a page that prints cleanly, and as a Word document. The
/// initiator and a Beheerder reach it through their account, the scan's participants through their personal link
/// (the cookie it set, while the link is not revoked). Anyone else gets 404, which does not reveal the scan.</summary>
[Authorize(Policy = SessionServices.HubPolicy)]
public sealed class SessionOneReportModel(
    ScanAccess access,
    ScanDbContext db,
    ContentCatalog content,
    PrioritisingStates prioritising,
    IAuthorizationService authorization,
    TimeProvider time) : PageModel
{
    public SessionOneReport? Report { get; private set; }

    public bool ReadByInitiator { get; private set; }

    public Guid ScanId { get; private set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        WithReportAsync(id, _ => Page(), cancellationToken);

    public Task<IActionResult> OnGetWordAsync(Guid id, CancellationToken cancellationToken) =>
        WithReportAsync(id, report => File(SessionOneDocument.Write(report, time.GetUtcNow().UtcDateTime), SessionOneDocument.ContentType, SessionOneDocument.FileName(report)), cancellationToken);

    private async Task<IActionResult> WithReportAsync(Guid id, Func<SessionOneReport, IActionResult> result, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge(IdentityConstants.ApplicationScheme);
        }

        if (!await MayReadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ScanId = id;
        Response.Headers.CacheControl = "no-store";
        Report = await SessionOneReport.LoadAsync(db, content, prioritising, id, cancellationToken);
        if (Report is null)
        {
            // The page says that session 1 has not been held yet; the status tells machines the same.
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        return result(Report);
    }

    private async Task<bool> MayReadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (User.Participant() is { } participant && participant.ScanId == id)
        {
            return await db.ParticipantLinks.AnyAsync(
                l => l.Id == participant.LinkId && l.SeatId == participant.SeatId && l.ScanId == id && l.RevokedAt == null, cancellationToken);
        }

        if ((await authorization.AuthorizeAsync(User, AccountPolicies.Initiator)).Succeeded && await access.FindAsync(id, User, cancellationToken) is not null)
        {
            ReadByInitiator = true;
            return true;
        }

        return false;
    }
}
