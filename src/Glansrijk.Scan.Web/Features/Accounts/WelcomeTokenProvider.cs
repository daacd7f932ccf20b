using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Glansrijk.Scan.Web.Features.Accounts;

/// <summary>Tokens for the link in the "your account is approved" mail. Like a reset token they carry the security
/// stamp, so the link stops working once a password is set; unlike it they live three days, because people do
/// not always read their mail the same day.</summary>
public sealed class WelcomeTokenProvider(
    IDataProtectionProvider dataProtectionProvider,
    IOptions<WelcomeTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<Account>> logger)
    : DataProtectorTokenProvider<Account>(dataProtectionProvider, options, logger)
{
    public const string ProviderName = "Welcome";
    public const string Purpose = "SetFirstPassword";
}

public sealed class WelcomeTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public static readonly TimeSpan DefaultLifespan = TimeSpan.FromDays(3);

    public WelcomeTokenProviderOptions()
    {
        Name = WelcomeTokenProvider.ProviderName;
        TokenLifespan = DefaultLifespan;
    }
}
