using System.ComponentModel.DataAnnotations;
using Glansrijk.Scan.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Glansrijk.Scan.Web.Features.Accounts;

[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class LoginModel(SignInManager<Account> signIn, UserManager<Account> accounts, SignInLanding landing, ILogger<LoginModel> logger) : PageModel
{
    public const string WrongCredentials = "Het e-mailadres of het wachtwoord klopt niet.";
    public const string Deactivated = "Dit account is uitgezet door een beheerder. Neem contact op met de beheerder van Glansrijk.Scan als je weer wilt inloggen.";
    public const string LockedOut = "Je account is een kwartier geblokkeerd, omdat er te vaak een verkeerd wachtwoord is gebruikt. Probeer het daarna opnieuw, of kies een nieuw wachtwoord.";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Vul je e-mailadres in."), EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, zoals naam@organisatie.nl."), StringLength(320)]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Vul je wachtwoord in."), StringLength(AccountServices.MaximumPasswordLength, ErrorMessage = "Dit wachtwoord is te lang.")]
        public string Password { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var account = await accounts.FindByEmailAsync(Input.Email.Trim());
        if (account is null)
        {
            AccountLog.SignInUnknownAccount(logger);
            ModelState.AddModelError("", WrongCredentials);
            return Page();
        }

        if (!account.IsActive)
        {
            // Only someone who knows the password learns that the account is switched off; failures still count.
            var checkedPassword = await signIn.CheckPasswordSignInAsync(account, Input.Password, lockoutOnFailure: true);
            AccountLog.SignInFailed(logger, account.Id);
            ModelState.AddModelError("", checkedPassword.Succeeded ? Deactivated : WrongCredentials);
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(account, Input.Password, isPersistent: false, lockoutOnFailure: true);
        var returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null;
        if (result.Succeeded)
        {
            AccountLog.SignInSucceeded(logger, account.Id);
            return LocalRedirect(await landing.AfterSignInAsync(account, returnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return LocalRedirect("/inloggen/code" + (returnUrl is null ? "" : $"?returnUrl={Uri.EscapeDataString(returnUrl)}"));
        }

        if (result.IsLockedOut)
        {
            AccountLog.LockedOut(logger, account.Id);
            ModelState.AddModelError("", LockedOut);
        }
        else if (result.IsNotAllowed)
        {
            AccountLog.SignInFailed(logger, account.Id);
            ModelState.AddModelError("", "Je e-mailadres is nog niet bevestigd. Gebruik eerst de link uit de mail die je van ons kreeg.");
        }
        else
        {
            AccountLog.SignInFailed(logger, account.Id);
            ModelState.AddModelError("", WrongCredentials);
        }

        return Page();
    }
}
