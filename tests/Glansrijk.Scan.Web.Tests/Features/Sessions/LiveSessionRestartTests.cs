using Glansrijk.Scan.Web.Features.Sessions;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Tests.Features.Sessions;

public sealed class LiveSessionRestartTests
{
    [Fact]
    public async Task A_restart_mid_round_keeps_every_acknowledged_vote_and_the_round_goes_on()
    {
        var before = new ScanAppFactory(signInPerMinute: 1000) { KeepData = true };
        LiveRoom room;
        Guid roundId;
        try
        {
            room = await LiveRoom.StartAsync(before, "herstart@debrug.nl");
            await using var chair = await room.ChairAsync(before);
            await chair.InvokeAsync(nameof(SessionHub.OpenRound), Guid.NewGuid());
            roundId = (await chair.WaitForAsync(c => c.Chair, s => s.Own.Round is not null)).Own.Round!.RoundId;
            var tablets = await room.ParticipantsAsync(before);
            var acknowledged = await Task.WhenAll(tablets.Take(6).Select(t => t.VoteAsync(roundId, "2")));
            Assert.All(acknowledged, a => Assert.True(a.Ok, a.Message));
            foreach (var tablet in tablets)
            {
                await tablet.DisposeAsync();
            }
        }
        finally
        {
            await before.DisposeAsync();
        }

        await using var after = new ScanAppFactory(signInPerMinute: 1000, dataFolder: before.DataFolder);
        await using var chairAgain = await room.ChairAsync(after);
        var rest = await Task.WhenAll(room.ParticipantCookies.Skip(6).Select(async cookie =>
        {
            var tablet = await SessionClient.ConnectAsync(after, cookie);
            Assert.True((await tablet.JoinAsync(room.SessionId)).Ok);
            return tablet;
        }));
        var seen = await chairAgain.WaitForAsync(c => c.Chair, s => s.Own.Round is not null);
        var votes = await Task.WhenAll(rest.Select(t => t.VoteAsync(roundId, "3")));
        var closed = await chairAgain.InvokeAsync(nameof(SessionHub.CloseRound), Guid.NewGuid(), roundId);
        var revealed = await chairAgain.InvokeAsync(nameof(SessionHub.Reveal), Guid.NewGuid(), roundId);

        Assert.Equal(6, seen.Own.Round!.Voted);
        Assert.All(votes, v => Assert.True(v.Ok, v.Message));
        Assert.True(closed.Ok, closed.Message);
        Assert.True(revealed.Ok, revealed.Message);
        var result = (await chairAgain.WaitForAsync(c => c.Chair, s => s.Own.Version == revealed.Version)).Own.Round!;
        Assert.Equal("11 van 12 gestemd", result.Progress);
        Assert.Equal(6, result.Result!.Options.Single(o => o.Code == "2").Count);
        Assert.Equal(5, result.Result.Options.Single(o => o.Code == "3").Count);
        var stored = await after.WithDatabaseAsync(db => db.LiveSessions.AsNoTracking().AsSplitQuery().SingleAsync(s => s.Id == room.SessionId));
        Assert.Equal(11, stored.Round(roundId)!.Votes.Count);
        foreach (var tablet in rest)
        {
            await tablet.DisposeAsync();
        }
    }

    [Fact]
    public async Task Two_app_instances_on_one_database_never_lose_a_vote()
    {
        await using var first = new ScanAppFactory(signInPerMinute: 1000) { KeepData = true };
        var room = await LiveRoom.StartAsync(first, "twee@debrug.nl");
        await using var second = new ScanAppFactory(signInPerMinute: 1000, dataFolder: first.DataFolder);
        await using var chair = await room.ChairAsync(first);
        await chair.InvokeAsync(nameof(SessionHub.OpenRound), Guid.NewGuid());
        var roundId = (await chair.WaitForAsync(c => c.Chair, s => s.Own.Round is not null)).Own.Round!.RoundId;
        var tablets = await Task.WhenAll(room.ParticipantCookies.Select(async (cookie, i) =>
        {
            var tablet = await SessionClient.ConnectAsync(i % 2 == 0 ? first : second, cookie);
            Assert.True((await tablet.JoinAsync(room.SessionId)).Ok);
            return tablet;
        }));

        var votes = await Task.WhenAll(tablets.Select(t => t.VoteAsync(roundId, "4")));

        Assert.All(votes, v => Assert.True(v.Ok, v.Message));
        var stored = await first.WithDatabaseAsync(db => db.LiveSessions.AsNoTracking().AsSplitQuery().SingleAsync(s => s.Id == room.SessionId));
        Assert.Equal(11, stored.Round(roundId)!.Votes.Count);
        Assert.Equal(votes.Max(v => v.Version), stored.Version);
        foreach (var tablet in tablets)
        {
            await tablet.DisposeAsync();
        }
    }
}
