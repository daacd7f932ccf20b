using Glansrijk.Scan.Web.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Invitations;

/// <summary>Opening a personal link: a valid one sets the participant cookie and shows the participant's page; a
/// revoked or unknown one gets a friendly page that says what to do.</summary>
public sealed partial class OpenLinkModel(ScanDbContext db, TimeProvider time, ILogger<OpenLinkModel> logger) : PageModel
{
    /// <param name="naar">Where the link leads after signing in: "acties" for a trekker's reminder mail, "sessie-1" for
    /// the session-1 report, "verbeteragenda" for the mail with the adopted agenda; anything else is the participant's
    /// page (a fixed list, so a link can never redirect elsewhere).</param>
    public async Task<IActionResult> OnGetAsync(string token, string? naar, CancellationToken cancellationToken)
    {
        var hash = ParticipantLink.Hash(token);
        var link = await db.ParticipantLinks.SingleOrDefaultAsync(l => l.TokenHash == hash, cancellationToken);
        if (link is null || link.IsRevoked)
        {
            LogRefused(logger, link is null ? "unknown" : "revoked");
            await HttpContext.SignOutAsync(ParticipantAuthentication.Scheme);
            Response.StatusCode = link is null ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone;
            return Page();
        }

        link.LastUsedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await HttpContext.SignInAsync(ParticipantAuthentication.Scheme, ParticipantAuthentication.Principal(link));
        return Redirect(naar switch
        {
            "acties" => "/deelnemer/acties",
            "verbeteragenda" => $"/scans/{link.ScanId}/verbeteragenda",
            "sessie-1" => $"/scans/{link.ScanId}/sessie-1",
            _ => "/deelnemer",
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A personal link was refused ({Reason})")]
    private static partial void LogRefused(ILogger logger, string reason);
}
