using System.Text;
using System.Text.Json;
using Glansrijk.Scan.Web.Features.Sessions;
using Glansrijk.Scan.Web.Persistence;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Glansrijk.Scan.Web.Tests.Features.Sessions;

/// <summary>What a vote costs, counted in SQL commands and rows read (never in time): the same at the end of a long
/// session as at its start, and the room hears a small update instead of everyone's full state.</summary>
public sealed class LiveVoteCostTests(ITestOutputHelper output)
{
    [Fact]
    public async Task After_fifty_rounds_a_vote_a_chair_command_and_a_presence_change_cost_as_many_commands_and_rows_as_at_the_first()
    {
        var counter = new SqlCounter();
        await using var app = new ScanAppFactory(signInPerMinute: 10_000)
        {
            TestServices = services => services.ConfigureDbContext<ScanDbContext>(options => options.AddInterceptors(counter)),
            // The chair's console steers fifty rounds as fast as the test can: more calls per second than a person.
            Settings = { ["Sessions:MaxCallsPerSecond"] = "1000" },
        };
        var room = await LiveRoom.StartAsync(app, "kosten@debrug.nl");
        await using var chair = await room.ChairAsync(app);
        // Over a WebSocket, as tablets connect: long polling would add the cookie's check to every request.
        await using var voter = await SessionClient.ConnectWebSocketAsync(app, room.ParticipantCookies[0]);
        await using var other = await SessionClient.ConnectWebSocketAsync(app, room.ParticipantCookies[1]);
        Assert.True((await voter.JoinAsync(room.SessionId)).Ok);
        Assert.True((await other.JoinAsync(room.SessionId)).Ok);

        // Round 1, on the first norm, unmeasured: before any round the full state has no votes to load, one query less.
        var warmUp = await chair.InvokeAsync(nameof(SessionHub.OpenRound), Guid.NewGuid());
        var firstRound = (await chair.WaitForAsync(c => c.Chair, s => s.Own.Version >= warmUp.Version)).Own.Round!.RoundId;
        await voter.VoteAsync(firstRound, "2");
        await FinishRoundAsync(chair, firstRound);
        var first = await MeasuredRoundAsync(app, room, chair, voter, counter);
        for (var round = 3; round <= 50; round++)
        {
            // Four rounds per norm (a vote and three re-votes), then the next norm: fifty rounds over fourteen norms.
            var next = round % 4 == 1;
            if (next)
            {
                var moved = await chair.InvokeAsync(nameof(SessionHub.Next), Guid.NewGuid());
                Assert.True(moved.Ok, moved.Message);
            }

            var opened = await chair.InvokeAsync(next ? nameof(SessionHub.OpenRound) : nameof(SessionHub.Revote), Guid.NewGuid());
            Assert.True(opened.Ok, opened.Message);
            var roundId = (await chair.WaitForAsync(c => c.Chair, s => s.Own.Version >= opened.Version)).Own.Round!.RoundId;
            await voter.VoteAsync(roundId, "3");
            await other.VoteAsync(roundId, "4");
            await FinishRoundAsync(chair, roundId);
        }

        var last = await MeasuredRoundAsync(app, room, chair, voter, counter);

        Assert.Equal(51, await app.WithDatabaseAsync(db => db.LiveSessions.Where(s => s.Id == room.SessionId).SelectMany(s => s.Rounds).CountAsync()));
        // In one transaction: raise the version, read the session row (with whether the answer fits the item and whether
        // the voter's link still works), claim the command id, read the seats with who voted, and upsert the vote.
        Assert.True(first.Vote.Commands == 5, string.Join("\n", first.Vote.Texts));
        Assert.Equal(first.Vote.Commands, last.Vote.Commands);
        Assert.Equal(first.Vote.RowsRead, last.Vote.RowsRead);
        output.WriteLine($"A vote: {first.Vote} at round 2; {last.Vote} at round 51.");
        foreach (var (command, atFirst) in first.Steering)
        {
            var atLast = last.Steering[command];
            // Raise the version, read the session's head, claim the command id, write one or two rows.
            Assert.True(atFirst.Command.Commands <= 5, $"{command}: {string.Join("\n", atFirst.Command.Texts)}");
            Assert.Equal(atFirst.Command.Commands, atLast.Command.Commands);
            Assert.Equal(atFirst.Command.RowsRead, atLast.Command.RowsRead);
            // The full states after it load the session once, in as many queries; what they read grows with the rounds shown.
            Assert.Equal(atFirst.State.Commands, atLast.State.Commands);
            output.WriteLine($"{command}: {atFirst.Command} (state: {atFirst.State}) at round 2; {atLast.Command} (state: {atLast.State}) at round 51.");
        }

        // Leaving: raise the version, mark the seat absent, read who is present; and no full state for anyone.
        Assert.True(first.Presence.Commands == 3, string.Join("\n", first.Presence.Texts));
        Assert.Equal(first.Presence.Commands, last.Presence.Commands);
        Assert.Equal(first.Presence.RowsRead, last.Presence.RowsRead);
        output.WriteLine($"A tablet leaving: {first.Presence} at round 2; {last.Presence} at round 51.");
    }

