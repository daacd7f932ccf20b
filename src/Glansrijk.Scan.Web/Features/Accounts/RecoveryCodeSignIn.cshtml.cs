using System.ComponentModel.DataAnnotations;
using Glansrijk.Scan.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Glansrijk.Scan.Web.Features.Accounts;

/// <summary>The second step of signing in with one of the recovery codes instead of the app; each works once.</summary>
[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class RecoveryCodeSignInModel(SignInManager<Account> signIn, SignInLanding landing, ILogger<RecoveryCodeSignInModel> logger) : PageModel
{
    public const string WrongCode = "Deze herstelcode klopt niet of is al gebruikt. Kijk of je hem goed hebt overgenomen.";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Typ een van je herstelcodes.")]
    public string? Code { get; set; }

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

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(Normalize(Code));
        if (result.Succeeded)
        {
            var left = await signIn.UserManager.CountRecoveryCodesAsync(account);
            AccountLog.RecoveryCodeUsed(logger, account.Id, left);
            TempData["Notice"] = $"Je bent ingelogd met een herstelcode. Die code werkt nu niet meer; je hebt er nog {left}. Ben je je telefoon kwijt? Koppel dan hier een nieuwe app.";
            return LocalRedirect(TwoFactorModel.EnrolmentPath(await landing.AfterSignInAsync(account, Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null)));
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

    /// <summary>Identity stores codes as "ABCDE-12345"; people may type them in lower case or without the dash.</summary>
    private static string Normalize(string? code)
    {
        var plain = TwoFactorModel.Normalize(code).ToUpperInvariant();
        return plain.Length == 10 ? $"{plain[..5]}-{plain[5..]}" : plain;
    }
}
