using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glansrijk.Scan.Web.Features.Accounts;

/// <summary>Creates the first Beheerder through the one-time link printed on the console.</summary>
public sealed class SetupModel(
    FirstAdministratorSetup setup,
    UserManager<Account> accounts,
    SignInManager<Account> signIn,
    SignInLanding landing,
    ILogger<SetupModel> logger) : PageModel
{
    [BindProperty]
    public SetupInput Input { get; set; } = new();

    [BindProperty]
    public NewPasswordInput Password { get; set; } = new();

    public sealed class SetupInput
    {
        [Required(ErrorMessage = "Vul je naam in."), StringLength(100, ErrorMessage = "Gebruik hoogstens 100 tekens.")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Vul je e-mailadres in."), EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, zoals naam@organisatie.nl."), StringLength(320)]
        public string Email { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync(string token) => await setup.AcceptsAsync(token, HttpContext.RequestAborted) ? Page() : LinkNotValid();

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (!ModelState.IsValid)
        {
            return await setup.AcceptsAsync(token, HttpContext.RequestAborted) ? Page() : LinkNotValid();
        }

        // Two people using the link at the same moment, on any node, must not both become the first Beheerder:
        // taking the link is one DELETE that only one of them wins. It is put back if the account cannot be made.
        if (!await setup.TryTakeAsync(token, CancellationToken.None))
        {
            return LinkNotValid();
        }

        var created = false;
        try
        {
            var account = new Account
            {
                UserName = Input.Email.Trim(),
                Email = Input.Email.Trim(),
                EmailConfirmed = true,
                DisplayName = Input.Name.Trim(),
                CreatedAt = DateTime.UtcNow,
            };
            var result = await accounts.CreateAsync(account, Password.Password);
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors)
                {
                    ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Password.Password" : "Input.Email", error.Description);
                }

                return Page();
            }

            await accounts.AddToRoleAsync(account, AccountRoles.Administrator);
            created = true;
            await setup.CloseAsync(CancellationToken.None);
            AccountLog.FirstAdministratorCreated(logger, account.Id);
            await signIn.SignInAsync(account, isPersistent: false);
            return Redirect(await landing.AfterSignInAsync(account, localReturnUrl: null));
        }
        finally
        {
            if (!created)
            {
                await setup.ReturnAsync(token, CancellationToken.None);
            }
        }
    }

    public bool LinkInvalid { get; private set; }

    private PageResult LinkNotValid()
    {
        LinkInvalid = true;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