    [Fact]
    public async Task A_tablet_joining_loads_the_session_once_for_the_state_it_gets_back()
    {
        var counter = new SqlCounter();
        await using var app = new ScanAppFactory(signInPerMinute: 10_000)
        {
            TestServices = services => services.ConfigureDbContext<ScanDbContext>(options => options.AddInterceptors(counter)),
        };
        var room = await LiveRoom.StartAsync(app, "binnenkomen@debrug.nl");
        await using var chair = await room.ChairAsync(app);
        await using var tablet = await SessionClient.ConnectWebSocketAsync(app, room.ParticipantCookies[0]);

        counter.Reset();
        var joined = await tablet.JoinAsync(room.SessionId);
        var join = counter.SnapshotBy(LiveSessionService.StateTag).Tagged;
        counter.Reset();
        var again = await tablet.InvokeAsync(nameof(SessionHub.GetState));
        var state = counter.SnapshotBy(LiveSessionService.StateTag).Tagged;

        Assert.True(joined.Ok, joined.Message);
        Assert.True(again.Ok, again.Message);
        Assert.True(state.Commands > 0);
        Assert.Equal(state.Commands, join.Commands);
        output.WriteLine($"Joining: {join} to load the state; asking for the state again: {state}.");
    }

    [Fact]
    public async Task After_a_vote_the_room_gets_one_small_update_without_any_answer_and_no_full_state()
    {
        await using var app = new ScanAppFactory(signInPerMinute: 10_000);
        var room = await LiveRoom.StartAsync(app, "klein@debrug.nl");
        await using var chair = await room.ChairAsync(app);
        await using var screen = await room.ScreenAsync(app);
        var tablets = await room.ParticipantsAsync(app);
        var opened = await chair.InvokeAsync(nameof(SessionHub.OpenRound), Guid.NewGuid());
        var roundId = (await screen.WaitForAsync(c => c.Screen, s => s.Version >= opened.Version)).Round!.RoundId;
        await Task.WhenAll(tablets.Select(t => t.WaitForAsync(c => c.Participant, s => s.Version >= opened.Version)));
        // The console's own state after opening too, so that no full state is still on its way when the count starts.
        await chair.WaitForAsync(c => c.Chair, s => s.Own.Version >= opened.Version);
        var everyone = tablets.Append(chair).Append(screen).ToArray();
        var fullStates = everyone.Sum(c => c.FullStates);

        var voted = await tablets[0].VoteAsync(roundId, "4", comment: "Alleen voor mij");

        Assert.True(voted.Ok, voted.Message);
        var updates = await Task.WhenAll(everyone.Select(c => c.WaitForAsync(x => x.VoteCounts.LastOrDefault(), u => u.Version == voted.Version)));
        Assert.Equal(fullStates, everyone.Sum(c => c.FullStates));
        var frames = updates.Select(u => $$"""{"type":1,"target":"VoteCounted","arguments":[{{JsonSerializer.Serialize(u, JsonSerializerOptions.Web)}}]}""").ToArray();
        Assert.All(frames, f => Assert.DoesNotContain("Alleen voor mij", f, StringComparison.Ordinal));
        Assert.All(frames, f => Assert.DoesNotContain("\"4\"", f, StringComparison.Ordinal));
        var bytes = frames.Sum(f => Encoding.UTF8.GetByteCount(f) + 1);
        Assert.True(bytes <= 3 * 1024, $"{bytes} bytes to {frames.Length} connections");
        output.WriteLine($"After a vote the room got {bytes} bytes over {frames.Length} connections.");
        Assert.Equal("1 van 12 gestemd", (await chair.WaitForAsync(c => c.Chair, s => s.Own.Version == voted.Version)).Own.Round!.Progress);
        Assert.Equal("Deelnemer 1", Assert.Single(chair.Chair!.People, p => p.Voted).Name);
        Assert.Equal("4", tablets[0].Participant!.MyAnswer);
        foreach (var tablet in tablets)
        {
            await tablet.DisposeAsync();
        }
    }

