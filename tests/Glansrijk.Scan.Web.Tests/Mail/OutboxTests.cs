using Glansrijk.Scan.Web.Mail;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Glansrijk.Scan.Web.Tests.Mail;

public sealed class OutboxTests
{
    private static OutgoingMail MailTo(string address) =>
        new(address, "Anna de Vries", new RenderedMail("Een bericht", "<p>Hallo</p>", "Hallo"));

    private static async Task<bool> SendAsync(ScanAppFactory app, OutgoingMail mail, string? key = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MailOutbox>().SendAsync(mail, key);
    }

    private static Task<OutboxMessage> WaitForAsync(ScanAppFactory app, string address, Func<OutboxMessage, bool> condition) =>
        Eventually.ValueAsync(
            () => app.WithDatabaseAsync(db => db.OutboxMessages.AsNoTracking().SingleOrDefaultAsync(m => m.ToAddress == address)),
            message => message is not null && condition(message),
            message => $"{message?.Status} after {message?.Attempts} attempts")!;

    [Fact]
    public async Task With_SMTP_down_the_mail_stays_in_the_outbox_and_is_delivered_once_SMTP_is_back()
    {
        var smtp = new MailDevServer();
        await using (smtp)
        {
            await using var app = new ScanAppFactory(smtp.SmtpPort);
            using var client = app.CreateClient();

            Assert.True(await SendAsync(app, MailTo("anna@zorg.nl")));
            var waiting = await WaitForAsync(app, "anna@zorg.nl", m => m.Attempts >= 2);
            Assert.Equal(OutboxStatus.Pending, waiting.Status);
            Assert.NotNull(waiting.LastError);

            await smtp.StartListeningAsync();
            var sent = await WaitForAsync(app, "anna@zorg.nl", m => m.Status == OutboxStatus.Sent);
            var received = await smtp.WaitForAsync("anna@zorg.nl");

            Assert.Single(received);
            Assert.Equal("Een bericht", received[0].Subject);
            Assert.NotNull(sent.SentAt);
        }
    }

    [Fact]
    public async Task A_mail_with_the_same_idempotency_key_is_stored_and_sent_once()
    {
        await using var smtp = await MailDevServer.StartAsync();
        await using var app = new ScanAppFactory(smtp.SmtpPort);
        using var client = app.CreateClient();

        var first = await SendAsync(app, MailTo("jan@school.nl"), "uitnodiging:zetel-1:1");
        var retry = await SendAsync(app, MailTo("jan@school.nl"), "uitnodiging:zetel-1:1");
        var rows = await app.SettledToAsync("jan@school.nl");

        Assert.True(first);
        Assert.False(retry);
        Assert.Equal(OutboxStatus.Sent, Assert.Single(rows).Status);
        Assert.Single(await smtp.WaitForAsync("jan@school.nl"));
    }

    [Fact]
    public async Task Without_SMTP_settings_mail_is_written_as_an_eml_file_to_the_mail_folder()
    {
        await using var app = new ScanAppFactory();
        using var client = app.CreateClient();

        await SendAsync(app, MailTo("piet@werkbedrijf.nl"));
        await WaitForAsync(app, "piet@werkbedrijf.nl", m => m.Status == OutboxStatus.Sent);

        var file = Assert.Single(Directory.GetFiles(Path.Combine(app.DataFolder, "mail"), "*.eml"));
        var eml = await File.ReadAllTextAsync(file);
        Assert.Contains("To: Anna de Vries <piet@werkbedrijf.nl>", eml, StringComparison.Ordinal);
        Assert.Contains("Subject: Een bericht", eml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mail_refused_permanently_by_the_server_is_marked_failed_and_not_retried()
    {
        // A server that accepts at most 300 bytes answers 552 (a permanent refusal) to any real mail.
        await using var smtp = await MailDevServer.StartAsync("--max-message-size", "300");
        await using var app = new ScanAppFactory(smtp.SmtpPort);
        using var client = app.CreateClient();

        await SendAsync(app, MailTo("anna@zorg.nl"));
        var failed = await WaitForAsync(app, "anna@zorg.nl", m => m.Status != OutboxStatus.Pending || m.Attempts > 3);

        Assert.True(failed.Status == OutboxStatus.Failed, failed.LastError);
        Assert.Equal(1, failed.Attempts);
    }

    [Fact]
    public async Task A_mail_to_an_address_that_cannot_be_parsed_is_marked_failed_at_once()
    {
        await using var app = new ScanAppFactory();
        using var client = app.CreateClient();

        await SendAsync(app, MailTo("geen adres@@"));
        var failed = await WaitForAsync(app, "geen adres@@", m => m.Status != OutboxStatus.Pending || m.Attempts > 3);

        Assert.True(failed.Status == OutboxStatus.Failed, failed.LastError);
        Assert.Equal(1, failed.Attempts);
    }
}
