using Glansrijk.Scan.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Glansrijk.Scan.Web.Features.Accounts;

/// <summary>The link from the "account approved" mail: the new initiator chooses a password, which also confirms
/// the e-mail address, and is signed in.</summary>
[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class SetPasswordModel(
    WelcomeMail welcome,
    UserManager<Account> accounts,
    SignInManager<Account> signIn,
    SignInLanding landing,
    ILogger<SetPasswordModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "account")]
    public string? AccountId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    public bool LinkInvalid { get; private set; }

    public string? Email { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var account = await welcome.FindAccountAsync(AccountId, Code);
        if (account is null)
        {
            return LinkNotValid();
        }

        Email = account.Email;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await welcome.FindAccountAsync(AccountId, Code);
        if (account is null)
        {
            return LinkNotValid();
        }

        Email = account.Email;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await accounts.AddPasswordAsync(account, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : "", error.Description);
            }

            return Page();
        }

        // The link came by mail, so following it proves the address.
        account.EmailConfirmed = true;
        await accounts.UpdateAsync(account);
        await accounts.SetLockoutEndDateAsync(account, null);
        await accounts.ResetAccessFailedCountAsync(account);
        AccountLog.FirstPasswordSet(logger, account.Id);

        await signIn.SignInAsync(account, isPersistent: false);
        TempData["Notice"] = "Welkom bij Glansrijk.Scan. Je wachtwoord is opgeslagen en je bent ingelogd.";
        // The first time, "Mijn account" welcomes the new initiator and offers two-factor sign-in.
        return Redirect(await landing.AfterSignInAsync(account, localReturnUrl: "/account"));
    }

    private PageResult LinkNotValid()
    {
        LinkInvalid = true;
        return Page();
    }
}
