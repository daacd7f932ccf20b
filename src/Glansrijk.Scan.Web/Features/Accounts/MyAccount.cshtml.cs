using Glansrijk.Scan.Core.Content;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Glansrijk.Scan.Web.Features.Accounts;

/// <summary>"Mijn account": who you are signed in as, the state of two-factor sign-in, and signing out.</summary>
[Authorize]
public sealed class MyAccountModel(UserManager<Account> accounts, ContentCatalog content, IOptions<AccountOptions> options) : PageModel
{
    public Account Account { get; private set; } = null!;

    public string Roles { get; private set; } = "";

    public bool TwoFactorEnabled { get; private set; }

    public bool TwoFactorMandatory { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public string? DomainName => Account.DomainId is { } id ? content.FindDomain(id)?.Name ?? id : null;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var account = await accounts.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }

        Account = account;
        var roles = await accounts.GetRolesAsync(account);
        Roles = string.Join(", ", roles);
        TwoFactorMandatory = options.Value.RequiresTwoFactor(roles);
        TwoFactorEnabled = await accounts.GetTwoFactorEnabledAsync(account);
        RecoveryCodesLeft = TwoFactorEnabled ? await accounts.CountRecoveryCodesAsync(account) : 0;
        return Page();
    }
}
