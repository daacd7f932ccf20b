using System.Net;
using Glansrijk.Scan.Web.Features.Administration;
using Glansrijk.Scan.Web.Mail;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Tests.Features.Administration;

public sealed class MailQueueTests
{
    [Fact]
    public async Task A_failed_mail_is_listed_and_sent_again_when_the_Beheerder_retries_it()
    {
        await using var app = new ScanAppFactory();
        var administrator = await app.CreateAdministratorBrowserAsync();
        var id = await StoreFailedMailAsync(app, "Uitnodiging sessie 1");

        var list = await (await administrator.GetAsync("/beheer/mail")).TextAsync();
        var retried = await RetryOrDropAsync(administrator, id, "Retry");
        var confirmation = await (await administrator.GetAsync("/beheer/mail")).TextAsync();

        Assert.Contains("Uitnodiging sessie 1", list, StringComparison.Ordinal);
        Assert.Contains("550 mailbox unavailable", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Contains("De mail ‘Uitnodiging sessie 1’ wordt nu opnieuw verstuurd.", confirmation, StringComparison.Ordinal);
        var sent = await Eventually.ValueAsync(
            () => app.WithDatabaseAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id)),
            m => m.Status == OutboxStatus.Sent,
            m => $"{m.Status} after {m.Attempts} attempts");
        Assert.Equal(1, sent.Attempts);
        Assert.Equal([(AuditActions.MailRetried, "‘Uitnodiging sessie 1’ aan Dirk Deelnemer")], await ManageAccountTests.AuditAsync(app, "Bea Beheer"));
    }

    [Fact]
    public async Task A_dropped_mail_is_gone_and_dropping_it_again_changes_nothing()
    {
        await using var app = new ScanAppFactory();
        var administrator = await app.CreateAdministratorBrowserAsync();
        var id = await StoreFailedMailAsync(app, "Herinnering actie");

        await RetryOrDropAsync(administrator, id, "Drop");
        var again = await RetryOrDropAsync(administrator, id, "Drop");
        var confirmation = await (await administrator.GetAsync(again.Headers.Location)).TextAsync();

        Assert.False(await app.WithDatabaseAsync(db => db.OutboxMessages.AnyAsync(m => m.Id == id)));
        Assert.Contains("Deze mail is inmiddels verstuurd of verwijderd. Er is niets veranderd.", confirmation, StringComparison.Ordinal);
        Assert.DoesNotContain("Herinnering actie", confirmation, StringComparison.Ordinal);
        Assert.Equal([(AuditActions.MailDropped, "‘Herinnering actie’ aan Dirk Deelnemer")], await ManageAccountTests.AuditAsync(app, "Bea Beheer"));
    }

    [Fact]
    public async Task A_sent_mail_can_be_neither_retried_nor_dropped()
    {
        await using var app = new ScanAppFactory();
        var administrator = await app.CreateAdministratorBrowserAsync();
        var id = await StoreFailedMailAsync(app, "Al verstuurd", OutboxStatus.Sent);

        await RetryOrDropAsync(administrator, id, "Retry");
        await RetryOrDropAsync(administrator, id, "Drop");

        var stored = await app.WithDatabaseAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Equal(OutboxStatus.Sent, stored.Status);
        Assert.Empty(await app.WithDatabaseAsync(db => db.AuditEntries.ToListAsync()));
    }

    private static Task<HttpResponseMessage> RetryOrDropAsync(HttpClient administrator, Guid id, string handler) =>
        administrator.PostFormAsync($"/beheer/mail?handler={handler}&id={id}", new Dictionary<string, string>(), formPage: "/beheer/mail");

    private static Task<Guid> StoreFailedMailAsync(ScanAppFactory app, string subject, OutboxStatus status = OutboxStatus.Failed) =>
        app.WithDatabaseAsync(async db =>
        {
            var message = new OutboxMessage
            {
                ToAddress = "dirk@regio.nl",
                ToName = "Dirk Deelnemer",
                Subject = subject,
                HtmlBody = "<p>Hallo</p>",
                TextBody = "Hallo",
                Status = status,
                Attempts = 5,
                CreatedAt = DateTime.UtcNow,
                NextAttemptAt = DateTime.UtcNow,
                LastError = status == OutboxStatus.Failed ? "SMTP 550 (RecipientNotAccepted): 550 mailbox unavailable" : null,
            };
            db.OutboxMessages.Add(message);
            await db.SaveChangesAsync();
            return message.Id;
        });
}
