using System.Security.Claims;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Glansrijk.Scan.Web.Features.Accounts;

/// <summary>Checks the account cookie against the database on every request: the account still exists, is active,
/// and its security stamp is the one the cookie was issued with. Signing out, a new password, a reset of the second
/// factor and deactivation all change the stamp, so a cookie copied before is refused on its very next request.
/// <para>Why not Identity's own <see cref="SecurityStampValidator"/> with a zero <c>ValidationInterval</c>: that
/// rebuilds the whole principal (roles, claims) and re-issues the cookie on every response. This check is one
/// primary-key lookup of two columns and leaves the cookie alone; Identity's validator still runs after it, at its
/// default interval, to pick up role changes.</para></summary>
public static class AccountCookieCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.HttpContext.RequestServices;
        var stampClaimType = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var accountId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var cookieStamp = context.Principal?.FindFirstValue(stampClaimType);
        if (accountId is null || cookieStamp is null)
        {
            await RefuseAsync(context);
            return;
        }

        var db = services.GetRequiredService<ScanDbContext>();
        var stored = await db.Users.AsNoTracking()
            .Where(a => a.Id == accountId)
            .Select(a => new { a.SecurityStamp, a.DeactivatedAt })
            .SingleOrDefaultAsync(context.HttpContext.RequestAborted);
        if (stored is null || stored.DeactivatedAt is not null || !string.Equals(stored.SecurityStamp, cookieStamp, StringComparison.Ordinal))
        {
            await RefuseAsync(context);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    private static async Task RefuseAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.RequestServices.GetRequiredService<SignInManager<Account>>().SignOutAsync();
    }
}
