using System.Diagnostics;
using System.Net.WebSockets;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Features.Sessions;
using Microsoft.AspNetCore.SignalR;

namespace Glansrijk.Scan.Benchmarks;

/// <summary>One live session of one scan, as the room runs it: twelve tablets (the initiator's and the eleven
/// participants'), the chair's console (the initiator, on a second connection) and the shared screen. The console
/// steers each round: open, wait for the twelve votes, check the screen, close, reveal, next.</summary>
/// <summary>One live session of one scan, as the room runs it: twelve tablets (the initiator's and the eleven
/// participants'), the chair's console (the initiator, on a second connection) and the shared screen. The console
/// steers each round: open, wait for the twelve votes, check the screen, close, reveal, next. Against the bare
/// baseline the same calls go to its minimal hub, without cookies. With more than one node the console uses the
/// first, the tablets take turns over all of them and every node has a screen of its own.</summary>
public sealed class SessionRun(SeededScan scan, IReadOnlyList<Uri> hubUrls, BenchmarkOptions options, Measurements measurements, Func<TimeSpan>? serverCpu = null) : IAsyncDisposable
{
    private readonly List<HubClient> _clients = [];
    private readonly RoomTraffic _traffic = new();
    private readonly List<(int Round, long[] Versions)> _voteVersions = [];
    private HubClient? _console;
    private HubClient[] _screens = [];
    private HubClient[] _tablets = [];
    private Guid _sessionId;
    private int _roundsRun;

    public int Connections => _clients.Count;

    public bool Ready { get; private set; }

    /// <summary>Signs everyone in (not against the baseline: <paramref name="signIn"/> is null), starts session 1
    /// and connects and joins all connections.</summary>
    public async Task PrepareAsync(BrowserSignIn? signIn)
    {
        try
        {
            var initiatorCookie = signIn is null ? null : await signIn.InitiatorCookieAsync(scan.InitiatorEmail, Seeding.Password);
            var participantCookies = signIn is null
                ? scan.ParticipantTokens.Select(_ => (string?)null).ToArray()
                : await Task.WhenAll(scan.ParticipantTokens.Select(async token => (string?)await signIn.ParticipantCookieAsync(token)));

            _console = await ConnectAsync(hubUrls[0], initiatorCookie, "console");
            var started = Checked(await _console.InvokeAsync(nameof(SessionHub.Start), scan.ScanId, 1), "Start");
            _sessionId = started.SessionId ?? throw new InvalidOperationException("Start gave no session id.");
            Checked(await _console.InvokeAsync(nameof(SessionHub.Join), _sessionId), "Join (console)");
            var console = await _console.Console.WaitForAsync(_ => true, options.Timeout, "the console's first state");

            _screens = await Task.WhenAll(hubUrls.Select(async hub =>
            {
                var screen = await ConnectAsync(hub, null, "screen");
                Checked(await screen.InvokeAsync(nameof(SessionHub.JoinScreen), console.ScreenCode), "JoinScreen");
                return screen;
            }));

            _tablets = await Task.WhenAll(new[] { initiatorCookie }.Concat(participantCookies).Select(async (cookie, seat) =>
            {
                var tablet = await ConnectAsync(hubUrls[seat % hubUrls.Count], cookie, "tablet");
                Checked(await tablet.InvokeAsync(nameof(SessionHub.Join), _sessionId), "Join (tablet)");
                return tablet;
            }));
            Ready = true;
        }
        catch (Exception e) when (IsFailure(e))
        {
            measurements.Error($"setup: {e.Message}");
        }
    }

    /// <summary>Rounds whose figures are thrown away, so that the server's first-call costs (JIT, EF's model and
    /// query compilation, the first connections of the pool) are not in the measurement. One round is not enough: the
    /// JIT recompiles hot methods in tiers during the first few hundred calls (in a 51-item run the server's CPU per
    /// vote went from 60 ms in round 1 to 5 ms from round 9 on). They run in a scan of their own, so that the measured
    /// sessions all start at their first item.</summary>
    public async Task WarmUpAsync(int rounds)
    {
        var thrownAway = new Measurements();
        try
        {
            for (var round = 1; round <= rounds; round++)
            {
                await RoundAsync(thrownAway);
            }
        }
        catch (Exception e) when (IsFailure(e))
        {
            thrownAway.Error(e.Message);
        }

        foreach (var (message, count) in thrownAway.ErrorsByMessage)
        {
            measurements.Error($"warm-up round: {message}", count);
        }
    }

