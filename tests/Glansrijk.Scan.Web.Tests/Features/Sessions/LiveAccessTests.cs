using System.Net;
using Glansrijk.Scan.Web.Features.Sessions;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace Glansrijk.Scan.Web.Tests.Features.Sessions;

/// <summary>When someone's access ends, their open live connection ends at once, not at their next command: real
/// SignalR clients over WebSockets, as the tablets connect. Everyone else in the room stays connected.</summary>
public sealed class LiveAccessTests(LiveSessionApp fixture) : IClassFixture<LiveSessionApp>
{
    private ScanAppFactory App => fixture.App;

    [Fact]
    public async Task Switching_off_an_account_ends_its_open_console_at_once_and_it_cannot_join_again()
    {
        var room = await LiveRoom.StartAsync(App, "uitgezet@debrug.nl");
        var chair = await JoinedAsync(room, room.Scenario.InitiatorCookieHeader);
        var tablet = await JoinedAsync(room, room.ParticipantCookies[0]);
        using var administrator = await App.CreateAdministratorBrowserAsync("beheer-uitzetten@regio.nl");
        var accountPage = $"/beheer/accounts/{room.Scenario.Account.Id}";

        var deactivated = await administrator.PostFormAsync($"{accountPage}?handler=Deactivate", new Dictionary<string, string>(), accountPage);

        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        await ClosedAsync(chair, "the switched-off initiator's console");
        Assert.Equal([LiveAccess.AccountEnded], chair.Ended);
        await StillInAsync(tablet);
        await using var again = await SessionClient.ConnectWebSocketAsync(App, room.Scenario.InitiatorCookieHeader);
        Assert.False((await again.JoinAsync(room.SessionId)).Ok);
        await DisposeAsync(chair, tablet);
    }

    [Fact]
    public async Task Withdrawing_a_participant_ends_their_open_tablet_at_once_and_they_cannot_join_again()
    {
        var room = await LiveRoom.StartAsync(App, "terugtrekken@debrug.nl");
        var chair = await JoinedAsync(room, room.Scenario.InitiatorCookieHeader);
        var withdrawn = await JoinedAsync(room, room.ParticipantCookies[0]);
        var other = await JoinedAsync(room, room.ParticipantCookies[1]);
        var seat = await room.Scenario.SeatOfAsync(room.ScanId, "deelnemer1@regio.nl");
        var seatPage = $"/scans/{room.ScanId}/deelnemers/{seat.Id}";

        var response = await room.Scenario.Initiator.PostFormAsync($"{seatPage}?handler=Withdraw", new Dictionary<string, string>(), seatPage);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await ClosedAsync(withdrawn, "the withdrawn participant's tablet");
        Assert.Equal([LiveAccess.SeatEnded], withdrawn.Ended);
        await StillInAsync(chair);
        await StillInAsync(other);
        await using var again = await SessionClient.ConnectWebSocketAsync(App, room.ParticipantCookies[0]);
        Assert.False((await again.JoinAsync(room.SessionId)).Ok);
        await DisposeAsync(chair, withdrawn, other);
    }

    [Fact]
    public async Task Putting_another_person_on_a_seat_ends_the_former_persons_open_tablet_at_once()
    {
        var room = await LiveRoom.StartAsync(App, "vervangen@debrug.nl");
        var chair = await JoinedAsync(room, room.Scenario.InitiatorCookieHeader);
        var former = await JoinedAsync(room, room.ParticipantCookies[0]);
        var seat = await room.Scenario.SeatOfAsync(room.ScanId, "deelnemer1@regio.nl");
        var seatPage = $"/scans/{room.ScanId}/deelnemers/{seat.Id}";

        var response = await room.Scenario.Initiator.PostFormAsync($"{seatPage}?handler=Replace", new Dictionary<string, string>
        {
            ["Replacement.Name"] = "Nieuwe Persoon",
            ["Replacement.Organisation"] = "Organisatie 1",
            ["Replacement.Function"] = "Teamleider",
            ["Replacement.Email"] = "nieuw-vervangen@regio.nl",
            ["Replacement.DomainId"] = "onderwijs",
        }, seatPage);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await ClosedAsync(former, "the former person's tablet");
        await StillInAsync(chair);
        await using var again = await SessionClient.ConnectWebSocketAsync(App, room.ParticipantCookies[0]);
        Assert.False((await again.JoinAsync(room.SessionId)).Ok);
        await DisposeAsync(chair, former);
    }

    private async Task<Listening> JoinedAsync(LiveRoom room, string cookie)
    {
        var client = await SessionClient.ConnectWebSocketAsync(App, cookie);
        var listening = new Listening(client);
        var joined = await client.JoinAsync(room.SessionId);
        Assert.True(joined.Ok, joined.Message);
        return listening;
    }

    /// <summary>The server closed it: the test client does not reconnect by itself, so it stays disconnected.</summary>
    private static Task ClosedAsync(Listening listening, string what) =>
        Eventually.TrueAsync(() => Task.FromResult(listening.Client.Connection.State == HubConnectionState.Disconnected), $"{what} closed by the server");

    private static async Task StillInAsync(Listening listening)
    {
        Assert.Equal(HubConnectionState.Connected, listening.Client.Connection.State);
        var state = await listening.Client.InvokeAsync(nameof(SessionHub.GetState));
        Assert.True(state.Ok, state.Message);
    }

    private static async Task DisposeAsync(params Listening[] clients)
    {
        foreach (var listening in clients)
        {
            await listening.Client.DisposeAsync();
        }
    }

    /// <summary>A client that also keeps what the server said when it ended the connection.</summary>
    private sealed class Listening
    {
        public Listening(SessionClient client)
        {
            Client = client;
            client.Connection.On<string>(LiveAccess.Message, message =>
            {
                lock (Ended)
                {
                    Ended.Add(message);
                }
            });
        }

        public SessionClient Client { get; }

        public List<string> Ended { get; } = [];
    }
}
