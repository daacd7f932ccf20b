using System.ComponentModel.DataAnnotations;
using Glansrijk.Scan.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Glansrijk.Scan.Web.Features.Accounts;

/// <summary>The second step of signing in: the code from the authenticator app. Identity keeps who passed the
/// password step in a short-lived cookie; wrong codes count towards the same lockout as wrong passwords.</summary>
[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class TwoFactorSignInModel(SignInManager<Account> signIn, SignInLanding landing, ILogger<TwoFactorSignInModel> logger) : PageModel
{
    public const string WrongCode = "Deze code klopt niet of is al gebruikt. Typ de code die je app nu laat zien. Een nieuwe code verschijnt elke 30 seconden.";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    [Required(ErrorMessage = TwoFactorModel.CodeMissing)]
    public string? Code { get; set; }

    public string RecoveryCodeLink => "/inloggen/herstelcode" + (ReturnUrl is null ? "" : $"?returnUrl={Uri.EscapeDataString(ReturnUrl)}");

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/inloggen") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (account is null)
        {
            return Redirect("/inloggen");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(TwoFactorModel.Normalize(Code), isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            AccountLog.SignInSucceeded(logger, account.Id);
            return LocalRedirect(await landing.AfterSignInAsync(account, Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null));
        }

        AccountLog.TwoFactorCodeRefused(logger, account.Id);
        if (result.IsLockedOut)
        {
            AccountLog.LockedOut(logger, account.Id);
            ModelState.AddModelError("", LoginModel.LockedOut);
        }
        else
        {
            ModelState.AddModelError(nameof(Code), WrongCode);
        }

        // A wrong code is of no use to see again; the field starts empty.
        ModelState.SetModelValue(nameof(Code), rawValue: null, attemptedValue: "");
        Code = null;

        return Page();
    }
}
