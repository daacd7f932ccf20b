using System.Globalization;
using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace Glansrijk.Scan.Web.Features.Accounts;

/// <summary>Authenticator-app codes (TOTP, RFC 6238) that work once: a code seen on someone's screen or sent twice
/// cannot be used again (ASVS 2.8.4). Accepts the code of the current 30-second step and one step either side,
/// for clocks that are a little off, and remembers the last step used per account.</summary>
public sealed class SingleUseAuthenticatorTokenProvider(TimeProvider time) : IUserTwoFactorTokenProvider<Account>
{
    public const string ProviderName = "SingleUseAuthenticator";
    private const string StoreName = "[Glansrijk.Scan]";
    private const string LastStepName = "LastAuthenticatorStep";

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<Account> manager, Account user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>Nothing to send: the code comes from the person's app.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<Account> manager, Account user) => Task.FromResult("");

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<Account> manager, Account user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || token.Length != 6 || !token.All(char.IsAsciiDigit))
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(time.GetUtcNow().UtcDateTime, token, out var step, new VerificationWindow(previous: 1, future: 1)))
        {
            return false;
        }

        var lastStep = await manager.GetAuthenticationTokenAsync(user, StoreName, LastStepName);
        if (long.TryParse(lastStep, NumberStyles.None, CultureInfo.InvariantCulture, out var last) && step <= last)
        {
            return false;
        }

        // Saving goes through the account's concurrency stamp, so of two sign-ins racing with one code only one wins.
        var saved = await manager.SetAuthenticationTokenAsync(user, StoreName, LastStepName, step.ToString(CultureInfo.InvariantCulture));
        return saved.Succeeded;
    }
}
