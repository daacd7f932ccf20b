using System.Net;
using Glansrijk.Scan.Web.Features.Accounts;
using Glansrijk.Scan.Web.Features.Administration;
using Glansrijk.Scan.Web.Tests.Features.Accounts;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Tests.Features.Administration;

public sealed class ManageAccountTests
{
    [Fact]
    public async Task A_deactivated_account_cannot_sign_in_its_cookie_stops_working_and_reactivating_lets_it_back_in()
    {
        await using var app = new ScanAppFactory();
        var administrator = await app.CreateAdministratorBrowserAsync();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var cookie = scenario.InitiatorCookieHeader;

        var deactivated = await ActAsync(administrator, scenario.Account.Id, "Deactivate");
        var page = await (await administrator.GetAsync(deactivated.Headers.Location)).TextAsync();
        var withOldCookie = await SessionEndTests.GetWithCookieAsync(app, "/scans", cookie);
        using var again = app.CreateBrowser();
        var signIn = await again.SignInAsync("ilse@debrug.nl", ScanScenario.Password);

        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        Assert.Contains("Ilse Initiatief is uitgezet en kan niet meer inloggen.", page, StringComparison.Ordinal);
        Assert.StartsWith("/inloggen", withOldCookie.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains(LoginModel.Deactivated, await signIn.TextAsync(), StringComparison.Ordinal);

        var twice = await ActAsync(administrator, scenario.Account.Id, "Deactivate");
        Assert.Contains("was al uitgezet", await (await administrator.GetAsync(twice.Headers.Location)).TextAsync(), StringComparison.Ordinal);

        await ActAsync(administrator, scenario.Account.Id, "Reactivate");
        var back = await again.SignInAsync("ilse@debrug.nl", ScanScenario.Password);
        Assert.Equal("/scans", back.Headers.Location!.ToString());
        Assert.Equal(
            [(AuditActions.AccountDeactivated, "Ilse Initiatief"), (AuditActions.AccountReactivated, "Ilse Initiatief")],
            await AuditAsync(app, "Bea Beheer"));
    }

    [Fact]
    public async Task The_last_active_Beheerder_cannot_switch_themself_off_nor_reset_their_own_second_factor()
    {
        await using var app = new ScanAppFactory();
        var administrator = await app.CreateAdministratorBrowserAsync();
        using var other = await app.CreateAdministratorBrowserAsync("tweede@regio.nl", "Tom Tweede");
        var selfId = await IdOfAsync(app, "beheer@regio.nl");

        var otherOff = await ActAsync(administrator, await IdOfAsync(app, "tweede@regio.nl"), "Deactivate");
        var selfOff = await ActAsync(administrator, selfId, "Deactivate");
        var selfReset = await ActAsync(administrator, selfId, "ResetTwoFactor");

        Assert.Equal(HttpStatusCode.Redirect, otherOff.StatusCode);
        foreach (var refused in new[] { selfOff, selfReset })
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains(ManageAccountModel.LastAdministrator, await refused.TextAsync(), StringComparison.Ordinal);
        }

        var self = await app.WithDatabaseAsync(db => db.Users.AsNoTracking().SingleAsync(a => a.Id == selfId));
        Assert.True(self.IsActive);
        Assert.True(self.TwoFactorEnabled);
        Assert.Equal(HttpStatusCode.OK, (await administrator.GetAsync("/beheer")).StatusCode);
        Assert.Equal([(AuditActions.AccountDeactivated, "Tom Tweede")], await AuditAsync(app, "Bea Beheer"));
    }

    [Fact]
    public async Task Unlocking_a_locked_out_account_lets_the_right_password_in_at_once()
    {
        await using var app = new ScanAppFactory(signInPerMinute: 100);
        var administrator = await app.CreateAdministratorBrowserAsync();
        var account = await app.CreateAccountAsync("ilse@debrug.nl", ScanScenario.Password, AccountRoles.Initiator, "Ilse Initiatief");
        using var browser = app.CreateBrowser();
        for (var attempt = 0; attempt < AccountServices.MaxFailedSignIns; attempt++)
        {
            await browser.SignInAsync("ilse@debrug.nl", $"fout wachtwoord nummer {attempt}");
        }

        Assert.Contains(LoginModel.LockedOut, await (await browser.SignInAsync("ilse@debrug.nl", ScanScenario.Password)).TextAsync(), StringComparison.Ordinal);

        var unlocked = await ActAsync(administrator, account.Id, "Unlock");
        var signedIn = await browser.SignInAsync("ilse@debrug.nl", ScanScenario.Password);

        Assert.Contains("De blokkering van Ilse Initiatief is opgeheven.", await (await administrator.GetAsync(unlocked.Headers.Location)).TextAsync(), StringComparison.Ordinal);
        Assert.Equal("/scans", signedIn.Headers.Location!.ToString());
        Assert.Equal([(AuditActions.AccountUnlocked, "Ilse Initiatief")], await AuditAsync(app, "Bea Beheer"));
    }

