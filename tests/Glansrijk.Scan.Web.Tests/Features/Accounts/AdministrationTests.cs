using System.Net;
using Glansrijk.Scan.Web.Features.Accounts;
using Glansrijk.Scan.Web.Tests.Infrastructure;

namespace Glansrijk.Scan.Web.Tests.Features.Accounts;

public sealed class AdministrationTests
{
    private const string Password = "fiets door de regen naar huis";

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in()
    {
        await using var app = new ScanAppFactory();
        using var browser = app.CreateBrowser();

        var response = await browser.GetAsync("/beheer");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://scan.glansrijk.test/inloggen", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_initiator_is_refused_and_the_refusal_is_logged()
    {
        await using var app = new ScanAppFactory();
        var initiator = await app.CreateAccountAsync("initiatief@school.nl", Password, AccountRoles.Initiator);
        using var browser = app.CreateBrowser();
        await browser.SignInAsync("initiatief@school.nl", Password);

        var response = await browser.GetAsync("/beheer");
        var deniedPage = await browser.GetAsync(response.Headers.Location!);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, deniedPage.StatusCode);
        Assert.Contains("Geen toegang", await deniedPage.TextAsync(), StringComparison.Ordinal);
        Assert.Contains(app.LogLines, line => line.Contains("Access refused to /beheer", StringComparison.Ordinal) && line.Contains(initiator.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_Beheerder_sees_the_accounts_and_the_mail_outbox()
    {
        await using var app = new ScanAppFactory();
        using var browser = await app.CreateAdministratorBrowserAsync("beheer@regio.nl", "Bea Beheer");

        var response = await browser.GetAsync("/beheer");
        var html = await response.TextAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bea Beheer", html, StringComparison.Ordinal);
        Assert.Contains("beheer@regio.nl", html, StringComparison.Ordinal);
        Assert.Contains("wachten op verzending", html, StringComparison.Ordinal);
    }
}
