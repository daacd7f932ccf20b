using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glansrijk.Scan.Web.Features.Accounts;

public sealed class LogoutModel(SignInManager<Account> signIn, ILogger<LogoutModel> logger) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Home/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        // A new security stamp makes every cookie issued before unusable (see AccountCookieCheck), also one that was
        // copied; the price is that signing out on one device signs out the others too.
        var account = await signIn.UserManager.GetUserAsync(User);
        if (account is not null)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(account);
        }

        await signIn.SignOutAsync();
        if (account is not null)
        {
            AccountLog.SignedOut(logger, account.Id);
        }

        return Redirect("/");
    }
}
