using System.Net;
using Glansrijk.Scan.Web.Features.Accounts;
using Glansrijk.Scan.Web.Features.Administration;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Tests.Features.Privacy;

public sealed class AccountDeletionTests
{
    private static async Task<string> AccountIdAsync(ScanAppFactory app, string email) =>
        await app.WithDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    [Fact]
    public async Task A_Beheerder_deletes_an_initiator_and_hands_their_scans_to_another_initiator()
    {
        await using var app = new ScanAppFactory();
        var leaving = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await leaving.CreateScanAsync();
        var heir = await ScanScenario.SignedInInitiatorAsync(app, "henk@gemeente.nl");
        var administrator = await app.CreateAdministratorBrowserAsync();
        var id = leaving.Account.Id;

        var page = await (await administrator.GetAsync($"/beheer/accounts/{id}/verwijderen")).TextAsync();
        var unchosen = await administrator.PostFormAsync($"/beheer/accounts/{id}/verwijderen", new Dictionary<string, string>(), $"/beheer/accounts/{id}/verwijderen");
        var toItself = await administrator.PostFormAsync($"/beheer/accounts/{id}/verwijderen", new Dictionary<string, string> { ["ScansGoTo"] = id }, $"/beheer/accounts/{id}/verwijderen");
        var deleted = await administrator.PostFormAsync($"/beheer/accounts/{id}/verwijderen", new Dictionary<string, string> { ["ScansGoTo"] = heir.Account.Id }, $"/beheer/accounts/{id}/verwijderen");

        Assert.Contains("Implementatiescan Drechtsteden 2027", page, StringComparison.Ordinal);
        Assert.Contains("(henk@gemeente.nl)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Overdragen aan Ilse Initiatief (ilse@debrug.nl)", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, unchosen.StatusCode);
        Assert.Contains(DeleteAccountModel.ChooseWhatHappens, await unchosen.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, toItself.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await app.WithDatabaseAsync(db => db.Users.AnyAsync(u => u.Id == id)));
        Assert.Equal(heir.Account.Id, (await heir.LoadScanAsync(scanId)).InitiatorAccountId);
        Assert.Equal(HttpStatusCode.OK, (await heir.Initiator.GetAsync($"/scans/{scanId}")).StatusCode);
    }

    [Fact]
    public async Task Deleting_an_account_can_delete_its_scans_with_it()
    {
        await using var app = new ScanAppFactory();
        var leaving = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await leaving.CreateScanAsync();
        await leaving.AddSeatsAsync(scanId, 2);
        var administrator = await app.CreateAdministratorBrowserAsync();
        var id = leaving.Account.Id;

        var deleted = await administrator.PostFormAsync($"/beheer/accounts/{id}/verwijderen", new Dictionary<string, string> { ["ScansGoTo"] = DeleteAccountModel.DeleteScans }, $"/beheer/accounts/{id}/verwijderen");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await app.WithDatabaseAsync(db => db.Users.AnyAsync(u => u.Id == id)));
        Assert.False(await app.WithDatabaseAsync(db => db.Scans.AnyAsync()));
        var logged = await app.WithDatabaseAsync(db => db.AuditEntries.Select(e => e.Action + ": " + e.SubjectName).ToListAsync());
        Assert.Contains($"{AuditActions.AccountDeleted}: {leaving.Account.DisplayName}", logged);
    }

    [Fact]
    public async Task The_last_Beheerder_cannot_delete_their_own_account_and_an_initiator_cannot_delete_anyone()
    {
        await using var app = new ScanAppFactory();
        var administrator = await app.CreateAdministratorBrowserAsync();
        var initiator = await ScanScenario.SignedInInitiatorAsync(app);
        var adminId = await AccountIdAsync(app, "beheer@regio.nl");

        var own = await administrator.PostFormAsync($"/beheer/accounts/{adminId}/verwijderen", new Dictionary<string, string>(), $"/beheer/accounts/{adminId}/verwijderen");
        var byInitiator = await initiator.Initiator.PostFormAsync($"/beheer/accounts/{adminId}/verwijderen", new Dictionary<string, string>(), "/scans");
        var unknown = await administrator.GetAsync("/beheer/accounts/bestaat-niet/verwijderen");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains(DeleteAccountModel.LastAdministrator, await own.TextAsync(), StringComparison.Ordinal);
        Assert.True(byInitiator.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, byInitiator.StatusCode.ToString());
        Assert.NotEqual("/beheer", byInitiator.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(2, await app.WithDatabaseAsync(db => db.Users.CountAsync()));
    }
}
