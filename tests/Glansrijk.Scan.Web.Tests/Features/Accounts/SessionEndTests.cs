using System.Net;
using Glansrijk.Scan.Web.Features.Accounts;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Glansrijk.Scan.Web.Tests.Features.Accounts;

/// <summary>A cookie copied from a browser (a shared computer, a stolen backup) stops working as soon as the account
/// signs out or its password changes.</summary>
public sealed class SessionEndTests
{
    [Fact]
    public async Task A_cookie_copied_before_signing_out_no_longer_opens_the_scans()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var copied = scenario.InitiatorCookieHeader;
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync(app, "/scans", copied)).StatusCode);

        var signedOut = await scenario.Initiator.PostFormAsync("/uitloggen", new Dictionary<string, string>(), formPage: "/account");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        var again = await GetWithCookieAsync(app, "/scans", copied);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.StartsWith("/inloggen", again.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cookie_from_before_a_password_change_is_refused()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var copied = scenario.InitiatorCookieHeader;

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            var account = (await accounts.FindByIdAsync(scenario.Account.Id))!;
            var changed = await accounts.ChangePasswordAsync(account, ScanScenario.Password, "een heel ander wachtwoord voor later");
            Assert.True(changed.Succeeded);
        }

        var again = await GetWithCookieAsync(app, "/scans", copied);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.StartsWith("/inloggen", again.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_factor_set_up_keeps_the_browser_signed_in_although_the_stamp_changes()
    {
        await using var app = new ScanAppFactory();
        var account = await app.CreateAccountAsync("nieuw@regio.nl", ScanAppFactory.AdministratorPassword, AccountRoles.Administrator, "Nieuwe Beheerder");
        using var browser = app.CreateBrowser();
        await browser.SignInAsync("nieuw@regio.nl", ScanAppFactory.AdministratorPassword);

        // Opening the set-up page makes the authenticator key (a new stamp); the browser must still be signed in.
        var setUp = await browser.GetAsync(TwoFactorModel.Path);
        Assert.Equal(HttpStatusCode.OK, setUp.StatusCode);
        string? key;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            key = await accounts.GetAuthenticatorKeyAsync((await accounts.FindByIdAsync(account.Id))!);
        }

        var enabled = await browser.PostFormAsync($"{TwoFactorModel.Path}?handler=Enable", new Dictionary<string, string> { ["Code"] = Authenticator.Code(key!) }, formPage: TwoFactorModel.Path);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);

        var overview = await browser.GetAsync("/beheer");
        Assert.True(overview.StatusCode == HttpStatusCode.OK, $"{overview.StatusCode} to {overview.Headers.Location}");
    }

    /// <summary>A request as an attacker makes it: only the copied Cookie header, no cookie jar of its own.</summary>
    public static async Task<HttpResponseMessage> GetWithCookieAsync(ScanAppFactory app, string path, string cookieHeader)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri(ScanAppFactory.PublicUrl) });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookieHeader);
        request.Headers.Add("Accept", "text/html");
        return await client.SendAsync(request);
    }
}
