using System.Net;
using System.Text.RegularExpressions;
using Glansrijk.Scan.Web.Features.Accounts;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Tests.Features.Accounts;

public sealed partial class PasswordResetTests
{
    private const string OldPassword = "fiets door de regen naar huis";
    private const string NewPassword = "wandelen langs de rivier in mei";

    [Fact]
    public async Task A_reset_mail_arrives_through_SMTP_and_its_link_sets_a_new_password()
    {
        await using var smtp = await MailDevServer.StartAsync();
        await using var app = new ScanAppFactory(smtp.SmtpPort);
        await app.CreateAccountAsync("beheer@regio.nl", OldPassword, AccountRoles.Administrator, "Bea Beheer");
        using var browser = app.CreateBrowser();

        var requested = await browser.PostFormAsync("/wachtwoord-vergeten", new Dictionary<string, string> { ["Email"] = "beheer@regio.nl" });
        var mail = Assert.Single(await smtp.WaitForAsync("beheer@regio.nl"));

        Assert.Contains("Als er een account bij dit e-mailadres hoort", await requested.TextAsync(), StringComparison.Ordinal);
        Assert.Equal("Kies een nieuw wachtwoord voor Glansrijk.Scan", mail.Subject);
        Assert.Contains("Beste Bea Beheer", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Kies een nieuw wachtwoord</a>", mail.Html, StringComparison.Ordinal);
        var link = new Uri(ResetLink().Match(mail.Text!).Value);
        Assert.Equal("scan.glansrijk.test", link.Host);

        var form = await browser.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var saved = await browser.PostFormAsync(link.PathAndQuery, new Dictionary<string, string>
        {
            ["Input.Password"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(LoginModel.WrongCredentials, await FirstFormErrorAsync(await browser.SignInAsync("beheer@regio.nl", OldPassword)));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync("beheer@regio.nl", NewPassword)).StatusCode);
        Assert.DoesNotContain(app.LogLines, line => line.Contains(link.Query, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reset_link_works_only_once()
    {
        await using var smtp = await MailDevServer.StartAsync();
        await using var app = new ScanAppFactory(smtp.SmtpPort);
        await app.CreateAccountAsync("beheer@regio.nl", OldPassword, AccountRoles.Administrator);
        using var browser = app.CreateBrowser();
        await browser.PostFormAsync("/wachtwoord-vergeten", new Dictionary<string, string> { ["Email"] = "beheer@regio.nl" });
        var link = new Uri(ResetLink().Match((await smtp.WaitForAsync("beheer@regio.nl"))[0].Text!).Value).PathAndQuery;
        var fields = new Dictionary<string, string> { ["Input.Password"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword };

        await browser.PostFormAsync(link, fields);
        var again = await browser.PostFormAsync(link, new Dictionary<string, string> { ["Input.Password"] = "nog een ander lang wachtwoord", ["Input.ConfirmPassword"] = "nog een ander lang wachtwoord" });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Deze link is verlopen of al gebruikt", await again.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_mail()
    {
        await using var app = new ScanAppFactory();
        using var browser = app.CreateBrowser();

        var response = await browser.PostFormAsync("/wachtwoord-vergeten", new Dictionary<string, string> { ["Email"] = "onbekend@regio.nl" });

        Assert.Contains("Als er een account bij dit e-mailadres hoort", await response.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task A_tampered_reset_code_is_refused_and_the_password_stays()
    {
        await using var app = new ScanAppFactory();
        var account = await app.CreateAccountAsync("beheer@regio.nl", OldPassword, AccountRoles.Administrator);
        using var browser = app.CreateBrowser();

        var response = await browser.PostFormAsync($"/wachtwoord-herstellen?account={account.Id}&code=bm90LWEtdG9rZW4", new Dictionary<string, string>
        {
            ["Input.Password"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        });

        Assert.Contains("Deze link is verlopen of al gebruikt", await response.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync("beheer@regio.nl", OldPassword)).StatusCode);
    }

    private static async Task<string> FirstFormErrorAsync(HttpResponseMessage response)
    {
        var match = AlertParagraph().Match(await response.TextAsync());
        return match.Groups[1].Value;
    }

    [GeneratedRegex(@"https://scan.glansrijk.test/wachtwoord-herstellen\?\S+")]
    private static partial Regex ResetLink();

    [GeneratedRegex("role=\"alert\">\\s*<div class=\"utrecht-alert__content\">\\s*<p class=\"utrecht-paragraph\">([^<]+)</p>")]
    private static partial Regex AlertParagraph();
}
