using System.Net;
using Glansrijk.Scan.Web.Tests.Infrastructure;

namespace Glansrijk.Scan.Web.Tests.Features.Scans;

/// <summary>Nobody where they don't belong: every scan page refuses another initiator, a participant and a visitor.</summary>
public sealed class ScanAuthorizationTests
{
    private static string[] Pages(Guid scanId, Guid seatId) =>
    [
        $"/scans/{scanId}",
        $"/scans/{scanId}/bewerken",
        $"/scans/{scanId}/deelnemers/nieuw",
        $"/scans/{scanId}/deelnemers/{seatId}",
        $"/scans/{scanId}/voorzitter",
        $"/scans/{scanId}/uitnodiging",
    ];

    [Fact]
    public async Task Another_initiator_gets_404_on_every_page_and_changes_nothing()
    {
        await using var app = new ScanAppFactory();
        var owner = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await owner.CreateScanAsync();
        await owner.AddSeatsAsync(scanId, 1);
        var seat = await owner.SeatOfAsync(scanId, "deelnemer1@regio.nl");
        var other = await ScanScenario.SignedInInitiatorAsync(app, "ander@gemeente.nl");

        foreach (var page in Pages(scanId, seat.Id))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.Initiator.GetAsync(page)).StatusCode);
        }

        var ownPage = await other.Initiator.GetAsync("/scans/nieuw");
        Assert.Equal(HttpStatusCode.OK, ownPage.StatusCode);
        var token = await other.Initiator.AntiforgeryTokenAsync("/scans/nieuw");
        var posts = new Dictionary<string, Dictionary<string, string>>
        {
            [$"/scans/{scanId}/deelnemers/nieuw"] = ScanScenario.PersonForm(5),
            [$"/scans/{scanId}/bewerken"] = ScanScenario.ScanForm(region: "Overgenomen"),
            [$"/scans/{scanId}/deelnemers/{seat.Id}?handler=Withdraw"] = [],
            [$"/scans/{scanId}/uitnodiging?handler=Save"] = new() { ["Text"] = "Gekaapt" },
        };
        foreach (var (path, fields) in posts)
        {
            fields["__RequestVerificationToken"] = token;
            Assert.Equal(HttpStatusCode.NotFound, (await other.Initiator.PostAsync(path, new FormUrlEncodedContent(fields))).StatusCode);
        }

        var scan = await owner.LoadScanAsync(scanId);
        Assert.Equal(2, scan.Seats.Count);
        Assert.Equal("Drechtsteden", scan.Details.Region);
        Assert.Null(scan.InvitationText);
        Assert.True(scan.Seats.All(s => s.IsActive));
        Assert.DoesNotContain("Implementatiescan Drechtsteden", await (await other.Initiator.GetAsync("/scans")).TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_participant_with_a_valid_link_cannot_open_any_initiator_page_of_their_own_scan()
    {
        await using var app = new ScanAppFactory();
        var owner = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await owner.CreateScanAsync();
        await owner.AddSeatsAsync(scanId, 1);
        await owner.SendInvitationsAsync(scanId);
        var seat = await owner.SeatOfAsync(scanId, "deelnemer1@regio.nl");
        using var participant = await owner.ParticipantAsync("deelnemer1@regio.nl");

        foreach (var page in Pages(scanId, seat.Id).Append("/beheer").Append("/scans"))
        {
            var response = await participant.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/inloggen", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_visitor_is_sent_to_sign_in()
    {
        await using var app = new ScanAppFactory();
        using var visitor = app.CreateBrowser();

        var response = await visitor.GetAsync($"/scans/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/inloggen", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
