using System.Net;
using Glansrijk.Scan.Core.Scans;
using Glansrijk.Scan.Web.Tests.Features.Agenda;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Tests.Features.Privacy;

public sealed class AnonymisationTests
{
    [Fact]
    public async Task Withdrawing_a_participant_keeps_their_vote_and_shows_Oud_deelnemer_wherever_their_name_was()
    {
        await using var app = new ScanAppFactory();
        var room = await PrivacyRoom.StartAsync(app);
        var seatId = room.Agenda.SeatOf(AgendaRoom.Trekker);
        await app.DeliveredMailAsync(m => m.ToAddress == AgendaRoom.Trekker);

        var withdrawn = await room.Scenario.Initiator.PostFormAsync(
            $"/scans/{room.ScanId}/deelnemers/{seatId}?handler=Withdraw", new Dictionary<string, string>(), $"/scans/{room.ScanId}/deelnemers/{seatId}");

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        var notice = await (await room.Scenario.Initiator.GetAsync($"/scans/{room.ScanId}")).TextAsync();
        Assert.Contains("Deelnemer 1 doet niet meer mee", notice, StringComparison.Ordinal);
        var seat = (await room.Scenario.LoadScanAsync(room.ScanId)).Seat(seatId);
        Assert.Equal(SeatStatus.Withdrawn, seat.Status);
        Assert.Equal(new PersonDetails("Oud-deelnemer", "Organisatie 1", "", "", seat.Person.DomainId), seat.Person);
        var session = await app.WithDatabaseAsync(db => db.LiveSessions.AsNoTracking().SingleAsync(s => s.Id == room.SessionId));
        Assert.Equal("Oud-deelnemer", session.Seat(seatId)!.Name);
        Assert.Single(session.Rounds.SelectMany(r => r.Votes), v => v.SeatId == seatId);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == AgendaRoom.Trekker || m.ToName == "Deelnemer 1")));
        Assert.All(await app.WithDatabaseAsync(db => db.OutboxMessages.Where(m => m.SeatId == seatId).ToListAsync()), m =>
        {
            Assert.Equal("", m.ToAddress);
            Assert.Equal("Oud-deelnemer", m.ToName);
            Assert.Equal("", m.TextBody);
        });
        foreach (var page in new[] { $"/scans/{room.ScanId}", $"/scans/{room.ScanId}/acties", $"/scans/{room.ScanId}/verbeteragenda" })
        {
            var html = await (await room.Scenario.Initiator.GetAsync(page)).TextAsync();
            Assert.DoesNotContain("Deelnemer 1<", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Deelnemer 1 ", html, StringComparison.Ordinal);
            Assert.DoesNotContain(AgendaRoom.Trekker, html, StringComparison.Ordinal);
            Assert.Contains("Oud-deelnemer", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Replacing_a_participant_removes_the_former_persons_name_and_address_from_sessions_and_mails()
    {
        await using var app = new ScanAppFactory();
        var room = await PrivacyRoom.StartAsync(app);
        var seatId = room.Agenda.SeatOf(AgendaRoom.OtherTrekker);
        await app.DeliveredMailAsync(m => m.ToAddress == AgendaRoom.OtherTrekker);
        var replacement = new Dictionary<string, string>
        {
            ["Replacement.Name"] = "Nina Nieuw",
            ["Replacement.Organisation"] = "Organisatie 2",
            ["Replacement.Function"] = "Teamleider",
            ["Replacement.Email"] = "nina@regio.nl",
            ["Replacement.DomainId"] = "onderwijs",
        };

        var replaced = await room.Scenario.Initiator.PostFormAsync(
            $"/scans/{room.ScanId}/deelnemers/{seatId}?handler=Replace", replacement, $"/scans/{room.ScanId}/deelnemers/{seatId}");

        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        Assert.Equal("Nina Nieuw", (await room.Scenario.LoadScanAsync(room.ScanId)).Seat(seatId).Person.Name);
        var session = await app.WithDatabaseAsync(db => db.LiveSessions.AsNoTracking().SingleAsync(s => s.Id == room.SessionId));
        Assert.Equal("Oud-deelnemer", session.Seat(seatId)!.Name);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == AgendaRoom.OtherTrekker || m.ToName == "Deelnemer 2")));
        Assert.True(await app.WithDatabaseAsync(db => db.OutboxMessages.AnyAsync(m => m.SeatId == seatId && m.ToName == "Oud-deelnemer")));
    }

    [Fact]
    public async Task A_replacement_with_a_bad_address_is_refused_in_Dutch_and_the_former_person_stays()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();
        await scenario.AddSeatsAsync(scanId, 1);
        await scenario.SendInvitationsAsync(scanId);
        var seat = await scenario.SeatOfAsync(scanId, "deelnemer1@regio.nl");
        await app.DeliveredMailAsync(m => m.ToAddress == "deelnemer1@regio.nl");

        var refused = await scenario.Initiator.PostFormAsync(
            $"/scans/{scanId}/deelnemers/{seat.Id}?handler=Replace",
            new Dictionary<string, string> { ["Replacement.Name"] = "X", ["Replacement.Organisation"] = "Y", ["Replacement.Email"] = "geen-adres", ["Replacement.DomainId"] = "zorg" },
            $"/scans/{scanId}/deelnemers/{seat.Id}");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("e-mailadres", await refused.TextAsync(), StringComparison.Ordinal);
        Assert.Equal("Deelnemer 1", (await scenario.LoadScanAsync(scanId)).Seat(seat.Id).Person.Name);
        Assert.Equal(1, await app.WithDatabaseAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == "deelnemer1@regio.nl")));
    }
}