    /// <summary>One round measured command by command: the next norm, open, a vote, close, reveal; then a tablet
    /// that joined for the purpose leaves.</summary>
    private static async Task<RoundCost> MeasuredRoundAsync(ScanAppFactory app, LiveRoom room, SessionClient chair, SessionClient voter, SqlCounter counter)
    {
        var steering = new Dictionary<string, (SqlCost Command, SqlCost State)>();
        async Task<SessionResult> Measured(string method, params object[] args)
        {
            counter.Reset();
            var result = await chair.InvokeAsync(method, [Guid.NewGuid(), .. args]);
            Assert.True(result.Ok, result.Message);
            steering[method] = counter.SnapshotBy(LiveSessionService.StateTag);
            return result;
        }

        await Measured(nameof(SessionHub.Next));

        var opened = await Measured(nameof(SessionHub.OpenRound));
        var roundId = (await voter.WaitForAsync(c => c.Participant, s => s.Version >= opened.Version)).Round!.RoundId;
        counter.Reset();
        var voted = await voter.VoteAsync(roundId, "3");
        Assert.True(voted.Ok, voted.Message);
        var vote = counter.SnapshotBy(LiveSessionService.StateTag).Untagged;
        await Measured(nameof(SessionHub.CloseRound), roundId);
        await Measured(nameof(SessionHub.Reveal), roundId);

        var leaving = await SessionClient.ConnectWebSocketAsync(app, room.ParticipantCookies[2]);
        var joined = await leaving.JoinAsync(room.SessionId);
        Assert.True(joined.Ok, joined.Message);
        var came = await chair.WaitForAsync(c => c.Chair, s => s.Own.Version >= joined.Version && s.People.Count(p => p.Present) == 4);
        var fullStates = chair.FullStates;
        counter.Reset();
        await leaving.DisposeAsync();
        await chair.WaitForAsync(c => c.Chair, s => s.Own.Version > came.Own.Version && s.People.Count(p => p.Present) == 3);
        var presence = counter.SnapshotBy(LiveSessionService.StateTag).Untagged;
        Assert.Equal(fullStates, chair.FullStates);
        return new RoundCost(vote, steering, presence);
    }

    /// <summary>What one round's commands cost: the vote, each steering command (its own writes and reads, and the load
    /// for the full states after it), and a tablet leaving.</summary>
    private sealed record RoundCost(SqlCost Vote, IReadOnlyDictionary<string, (SqlCost Command, SqlCost State)> Steering, SqlCost Presence);

    private static async Task FinishRoundAsync(SessionClient chair, Guid roundId)
    {
        Assert.True((await chair.InvokeAsync(nameof(SessionHub.CloseRound), Guid.NewGuid(), roundId)).Ok);
        Assert.True((await chair.InvokeAsync(nameof(SessionHub.Reveal), Guid.NewGuid(), roundId)).Ok);
    }
}
