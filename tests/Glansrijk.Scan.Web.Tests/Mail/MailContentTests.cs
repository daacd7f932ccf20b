using Glansrijk.Scan.Web.Mail;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Tests.Mail;

public sealed class MailContentTests
{
    [Fact]
    public async Task A_delivered_mail_keeps_only_address_subject_status_and_times_so_no_personal_link_stays_in_the_database()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();
        await scenario.AddSeatsAsync(scanId, 3);
        await scenario.SendInvitationsAsync(scanId);

        var delivered = await app.DeliveredMailAsync(m => m.ToAddress == "deelnemer3@regio.nl");
        var stored = await Eventually.ValueAsync(
            () => app.WithDatabaseAsync(db => db.OutboxMessages.AsNoTracking().Include(m => m.Attachments).ToListAsync()),
            mails => mails.Count == 3 && mails.All(m => m.Status == OutboxStatus.Sent),
            mails => string.Join(", ", mails.Select(m => m.Status)));

        Assert.Contains("/deelnemer/", delivered.TextBody, StringComparison.Ordinal);
        Assert.Single(delivered.Attachments);
        Assert.All(stored, mail =>
        {
            Assert.Equal("", mail.HtmlBody);
            Assert.Equal("", mail.TextBody);
            Assert.Empty(mail.Attachments);
            Assert.NotEmpty(mail.ToAddress);
            Assert.NotEmpty(mail.Subject);
            Assert.NotNull(mail.SentAt);
        });
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.Set<OutboxAttachment>().CountAsync()));
    }

    [Fact]
    public async Task A_mail_that_could_not_be_delivered_yet_keeps_its_body_for_the_next_attempt()
    {
        await using var app = new ScanAppFactory(smtpPort: FreePort.Next());
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();
        await scenario.AddSeatsAsync(scanId, 1);
        await scenario.SendInvitationsAsync(scanId);

        var waiting = await Eventually.ValueAsync(
            () => app.WithDatabaseAsync(db => db.OutboxMessages.AsNoTracking().Include(m => m.Attachments).SingleAsync()),
            mail => mail.Attempts >= 1,
            mail => $"{mail.Attempts} attempts");

        Assert.NotEqual(OutboxStatus.Sent, waiting.Status);
        Assert.Contains("/deelnemer/", waiting.TextBody, StringComparison.Ordinal);
        Assert.Single(waiting.Attachments);
    }
}
