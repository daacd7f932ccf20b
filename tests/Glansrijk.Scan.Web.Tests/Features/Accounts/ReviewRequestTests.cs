using System.Net;
using System.Text.RegularExpressions;
using Glansrijk.Scan.Web.Features.Accounts;
using Glansrijk.Scan.Web.Mail;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Glansrijk.Scan.Web.Tests.Features.Accounts;

public sealed partial class ReviewRequestTests
{
    private const string Password = "fiets door de regen naar huis";

    [Fact]
    public async Task An_approved_request_mails_a_set_password_link_that_signs_the_new_initiator_in()
    {
        await using var smtp = await MailDevServer.StartAsync();
        await using var app = new ScanAppFactory(smtp.SmtpPort);
        using var administrator = await app.CreateAdministratorBrowserAsync();
        using var requester = app.CreateBrowser();
        await requester.RequestAccountAsync("ilse@school.nl");
        var id = await app.WithDatabaseAsync(db => db.AccountRequests.Select(r => r.Id).SingleAsync());

        var approved = await administrator.DecideAsync(id, "Approve");
        var mail = Assert.Single(await smtp.WaitForAsync("ilse@school.nl"));
        var link = new Uri(SetPasswordLink().Match(mail.Text!).Value);
        var form = await requester.GetAsync(link.PathAndQuery);
        var saved = await requester.PostFormAsync(link.PathAndQuery, new Dictionary<string, string> { ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password });
        var myAccount = await requester.GetAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal("/beheer/aanvragen", approved.Headers.Location!.ToString());
        Assert.Equal("Je account voor Glansrijk.Scan is klaar", mail.Subject);
        Assert.Contains("Beste Ilse de Boer", mail.Text, StringComparison.Ordinal);
        Assert.Contains("drie dagen geldig", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Kies je wachtwoord</a>", mail.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("Kies je wachtwoord", await form.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/account", saved.Headers.Location!.ToString());
        var page = await myAccount.TextAsync();
        Assert.Contains("Welkom bij Glansrijk.Scan", page, StringComparison.Ordinal);
        Assert.Contains("Praktijkschool De Brug", page, StringComparison.Ordinal);

        using var later = app.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await later.SignInAsync("ilse@school.nl", Password)).StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = await accounts.FindByEmailAsync("ilse@school.nl");
        Assert.NotNull(account);
        Assert.True(account.EmailConfirmed);
        Assert.Equal(("Praktijkschool De Brug", "Teamleider", "onderwijs"), (account.Organisation, account.Function, account.DomainId));
        Assert.Equal([AccountRoles.Initiator], await accounts.GetRolesAsync(account));
        var request = await app.WithDatabaseAsync(db => db.AccountRequests.SingleAsync());
        Assert.Equal((AccountRequestStatus.Approved, account.Id, "Bea Beheer"), (request.Status, request.AccountId, request.DecidedByName));
        Assert.DoesNotContain(app.LogLines, line => line.Contains(link.Query, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_administration_page_shows_an_approved_account_as_waiting_for_its_password()
    {
        await using var app = new ScanAppFactory();
        using var administrator = await app.CreateAdministratorBrowserAsync();
        using var requester = app.CreateBrowser();
        await requester.RequestAccountAsync("ilse@school.nl");
        await administrator.DecideAsync(await app.WithDatabaseAsync(db => db.AccountRequests.Select(r => r.Id).SingleAsync()), "Approve");

        var html = await (await administrator.GetAsync("/beheer")).TextAsync();

        Assert.Matches(new Regex(@"ilse@school\.nl</td>\s*<td[^>]*>Initiatiefnemer</td>\s*<td[^>]*>Wacht op wachtwoord</td>\s*<td[^>]*>Uit</td>"), html);
        Assert.Matches(new Regex(@"beheer@regio\.nl</td>\s*<td[^>]*>Beheerder</td>\s*<td[^>]*>Actief</td>\s*<td[^>]*>Aan</td>"), html);
    }

    [Fact]
    public async Task An_approved_account_cannot_sign_in_before_its_password_is_set()
    {
        await using var app = new ScanAppFactory();
        using var administrator = await app.CreateAdministratorBrowserAsync();
        using var requester = app.CreateBrowser();
        await requester.RequestAccountAsync("ilse@school.nl");
        await administrator.DecideAsync(await app.WithDatabaseAsync(db => db.AccountRequests.Select(r => r.Id).SingleAsync()), "Approve");

        var response = await requester.SignInAsync("ilse@school.nl", Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Je e-mailadres is nog niet bevestigd", await response.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejected_request_mails_the_reason_and_makes_no_account()
    {
        await using var smtp = await MailDevServer.StartAsync();
        await using var app = new ScanAppFactory(smtp.SmtpPort);
        using var administrator = await app.CreateAdministratorBrowserAsync();
        using var requester = app.CreateBrowser();
        await requester.RequestAccountAsync("ilse@school.nl");
        var id = await app.WithDatabaseAsync(db => db.AccountRequests.Select(r => r.Id).SingleAsync());

        var rejected = await administrator.DecideAsync(id, "Reject", "Deze regio doet al een scan; neem contact op met Jan <jan@regio.nl>.");
        var mail = Assert.Single(await smtp.WaitForAsync("ilse@school.nl"));

        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal("Je aanvraag voor een account bij Glansrijk.Scan", mail.Subject);
        Assert.Contains("Deze regio doet al een scan; neem contact op met Jan <jan@regio.nl>.", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Jan &lt;jan@regio.nl&gt;", mail.Html, StringComparison.Ordinal);
        var request = await app.WithDatabaseAsync(db => db.AccountRequests.SingleAsync());
        Assert.Equal(AccountRequestStatus.Rejected, request.Status);
        Assert.Null(request.AccountId);
        Assert.Equal(1, await app.WithDatabaseAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Rejecting_without_a_reason_gets_a_Dutch_message_and_changes_nothing()
    {
        await using var app = new ScanAppFactory();
        using var administrator = await app.CreateAdministratorBrowserAsync();
        using var requester = app.CreateBrowser();
        await requester.RequestAccountAsync("ilse@school.nl");
        var id = await app.WithDatabaseAsync(db => db.AccountRequests.Select(r => r.Id).SingleAsync());

        var response = await administrator.DecideAsync(id, "Reject", "   ");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"RejectionReason-fout\">{ReviewRequestModel.ReasonRequired}</div>", await response.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(AccountRequestStatus.Pending, (await app.WithDatabaseAsync(db => db.AccountRequests.SingleAsync())).Status);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == "ilse@school.nl")));
    }

    [Fact]
    public async Task Approving_twice_changes_nothing_the_second_time_and_sends_one_mail()
    {
        await using var smtp = await MailDevServer.StartAsync();
        await using var app = new ScanAppFactory(smtp.SmtpPort);
        using var administrator = await app.CreateAdministratorBrowserAsync();
        using var requester = app.CreateBrowser();
        await requester.RequestAccountAsync("ilse@school.nl");
        var id = await app.WithDatabaseAsync(db => db.AccountRequests.Select(r => r.Id).SingleAsync());

        await administrator.DecideAsync(id, "Approve");
        var second = await administrator.DecideAsync(id, "Approve");
        var rejectAfterwards = await administrator.DecideAsync(id, "Reject", "Toch maar niet.");
        var rows = await app.SettledToAsync("ilse@school.nl");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains(ReviewRequestModel.AlreadyDecided, await second.TextAsync(), StringComparison.Ordinal);
        Assert.Contains(ReviewRequestModel.AlreadyDecided, await rejectAfterwards.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Sent, Assert.Single(rows).Status);
        Assert.Single(await smtp.WaitForAsync("ilse@school.nl"));
        Assert.Equal(AccountRequestStatus.Approved, (await app.WithDatabaseAsync(db => db.AccountRequests.SingleAsync())).Status);
        Assert.Equal(2, await app.WithDatabaseAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Two_approvals_at_the_same_moment_make_one_account_and_one_mail()
    {
        await using var app = new ScanAppFactory();
        using var administrator = await app.CreateAdministratorBrowserAsync();
        using var requester = app.CreateBrowser();
        await requester.RequestAccountAsync("ilse@school.nl");
        var id = await app.WithDatabaseAsync(db => db.AccountRequests.Select(r => r.Id).SingleAsync());

        var responses = await Task.WhenAll(administrator.DecideAsync(id, "Approve"), administrator.DecideAsync(id, "Approve"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Redirect], responses.Select(r => r.StatusCode).Order());
        Assert.Equal(2, await app.WithDatabaseAsync(db => db.Users.CountAsync()));
        Assert.Equal(1, await app.WithDatabaseAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == "ilse@school.nl")));
    }

    [Fact]
    public async Task The_Beheerder_sees_pending_requests_on_the_list_and_a_count_on_the_administration_page()
    {
        await using var app = new ScanAppFactory();
        using var administrator = await app.CreateAdministratorBrowserAsync();
        using var requester = app.CreateBrowser();
        await requester.RequestAccountAsync("ilse@school.nl");
        await requester.RequestAccountAsync("piet@gemeente.nl", fields => fields["Input.Name"] = "Piet Jansen");

        var list = await (await administrator.GetAsync("/beheer/aanvragen")).TextAsync();
        var overview = await (await administrator.GetAsync("/beheer")).TextAsync();

        Assert.Contains("2 aanvragen wachten op een besluit", list, StringComparison.Ordinal);
        Assert.Contains("Ilse de Boer", list, StringComparison.Ordinal);
        Assert.Contains("Piet Jansen", list, StringComparison.Ordinal);
        Assert.Contains("Er wachten 2 aanvragen op een besluit.", overview, StringComparison.Ordinal);
        Assert.Contains("href=\"/beheer/aanvragen\"", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_initiator_is_refused_the_request_pages()
    {
        await using var app = new ScanAppFactory();
        await app.CreateAccountAsync("initiatief@school.nl", Password, AccountRoles.Initiator);
        using var browser = app.CreateBrowser();
        await browser.SignInAsync("initiatief@school.nl", Password);

        var response = await browser.GetAsync("/beheer/aanvragen");
        var denied = await browser.GetAsync(response.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://scan.glansrijk.test/geen-toegang", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_from_the_request_pages()
    {
        await using var app = new ScanAppFactory();
        using var browser = app.CreateBrowser();

        var list = await browser.GetAsync("/beheer/aanvragen");
        var approve = await browser.PostAsync($"/beheer/aanvragen/{Guid.NewGuid()}?handler=Approve", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Redirect, list.StatusCode);
        Assert.StartsWith("https://scan.glansrijk.test/inloggen", list.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, approve.StatusCode);
    }

    [GeneratedRegex(@"https://scan.glansrijk.test/wachtwoord-instellen\?\S+")]
    internal static partial Regex SetPasswordLink();
}
