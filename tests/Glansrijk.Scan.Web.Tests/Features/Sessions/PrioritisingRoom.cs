using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Features.Sessions;
using Glansrijk.Scan.Web.Tests.Infrastructure;

namespace Glansrijk.Scan.Web.Tests.Features.Sessions;

/// <summary>A live session 1 at its end: the chair (the initiator), the screen and eleven tablets joined, norm 1 scored
/// low by everyone and norm 2 split down the middle, so the focus proposal has a low score and a strong spread to
/// find.</summary>
public sealed class PrioritisingRoom : IAsyncDisposable
{
    public const string LowNorm = "norm-01";
    public const string SplitNorm = "norm-02";
    public const string PopularNorm = "norm-03";

    private PrioritisingRoom(LiveRoom room, SessionClient chair, SessionClient screen, SessionClient[] tablets)
    {
        Room = room;
        Chair = chair;
        Screen = screen;
        Tablets = tablets;
    }

    public LiveRoom Room { get; }
    public SessionClient Chair { get; }
    public SessionClient Screen { get; }
    public SessionClient[] Tablets { get; }

    public static async Task<PrioritisingRoom> ScoredAsync(ScanAppFactory app, string initiatorEmail)
    {
        var room = await LiveRoom.StartAsync(app, initiatorEmail);
        var chair = await room.ChairAsync(app);
        var screen = await room.ScreenAsync(app);
        var tablets = await room.ParticipantsAsync(app);
        var prioritising = new PrioritisingRoom(room, chair, screen, tablets);
        await prioritising.ScoreCurrentAsync(Enumerable.Repeat("1", 12));
        await prioritising.ScoreCurrentAsync(["1", "1", "1", "1", "1", "1", "4", "4", "4", "4", "4", "4"]);
        return prioritising;
    }

    /// <summary>Everyone votes on the item on the screen, the chair reveals and moves on.</summary>
    public async Task ScoreCurrentAsync(IEnumerable<string> answers)
    {
        var opened = await Chair.InvokeAsync(nameof(SessionHub.OpenRound), Guid.NewGuid());
        Assert.True(opened.Ok, opened.Message);
        var round = (await Chair.WaitForAsync(c => c.Chair, s => s.Own.Version >= opened.Version && s.Own.Round is { State: RoundState.Open })).Own.Round!;
        var voters = Tablets.Append(Chair).ToArray();
        foreach (var (voter, answer) in voters.Zip(answers))
        {
            Assert.True((await voter.VoteAsync(round.RoundId, answer)).Ok);
        }

        Assert.True((await Chair.InvokeAsync(nameof(SessionHub.CloseRound), Guid.NewGuid(), round.RoundId)).Ok);
        Assert.True((await Chair.InvokeAsync(nameof(SessionHub.Reveal), Guid.NewGuid(), round.RoundId)).Ok);
        var next = await Chair.InvokeAsync(nameof(SessionHub.Next), Guid.NewGuid());
        Assert.True(next.Ok, next.Message);
        await Chair.WaitForAsync(c => c.Chair, s => s.Own.Version >= next.Version);
    }

    public async Task<SessionResult> StartAsync(int budget = 3)
    {
        var started = await Chair.InvokeAsync(nameof(SessionHub.StartPrioritising), Guid.NewGuid(), budget);
        Assert.True(started.Ok, started.Message);
        await Screen.WaitForAsync(c => c.Screen, s => s.Version >= started.Version && s.Prioritising is not null);
        return started;
    }

    public static Task<SessionResult> DistributeAsync(SessionClient client, Dictionary<string, int> points, Guid? commandId = null) =>
        client.InvokeAsync(nameof(SessionHub.DistributePoints), commandId ?? Guid.NewGuid(), points);

    public async ValueTask DisposeAsync()
    {
        foreach (var tablet in Tablets)
        {
            await tablet.DisposeAsync();
        }

        await Chair.DisposeAsync();
        await Screen.DisposeAsync();
    }
}
