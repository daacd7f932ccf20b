using System.Net;
using Glansrijk.Scan.Web.Features.Accounts;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Tests.Features.Accounts;

public sealed class RequestAccountTests
{
    private const string Password = "fiets door de regen naar huis";

    [Fact]
    public async Task A_complete_request_is_stored_as_pending_and_the_requester_sees_a_confirmation()
    {
        await using var app = new ScanAppFactory();
        using var browser = app.CreateBrowser();

        var response = await browser.RequestAccountAsync("ilse@school.nl");
        var confirmation = await browser.GetAsync(response.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account-aanvragen/verstuurd", response.Headers.Location!.ToString());
        Assert.Contains("Je aanvraag is verstuurd", await confirmation.TextAsync(), StringComparison.Ordinal);
        var request = await app.WithDatabaseAsync(db => db.AccountRequests.SingleAsync());
        Assert.Equal(AccountRequestStatus.Pending, request.Status);
        Assert.Equal(("Ilse de Boer", "Praktijkschool De Brug", "Teamleider", "onderwijs", "ilse@school.nl"), (request.Name, request.Organisation, request.Function, request.DomainId, request.Email));
    }

    [Fact]
    public async Task Each_Beheerder_gets_a_mail_with_a_link_to_the_new_request()
    {
        await using var smtp = await MailDevServer.StartAsync();
        await using var app = new ScanAppFactory(smtp.SmtpPort);
        await app.CreateAccountAsync("beheer@regio.nl", Password, AccountRoles.Administrator, "Bea Beheer");
        await app.CreateAccountAsync("tweede@regio.nl", Password, AccountRoles.Administrator, "Tom Tweede");
        using var browser = app.CreateBrowser();

        await browser.RequestAccountAsync("ilse@school.nl");
        var mail = Assert.Single(await smtp.WaitForAsync("beheer@regio.nl"));
        await smtp.WaitForAsync("tweede@regio.nl");
        var id = await app.WithDatabaseAsync(db => db.AccountRequests.Select(r => r.Id).SingleAsync());

        Assert.Equal("Nieuwe accountaanvraag van Ilse de Boer", mail.Subject);
        Assert.Contains("Beste Bea Beheer", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Ilse de Boer van Praktijkschool De Brug", mail.Text, StringComparison.Ordinal);
        Assert.Contains($"{ScanAppFactory.PublicUrl}/beheer/aanvragen/{id}", mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Rivierenland", mail.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Input.Name", "", "Vul je naam in.")]
    [InlineData("Input.Organisation", "  ", "Vul de naam van je organisatie in.")]
    [InlineData("Input.Function", "", "Vul je functie in.")]
    [InlineData("Input.DomainId", "", "Kies het domein waar je organisatie bij hoort.")]
    [InlineData("Input.DomainId", "ruimtevaart", RequestAccountModel.UnknownDomain)]
    [InlineData("Input.Email", "geen-mailadres", "Vul een geldig e-mailadres in, zoals naam@organisatie.nl.")]
    [InlineData("Input.Reason", "Graag", "Schrijf minstens 10 en hoogstens 2000 tekens.")]
    public async Task A_malformed_request_gets_a_Dutch_message_at_the_field_and_stores_nothing(string field, string value, string message)
    {
        await using var app = new ScanAppFactory();
        using var browser = app.CreateBrowser();

        var response = await browser.RequestAccountAsync("ilse@school.nl", fields => fields[field] = value);
        var html = await response.TextAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"-fout\">{message}</div>", html, StringComparison.Ordinal);
        Assert.Contains("Niet alles is goed ingevuld", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.AccountRequests.CountAsync()));
    }

    [Fact]
    public async Task A_second_request_while_one_is_pending_is_refused_whatever_the_casing_and_stores_nothing()
    {
        await using var app = new ScanAppFactory();
        using var browser = app.CreateBrowser();
        await browser.RequestAccountAsync("ilse@school.nl");

        var again = await browser.RequestAccountAsync("Ilse@School.NL");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains(RequestAccountModel.PendingRequestExists, await again.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDatabaseAsync(db => db.AccountRequests.CountAsync()));
    }

    [Fact]
    public async Task A_request_for_an_address_that_already_has_an_account_is_refused_and_stores_nothing()
    {
        await using var app = new ScanAppFactory();
        await app.CreateAccountAsync("ilse@school.nl", Password, AccountRoles.Initiator);
        using var browser = app.CreateBrowser();

        var response = await browser.RequestAccountAsync("ilse@school.nl");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(RequestAccountModel.AccountExists, await response.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.AccountRequests.CountAsync()));
    }

    [Fact]
    public async Task Requests_beyond_the_rate_limit_are_answered_with_429_and_not_stored()
    {
        await using var app = new ScanAppFactory(signInPerMinute: 2);
        using var browser = app.CreateBrowser();
        var statuses = new List<HttpStatusCode>();

        for (var attempt = 0; attempt < 4; attempt++)
        {
            statuses.Add((await browser.RequestAccountAsync($"persoon{attempt}@school.nl")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(2, await app.WithDatabaseAsync(db => db.AccountRequests.CountAsync()));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account-aanvragen")).StatusCode);
    }

    [Fact]
    public async Task The_home_page_and_the_sign_in_page_link_to_the_request_form()
    {
        await using var app = new ScanAppFactory();
        using var browser = app.CreateBrowser();

        Assert.Contains("href=\"/account-aanvragen\"", await (await browser.GetAsync("/")).TextAsync(), StringComparison.Ordinal);
        Assert.Contains("href=\"/account-aanvragen\"", await (await browser.GetAsync("/inloggen")).TextAsync(), StringComparison.Ordinal);
    }
}
