using System.Security.Claims;

namespace Glansrijk.Scan.Web.Features.Accounts;

/// <summary>Section "Accounts".</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>Beheerders always sign in with two factors (BIO: multi-factor for accounts reachable from the
    /// internet). Initiators are offered it; this makes it required for them too.</summary>
    public bool RequireTwoFactorForInitiators { get; set; }

    public bool RequiresTwoFactor(ClaimsPrincipal user) =>
        user.IsInRole(AccountRoles.Administrator) || (RequireTwoFactorForInitiators && user.IsInRole(AccountRoles.Initiator));

    public bool RequiresTwoFactor(IEnumerable<string> roles) =>
        roles.Contains(AccountRoles.Administrator) || (RequireTwoFactorForInitiators && roles.Contains(AccountRoles.Initiator));
}
