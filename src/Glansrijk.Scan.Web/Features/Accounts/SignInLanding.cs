using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Glansrijk.Scan.Web.Features.Accounts;

/// <summary>Where someone goes right after signing in (password, code, recovery code, first password or setup):
/// to two-factor enrolment when their role requires it and it is not set up yet, else back where they were going,
/// else their start page.</summary>
public sealed class SignInLanding(UserManager<Account> accounts, IOptions<AccountOptions> options)
{
    /// <param name="localReturnUrl">A return address the caller checked to be local, or null.</param>
    public async Task<string> AfterSignInAsync(Account account, string? localReturnUrl)
    {
        var roles = await accounts.GetRolesAsync(account);
        var destination = localReturnUrl ?? StartPage(roles);
        return options.Value.RequiresTwoFactor(roles) && !await accounts.GetTwoFactorEnabledAsync(account)
            ? TwoFactorModel.EnrolmentPath(destination)
            : destination;
    }

    /// <summary>The Beheerder starts on /beheer; an initiator on "Mijn scans".</summary>
    public static string StartPage(IEnumerable<string> roles) => roles.Contains(AccountRoles.Administrator) ? "/beheer" : "/scans";
}
