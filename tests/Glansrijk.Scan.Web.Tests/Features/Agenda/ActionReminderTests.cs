using Glansrijk.Scan.Web.Features.Agenda;
using Glansrijk.Scan.Web.Mail;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Glansrijk.Scan.Web.Tests.Features.Agenda;

public sealed class ActionReminderTests
{
    private const string CheckSubject = $"Checkmoment komt eraan: {AgendaRoom.FirstTitle}";
    private const string OverdueSubject = $"Deadline verstreken: {AgendaRoom.SecondTitle}";

    [Fact]
    public async Task A_trekker_gets_one_mail_before_the_check_moment_and_one_when_overdue_however_often_the_job_runs()
    {
        await using var smtp = await MailDevServer.StartAsync();
        var clock = new MovableClock();
        await using var app = new ScanAppFactory(smtp.SmtpPort) { Time = clock };
        var room = await (await AgendaRoom.StartAsync(app)).MakeAndCloseAsync();
        var deadline = room.Today.AddDays(-1);

        var first = await RemindAsync(app);
        var again = await RemindAsync(app);
        clock.Advance(TimeSpan.FromDays(4));
        var atCheck = await RemindAsync(app);
        var atCheckAgain = await RemindAsync(app);

        Assert.Equal(1, first);
        Assert.Equal(0, again);
        Assert.Equal(1, atCheck);
        Assert.Equal(0, atCheckAgain);
        var overdue = Assert.Single(await smtp.WaitForAsync(AgendaRoom.OtherTrekker, count: 2), m => m.Subject == OverdueSubject);
        var check = Assert.Single(await smtp.WaitForAsync(AgendaRoom.Trekker, count: 2), m => m.Subject == CheckSubject);
        Assert.Contains(Web.Features.Agenda.FollowUpScope.Date(deadline), overdue.Text, StringComparison.Ordinal);
        Assert.Contains("Warme overdracht van school naar werk", check.Text, StringComparison.Ordinal);
        Assert.Matches(@"Werk je actie bij: https://scan\.glansrijk\.test/deelnemer/[A-Za-z0-9_-]{20,}\?naar=acties", check.Text);
        var keys = await app.WithDatabaseAsync(db => db.SentActionReminders.Select(r => r.Key).ToListAsync());
        Assert.Equal(2, keys.Count);
        Assert.Equal(2, await app.WithDatabaseAsync(db => db.OutboxMessages.CountAsync(m => keys.Contains(m.IdempotencyKey!))));
    }

    [Fact]
    public async Task The_link_in_a_reminder_opens_the_trekkers_own_actions()
    {
        await using var app = new ScanAppFactory();
        var room = await (await AgendaRoom.StartAsync(app)).MakeAndCloseAsync();
        await RemindAsync(app);
        var body = (await app.DeliveredMailAsync(m => m.Subject == OverdueSubject)).TextBody ?? "";
        var link = new Uri(System.Text.RegularExpressions.Regex.Match(body, @"https://scan\.glansrijk\.test/deelnemer/\S+").Value);
        using var browser = app.CreateBrowser();

        var opened = await browser.GetAsync(link.PathAndQuery);
        var page = await (await browser.GetAsync("/deelnemer/acties")).TextAsync();

        Assert.Equal("/deelnemer/acties", opened.Headers.Location?.ToString());
        Assert.Contains(AgendaRoom.SecondTitle, page, StringComparison.Ordinal);
        Assert.Contains("achter", page, StringComparison.Ordinal);
        Assert.NotNull(room);
    }

    [Fact]
    public async Task After_a_restart_the_job_sends_no_reminder_a_second_time()
    {
        await using var smtp = await MailDevServer.StartAsync();
        var before = new ScanAppFactory(smtp.SmtpPort) { KeepData = true };
        try
        {
            await (await AgendaRoom.StartAsync(before)).MakeAndCloseAsync();
            Assert.Equal(1, await RemindAsync(before));
            await smtp.WaitForAsync(AgendaRoom.OtherTrekker, count: 2);
        }
        finally
        {
            await before.DisposeAsync();
        }

        await using var after = new ScanAppFactory(smtp.SmtpPort, dataFolder: before.DataFolder);
        var sent = await RemindAsync(after);

        Assert.Equal(0, sent);
        Assert.Equal(OutboxStatus.Sent, Assert.Single(await after.SettledAsync(m => m.Subject == OverdueSubject)).Status);
        Assert.Single(await smtp.AllAsync(), m => m.Subject == OverdueSubject);
    }

    private static async Task<int> RemindAsync(ScanAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ActionReminderMail>().SendDueAsync(CancellationToken.None);
    }
}
