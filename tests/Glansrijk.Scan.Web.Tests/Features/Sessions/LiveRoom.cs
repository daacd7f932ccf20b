using Glansrijk.Scan.Web.Features.Sessions;
using Glansrijk.Scan.Web.Tests.Infrastructure;

namespace Glansrijk.Scan.Web.Tests.Features.Sessions;

/// <summary>A scan with twelve seats (the initiator and eleven invited participants), session 1 started by the
/// initiator, who chairs it, and everyone's cookie ready for a SignalR client.</summary>
public sealed class LiveRoom
{
    private LiveRoom(ScanScenario scenario, Guid scanId, Guid sessionId, IReadOnlyList<string> participantCookies)
    {
        Scenario = scenario;
        ScanId = scanId;
        SessionId = sessionId;
        ParticipantCookies = participantCookies;
    }

    public ScanScenario Scenario { get; }
    public Guid ScanId { get; }
    public Guid SessionId { get; }

    /// <summary>Deelnemer 1 … 11.</summary>
    public IReadOnlyList<string> ParticipantCookies { get; }

    public static async Task<LiveRoom> StartAsync(ScanAppFactory app, string initiatorEmail, string region = "Drechtsteden")
    {
        var scenario = await ScanScenario.SignedInInitiatorAsync(app, initiatorEmail);
        var scanId = await scenario.CreateScanAsync(ScanScenario.ScanForm(region));
        await scenario.AddSeatsAsync(scanId, 11);
        await scenario.SendInvitationsAsync(scanId);
        var cookies = new List<string>();
        foreach (var number in Enumerable.Range(1, 11))
        {
            cookies.Add(await scenario.ParticipantCookieHeaderAsync($"deelnemer{number}@regio.nl"));
        }

        await using var chair = await SessionClient.ConnectAsync(app, scenario.InitiatorCookieHeader);
        var started = await chair.InvokeAsync(nameof(SessionHub.Start), scanId, 1);
        Assert.True(started.Ok, started.Message);
        return new LiveRoom(scenario, scanId, started.SessionId!.Value, cookies);
    }

    public Task<SessionClient> ChairAsync(ScanAppFactory app) => JoinedAsync(app, Scenario.InitiatorCookieHeader);

    public async Task<SessionClient[]> ParticipantsAsync(ScanAppFactory app) =>
        await Task.WhenAll(ParticipantCookies.Select(c => JoinedAsync(app, c)));

    public async Task<SessionClient> ScreenAsync(ScanAppFactory app)
    {
        var screen = await SessionClient.ConnectAsync(app, null);
        var code = (await app.WithDatabaseAsync(db => Task.FromResult(db.LiveSessions.Single(s => s.Id == SessionId).Code)));
        var joined = await screen.InvokeAsync(nameof(SessionHub.JoinScreen), code);
        Assert.True(joined.Ok, joined.Message);
        return screen;
    }

    private async Task<SessionClient> JoinedAsync(ScanAppFactory app, string cookie)
    {
        var client = await SessionClient.ConnectAsync(app, cookie);
        var joined = await client.JoinAsync(SessionId);
        Assert.True(joined.Ok, joined.Message);
        return client;
    }
}
