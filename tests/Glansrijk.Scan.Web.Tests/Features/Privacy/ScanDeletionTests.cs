using System.Net;
using Glansrijk.Scan.Web.Features.Administration;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Tests.Features.Privacy;

public sealed class ScanDeletionTests
{
    private static readonly string[] ScanTables =
    [
        "Seats", "ScanSessions", "ParticipantLinks", "LiveSessions", "LiveSessionSeats", "LiveSessionAgenda", "LiveSessionLog", "VotingRounds", "Votes",
        "HandledCommands", "ImprovementAgendas", "AgendaActions", "AgendaActionUpdates", "AgendaProposals", "AgendaConfirmations",
        "AgendaFocusNorms", "AgendaInternalApprovals", "AgendaExternalInvitations", "AgendaHandledCommands", "SentActionReminders",
    ];

    [Fact]
    public async Task The_confirmation_page_names_what_goes_and_deleting_removes_every_row_of_the_scan()
    {
        await using var app = new ScanAppFactory();
        var room = await PrivacyRoom.StartAsync(app);
        await Eventually.TrueAsync(() => app.WithDatabaseAsync(db => db.OutboxMessages.AnyAsync(m => m.ScanId == room.ScanId)), "the invitations are stored");

        var confirmation = await room.Scenario.Initiator.GetAsync($"/scans/{room.ScanId}/verwijderen");
        var page = await confirmation.TextAsync();
        var deleted = await room.Scenario.Initiator.PostFormAsync($"/scans/{room.ScanId}/verwijderen", new Dictionary<string, string>(), $"/scans/{room.ScanId}/verwijderen");

        Assert.Equal(HttpStatusCode.OK, confirmation.StatusCode);
        Assert.Contains("4 deelnemers (met de initiatiefnemer)", page, StringComparison.Ordinal);
        Assert.Contains("1 live sessie", page, StringComparison.Ordinal);
        Assert.Contains("1 stem", page, StringComparison.Ordinal);
        Assert.Contains("2 acties op de verbeteragenda", page, StringComparison.Ordinal);
        Assert.Contains("1 voorstel voor een actie", page, StringComparison.Ordinal);
        Assert.Contains("1 voortgangsmelding", page, StringComparison.Ordinal);
        Assert.Matches(@"\d+ persoonlijke links", page);
        Assert.Matches(@"\d+ verstuurde of wachtende mails", page);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("/scans", deleted.Headers.Location?.ToString());
        Assert.Equal(0, await room.RowsAsync("Scans"));
        foreach (var table in ScanTables)
        {
            Assert.True(await room.RowsAsync(table) == 0, $"{table} still has rows");
        }

        Assert.Equal(0, await app.WithDatabaseAsync(db => db.OutboxMessages.CountAsync(m => m.ScanId == room.ScanId)));
        Assert.Equal(0, await room.RowsAsync("OutboxAttachment"));
        Assert.Equal(HttpStatusCode.NotFound, (await room.Scenario.Initiator.GetAsync($"/scans/{room.ScanId}")).StatusCode);
        Assert.Equal(1, await app.WithDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.ScanDeleted)));
    }

    [Fact]
    public async Task Another_initiator_or_a_participant_cannot_delete_a_scan_and_nothing_goes()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();
        await scenario.AddSeatsAsync(scanId, 2);
        await scenario.SendInvitationsAsync(scanId);
        var participant = await scenario.ParticipantAsync("deelnemer1@regio.nl");
        var other = await ScanScenario.SignedInInitiatorAsync(app, "otto@anderregio.nl");

        var otherPage = await other.Initiator.GetAsync($"/scans/{scanId}/verwijderen");
        var otherPost = await other.Initiator.PostFormAsync($"/scans/{scanId}/verwijderen", new Dictionary<string, string>(), "/scans/nieuw");
        var participantPost = await participant.PostFormAsync($"/scans/{scanId}/verwijderen", new Dictionary<string, string>(), "/deelnemer");

        Assert.Equal(HttpStatusCode.NotFound, otherPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherPost.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, participantPost.StatusCode);
        Assert.Contains("/inloggen", participantPost.Headers.Location!.ToString(), StringComparison.Ordinal);
        var scan = await scenario.LoadScanAsync(scanId);
        Assert.Equal(3, scan.Seats.Count);
        Assert.Equal(2, await app.WithDatabaseAsync(db => db.ParticipantLinks.CountAsync(l => l.ScanId == scanId)));
    }

    [Fact]
    public async Task A_Beheerder_can_delete_any_scan_and_next_years_scan_stays_without_the_link()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var lastYear = await scenario.CreateScanAsync(ScanScenario.ScanForm(year: 2026, session1: "2026-02-10", session2: "2026-02-24"));
        var thisYear = await scenario.CreateScanAsync();
        await app.WithDatabaseAsync(db => db.Scans.Where(s => s.Id == thisYear).ExecuteUpdateAsync(u => u.SetProperty(s => s.PreviousScanId, lastYear)));
        var administrator = await app.CreateAdministratorBrowserAsync();

        var deleted = await administrator.PostFormAsync($"/scans/{lastYear}/verwijderen", new Dictionary<string, string>(), $"/scans/{lastYear}/verwijderen");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var remaining = await app.WithDatabaseAsync(db => db.Scans.AsNoTracking().ToListAsync());
        var kept = Assert.Single(remaining);
        Assert.Equal(thisYear, kept.Id);
        Assert.Null(kept.PreviousScanId);
        Assert.Equal(HttpStatusCode.OK, (await scenario.Initiator.GetAsync($"/scans/{thisYear}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await scenario.Initiator.GetAsync($"/scans/{thisYear}/vergelijking")).StatusCode);
    }
}
