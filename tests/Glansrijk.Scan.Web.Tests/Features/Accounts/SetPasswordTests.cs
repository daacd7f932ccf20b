using System.Net;
using Glansrijk.Scan.Web.Features.Accounts;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Glansrijk.Scan.Web.Tests.Features.Accounts;

public sealed class SetPasswordTests
{
    private const string Password = "fiets door de regen naar huis";
    private const string LinkNoLongerWorks = "Deze link werkt niet meer";

    private static Dictionary<string, string> NewPassword(string password) => new() { ["Input.Password"] = password, ["Input.ConfirmPassword"] = password };

    [Fact]
    public async Task A_used_welcome_link_shows_a_friendly_Dutch_page_and_changes_nothing()
    {
        await using var smtp = await MailDevServer.StartAsync();
        await using var app = new ScanAppFactory(smtp.SmtpPort);
        var link = await ApprovedRequestLinkAsync(app, smtp);
        using var requester = app.CreateBrowser();
        await requester.PostFormAsync(link, NewPassword(Password));

        using var someoneElse = app.CreateBrowser();
        var again = await someoneElse.GetAsync(link);
        var posted = await someoneElse.PostAsync(link, new FormUrlEncodedContent(NewPassword("een ander wachtwoord van iemand")));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var html = await again.TextAsync();
        Assert.Contains(LinkNoLongerWorks, html, StringComparison.Ordinal);
        Assert.Contains("href=\"/wachtwoord-vergeten\"", html, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await someoneElse.SignInAsync("ilse@school.nl", Password)).StatusCode);
    }

    [Fact]
    public async Task An_expired_welcome_link_shows_a_friendly_Dutch_page()
    {
        await using var smtp = await MailDevServer.StartAsync();
        await using var factory = new ScanAppFactory(smtp.SmtpPort);
        var app = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Configure<WelcomeTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.Zero)));
        var link = await ApprovedRequestLinkAsync(factory, smtp, app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri(ScanAppFactory.PublicUrl) }));
        using var requester = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri(ScanAppFactory.PublicUrl) });

        var response = await requester.GetAsync(link);

        Assert.Contains(LinkNoLongerWorks, await response.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_welcome_link_shows_the_friendly_page()
    {
        await using var app = new ScanAppFactory();
        var account = await app.CreateAccountAsync("ilse@school.nl", Password, AccountRoles.Initiator);
        using var browser = app.CreateBrowser();

        var response = await browser.GetAsync($"/wachtwoord-instellen?account={account.Id}&code=bm90LWEtdG9rZW4");

        Assert.Contains(LinkNoLongerWorks, await response.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forgot_password_before_the_first_password_sends_a_new_welcome_link()
    {
        await using var smtp = await MailDevServer.StartAsync();
        await using var app = new ScanAppFactory(smtp.SmtpPort);
        await ApprovedRequestLinkAsync(app, smtp);
        using var requester = app.CreateBrowser();

        await requester.PostFormAsync("/wachtwoord-vergeten", new Dictionary<string, string> { ["Email"] = "ilse@school.nl" });
        var mails = await smtp.WaitForAsync("ilse@school.nl", count: 2);
        var link = new Uri(ReviewRequestTests.SetPasswordLink().Match(mails.OrderBy(m => m.Id).Last().Text!).Value).PathAndQuery;
        var saved = await requester.PostFormAsync(link, NewPassword(Password));

        Assert.All(mails, mail => Assert.Equal("Je account voor Glansrijk.Scan is klaar", mail.Subject));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/account", saved.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_too_short_password_gets_a_Dutch_message_and_the_link_keeps_working()
    {
        await using var smtp = await MailDevServer.StartAsync();
        await using var app = new ScanAppFactory(smtp.SmtpPort);
        var link = await ApprovedRequestLinkAsync(app, smtp);
        using var requester = app.CreateBrowser();

        var response = await requester.PostFormAsync(link, NewPassword("te kort"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kies een wachtwoord van minstens 12", await response.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await requester.PostFormAsync(link, NewPassword(Password))).StatusCode);
    }

    /// <summary>Requests an account for ilse@school.nl, approves it as a Beheerder and returns the mailed link's path.</summary>
    private static async Task<string> ApprovedRequestLinkAsync(ScanAppFactory app, MailDevServer smtp, HttpClient? requester = null)
    {
        using var administrator = await app.CreateAdministratorBrowserAsync();
        requester ??= app.CreateBrowser();
        await requester.RequestAccountAsync("ilse@school.nl");
        var id = await app.WithDatabaseAsync(db => db.AccountRequests.Select(r => r.Id).SingleAsync());
        await administrator.DecideAsync(id, "Approve");
        var mail = (await smtp.WaitForAsync("ilse@school.nl"))[0];
        return new Uri(ReviewRequestTests.SetPasswordLink().Match(mail.Text!).Value).PathAndQuery;
    }
}
