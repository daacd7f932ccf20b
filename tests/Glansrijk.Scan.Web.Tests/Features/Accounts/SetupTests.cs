using System.Net;
using Glansrijk.Scan.Web.Features.Accounts;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Glansrijk.Scan.Web.Tests.Features.Accounts;

public sealed class SetupTests
{
    private const string Password = "fiets door de regen naar huis";

    private static Dictionary<string, string> Form(string email, string password, string confirm) => new()
    {
        ["Input.Name"] = "Bea Beheer",
        ["Input.Email"] = email,
        ["Password.Password"] = password,
        ["Password.ConfirmPassword"] = confirm,
    };

    [Fact]
    public async Task The_setup_link_creates_the_first_Beheerder_who_goes_on_to_two_factor_enrolment_and_then_stops_working()
    {
        await using var app = new ScanAppFactory();
        using var browser = app.CreateBrowser();
        _ = await browser.GetAsync("/");
        var token = await app.Services.GetRequiredService<FirstAdministratorSetup>().OpenAsync();

        var created = await browser.PostFormAsync($"/installatie/{token}", Form("beheer@regio.nl", Password, Password));
        var secondUse = await browser.GetAsync($"/installatie/{token}");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/account/tweestapsverificatie?returnUrl=%2Fbeheer", created.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(created.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, secondUse.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var admins = await scope.ServiceProvider.GetRequiredService<UserManager<Account>>().GetUsersInRoleAsync(AccountRoles.Administrator);
        Assert.Equal("beheer@regio.nl", Assert.Single(admins).Email);
    }

    [Fact]
    public async Task A_made_up_setup_token_is_refused()
    {
        await using var app = new ScanAppFactory();
        using var browser = app.CreateBrowser();

        var response = await browser.GetAsync("/installatie/geraden-token");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Deze installatielink werkt niet (meer)", await response.TextAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("beheer@regio.nl", "kort", "kort", "minstens 12")]
    [InlineData("beheer@regio.nl", Password, "iets anders dan dat", "De twee wachtwoorden zijn niet hetzelfde.")]
    [InlineData("geen-mailadres", Password, Password, "Vul een geldig e-mailadres in")]
    public async Task Bad_setup_input_gets_a_Dutch_message_and_creates_nobody(string email, string password, string confirm, string message)
    {
        await using var app = new ScanAppFactory();
        using var browser = app.CreateBrowser();
        _ = await browser.GetAsync("/");
        var token = await app.Services.GetRequiredService<FirstAdministratorSetup>().OpenAsync();

        var response = await browser.PostFormAsync($"/installatie/{token}", Form(email, password, confirm));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDatabaseAsync(db => Task.FromResult(db.Users.Count())));
        Assert.True(await app.Services.GetRequiredService<FirstAdministratorSetup>().AcceptsAsync(token));
    }
}
