using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Glansrijk.Scan.Web.Features.Accounts;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Glansrijk.Scan.Web.Tests.Features.Accounts;

public sealed partial class TwoFactorTests
{
    private const string Password = "fiets door de regen naar huis";
    private const string Enrolment = "/account/tweestapsverificatie";

    [Fact]
    public async Task A_Beheerder_without_two_factor_is_sent_to_enrolment_and_cannot_reach_the_administration_pages()
    {
        await using var app = new ScanAppFactory();
        await app.CreateAccountAsync("beheer@regio.nl", Password, AccountRoles.Administrator);
        using var browser = app.CreateBrowser();

        var signedIn = await browser.SignInAsync("beheer@regio.nl", Password);
        var overview = await browser.GetAsync("/beheer");
        var requests = await browser.GetAsync("/beheer/aanvragen");
        var enrolment = await browser.GetAsync(Enrolment);

        Assert.Equal($"{Enrolment}?returnUrl=%2Fbeheer", signedIn.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, overview.StatusCode);
        Assert.Equal($"{Enrolment}?returnUrl=%2Fbeheer", overview.Headers.Location!.ToString());
        Assert.Equal($"{Enrolment}?returnUrl=%2Fbeheer%2Faanvragen", requests.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, enrolment.StatusCode);
        Assert.Contains("Voor jouw account is tweestapsverificatie verplicht", await enrolment.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enrolling_with_a_code_from_the_app_shows_ten_recovery_codes_once_and_opens_the_administration_pages()
    {
        await using var app = new ScanAppFactory();
        await app.CreateAccountAsync("beheer@regio.nl", Password, AccountRoles.Administrator);
        using var browser = app.CreateBrowser();
        await browser.SignInAsync("beheer@regio.nl", Password);
        var page = await (await browser.GetAsync($"{Enrolment}?returnUrl=%2Fbeheer")).TextAsync();
        var key = SharedKey().Match(page).Groups[1].Value;

        var enabled = await browser.PostFormAsync($"{Enrolment}?handler=Enable&returnUrl=%2Fbeheer", new Dictionary<string, string> { ["Code"] = Authenticator.Code(key) }, formPage: Enrolment);
        var html = await enabled.TextAsync();
        var later = await (await browser.GetAsync(Enrolment)).TextAsync();

        Assert.Matches("^[a-z2-7]{4}( [a-z2-7]{4}){7}$", key);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Contains("Bewaar je herstelcodes", html, StringComparison.Ordinal);
        Assert.Equal(10, RecoveryCode().Count(html));
        Assert.Contains("href=\"/beheer\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/beheer")).StatusCode);
        Assert.Equal(0, RecoveryCode().Count(later));
        Assert.Contains("Je hebt nog 10 herstelcodes.", later, StringComparison.Ordinal);
        Assert.Contains(app.LogLines, line => line.Contains("Two-factor sign-in enabled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_QR_code_is_inline_SVG_without_style_or_script_and_the_page_shows_the_key_it_holds()
    {
        await using var app = new ScanAppFactory();
        await app.CreateAccountAsync("initiatief@school.nl", Password, AccountRoles.Initiator);
        using var browser = app.CreateBrowser();
        await browser.SignInAsync("initiatief@school.nl", Password);

        var html = await (await browser.GetAsync(Enrolment)).TextAsync();
        var svg = Svg().Match(html).Value;

        Assert.StartsWith("<svg class=\"site-qr\" role=\"img\" aria-label=", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("style", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<path", svg, StringComparison.Ordinal);
        Assert.Equal(
            "otpauth://totp/Glansrijk.Scan:initiatief%40school.nl?secret=ABCD&issuer=Glansrijk.Scan&digits=6",
            TwoFactorModel.AuthenticatorUri("initiatief@school.nl", "ABCD"));
    }

    [Fact]
    public async Task With_two_factor_on_signing_in_asks_for_a_code_and_the_right_code_signs_in()
    {
        await using var app = new ScanAppFactory();
        var account = await app.CreateAccountAsync("beheer@regio.nl", Password, AccountRoles.Administrator);
        var key = await app.EnableTwoFactorAsync(account);
        using var browser = app.CreateBrowser();

        var password = await browser.SignInAsync("beheer@regio.nl", Password);
        var beforeCode = await browser.GetAsync("/beheer");
        var code = await browser.PostFormAsync("/inloggen/code", new Dictionary<string, string> { ["Code"] = Authenticator.Code(key) });

        Assert.Equal("/inloggen/code", password.Headers.Location!.ToString());
        Assert.StartsWith("https://scan.glansrijk.test/inloggen", beforeCode.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal("/beheer", code.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/beheer")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_code_is_refused_with_a_Dutch_message_and_does_not_sign_in()
    {
        await using var app = new ScanAppFactory();
        var account = await app.CreateAccountAsync("beheer@regio.nl", Password, AccountRoles.Administrator);
        var key = await app.EnableTwoFactorAsync(account);
        using var browser = app.CreateBrowser();
        await browser.SignInAsync("beheer@regio.nl", Password);
        var wrong = Authenticator.Code(key) == "123456" ? "654321" : "123456";

        var response = await browser.PostFormAsync("/inloggen/code", new Dictionary<string, string> { ["Code"] = wrong });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains($"Code-fout\">{TwoFactorSignInModel.WrongCode}</div>", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{wrong}\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/beheer")).StatusCode);
        Assert.Contains(app.LogLines, line => line.Contains($"Two-factor code refused for account {account.Id}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_code_works_only_once()
    {
        await using var app = new ScanAppFactory();
        var account = await app.CreateAccountAsync("beheer@regio.nl", Password, AccountRoles.Administrator);
        var key = await app.EnableTwoFactorAsync(account);
        var code = Authenticator.Code(key);
        using var first = app.CreateBrowser();
        await first.SignInAsync("beheer@regio.nl", Password);
        await first.PostFormAsync("/inloggen/code", new Dictionary<string, string> { ["Code"] = code });
        using var second = app.CreateBrowser();
        await second.SignInAsync("beheer@regio.nl", Password);

        var again = await second.PostFormAsync("/inloggen/code", new Dictionary<string, string> { ["Code"] = code });
        var next = await second.PostFormAsync("/inloggen/code", new Dictionary<string, string> { ["Code"] = Authenticator.Code(key, stepsAhead: 1) });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains(TwoFactorSignInModel.WrongCode, await again.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
    }

    [Fact]
    public async Task Wrong_codes_count_towards_the_lockout()
    {
        await using var app = new ScanAppFactory();
        var account = await app.CreateAccountAsync("beheer@regio.nl", Password, AccountRoles.Administrator);
        var key = await app.EnableTwoFactorAsync(account);
        using var browser = app.CreateBrowser();
        await browser.SignInAsync("beheer@regio.nl", Password);
        var wrong = Authenticator.Code(key) == "123456" ? "654321" : "123456";

        for (var attempt = 0; attempt < AccountServices.MaxFailedSignIns - 1; attempt++)
        {
            await browser.PostFormAsync("/inloggen/code", new Dictionary<string, string> { ["Code"] = wrong });
        }

        var locked = await browser.PostFormAsync("/inloggen/code", new Dictionary<string, string> { ["Code"] = wrong });

        Assert.Contains(LoginModel.LockedOut, await locked.TextAsync(), StringComparison.Ordinal);
        Assert.Contains(LoginModel.LockedOut, await (await browser.SignInAsync("beheer@regio.nl", Password)).TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        await using var app = new ScanAppFactory();
        await app.CreateAccountAsync("beheer@regio.nl", Password, AccountRoles.Administrator);
        var (_, recoveryCode) = await EnrolThroughThePageAsync(app, "beheer@regio.nl");
        using var browser = app.CreateBrowser();
        await browser.SignInAsync("beheer@regio.nl", Password);

        var used = await browser.PostFormAsync("/inloggen/herstelcode", new Dictionary<string, string> { ["Code"] = recoveryCode.ToLowerInvariant() });
        var afterwards = await browser.GetAsync(used.Headers.Location);
        using var other = app.CreateBrowser();
        await other.SignInAsync("beheer@regio.nl", Password);
        var again = await other.PostFormAsync("/inloggen/herstelcode", new Dictionary<string, string> { ["Code"] = recoveryCode });

        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal($"{Enrolment}?returnUrl=%2Fbeheer", used.Headers.Location!.ToString());
        Assert.Contains("je hebt er nog 9", await afterwards.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/beheer")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains(RecoveryCodeSignInModel.WrongCode, await again.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_code_pages_send_someone_who_has_not_given_a_password_back_to_sign_in()
    {
        await using var app = new ScanAppFactory();
        using var browser = app.CreateBrowser();

        Assert.Equal("/inloggen", (await browser.GetAsync("/inloggen/code")).Headers.Location!.ToString());
        Assert.Equal("/inloggen", (await browser.GetAsync("/inloggen/herstelcode")).Headers.Location!.ToString());
    }

    [Fact]
    public async Task An_initiator_is_offered_two_factor_and_may_switch_it_off_again()
    {
        await using var app = new ScanAppFactory();
        await app.CreateAccountAsync("initiatief@school.nl", Password, AccountRoles.Initiator);
        var (key, _) = await EnrolThroughThePageAsync(app, "initiatief@school.nl");
        using var browser = app.CreateBrowser();
        await browser.SignInAsync("initiatief@school.nl", Password);
        await browser.PostFormAsync("/inloggen/code", new Dictionary<string, string> { ["Code"] = Authenticator.Code(key, stepsAhead: 1) });

        var offer = await (await browser.GetAsync("/account")).TextAsync();
        var disabled = await browser.PostFormAsync($"{Enrolment}?handler=Disable", new Dictionary<string, string>(), formPage: Enrolment);
        var account = await (await browser.GetAsync("/account")).TextAsync();

        Assert.Contains("Tweestapsverificatie staat aan", offer, StringComparison.Ordinal);
        Assert.Equal("/account", disabled.Headers.Location!.ToString());
        Assert.Contains("Tweestapsverificatie staat uit", account, StringComparison.Ordinal);
        Assert.Contains("Beveilig je account extra met tweestapsverificatie", account, StringComparison.Ordinal);
        using var later = app.CreateBrowser();
        Assert.Equal("/scans", (await later.SignInAsync("initiatief@school.nl", Password)).Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_Beheerder_cannot_switch_two_factor_off()
    {
        await using var app = new ScanAppFactory();
        using var browser = await app.CreateAdministratorBrowserAsync();

        var response = await browser.PostFormAsync($"{Enrolment}?handler=Disable", new Dictionary<string, string>(), formPage: Enrolment);

        Assert.StartsWith("https://scan.glansrijk.test/geen-toegang", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/beheer")).StatusCode);
    }

    [Fact]
    public async Task When_the_setting_requires_it_an_initiator_is_sent_to_enrolment_and_the_initiator_policy_asks_for_two_factors()
    {
        await using var app = new ScanAppFactory { Settings = { ["Accounts:RequireTwoFactorForInitiators"] = "true" } };
        await app.CreateAccountAsync("initiatief@school.nl", Password, AccountRoles.Initiator);
        using var browser = app.CreateBrowser();

        var signedIn = await browser.SignInAsync("initiatief@school.nl", Password);
        var authorization = app.Services.GetRequiredService<IAuthorizationService>();
        var withoutCode = await authorization.AuthorizeAsync(Initiator(), AccountPolicies.Initiator);
        var withCode = await authorization.AuthorizeAsync(Initiator(new Claim("amr", "mfa")), AccountPolicies.Initiator);

        Assert.Equal($"{Enrolment}?returnUrl=%2Fscans", signedIn.Headers.Location!.ToString());
        Assert.False(withoutCode.Succeeded);
        Assert.True(withCode.Succeeded);
        Assert.Contains("Voor jouw account is tweestapsverificatie verplicht", await (await browser.GetAsync("/account")).TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task By_default_the_initiator_policy_asks_two_factors_of_a_Beheerder_only()
    {
        await using var app = new ScanAppFactory();
        var authorization = app.Services.GetRequiredService<IAuthorizationService>();

        Assert.True((await authorization.AuthorizeAsync(Initiator(), AccountPolicies.Initiator)).Succeeded);
        Assert.False((await authorization.AuthorizeAsync(Principal(AccountRoles.Administrator), AccountPolicies.Initiator)).Succeeded);
        Assert.True((await authorization.AuthorizeAsync(Principal(AccountRoles.Administrator, new Claim("amr", "mfa")), AccountPolicies.Initiator)).Succeeded);
        Assert.False((await authorization.AuthorizeAsync(Initiator(new Claim("amr", "mfa")), AccountPolicies.Administrator)).Succeeded);
    }

    private static ClaimsPrincipal Initiator(params Claim[] extra) => Principal(AccountRoles.Initiator, extra);

    private static ClaimsPrincipal Principal(string role, params Claim[] extra) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "iemand@regio.nl"), new Claim(ClaimTypes.Role, role), .. extra], "Identity.Application"));

    /// <summary>Signs in with the password, sets up two factors on the enrolment page with a computed code and signs
    /// out; returns the key and one of the recovery codes shown. The code used is spent: sign in with the next one.</summary>
    private static async Task<(string Key, string RecoveryCode)> EnrolThroughThePageAsync(ScanAppFactory app, string email)
    {
        using var browser = app.CreateBrowser();
        await browser.SignInAsync(email, Password);
        var key = SharedKey().Match(await (await browser.GetAsync(Enrolment)).TextAsync()).Groups[1].Value;
        var enabled = await browser.PostFormAsync($"{Enrolment}?handler=Enable", new Dictionary<string, string> { ["Code"] = Authenticator.Code(key) }, formPage: Enrolment);
        var recoveryCode = RecoveryCode().Match(await enabled.TextAsync()).Groups[1].Value;
        Assert.NotEmpty(recoveryCode);
        await browser.PostFormAsync("/uitloggen", new Dictionary<string, string>(), formPage: "/account");
        return (key, recoveryCode);
    }

    [GeneratedRegex("id=\"sleutel\">([a-z2-7 ]+)</code>")]
    internal static partial Regex SharedKey();

    [GeneratedRegex("<li><code class=\"utrecht-code\">([A-Z0-9]{5}-[A-Z0-9]{5})</code></li>")]
    private static partial Regex RecoveryCode();

    [GeneratedRegex("<svg[^>]*>.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Svg();
}
