using Glansrijk.Scan.Web.Features.Sessions;
using Glansrijk.Scan.Web.Tests.Charts;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Glansrijk.Scan.Web.Tests.Features.Sessions;

public sealed class LiveSessionChartTests(LiveSessionApp fixture) : IClassFixture<LiveSessionApp>
{
    private ScanAppFactory App => fixture.App;

    [Fact]
    public async Task After_the_reveal_the_screen_and_every_tablet_get_the_same_result_chart_and_before_it_none()
    {
        var room = await LiveRoom.StartAsync(App, "grafiek@debrug.nl");
        await using var chair = await room.ChairAsync(App);
        await using var screen = await room.ScreenAsync(App);
        var tablets = await room.ParticipantsAsync(App);
        await chair.InvokeAsync(nameof(SessionHub.OpenRound), Guid.NewGuid());
        var round = (await chair.WaitForAsync(c => c.Chair, s => s.Own.Round is not null)).Own.Round!;
        var answers = new[] { "1", "2", "2", "3", "3", "3", "4", "4", "weet-niet", "2", "3" };
        foreach (var (tablet, answer) in tablets.Zip(answers))
        {
            Assert.True((await tablet.VoteAsync(round.RoundId, answer)).Ok);
        }

        var closed = await chair.InvokeAsync(nameof(SessionHub.CloseRound), Guid.NewGuid(), round.RoundId);
        var screenBefore = await screen.WaitForAsync(c => c.Screen, s => s.Version == closed.Version);
        var tabletBefore = await tablets[0].WaitForAsync(c => c.Participant, s => s.Version == closed.Version);
        var revealed = await chair.InvokeAsync(nameof(SessionHub.Reveal), Guid.NewGuid(), round.RoundId);

        Assert.True(closed.Ok, closed.Message);
        Assert.True(revealed.Ok, revealed.Message);
        Assert.Null(screenBefore.Round!.Chart);
        Assert.Null(tabletBefore.Round!.Chart);
        var overviewBefore = ChartMarkup.Parse(screenBefore.OverviewChart);
        Assert.Empty(overviewBefore.WithClass("chart__bar"));
        Assert.Equal("nog niet besproken", overviewBefore.WithClass("chart__missing").First().Value);
        var onScreen = await screen.WaitForAsync(c => c.Screen, s => s.Version == revealed.Version);
        var chart = ChartMarkup.Parse(onScreen.Round!.Chart);
        Assert.Equal($"Uitslag: {onScreen.Item!.Number} {onScreen.Item.Title}", chart.Title());
        Assert.Equal(onScreen.Round.Result!.Options.Select(o => o.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)), chart.WithClass("chart__count").Select(c => c.Value));
        Assert.StartsWith("Mediaan 3 (Grotendeels)", chart.Description(), StringComparison.Ordinal);
        foreach (var tablet in tablets)
        {
            Assert.Equal(onScreen.Round.Chart, (await tablet.WaitForAsync(c => c.Participant, s => s.Version == revealed.Version)).Round!.Chart);
        }

        Assert.Equal(onScreen.Round.Chart, (await chair.WaitForAsync(c => c.Chair, s => s.Own.Version == revealed.Version)).Own.Round!.Chart);
        var overview = ChartMarkup.Parse(onScreen.OverviewChart);
        var first = overview.WithClass("chart__row").First();
        Assert.Equal(onScreen.Item.ItemId, first.Attribute("data-item")!.Value);
        Assert.Single(first.WithClass("chart__bar"));
        Assert.Equal("3", first.WithClass("chart__value").Single().Value);
        Assert.Equal(onScreen.HeatMaps.Count, onScreen.HeatMapCharts.Count);

        // Rendered once for the reveal, not once per seat: every audience's state holds the very same chart, also when the
        // session is read again for a later state.
        var states = App.Services.GetRequiredService<SessionStates>();
        var sessions = App.Services.GetRequiredService<LiveSessionService>();
        var stored = (await sessions.FindAsync(room.SessionId, CancellationToken.None))!;
        var again = (await sessions.FindAsync(room.SessionId, CancellationToken.None))!;
        var charts = stored.Seats.Select(s => states.ForParticipant(stored, s.SeatId).Round!.Chart)
            .Append(states.ForChair(stored, stored.ChairSeatId).Own.Round!.Chart)
            .Append(states.ForScreen(again).Round!.Chart)
            .ToArray();
        Assert.NotNull(charts[0]);
        Assert.All(charts, c => Assert.Same(charts[0], c));
        // The screen's overview changes only with a reveal (before it, above, it had no bar): built once per reveal too.
        Assert.Same(states.ForScreen(stored).OverviewChart, states.ForScreen(again).OverviewChart);
        Assert.Equal(onScreen.OverviewChart, states.ForScreen(again).OverviewChart);
        await DisposeAllAsync(tablets);
    }

    [Fact]
    public async Task With_open_discussion_the_domains_come_with_their_names_in_the_state_and_in_the_chart()
    {
        var room = await LiveRoom.StartAsync(App, "domeinen@debrug.nl");
        await using var chair = await room.ChairAsync(App);
        await using var screen = await room.ScreenAsync(App);
        var tablets = await room.ParticipantsAsync(App);
        await chair.InvokeAsync(nameof(SessionHub.ChooseOpenDiscussion), Guid.NewGuid());
        await chair.InvokeAsync(nameof(SessionHub.OpenRound), Guid.NewGuid());
        var round = (await chair.WaitForAsync(c => c.Chair, s => s.Own.Round is not null)).Own.Round!;
        await Task.WhenAll(tablets.Select(t => t.VoteAsync(round.RoundId, "3")));
        await chair.InvokeAsync(nameof(SessionHub.CloseRound), Guid.NewGuid(), round.RoundId);

        var revealed = await chair.InvokeAsync(nameof(SessionHub.Reveal), Guid.NewGuid(), round.RoundId);

        Assert.True(revealed.Ok, revealed.Message);
        var state = await screen.WaitForAsync(c => c.Screen, s => s.Version == revealed.Version);
        var names = ChartContent.Catalog.Domains.ToDictionary(d => d.Id, d => d.Name);
        Assert.NotEmpty(state.Round!.Result!.Domains);
        Assert.All(state.Round.Result.Domains, d => Assert.Equal(names[d.DomainId], d.DomainName));
        var rows = ChartMarkup.Parse(state.Round.Chart).WithClass("chart__domain").ToArray();
        Assert.Equal(
            state.Round.Result.Domains.Select(d => d.DomainName),
            rows.Select(r => r.Texts()[0][..r.Texts()[0].LastIndexOf(" (", StringComparison.Ordinal)]));
        var people = (await chair.WaitForAsync(c => c.Chair, s => s.Own.Version == revealed.Version)).People;
        Assert.All(people, p => Assert.Equal(names[p.DomainId], p.DomainName));
        await DisposeAllAsync(tablets);
    }

    private static async Task DisposeAllAsync(IEnumerable<SessionClient> clients)
    {
        foreach (var client in clients)
        {
            await client.DisposeAsync();
        }
    }
}
