using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glansrijk.Scan.Web.Features.Accounts;

public sealed class LogoutModel(SignInManager<Account> signIn, ILogger<LogoutModel> logger) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Home/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        var accountId = signIn.UserManager.GetUserId(User);
        await signIn.SignOutAsync();
        if (accountId is not null)
        {
            AccountLog.SignedOut(logger, accountId);
        }

        return Redirect("/");
    }
}
