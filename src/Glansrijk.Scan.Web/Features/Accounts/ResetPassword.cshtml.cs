using System.ComponentModel.DataAnnotations;
using System.Text;
using Glansrijk.Scan.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;

namespace Glansrijk.Scan.Web.Features.Accounts;

[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class ResetPasswordModel(UserManager<Account> accounts, ILogger<ResetPasswordModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "account")]
    public string? AccountId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    public bool LinkIncomplete => string.IsNullOrEmpty(AccountId) || string.IsNullOrEmpty(Code);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (LinkIncomplete)
        {
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var account = await accounts.FindByIdAsync(AccountId!);
        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Code!));
        }
        catch (FormatException)
        {
            token = "";
        }

        if (account is null || token.Length == 0)
        {
            ModelState.AddModelError("", new DutchIdentityErrors().InvalidToken().Description);
            return Page();
        }

        var result = await accounts.ResetPasswordAsync(account, token, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : "", error.Description);
            }

            return Page();
        }

        // A new password is a fresh start: lift a lockout that the forgotten password caused.
        await accounts.SetLockoutEndDateAsync(account, null);
        await accounts.ResetAccessFailedCountAsync(account);
        AccountLog.PasswordResetCompleted(logger, account.Id);
        TempData["Notice"] = "Je nieuwe wachtwoord is opgeslagen. Je kunt nu inloggen.";
        return Redirect("/inloggen");
    }
}

/// <summary>A new password typed twice; shared by the reset and first-setup pages.</summary>
public sealed class NewPasswordInput
{
    [Required(ErrorMessage = "Kies een wachtwoord.")]
    [StringLength(AccountServices.MaximumPasswordLength, MinimumLength = AccountServices.MinimumPasswordLength,
        ErrorMessage = "Kies een wachtwoord van minstens 12 en hoogstens 128 tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Typ het wachtwoord nog een keer.")]
    [Compare(nameof(Password), ErrorMessage = "De twee wachtwoorden zijn niet hetzelfde.")]
    public string ConfirmPassword { get; set; } = "";
}
