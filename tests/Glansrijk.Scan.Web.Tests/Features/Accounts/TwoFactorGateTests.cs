using System.Net;
using Glansrijk.Scan.Web.Features.Accounts;
using Glansrijk.Scan.Web.Features.Sessions;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Glansrijk.Scan.Web.Tests.Features.Accounts;

/// <summary>An account whose role needs a second factor and that has not set one up yet reaches only the set-up page:
/// no initiator page, no live session, no hub connection.</summary>
public sealed class TwoFactorGateTests
{
    [Fact]
    public async Task A_Beheerder_without_a_second_factor_cannot_lead_a_live_session_or_connect_to_the_hub()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();
        var started = await app.Services.GetRequiredService<LiveSessionService>().StartAsync(scanId, 1, CancellationToken.None);
        Assert.True(started.Ok, started.Message);
        await app.CreateAccountAsync("beheer@regio.nl", ScanAppFactory.AdministratorPassword, AccountRoles.Administrator, "Bea Beheer");
        var cookies = new CookieContainer();
        using var browser = app.CreateBrowser(cookies);
        var signedIn = await browser.SignInAsync("beheer@regio.nl", ScanAppFactory.AdministratorPassword);
        Assert.StartsWith(TwoFactorModel.Path, signedIn.Headers.Location!.ToString(), StringComparison.Ordinal);
        var cookieHeader = cookies.GetCookieHeader(new Uri(ScanAppFactory.PublicUrl));

        var sessionPage = await SessionEndTests.GetWithCookieAsync(app, $"/sessie/{started.SessionId}", cookieHeader);
        var scanPage = await SessionEndTests.GetWithCookieAsync(app, $"/scans/{scanId}", cookieHeader);
        var hub = await Assert.ThrowsAsync<HttpRequestException>(() => SessionClient.ConnectAsync(app, cookieHeader));

        Assert.Equal(HttpStatusCode.Redirect, sessionPage.StatusCode);
        Assert.StartsWith(TwoFactorModel.Path, sessionPage.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, scanPage.StatusCode);
        Assert.StartsWith(TwoFactorModel.Path, scanPage.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, hub.StatusCode);
    }

    [Fact]
    public async Task An_initiator_who_must_use_two_factors_reaches_neither_the_hub_nor_the_scans_before_setting_it_up()
    {
        await using var app = new ScanAppFactory { Settings = { ["Accounts:RequireTwoFactorForInitiators"] = "true" } };
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);

        var scans = await SessionEndTests.GetWithCookieAsync(app, "/scans", scenario.InitiatorCookieHeader);
        var hub = await Assert.ThrowsAsync<HttpRequestException>(() => SessionClient.ConnectAsync(app, scenario.InitiatorCookieHeader));

        Assert.Equal(HttpStatusCode.Redirect, scans.StatusCode);
        Assert.StartsWith(TwoFactorModel.Path, scans.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, hub.StatusCode);
    }

    [Fact]
    public async Task The_screen_without_any_cookie_still_connects_to_the_hub()
    {
        await using var app = new ScanAppFactory();

        await using var screen = await SessionClient.ConnectAsync(app, cookieHeader: null);

        Assert.Equal(Microsoft.AspNetCore.SignalR.Client.HubConnectionState.Connected, screen.Connection.State);
    }
}
