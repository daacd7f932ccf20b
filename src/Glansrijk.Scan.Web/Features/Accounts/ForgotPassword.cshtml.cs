using System.ComponentModel.DataAnnotations;
using System.Text;
using Glansrijk.Scan.Web.Mail;
using Glansrijk.Scan.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Glansrijk.Scan.Web.Features.Accounts;

[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class ForgotPasswordModel(
    UserManager<Account> accounts,
    MailOutbox outbox,
    MailTemplates templates,
    WelcomeMail welcome,
    IOptions<AppOptions> app,
    ILogger<ForgotPasswordModel> logger) : PageModel
{
    public const string TemplateName = "wachtwoord-herstellen";

    [BindProperty]
    [Required(ErrorMessage = "Vul je e-mailadres in."), EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, zoals naam@organisatie.nl."), StringLength(320)]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Same answer whether or not the address is known, so the form cannot be used to find accounts.
        var account = await accounts.FindByEmailAsync(Email.Trim());
        if (account is { EmailConfirmed: true })
        {
            var token = await accounts.GeneratePasswordResetTokenAsync(account);
            var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
            var link = app.Value.Link($"wachtwoord-herstellen?account={Uri.EscapeDataString(account.Id)}&code={code}");
            var content = templates.Render(TemplateName, new Dictionary<string, string>
            {
                ["naam"] = account.DisplayName,
                ["geldig"] = "twee uur",
            }, link);
            await outbox.SendAsync(new OutgoingMail(account.Email!, account.DisplayName, content), cancellationToken: cancellationToken);
            AccountLog.PasswordResetRequested(logger, account.Id);
        }
        else if (account is { EmailConfirmed: false } && !await accounts.HasPasswordAsync(account))
        {
            // Approved, but the first link expired before a password was chosen: send a fresh one.
            await welcome.SendAsync(account, idempotencyKey: null, cancellationToken);
            AccountLog.PasswordResetRequested(logger, account.Id);
        }

        Sent = true;
        return Page();
    }
}
