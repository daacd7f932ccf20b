using System.Text.Json;
using Glansrijk.Scan.Web.Features.Sessions;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Glansrijk.Scan.Web.Tests.Features.Sessions.PrioritisingRoom;

namespace Glansrijk.Scan.Web.Tests.Features.Sessions;

public sealed class PrioritisingHubTests(LiveSessionApp fixture) : IClassFixture<LiveSessionApp>
{
    private ScanAppFactory App => fixture.App;

    [Fact]
    public async Task Tablets_distribute_exactly_their_points_and_everyone_sees_the_ranking_only_after_the_chair_closes()
    {
        await using var room = await ScoredAsync(App, "verdelen@debrug.nl");
        var started = await room.StartAsync();
        var tablet = room.Tablets[0];
        var view = (await tablet.WaitForAsync(c => c.Participant, s => s.Version >= started.Version && s.Prioritising is not null)).Prioritising!;

        var tooMany = await DistributeAsync(tablet, new() { [PopularNorm] = 3, [LowNorm] = 1 });
        var tooFew = await DistributeAsync(tablet, new() { [PopularNorm] = 2 });
        var stored = await App.WithDatabaseAsync(db => db.Prioritisations.SingleAsync(p => p.ScanId == room.Room.ScanId));

        Assert.Equal(3, view.Budget);
        Assert.True(view.MayDistribute);
        Assert.Equal(15, view.Norms.Count);
        Assert.Equal(1, view.Norms.Single(n => n.ItemId == LowNorm).Median);
        Assert.Equal("sterk verdeeld", view.Norms.Single(n => n.ItemId == SplitNorm).SpreadInWords);
        Assert.Equal("0 van 12 verdeeld", view.Progress);
        Assert.False(tooMany.Ok);
        Assert.Equal("Verdeel precies 3 punten. Je hebt er 1 te veel gegeven.", tooMany.Message);
        Assert.False(tooFew.Ok);
        Assert.Equal("Verdeel precies 3 punten. Je hebt er nog 1 over.", tooFew.Message);
        Assert.Empty(stored.Allocations);
        Assert.Equal(1, stored.Version);

        foreach (var other in room.Tablets)
        {
            Assert.True((await DistributeAsync(other, new() { [PopularNorm] = 2, [SplitNorm] = 1 })).Ok);
        }

        var counted = await room.Screen.WaitForAsync(c => c.Screen, s => s.Prioritising?.Distributed == 11);
        var console = await room.Chair.WaitForAsync(c => c.Chair, s => s.PrioritisingChair!.People.Count(p => p.Distributed) == 11);
        Assert.Equal("11 van 12 verdeeld", counted.Prioritising!.Progress);
        Assert.Null(counted.Prioritising.Ranking);
        Assert.Null(counted.Prioritising.RankingChart);
        Assert.Null(console.Own.Prioritising!.Ranking);
        var chairSeat = console.People.Single(p => p.IsChair).SeatId;
        Assert.False(console.PrioritisingChair!.People.Single(p => p.SeatId == chairSeat).Distributed);
        Assert.Equal(12, console.PrioritisingChair.People.Count);

        var closed = await room.Chair.InvokeAsync(nameof(SessionHub.ClosePrioritising), Guid.NewGuid());
        var late = await DistributeAsync(room.Chair, new() { [LowNorm] = 3 });

        Assert.True(closed.Ok, closed.Message);
        Assert.False(late.Ok);
        Assert.Equal("Het prioriteren is afgesloten.", late.Message);
        var result = (await room.Screen.WaitForAsync(c => c.Screen, s => s.Version >= closed.Version && s.Prioritising!.Closed)).Prioritising!;
        Assert.Equal([PopularNorm, SplitNorm], result.Ranking!.Take(2).Select(r => r.ItemId));
        Assert.Equal([22, 11], result.Ranking!.Take(2).Select(r => r.Points));
        Assert.Equal([1, 2, 3], result.Ranking!.Take(3).Select(r => r.Rank));
        Assert.Contains("Afspraken en middelen", result.RankingChart, StringComparison.Ordinal);
        Assert.DoesNotContain("Gedeelde ambitie", result.RankingChart, StringComparison.Ordinal);
        var onTablet = (await tablet.WaitForAsync(c => c.Participant, s => s.Version >= closed.Version)).Prioritising!;
        Assert.Equal(result.Ranking, onTablet.Ranking);
        Assert.False(onTablet.MayDistribute);
    }

