using Glansrijk.Scan.Core.Scans;
using Glansrijk.Scan.Web.Features.Privacy;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Glansrijk.Scan.Web.Tests.Features.Privacy;

public sealed class RetentionTests
{
    private const string NoticeSubject = "Over een maand wissen we de namen in Implementatiescan Drechtsteden 2027";

    private static async Task<RetentionRunResult> RunAsync(ScanAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RetentionRun>().RunOnceAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Two_years_after_the_last_activity_the_initiator_is_told_once_and_a_month_later_the_names_are_gone()
    {
        var clock = new MovableClock();
        await using var app = new ScanAppFactory { Time = clock, Settings = { ["Privacy:RetentionCheckInterval"] = "1.00:00:00" } };
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();
        await scenario.AddSeatsAsync(scanId, 2);
        await scenario.SendInvitationsAsync(scanId);
        await app.DeliveredMailAsync(m => m.ToAddress == "deelnemer2@regio.nl");
        // Session 2 (24 February 2027) is the last activity; 700 days later is within the month before the end.
        var lastActivity = new DateTime(2027, 2, 24, 15, 30, 0, DateTimeKind.Utc);

        var early = await RunAsync(app);
        clock.Advance(lastActivity.AddDays(700) - clock.GetUtcNow().UtcDateTime);
        var announced = await RunAsync(app);
        var again = await RunAsync(app);
        var notice = await app.DeliveredMailAsync(m => m.Subject == NoticeSubject);
        clock.Advance(TimeSpan.FromDays(31));
        var anonymised = await RunAsync(app);
        var afterwards = await RunAsync(app);

        Assert.Equal(new RetentionRunResult(0, 0), early);
        Assert.Equal(new RetentionRunResult(1, 0), announced);
        Assert.Equal(new RetentionRunResult(0, 0), again);
        Assert.Equal(new RetentionRunResult(0, 1), anonymised);
        Assert.Equal(new RetentionRunResult(0, 0), afterwards);
        Assert.Equal("ilse@debrug.nl", notice.To.Mailboxes.Single().Address);
        Assert.Contains("Oud-deelnemer", notice.TextBody, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDatabaseAsync(db => db.OutboxMessages.CountAsync(m => m.Subject == NoticeSubject)));
        var scan = await scenario.LoadScanAsync(scanId);
        Assert.NotNull(scan.AnonymisedAt);
        Assert.All(scan.Seats, seat =>
        {
            Assert.Equal(PersonDetails.FormerParticipant, seat.Person.Name);
            Assert.Equal("", seat.Person.Email);
        });
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.OutboxMessages.CountAsync(m => m.ScanId == scanId && m.ToAddress != "")));
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.ParticipantLinks.CountAsync(l => l.ScanId == scanId && l.RevokedAt == null)));
    }

    [Fact]
    public async Task Nothing_is_removed_before_the_initiator_was_told_a_month_ahead_even_long_after_the_period()
    {
        var clock = new MovableClock();
        await using var app = new ScanAppFactory { Time = clock, Settings = { ["Privacy:RetentionPeriod"] = "365.00:00:00" } };
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();
        await scenario.AddSeatsAsync(scanId, 1);

        clock.Advance(TimeSpan.FromDays(5 * 365));
        var first = await RunAsync(app);
        clock.Advance(TimeSpan.FromDays(29));
        var tooSoon = await RunAsync(app);
        clock.Advance(TimeSpan.FromDays(2));
        var due = await RunAsync(app);

        Assert.Equal(new RetentionRunResult(1, 0), first);
        Assert.Equal(new RetentionRunResult(0, 0), tooSoon);
        Assert.Equal(new RetentionRunResult(0, 1), due);
        Assert.Equal(PersonDetails.FormerParticipant, (await scenario.LoadScanAsync(scanId)).InitiatorSeat.Person.Name);
    }
}
