using System.Net;
using Glansrijk.Scan.Web.Features.Accounts;
using Glansrijk.Scan.Web.Tests.Infrastructure;

namespace Glansrijk.Scan.Web.Tests.Features.Accounts;

public sealed class SignInTests
{
    private const string Password = "fiets door de regen naar huis";

    [Fact]
    public async Task The_right_password_signs_in_with_a_secure_http_only_cookie()
    {
        await using var app = new ScanAppFactory();
        await app.CreateAccountAsync("initiatief@school.nl", Password, AccountRoles.Initiator);
        using var browser = app.CreateBrowser();

        var response = await browser.SignInAsync("initiatief@school.nl", Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/scans", response.Headers.Location!.ToString());
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("glansrijk.account=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_wrong_password_gets_a_Dutch_message_and_no_cookie()
    {
        await using var app = new ScanAppFactory();
        await app.CreateAccountAsync("beheer@regio.nl", Password, AccountRoles.Administrator);
        using var browser = app.CreateBrowser();

        var response = await browser.SignInAsync("beheer@regio.nl", "helemaal verkeerd wachtwoord");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(LoginModel.WrongCredentials, await response.TextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("glansrijk.account=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Empty_fields_get_a_message_at_each_field()
    {
        await using var app = new ScanAppFactory();
        using var browser = app.CreateBrowser();

        var html = await (await browser.SignInAsync("", "")).TextAsync();

        Assert.Contains("Vul je e-mailadres in.", html, StringComparison.Ordinal);
        Assert.Contains("Vul je wachtwoord in.", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_is_locked_out_after_five_wrong_passwords_even_for_the_right_one()
    {
        await using var app = new ScanAppFactory();
        await app.CreateAccountAsync("beheer@regio.nl", Password, AccountRoles.Administrator);
        using var browser = app.CreateBrowser();

        for (var attempt = 0; attempt < AccountServices.MaxFailedSignIns; attempt++)
        {
            await browser.SignInAsync("beheer@regio.nl", $"fout wachtwoord nummer {attempt}");
        }

        var response = await browser.SignInAsync("beheer@regio.nl", Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(LoginModel.LockedOut, await response.TextAsync(), StringComparison.Ordinal);
        Assert.Contains(app.LogLines, line => line.Contains("is locked out", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sign_in_beyond_the_rate_limit_is_answered_with_429_in_Dutch()
    {
        await using var app = new ScanAppFactory(signInPerMinute: 3);
        using var browser = app.CreateBrowser();
        var statuses = new List<HttpStatusCode>();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            statuses.Add((await browser.SignInAsync("iemand@regio.nl", "een willekeurig wachtwoord")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        var limited = await browser.SignInAsync("iemand@regio.nl", "een willekeurig wachtwoord");
        Assert.Contains("Er zijn in korte tijd te veel pogingen gedaan", await limited.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/inloggen")).StatusCode);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        await using var app = new ScanAppFactory();
        await app.CreateAccountAsync("beheer@regio.nl", Password, AccountRoles.Administrator);
        using var browser = app.CreateBrowser();

        var response = await browser.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "beheer@regio.nl",
            ["Input.Password"] = Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_are_logged_without_the_password()
    {
        await using var app = new ScanAppFactory();
        var account = await app.CreateAccountAsync("beheer@regio.nl", Password, AccountRoles.Administrator);
        using var browser = app.CreateBrowser();

        await browser.SignInAsync("beheer@regio.nl", "een verkeerd geheim wachtwoord");
        await browser.SignInAsync("beheer@regio.nl", Password);

        Assert.Contains(app.LogLines, line => line.Contains($"Sign-in failed for account {account.Id}", StringComparison.Ordinal));
        Assert.Contains(app.LogLines, line => line.Contains($"Sign-in succeeded for account {account.Id}", StringComparison.Ordinal));
        Assert.DoesNotContain(app.LogLines, line => line.Contains(Password, StringComparison.Ordinal) || line.Contains("een verkeerd geheim wachtwoord", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        await using var app = new ScanAppFactory();
        await app.CreateAccountAsync("beheer@regio.nl", Password, AccountRoles.Administrator);
        using var browser = app.CreateBrowser();
        await browser.SignInAsync("beheer@regio.nl", Password);

        await browser.PostFormAsync("/uitloggen", new Dictionary<string, string>(), formPage: "/account");
        var response = await browser.GetAsync("/beheer");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://scan.glansrijk.test/inloggen", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
