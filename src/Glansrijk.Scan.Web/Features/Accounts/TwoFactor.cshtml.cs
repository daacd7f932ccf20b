using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using QRCoder;

namespace Glansrijk.Scan.Web.Features.Accounts;

/// <summary>Two-factor sign-in with an authenticator app: set it up (QR code or typed key, then a first code),
/// see the recovery codes once, make new ones, link a new app, or switch it off when the role allows. Open to
/// every signed-in account, also one that still has to set it up.</summary>
[Authorize]
public sealed class TwoFactorModel(
    UserManager<Account> accounts,
    SignInManager<Account> signIn,
    IOptions<AccountOptions> options,
    ILogger<TwoFactorModel> logger) : PageModel
{
    public const string Path = "/account/tweestapsverificatie";
    public const string Issuer = "Glansrijk.Scan";
    public const int RecoveryCodeCount = 10;
    public const string CodeMissing = "Typ de code van 6 cijfers uit je app.";
    public const string WrongCode = "Deze code klopt niet. Typ de code van 6 cijfers die je app nu laat zien.";

    public static string EnrolmentPath(string returnUrl) => $"{Path}?returnUrl={Uri.EscapeDataString(returnUrl)}";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    [Required(ErrorMessage = CodeMissing)]
    public string? Code { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public bool Enabled { get; private set; }

    /// <summary>The role requires two factors: it cannot be switched off.</summary>
    public bool Mandatory { get; private set; }

    /// <summary>The key to type into an app, in groups of four.</summary>
    public string SharedKey { get; private set; } = "";

    /// <summary>An &lt;svg&gt; made here from the otpauth address; no script or style in it.</summary>
    public string QrCodeSvg { get; private set; } = "";

    /// <summary>Shown once, right after they are made.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public string ContinueUrl { get; private set; } = "/account";

    public bool HasReturnUrl => LocalReturnUrl is not null;

    public async Task<IActionResult> OnGetAsync()
    {
        var account = await accounts.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }

        await LoadAsync(account);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var account = await accounts.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }

        if (await accounts.GetTwoFactorEnabledAsync(account))
        {
            await LoadAsync(account);
            return Page();
        }

        if (ModelState.IsValid)
        {
            var code = Normalize(Code);
            if (!await accounts.VerifyTwoFactorTokenAsync(account, accounts.Options.Tokens.AuthenticatorTokenProvider, code))
            {
                ModelState.AddModelError(nameof(Code), WrongCode);
                ModelState.SetModelValue(nameof(Code), rawValue: null, attemptedValue: "");
                Code = null;
            }
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(account);
            return Page();
        }

        await accounts.SetTwoFactorEnabledAsync(account, true);
        var codes = await accounts.GenerateNewTwoFactorRecoveryCodesAsync(account, RecoveryCodeCount);
        // The code just typed proves the second factor for this sign-in too.
        await signIn.SignInWithClaimsAsync(account, isPersistent: false, [new Claim(TwoFactorRequirement.AuthenticationMethodClaim, TwoFactorRequirement.MultiFactor)]);
        AccountLog.TwoFactorEnabled(logger, account.Id);

        await LoadAsync(account);
        RecoveryCodes = [.. codes ?? []];
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        ModelState.Clear();
        var account = await accounts.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }

        if (!await accounts.GetTwoFactorEnabledAsync(account))
        {
            return Redirect(Path);
        }

        var codes = await accounts.GenerateNewTwoFactorRecoveryCodesAsync(account, RecoveryCodeCount);
        AccountLog.RecoveryCodesGenerated(logger, account.Id);
        await LoadAsync(account);
        RecoveryCodes = [.. codes ?? []];
        return Page();
    }

    /// <summary>A new phone: the old key stops working and the account sets up the new app straight away.</summary>
    public async Task<IActionResult> OnPostResetAsync()
    {
        ModelState.Clear();
        var account = await accounts.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }

        await accounts.SetTwoFactorEnabledAsync(account, false);
        await accounts.ResetAuthenticatorKeyAsync(account);
        await signIn.SignInAsync(account, isPersistent: false);
        AccountLog.TwoFactorDisabled(logger, account.Id);
        TempData[nameof(Notice)] = "Je oude app werkt niet meer. Koppel nu je nieuwe app.";
        return Redirect(EnrolmentPath(LocalReturnUrl ?? SignInLanding.StartPage(await accounts.GetRolesAsync(account))));
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        ModelState.Clear();
        var account = await accounts.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }

        if (options.Value.RequiresTwoFactor(await accounts.GetRolesAsync(account)))
        {
            return Forbid();
        }

        await accounts.SetTwoFactorEnabledAsync(account, false);
        await accounts.ResetAuthenticatorKeyAsync(account);
        await signIn.SignInAsync(account, isPersistent: false);
        AccountLog.TwoFactorDisabled(logger, account.Id);
        TempData[nameof(Notice)] = "Tweestapsverificatie staat uit. Je logt nu in met alleen je wachtwoord.";
        return Redirect("/account");
    }

    private string? LocalReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null;

    private async Task LoadAsync(Account account)
    {
        var roles = await accounts.GetRolesAsync(account);
        Mandatory = options.Value.RequiresTwoFactor(roles);
        ContinueUrl = LocalReturnUrl ?? SignInLanding.StartPage(roles);
        Enabled = await accounts.GetTwoFactorEnabledAsync(account);
        if (Enabled)
        {
            RecoveryCodesLeft = await accounts.CountRecoveryCodesAsync(account);
            return;
        }

        var key = await accounts.GetAuthenticatorKeyAsync(account);
        if (string.IsNullOrEmpty(key))
        {
            await accounts.ResetAuthenticatorKeyAsync(account);
            // Making the key changes the security stamp; give this browser a cookie with the new one (see AccountCookieCheck).
            await signIn.RefreshSignInAsync(account);
            key = await accounts.GetAuthenticatorKeyAsync(account) ?? throw new InvalidOperationException("No authenticator key after reset.");
        }

        SharedKey = GroupInFours(key);
        QrCodeSvg = RenderQrCode(AuthenticatorUri(account.Email ?? account.UserName ?? "", key));
    }

    public static string Normalize(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);

    public static string AuthenticatorUri(string email, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";

    private static string GroupInFours(string key)
    {
        var grouped = new StringBuilder();
        for (var start = 0; start < key.Length; start += 4)
        {
            grouped.Append(key.AsSpan(start, Math.Min(4, key.Length - start))).Append(' ');
        }

        return grouped.ToString().TrimEnd().ToLowerInvariant();
    }

    private static string RenderQrCode(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(1, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
        return svg.Replace("<svg ", "<svg class=\"site-qr\" role=\"img\" aria-label=\"QR-code om te scannen met je app\" focusable=\"false\" ", StringComparison.Ordinal);
    }
}