    public async Task RunRoundsAsync()
    {
        for (var round = 1; round <= options.Rounds; round++)
        {
            try
            {
                await RoundAsync(measurements);
            }
            catch (Exception e) when (IsFailure(e))
            {
                // The chair cannot go on with a session whose state is unknown; the other sessions carry on.
                measurements.Error($"round {round}: {e.Message}");
                break;
            }
        }

        // Counted once every round is over, so that each push a vote caused has reached every connection.
        foreach (var (round, versions) in _voteVersions)
        {
            measurements.PushedForVotes(_traffic.BytesFor(versions), versions.Length, round);
        }

        foreach (var client in _clients.Where(c => c.LostWith is not null))
        {
            measurements.Error($"{client.Role} connection lost: {client.LostWith}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            await client.DisposeAsync();
        }
    }

    private async Task RoundAsync(Measurements into)
    {
        var console = _console!;
        var round = ++_roundsRun;
        var cpuBefore = serverCpu?.Invoke();
        if (round > 1)
        {
            Checked(await InvokeAsync(console, nameof(SessionHub.Next), Guid.NewGuid()), "Next");
        }

        var opened = Checked(await InvokeAsync(console, nameof(SessionHub.OpenRound), Guid.NewGuid()), "OpenRound");
        var phaseStart = Stopwatch.GetTimestamp();
        var state = await console.Console.WaitForAsync(
            c => c.Own.Version >= opened.Version && c.Own.Round is { State: RoundState.Open }, options.Timeout, "the open round on the console");
        var roundId = state.Own.Round!.RoundId;

        var votes = (await Task.WhenAll(_tablets.Select(tablet => VoteAsync(tablet, roundId, into, round)))).OfType<AcknowledgedVote>().ToArray();
        if (votes.Length == 0)
        {
            throw new InvalidOperationException("no vote was acknowledged");
        }

        into.VotingPhase(phaseStart, votes.Max(v => v.AckedAt));
        lock (_voteVersions)
        {
            _voteVersions.Add((round, [.. votes.Select(v => v.Version)]));
        }

        // Correctness: once the last vote's version is on a screen, it must say that all twelve voted; with more than
        // one node, every node's screen must say the same.
        var last = votes.Max(v => v.Version);
        var shown = await Task.WhenAll(_screens.Select(screen =>
            screen.Screen.WaitForAsync(s => s.Version >= last, options.Timeout, $"version {last} on the screen")));
        foreach (var screen in shown)
        {
            if (screen.Round is not { } r || r.RoundId != roundId || r.Voted != _tablets.Length || r.Eligible != _tablets.Length)
            {
                into.Error($"screen after the last vote: {(screen.Round is { } o ? $"{o.Voted} van {o.Eligible} gestemd" : "no round")}, expected {_tablets.Length} van {_tablets.Length}");
            }
        }

        if (_screens.Length > 1)
        {
            var counts = shown.Select(s => s.Round?.RoundId == roundId ? s.Round.Voted : -1).ToArray();
            into.ScreensCompared(agreeing: counts.Distinct().Count() == 1, exact: counts.All(c => c == votes.Length));
        }

        foreach (var screen in _screens)
        {
            MeasureScreenLatency(screen, votes, into, round);
        }

        Checked(await InvokeAsync(console, nameof(SessionHub.CloseRound), Guid.NewGuid(), roundId), "CloseRound");
        Checked(await InvokeAsync(console, nameof(SessionHub.Reveal), Guid.NewGuid(), roundId), "Reveal");
        if (cpuBefore is { } before)
        {
            into.RoundServerCpu(serverCpu!() - before, round);
        }
    }

    /// <summary>A tablet waits until it shows the open round, lets its person think for a random moment within the
    /// vote window, then votes. Returns null (and records why) when the vote did not count.</summary>
    private async Task<AcknowledgedVote?> VoteAsync(HubClient tablet, Guid roundId, Measurements into, int round)
    {
        try
        {
            var state = await tablet.Tablet.WaitForAsync(
                t => t.Round is { State: RoundState.Open } r && r.RoundId == roundId, options.Timeout, "the open round on a tablet");
            await Task.Delay(Random.Shared.Next((int)options.VoteWindow.TotalMilliseconds));
            var choices = state.Item?.Options ?? throw new InvalidOperationException("the tablet shows no item to vote on");
            var sentAt = Stopwatch.GetTimestamp();
            var result = await InvokeAsync(tablet, nameof(SessionHub.Vote), Guid.NewGuid(), roundId, choices[Random.Shared.Next(choices.Count)].Code, null);
            var ackedAt = Stopwatch.GetTimestamp();
            if (!result.Ok)
            {
                into.Error($"vote refused: {result.Message}");
                return null;
            }

            var vote = new AcknowledgedVote(result.Version, sentAt, ackedAt);
            into.Acknowledged(vote, round);
            return vote;
        }
        catch (Exception e) when (IsFailure(e))
        {
            into.Error($"vote: {e.Message}");
            return null;
        }
    }

    /// <summary>Joins each vote to the first state on this screen that carries its version or a later one.</summary>
    private static void MeasureScreenLatency(HubClient screen, IEnumerable<AcknowledgedVote> votes, Measurements into, int round)
    {
        var receipts = screen.ScreenReceipts();
        foreach (var vote in votes)
        {
            var seen = Array.FindIndex(receipts, r => r.Version >= vote.Version);
            if (seen < 0)
            {
                into.Error("a vote's version never reached the screen");
                continue;
            }

            into.ReachedScreen(vote, receipts[seen].ReceivedAt, round);
        }
    }

    private async Task<HubClient> ConnectAsync(Uri hubUrl, string? cookie, string role)
    {
        var client = await HubClient.ConnectAsync(hubUrl, cookie, role, _traffic);
        lock (_clients)
        {
            _clients.Add(client);
        }

        return client;
    }

    private Task<SessionResult> InvokeAsync(HubClient client, string method, params object?[] args) =>
        client.InvokeAsync(method, args).WaitAsync(options.Timeout);

    /// <summary>What a refused call, a time-out or a dropped connection throws; anything else is a bug here.</summary>
    private static bool IsFailure(Exception e) =>
        e is InvalidOperationException or TimeoutException or IOException or HubException or OperationCanceledException or HttpRequestException or WebSocketException;

    private static SessionResult Checked(SessionResult result, string what) =>
        result.Ok ? result : throw new InvalidOperationException($"{what} refused: {result.Message}");
}
