using System.Net;
using Glansrijk.Scan.Web.Features.Sessions;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Tests.Features.Sessions;

/// <summary>The pages around a live session, as a browser uses them: the start buttons on the scan and the
/// participant page (real form posts with their antiforgery token), the tablet page /sessie/{id}, and the screen's
/// code form on /scherm.</summary>
public sealed class LiveSessionPagesTests(LiveSessionApp fixture) : IClassFixture<LiveSessionApp>
{
    private ScanAppFactory App => fixture.App;

    [Fact]
    public async Task The_initiator_starts_session_1_from_the_scan_page_and_lands_on_the_console()
    {
        var (scenario, scanId) = await ScanWithParticipantsAsync("start@debrug.nl", first: 1);

        var started = await StartFromScanPageAsync(scenario, scanId, 1);
        var console = await scenario.Initiator.GetAsync(started.Headers.Location!.ToString());

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var session = await App.WithDatabaseAsync(db => db.LiveSessions.AsNoTracking().SingleAsync(s => s.ScanId == scanId));
        Assert.Equal($"/sessie/{session.Id}", started.Headers.Location!.ToString());
        Assert.Equal(1, session.SessionNumber);
        Assert.Equal(HttpStatusCode.OK, console.StatusCode);
        var html = await console.TextAsync();
        Assert.Contains("data-initiator=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("Stemronde openen", html, StringComparison.Ordinal);
        var scanPage = await (await scenario.Initiator.GetAsync($"/scans/{scanId}")).TextAsync();
        Assert.Contains($"Code voor het scherm: <strong class=\"site-screen-code\">{session.Code}</strong>", scanPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/sessie/{session.Id}\"", scanPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Starting_twice_from_the_scan_page_opens_the_same_session()
    {
        var (scenario, scanId) = await ScanWithParticipantsAsync("tweemaal@debrug.nl", first: 1);

        var first = await StartFromScanPageAsync(scenario, scanId, 1);
        var second = await StartFromScanPageAsync(scenario, scanId, 1);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await App.WithDatabaseAsync(db => db.LiveSessions.CountAsync(s => s.ScanId == scanId)));
    }

    [Fact]
    public async Task Starting_without_the_antiforgery_token_is_refused_and_creates_nothing()
    {
        var (scenario, scanId) = await ScanWithParticipantsAsync("zonder-token@debrug.nl", first: 1);

        var response = await scenario.Initiator.PostAsync($"/scans/{scanId}?handler=StartSession", new FormUrlEncodedContent(new Dictionary<string, string> { ["number"] = "1" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await App.WithDatabaseAsync(db => db.LiveSessions.CountAsync(s => s.ScanId == scanId)));
    }

    [Fact]
    public async Task Another_initiator_cannot_start_a_session_of_someone_elses_scan()
    {
        var (_, scanId) = await ScanWithParticipantsAsync("eigenaar@debrug.nl", first: 1);
        var stranger = await ScanScenario.SignedInInitiatorAsync(App, "vreemde@anderschool.nl");
        var ownScan = await stranger.CreateScanAsync(ScanScenario.ScanForm("Zuid-Holland Zuid"));
        var token = await stranger.Initiator.AntiforgeryTokenAsync($"/scans/{ownScan}");

        var response = await stranger.Initiator.PostAsync($"/scans/{scanId}?handler=StartSession", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["number"] = "1",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await App.WithDatabaseAsync(db => db.LiveSessions.CountAsync(s => s.ScanId == scanId)));
    }

    [Fact]
    public async Task A_participant_who_is_not_the_named_chair_cannot_start_and_nothing_is_created()
    {
        var (scenario, scanId) = await ScanWithParticipantsAsync("geen-voorzitter@debrug.nl", first: 1);
        await NameChairAsync(scenario, scanId, "deelnemer2@regio.nl");
        using var participant = await scenario.ParticipantAsync("deelnemer1@regio.nl");

        var page = await (await participant.GetAsync("/deelnemer")).TextAsync();
        var refused = await participant.PostFormAsync("/deelnemer?handler=StartSession", new Dictionary<string, string> { ["number"] = "1" }, "/deelnemer");
        var after = await (await participant.GetAsync("/deelnemer")).TextAsync();

        Assert.DoesNotContain("Sessie 1 starten", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/deelnemer", refused.Headers.Location!.ToString());
        Assert.Contains("Alleen de voorzitter van deze sessie of de initiatiefnemer kan haar beginnen.", after, StringComparison.Ordinal);
        Assert.Equal(0, await App.WithDatabaseAsync(db => db.LiveSessions.CountAsync(s => s.ScanId == scanId)));
    }

    [Fact]
    public async Task The_named_chair_starts_from_the_participant_page_and_gets_the_console()
    {
        var (scenario, scanId) = await ScanWithParticipantsAsync("wel-voorzitter@debrug.nl", first: 1);
        var chair = await NameChairAsync(scenario, scanId, "deelnemer2@regio.nl");
        using var participant = await scenario.ParticipantAsync("deelnemer2@regio.nl");

        var page = await (await participant.GetAsync("/deelnemer")).TextAsync();
        var started = await participant.PostFormAsync("/deelnemer?handler=StartSession", new Dictionary<string, string> { ["number"] = "1" }, "/deelnemer");
        var tablet = await participant.GetAsync(started.Headers.Location!.ToString());

        Assert.Contains("Sessie 1 starten", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var session = await App.WithDatabaseAsync(db => db.LiveSessions.AsNoTracking().SingleAsync(s => s.ScanId == scanId));
        Assert.Equal($"/sessie/{session.Id}", started.Headers.Location!.ToString());
        Assert.Equal(chair.Id, session.ChairSeatId);
        Assert.Equal(HttpStatusCode.OK, tablet.StatusCode);
        var html = await tablet.TextAsync();
        Assert.Contains($"data-seat-id=\"{chair.Id}\"", html, StringComparison.Ordinal);
        Assert.Contains("data-initiator=\"false\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_visitor_on_a_session_page_is_sent_to_sign_in()
    {
        var (scenario, scanId) = await ScanWithParticipantsAsync("anoniem@debrug.nl", first: 1);
        var sessionId = await StartedSessionAsync(scenario, scanId);
        using var visitor = App.CreateBrowser();

        var response = await visitor.GetAsync($"/sessie/{sessionId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/inloggen", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_participant_of_another_scan_gets_404_on_a_session_page_and_their_own_session_opens()
    {
        var (scenario, scanId) = await ScanWithParticipantsAsync("hier@debrug.nl", first: 1);
        var sessionId = await StartedSessionAsync(scenario, scanId);
        var (other, otherScanId) = await ScanWithParticipantsAsync("daar@anderschool.nl", first: 21, region: "Zuid-Holland Zuid");
        var otherSessionId = await StartedSessionAsync(other, otherScanId);
        using var outsider = await other.ParticipantAsync("deelnemer21@regio.nl");

        var foreign = await outsider.GetAsync($"/sessie/{sessionId}");
        var own = await outsider.GetAsync($"/sessie/{otherSessionId}");
        var unknown = await outsider.GetAsync($"/sessie/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.DoesNotContain("sessie-gegevens", await foreign.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_screen_without_a_code_asks_for_one()
    {
        using var visitor = App.CreateBrowser();

        var bare = await visitor.GetAsync("/scherm");
        var empty = await visitor.GetAsync("/scherm?code=");

        foreach (var response in new[] { bare, empty })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.TextAsync();
            Assert.Contains("Typ de code die de voorzitter in het bedieningspaneel ziet.", html, StringComparison.Ordinal);
            Assert.DoesNotContain("utrecht-form-field-error-message", html, StringComparison.Ordinal);
            Assert.DoesNotContain("sessie-gegevens", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("K7M", "Een code bestaat uit 6 letters en cijfers, zoals K7M4QX.")]
    [InlineData("<script>", "Een code bestaat uit 6 letters en cijfers, zoals K7M4QX.")]
    [InlineData("ZZZZZZ", "Deze code hoort niet bij een lopende sessie.")]
    public async Task A_wrong_code_gets_a_Dutch_message_and_shows_nothing_of_any_session(string code, string message)
    {
        var (scenario, scanId) = await ScanWithParticipantsAsync($"fout-{Guid.NewGuid():N}@debrug.nl", first: 1);
        await StartedSessionAsync(scenario, scanId);
        using var visitor = App.CreateBrowser();

        var response = await visitor.GetAsync($"/scherm?code={Uri.EscapeDataString(code)}");
        var following = response.StatusCode == HttpStatusCode.Redirect ? await visitor.GetAsync(response.Headers.Location!.ToString()) : response;

        Assert.Equal(HttpStatusCode.OK, following.StatusCode);
        var html = await following.TextAsync();
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("sessie-gegevens", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Deelnemer", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Drechtsteden", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", await following.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lower_case_code_with_spaces_opens_the_screen_of_the_session()
    {
        var (scenario, scanId) = await ScanWithParticipantsAsync("kleine-letters@debrug.nl", first: 1);
        var sessionId = await StartedSessionAsync(scenario, scanId);
        var code = await App.WithDatabaseAsync(db => db.LiveSessions.Where(s => s.Id == sessionId).Select(s => s.Code).SingleAsync());
        using var visitor = App.CreateBrowser();

        var typed = await visitor.GetAsync($"/scherm?code={Uri.EscapeDataString($" {code[..3].ToLowerInvariant()} {code[3..].ToLowerInvariant()} ")}");
        var inPath = await visitor.GetAsync($"/scherm/{code.ToLowerInvariant()}");
        var screen = await visitor.GetAsync($"/scherm/{code}");

        Assert.Equal(HttpStatusCode.Redirect, typed.StatusCode);
        Assert.Equal($"/scherm/{code}", typed.Headers.Location!.ToString());
        Assert.Equal($"/scherm/{code}", inPath.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, screen.StatusCode);
        var html = await screen.TextAsync();
        Assert.Contains($"Sessie 1 · code {code}", html, StringComparison.Ordinal);
        Assert.Contains("id=\"sessie-gegevens\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_screen_of_an_ended_session_says_it_has_ended()
    {
        var (scenario, scanId) = await ScanWithParticipantsAsync("afgelopen@debrug.nl", first: 1);
        var sessionId = await StartedSessionAsync(scenario, scanId);
        var code = await App.WithDatabaseAsync(db => db.LiveSessions.Where(s => s.Id == sessionId).Select(s => s.Code).SingleAsync());
        await using (var chair = await SessionClient.ConnectAsync(App, scenario.InitiatorCookieHeader))
        {
            Assert.True((await chair.JoinAsync(sessionId)).Ok);
            var ended = await chair.InvokeAsync(nameof(SessionHub.End), Guid.NewGuid());
            Assert.True(ended.Ok, ended.Message);
        }

        using var visitor = App.CreateBrowser();
        var response = await visitor.GetAsync($"/scherm/{code}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("Deze sessie is afgelopen.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("sessie-gegevens", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Deelnemer", html, StringComparison.Ordinal);
    }

    private async Task<(ScanScenario Scenario, Guid ScanId)> ScanWithParticipantsAsync(string initiatorEmail, int first, string region = "Drechtsteden")
    {
        var scenario = await ScanScenario.SignedInInitiatorAsync(App, initiatorEmail);
        var scanId = await scenario.CreateScanAsync(ScanScenario.ScanForm(region));
        await scenario.AddSeatsAsync(scanId, 3, first);
        var sent = await scenario.SendInvitationsAsync(scanId);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        return (scenario, scanId);
    }

    private static Task<HttpResponseMessage> StartFromScanPageAsync(ScanScenario scenario, Guid scanId, int number) =>
        scenario.Initiator.PostFormAsync($"/scans/{scanId}?handler=StartSession", new Dictionary<string, string> { ["number"] = number.ToString() }, $"/scans/{scanId}");

    private static async Task<Guid> StartedSessionAsync(ScanScenario scenario, Guid scanId)
    {
        var started = await StartFromScanPageAsync(scenario, scanId, 1);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        return Guid.Parse(started.Headers.Location!.ToString()["/sessie/".Length..]);
    }

    private static async Task<Core.Scans.Seat> NameChairAsync(ScanScenario scenario, Guid scanId, string email)
    {
        var chair = await scenario.SeatOfAsync(scanId, email);
        var saved = await scenario.Initiator.PostFormAsync($"/scans/{scanId}/voorzitter", new Dictionary<string, string>
        {
            ["Chairs[0].Session"] = "1",
            ["Chairs[0].SeatId"] = chair.Id.ToString(),
            ["Chairs[0].Reason"] = "",
            ["Chairs[1].Session"] = "2",
            ["Chairs[1].SeatId"] = "",
            ["Chairs[1].Reason"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return chair;
    }
}

internal static class UriPaths
{
    /// <summary>The path and query of a Location header, whether the app sent it absolute or relative.</summary>
    public static string PathAndQuery(this Uri location) =>
        location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
