using Glansrijk.Scan.Core.Content;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glansrijk.Scan.Web.Features.Accounts;

/// <summary>"Mijn account": who you are signed in as, the state of two-factor sign-in, and signing out.</summary>
[Authorize]
public sealed class MyAccountModel(UserManager<Account> accounts, ContentCatalog content) : PageModel
{
    public Account Account { get; private set; } = null!;

    public string Roles { get; private set; } = "";

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
        Roles = string.Join(", ", await accounts.GetRolesAsync(account));
        return Page();
    }
}