    [Fact]
    public async Task Resetting_someones_second_factor_signs_them_out_and_has_them_set_up_an_app_at_the_next_sign_in()
    {
        await using var app = new ScanAppFactory();
        var administrator = await app.CreateAdministratorBrowserAsync();
        var other = await app.CreateAdministratorBrowserAsync("tweede@regio.nl", "Tom Tweede");
        var otherId = await IdOfAsync(app, "tweede@regio.nl");
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/account")).StatusCode);

        var reset = await ActAsync(administrator, otherId, "ResetTwoFactor");
        var withOldCookie = await other.GetAsync("/account");
        using var next = app.CreateBrowser();
        var signIn = await next.SignInAsync("tweede@regio.nl", ScanAppFactory.AdministratorPassword);

        Assert.Contains("Tweestapsverificatie van Tom Tweede is opnieuw ingesteld.", await (await administrator.GetAsync(reset.Headers.Location)).TextAsync(), StringComparison.Ordinal);
        Assert.StartsWith("/inloggen", withOldCookie.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith(TwoFactorModel.Path, signIn.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.False(await app.WithDatabaseAsync(db => db.Users.Where(a => a.Id == otherId).Select(a => a.TwoFactorEnabled).SingleAsync()));
        Assert.False(await app.WithDatabaseAsync(db => db.UserTokens.AnyAsync(t => t.UserId == otherId && t.Name == "RecoveryCodes")));
        Assert.Equal([(AuditActions.TwoFactorReset, "Tom Tweede")], await AuditAsync(app, "Bea Beheer"));
    }

    [Fact]
    public async Task An_initiator_cannot_use_the_Beheer_actions_and_nothing_changes()
    {
        await using var app = new ScanAppFactory();
        await app.CreateAdministratorBrowserAsync();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var administratorId = await IdOfAsync(app, "beheer@regio.nl");

        var page = await scenario.Initiator.GetAsync($"/beheer/accounts/{administratorId}");
        var deactivate = await scenario.Initiator.PostFormAsync($"/beheer/accounts/{administratorId}?handler=Deactivate", new Dictionary<string, string>(), formPage: "/account");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/geen-toegang", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, deactivate.StatusCode);
        Assert.StartsWith("/geen-toegang", deactivate.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.True((await app.WithDatabaseAsync(db => db.Users.AsNoTracking().SingleAsync(a => a.Id == administratorId))).IsActive);
        Assert.Empty(await app.WithDatabaseAsync(db => db.AuditEntries.ToListAsync()));
    }

    [Fact]
    public async Task A_Beheerder_who_has_not_set_up_a_second_factor_is_sent_to_set_it_up_instead_of_acting()
    {
        await using var app = new ScanAppFactory();
        var account = await app.CreateAccountAsync("nieuw@regio.nl", ScanAppFactory.AdministratorPassword, AccountRoles.Administrator, "Nieuwe Beheerder");
        using var browser = app.CreateBrowser();
        await browser.SignInAsync("nieuw@regio.nl", ScanAppFactory.AdministratorPassword);

        var deactivate = await browser.PostFormAsync($"/beheer/accounts/{account.Id}?handler=Deactivate", new Dictionary<string, string>(), formPage: "/account");

        Assert.Equal(HttpStatusCode.Redirect, deactivate.StatusCode);
        Assert.StartsWith(TwoFactorModel.Path, deactivate.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.True((await app.WithDatabaseAsync(db => db.Users.AsNoTracking().SingleAsync(a => a.Id == account.Id))).IsActive);
    }

    public static Task<HttpResponseMessage> ActAsync(HttpClient administrator, string accountId, string handler) =>
        administrator.PostFormAsync($"/beheer/accounts/{accountId}?handler={handler}", new Dictionary<string, string>(), formPage: $"/beheer/accounts/{accountId}");

    public static Task<string> IdOfAsync(ScanAppFactory app, string email) =>
        app.WithDatabaseAsync(db => db.Users.Where(a => a.Email == email).Select(a => a.Id).SingleAsync());

    /// <summary>What the audit log holds for this actor, oldest first.</summary>
    public static async Task<List<(string Action, string Subject)>> AuditAsync(ScanAppFactory app, string actor) =>
        [.. (await app.WithDatabaseAsync(db => db.AuditEntries.Where(e => e.ActorName == actor).OrderBy(e => e.Id).ToListAsync())).Select(e => (e.Action, e.SubjectName))];
}
