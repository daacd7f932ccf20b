using System.Security.Claims;
using Glansrijk.Scan.Web.Persistence;
using Glansrijk.Scan.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Invitations;

/// <summary>The participant's own sign-in: opening a personal link sets a cookie that names one seat of one scan.
/// It is separate from the account cookie, and every request re-checks that the link is still valid, so revoking a
/// link (a replaced or withdrawn person) takes effect at once.</summary>
public static class ParticipantAuthentication
{
    public const string Scheme = "Deelnemer";
    public const string Policy = "Deelnemer";
    public const string ScanClaim = "glansrijk:scan";
    public const string SeatClaim = "glansrijk:seat";
    public const string LinkClaim = "glansrijk:link";

    public static WebApplicationBuilder AddParticipantAuthentication(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication().AddCookie(Scheme, options =>
        {
            options.Cookie.Name = "glansrijk.deelnemer";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = builder.SecureCookies();
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = TimeSpan.FromDays(120);
            options.SlidingExpiration = true;
            options.LoginPath = "/deelnemer/geen-link";
            options.AccessDeniedPath = "/deelnemer/geen-link";
            options.Events.OnValidatePrincipal = ValidateLinkAsync;
        });
        builder.Services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(Scheme)
            .RequireAuthenticatedUser()
            .RequireClaim(ScanClaim)
            .RequireClaim(SeatClaim));
        return builder;
    }

    public static ClaimsPrincipal Principal(ParticipantLink link) => new(new ClaimsIdentity(
        [
            new Claim(ScanClaim, link.ScanId.ToString()),
            new Claim(SeatClaim, link.SeatId.ToString()),
            new Claim(LinkClaim, link.Id.ToString()),
        ],
        Scheme));

    public static (Guid ScanId, Guid SeatId, Guid LinkId)? Participant(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ScanClaim), out var scan) &&
        Guid.TryParse(user.FindFirstValue(SeatClaim), out var seat) &&
        Guid.TryParse(user.FindFirstValue(LinkClaim), out var link)
            ? (scan, seat, link)
            : null;

    private static async Task ValidateLinkAsync(CookieValidatePrincipalContext context)
    {
        var participant = context.Principal?.Participant();
        var db = context.HttpContext.RequestServices.GetRequiredService<ScanDbContext>();
        var valid = participant is { } p && await db.ParticipantLinks.AnyAsync(l =>
            l.Id == p.LinkId && l.SeatId == p.SeatId && l.ScanId == p.ScanId && l.RevokedAt == null, context.HttpContext.RequestAborted);
        if (!valid)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
    }
}
