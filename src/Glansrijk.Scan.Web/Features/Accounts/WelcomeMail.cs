using System.Text;
using Glansrijk.Scan.Web.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Glansrijk.Scan.Web.Features.Accounts;

/// <summary>The mail with the link to choose a first password: sent when a request is approved, and again when
/// someone whose account has no password yet uses "Wachtwoord vergeten".</summary>
public sealed class WelcomeMail(UserManager<Account> accounts, MailTemplates templates, MailOutbox outbox, IOptions<AppOptions> app)
{
    public const string TemplateName = "account-goedgekeurd";

    /// <returns>False when a mail with the same idempotency key was stored before.</returns>
    public async Task<bool> SendAsync(Account account, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var token = await accounts.GenerateUserTokenAsync(account, WelcomeTokenProvider.ProviderName, WelcomeTokenProvider.Purpose);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var link = app.Value.Link($"wachtwoord-instellen?account={Uri.EscapeDataString(account.Id)}&code={code}");
        var content = templates.Render(TemplateName, new Dictionary<string, string>
        {
            ["naam"] = account.DisplayName,
            ["organisatie"] = account.Organisation ?? "",
            ["email"] = account.Email ?? "",
            ["geldig"] = "drie dagen",
        }, link);
        return await outbox.SendAsync(new OutgoingMail(account.Email!, account.DisplayName, content), idempotencyKey, cancellationToken);
    }

    /// <summary>Whether the link in a welcome mail is (still) good: it checks the token's age and that no
    /// password was set since.</summary>
    public async Task<Account?> FindAccountAsync(string? accountId, string? code)
    {
        if (string.IsNullOrEmpty(accountId) || string.IsNullOrEmpty(code))
        {
            return null;
        }

        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }

        var account = await accounts.FindByIdAsync(accountId);
        return account is not null
               && !await accounts.HasPasswordAsync(account)
               && await accounts.VerifyUserTokenAsync(account, WelcomeTokenProvider.ProviderName, WelcomeTokenProvider.Purpose, token)
            ? account
            : null;
    }
}