    [Fact]
    public async Task Only_the_chair_starts_and_closes_prioritising_and_confirms_the_focus_and_the_screen_cannot_distribute()
    {
        await using var room = await ScoredAsync(App, "sturen@debrug.nl");
        var tablet = room.Tablets[1];

        var tabletStarts = await tablet.InvokeAsync(nameof(SessionHub.StartPrioritising), Guid.NewGuid(), 3);
        var screenStarts = await room.Screen.InvokeAsync(nameof(SessionHub.StartPrioritising), Guid.NewGuid(), 3);
        var tooManyPoints = await room.Chair.InvokeAsync(nameof(SessionHub.StartPrioritising), Guid.NewGuid(), 21);
        var nothingYet = await App.WithDatabaseAsync(db => db.Prioritisations.AnyAsync(p => p.ScanId == room.Room.ScanId));
        await room.StartAsync();
        var screenDistributes = await DistributeAsync(room.Screen, new() { [LowNorm] = 3 });
        var tabletCloses = await tablet.InvokeAsync(nameof(SessionHub.ClosePrioritising), Guid.NewGuid());
        var tabletConfirms = await tablet.InvokeAsync(nameof(SessionHub.ConfirmFocus), Guid.NewGuid(), new[] { LowNorm });
        var screenConfirms = await room.Screen.InvokeAsync(nameof(SessionHub.ConfirmFocus), Guid.NewGuid(), new[] { LowNorm });
        var stored = await App.WithDatabaseAsync(db => db.Prioritisations.SingleAsync(p => p.ScanId == room.Room.ScanId));
        var agenda = await App.WithDatabaseAsync(db => db.ImprovementAgendas.AnyAsync(a => a.ScanId == room.Room.ScanId));

        Assert.False(tabletStarts.Ok);
        Assert.Equal("Alleen de voorzitter of de initiatiefnemer start het prioriteren.", tabletStarts.Message);
        Assert.False(screenStarts.Ok);
        Assert.Equal("Het scherm laat de sessie alleen zien; stemmen en leiden kan hier niet.", screenStarts.Message);
        Assert.False(tooManyPoints.Ok);
        Assert.Equal("Het aantal punten per deelnemer moet tussen 1 en 20 liggen.", tooManyPoints.Message);
        Assert.False(nothingYet);
        Assert.False(screenDistributes.Ok);
        Assert.Equal("Het scherm laat de sessie alleen zien; stemmen en leiden kan hier niet.", screenDistributes.Message);
        Assert.False(tabletCloses.Ok);
        Assert.Equal("Alleen de voorzitter of de initiatiefnemer sluit het prioriteren af.", tabletCloses.Message);
        Assert.False(tabletConfirms.Ok);
        Assert.Equal("Alleen de voorzitter of de initiatiefnemer stelt de focusnormen vast.", tabletConfirms.Message);
        Assert.False(screenConfirms.Ok);
        Assert.False(stored.IsClosed);
        Assert.Empty(stored.Allocations);
        Assert.False(agenda);
    }

    [Fact]
    public async Task A_distribution_sent_again_with_the_same_command_id_counts_once()
    {
        await using var room = await ScoredAsync(App, "nogmaals@debrug.nl");
        await room.StartAsync();
        var tablet = room.Tablets[2];
        var commandId = Guid.NewGuid();

        var first = await DistributeAsync(tablet, new() { [LowNorm] = 3 }, commandId);
        var again = await DistributeAsync(tablet, new() { [LowNorm] = 3 }, commandId);
        var sameIdOtherPoints = await DistributeAsync(tablet, new() { [SplitNorm] = 3 }, commandId);
        var stored = await App.WithDatabaseAsync(db => db.Prioritisations.SingleAsync(p => p.ScanId == room.Room.ScanId));

        Assert.True(first.Ok, first.Message);
        Assert.True(again.Ok, again.Message);
        Assert.True(sameIdOtherPoints.Ok, sameIdOtherPoints.Message);
        Assert.Equal(first.Version, again.Version);
        Assert.Equal(first.Version, sameIdOtherPoints.Version);
        Assert.Equal(3, stored.PointsFor(LowNorm));
        Assert.Equal(0, stored.PointsFor(SplitNorm));
        Assert.Equal(1, stored.SeatsDistributed);
        Assert.Equal(2, stored.Version);
        var mine = (await tablet.WaitForAsync(c => c.Participant, s => s.Version >= first.Version)).Prioritising!.MyPoints!;
        Assert.Equal(3, mine[LowNorm]);
    }

