using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Tests.Startup;

public sealed class StartupTests
{
    [Fact]
    public async Task Start_up_applies_every_migration_to_a_new_SQLite_file_in_the_data_folder()
    {
        await using var app = new ScanAppFactory();
        using var client = app.CreateClient();

        var response = await client.GetAsync("/");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.True(File.Exists(Path.Combine(app.DataFolder, "glansrijk-scan.db")));
        var pending = await app.WithDatabaseAsync(db => db.Database.GetPendingMigrationsAsync());
        var applied = await app.WithDatabaseAsync(db => db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(pending);
        Assert.NotEmpty(applied);
    }

    [Fact]
    public async Task A_first_start_without_a_Beheerder_opens_the_one_time_setup_link()
    {
        await using var app = new ScanAppFactory();
        using var client = app.CreateBrowser();
        _ = await client.GetAsync("/");

        var setup = (Glansrijk.Scan.Web.Features.Accounts.FirstAdministratorSetup)app.Services.GetService(typeof(Glansrijk.Scan.Web.Features.Accounts.FirstAdministratorSetup))!;

        Assert.True(await setup.IsOpenAsync());
        Assert.Contains(app.LogLines, line => line.Contains("setup link was printed", StringComparison.Ordinal));
    }
}
