using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>/scherm and /scherm/{code}: the beamer. Anyone in the room may open it with the session's code; it needs no
/// cookie and shows only aggregates and the names of those present. Without a (valid) code it asks for one.</summary>
public sealed class ScreenModel(LiveSessionService sessions, ContentCatalog content, ScanDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "code")]
    public string? Code { get; set; }

    public string? Error { get; private set; }
    public int SessionNumber { get; private set; }

    /// <summary>"Sessie 2" or "Voortgangsoverleg 1".</summary>
    public string SessionName { get; private set; } = "";
    public string PageData { get; private set; } = "{}";

    public bool HasSession => Error is null && Code is not null && SessionNumber > 0;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        if (string.IsNullOrWhiteSpace(Code))
        {
            Code = null;
            return Page();
        }

        var normalised = Core.Sessions.ScreenCode.Normalise(Code);
        if (normalised is null)
        {
            Error = $"Een code bestaat uit {Core.Sessions.ScreenCode.Length} letters en cijfers, zoals K7M4QX. Kijk nog eens naar het scherm van de voorzitter.";
            return Page();
        }

        if (!string.Equals(RouteData.Values["code"] as string, normalised, StringComparison.Ordinal))
        {
            return Redirect($"/scherm/{normalised}");
        }

        var session = await sessions.FindByCodeAsync(normalised, cancellationToken);
        if (session is null)
        {
            // Codes are never given out twice, so a code of an ended session can say so instead of "wrong code".
            Error = await db.LiveSessions.AnyAsync(s => s.Code == normalised && s.EndedAt != null, cancellationToken)
                ? "Deze sessie is afgelopen. De uitkomsten staan in het overzicht bij de initiatiefnemer; een nieuwe sessie heeft een nieuwe code."
                : "Deze code hoort niet bij een lopende sessie. Kijk nog eens naar het scherm van de voorzitter.";
            return Page();
        }

        Code = normalised;
        SessionNumber = session.SessionNumber;
        SessionName = session.Name;
        PageData = SessionPageData.For(session, content).ToJson();
        return Page();
    }
}