    [Fact]
    public async Task Nobody_but_the_voter_ever_gets_their_individual_distribution()
    {
        await using var room = await ScoredAsync(App, "privacy@debrug.nl");
        await room.StartAsync();
        var voter = room.Tablets[3];
        var other = room.Tablets[4];

        var distributed = await DistributeAsync(voter, new() { [SplitNorm] = 1, [PopularNorm] = 2 });

        Assert.True(distributed.Ok, distributed.Message);
        var own = (await voter.WaitForAsync(c => c.Participant, s => s.Version >= distributed.Version)).Prioritising!;
        Assert.Equal(2, own.MyPoints![PopularNorm]);
        Assert.Equal(1, own.MyPoints[SplitNorm]);
        var othersView = (await other.WaitForAsync(c => c.Participant, s => s.Version >= distributed.Version)).Prioritising!;
        Assert.Empty(othersView.MyPoints!);
        var chair = await room.Chair.WaitForAsync(c => c.Chair, s => s.Own.Version >= distributed.Version);
        Assert.Empty(chair.Own.Prioritising!.MyPoints!);
        Assert.Equal(1, chair.PrioritisingChair!.People.Count(p => p.Distributed));
        var screen = await room.Screen.WaitForAsync(c => c.Screen, s => s.Version >= distributed.Version);
        Assert.Null(screen.Prioritising!.MyPoints);
        Assert.Null(screen.Prioritising.Ranking);
        // Before the close nothing anyone else receives carries a count per norm.
        Assert.DoesNotContain("\"points\"", JsonSerializer.Serialize(chair, JsonSerializerOptions.Web), StringComparison.Ordinal);
        Assert.DoesNotContain("\"points\"", JsonSerializer.Serialize(screen, JsonSerializerOptions.Web), StringComparison.Ordinal);
        Assert.DoesNotContain("\"points\"", JsonSerializer.Serialize(othersView, JsonSerializerOptions.Web), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_tool_proposes_focus_norms_with_their_reasons_and_the_confirmed_list_reaches_the_screen_and_the_tablets()
    {
        await using var room = await ScoredAsync(App, "focus@debrug.nl");
        await room.StartAsync();
        foreach (var tablet in room.Tablets)
        {
            Assert.True((await DistributeAsync(tablet, new() { [PopularNorm] = 3 })).Ok);
        }

        var early = await room.Chair.InvokeAsync(nameof(SessionHub.ConfirmFocus), Guid.NewGuid(), new[] { LowNorm });
        var closed = await room.Chair.InvokeAsync(nameof(SessionHub.ClosePrioritising), Guid.NewGuid());
        var proposal = (await room.Chair.WaitForAsync(c => c.Chair, s => s.Own.Version >= closed.Version && s.PrioritisingChair!.Proposal is not null)).PrioritisingChair!.Proposal!;
        var none = await room.Chair.InvokeAsync(nameof(SessionHub.ConfirmFocus), Guid.NewGuid(), Array.Empty<string>());
        var six = await room.Chair.InvokeAsync(nameof(SessionHub.ConfirmFocus), Guid.NewGuid(), new[] { "norm-01", "norm-02", "norm-03", "norm-04", "norm-05", "norm-06" });
        var unknown = await room.Chair.InvokeAsync(nameof(SessionHub.ConfirmFocus), Guid.NewGuid(), new[] { "norm-99" });
        var nothingYet = await App.WithDatabaseAsync(db => db.ImprovementAgendas.AnyAsync(a => a.ScanId == room.Room.ScanId));
        var confirmId = Guid.NewGuid();
        var confirmed = await room.Chair.InvokeAsync(nameof(SessionHub.ConfirmFocus), confirmId, new[] { PopularNorm, LowNorm, "norm-07" });
        var again = await room.Chair.InvokeAsync(nameof(SessionHub.ConfirmFocus), confirmId, new[] { PopularNorm, LowNorm, "norm-07" });

        Assert.False(early.Ok);
        Assert.Equal("Sluit eerst het prioriteren af; het voorstel gebruikt de punten.", early.Message);
        Assert.Equal([PopularNorm, LowNorm, SplitNorm], proposal.Select(p => p.ItemId));
        Assert.Equal(["veel punten (33)"], proposal[0].Reasons);
        Assert.Equal(["lage score (mediaan 1)"], proposal[1].Reasons);
        Assert.Equal(["sterk verdeeld"], proposal[2].Reasons);
        Assert.Equal("Kies ten minste één focusnorm.", none.Message);
        Assert.Equal("Kies hoogstens 5 focusnormen; meer tegelijk lukt de groep niet.", six.Message);
        Assert.Equal("Een van de gekozen normen hoort niet bij deze sessie.", unknown.Message);
        Assert.False(nothingYet);
        Assert.True(confirmed.Ok, confirmed.Message);
        Assert.True(again.Ok, again.Message);
        Assert.Equal(confirmed.Version, again.Version);
        var onScreen = (await room.Screen.WaitForAsync(c => c.Screen, s => s.Version >= confirmed.Version && s.Prioritising!.Focus is not null)).Prioritising!.Focus!;
        Assert.Equal([PopularNorm, LowNorm, "norm-07"], onScreen.Select(f => f.ItemId));
        Assert.Equal(["veel punten (33)"], onScreen[0].Reasons);
        Assert.Equal(["gekozen door de groep"], onScreen[2].Reasons);
        foreach (var tablet in room.Tablets)
        {
            var focus = (await tablet.WaitForAsync(c => c.Participant, s => s.Version >= confirmed.Version)).Prioritising!.Focus!;
            Assert.Equal(onScreen.Select(f => (f.ItemId, string.Join(", ", f.Reasons))), focus.Select(f => (f.ItemId, string.Join(", ", f.Reasons))));
        }

        var agenda = await App.WithDatabaseAsync(db => db.ImprovementAgendas.AsSplitQuery().SingleAsync(a => a.ScanId == room.Room.ScanId));
        Assert.True(agenda.IsFocusConfirmed);
        Assert.Equal([PopularNorm, LowNorm, "norm-07"], agenda.FocusNorms.OrderBy(f => f.Position).Select(f => f.NormId));
        Assert.Equal([PopularNorm, LowNorm, SplitNorm], agenda.ProposedFocusNormIds);
    }
}
