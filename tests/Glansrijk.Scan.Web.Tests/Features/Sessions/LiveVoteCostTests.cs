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
    public async Task A_vote_after_fifty_rounds_sends_as_many_commands_and_reads_as_many_rows_as_the_first()
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

        var first = await MeasuredVoteAsync(chair, voter, counter, open: nameof(SessionHub.OpenRound));
        await other.VoteAsync(first.RoundId, "2");
        await FinishRoundAsync(chair, first.RoundId);
        for (var round = 2; round <= 50; round++)
        {
            // Four rounds per norm (a vote and three re-votes), then the next norm: fifty rounds over thirteen norms.
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

        var last = await MeasuredVoteAsync(chair, voter, counter, open: nameof(SessionHub.Revote));

        Assert.Equal(51, await app.WithDatabaseAsync(db => db.LiveSessions.Where(s => s.Id == room.SessionId).SelectMany(s => s.Rounds).CountAsync()));
        // The link check, then in one transaction: raise the version, read the session row, claim the command id, read the
        // item, the seats and who voted, and upsert the vote.
        Assert.True(first.Commands == 6, string.Join("\n", first.Texts));
        Assert.Equal(first.Commands, last.Commands);
        Assert.Equal(first.RowsRead, last.RowsRead);
        output.WriteLine($"A vote: {first.Commands} SQL commands, {first.RowsRead} rows read at round 1; {last.Commands} and {last.RowsRead} at round 51.");
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

    private static async Task<(Guid RoundId, int Commands, long RowsRead, IReadOnlyList<string> Texts)> MeasuredVoteAsync(
        SessionClient chair, SessionClient voter, SqlCounter counter, string open)
    {
        var opened = await chair.InvokeAsync(open, Guid.NewGuid());
        Assert.True(opened.Ok, opened.Message);
        var roundId = (await voter.WaitForAsync(c => c.Participant, s => s.Version >= opened.Version)).Round!.RoundId;
        counter.Reset();
        var voted = await voter.VoteAsync(roundId, "3");
        var (commands, rows, texts) = counter.Snapshot();
        Assert.True(voted.Ok, voted.Message);
        return (roundId, commands, rows, texts);
    }

    private static async Task FinishRoundAsync(SessionClient chair, Guid roundId)
    {
        Assert.True((await chair.InvokeAsync(nameof(SessionHub.CloseRound), Guid.NewGuid(), roundId)).Ok);
        Assert.True((await chair.InvokeAsync(nameof(SessionHub.Reveal), Guid.NewGuid(), roundId)).Ok);
    }
}
