using System.Diagnostics;
using System.Net.WebSockets;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Features.Sessions;
using Microsoft.AspNetCore.SignalR;

namespace Glansrijk.Scan.Benchmarks;

/// <summary>One live session of one scan, as the room runs it: twelve tablets (the initiator's and the eleven
/// participants'), the chair's console (the initiator, on a second connection) and the shared screen. The console
/// steers each round: open, wait for the twelve votes, check the screen, close, reveal, next.</summary>
public sealed class SessionRun(SeededScan scan, string baseUrl, BenchmarkOptions options, Measurements measurements) : IAsyncDisposable
{
    private readonly List<HubClient> _clients = [];
    private HubClient? _console;
    private HubClient? _screen;
    private HubClient[] _tablets = [];
    private Guid _sessionId;
    private int _roundsRun;

    public int Connections => _clients.Count;

    public bool Ready { get; private set; }

    /// <summary>Signs everyone in, starts session 1 and connects and joins all fourteen connections.</summary>
    public async Task PrepareAsync(BrowserSignIn signIn)
    {
        try
        {
            var initiatorCookie = await signIn.InitiatorCookieAsync(scan.InitiatorEmail, Seeding.Password);
            var participantCookies = await Task.WhenAll(scan.ParticipantTokens.Select(signIn.ParticipantCookieAsync));

            _console = await ConnectAsync(initiatorCookie, "console");
            var started = Checked(await _console.InvokeAsync(nameof(SessionHub.Start), scan.ScanId, 1), "Start");
            _sessionId = started.SessionId ?? throw new InvalidOperationException("Start gave no session id.");
            Checked(await _console.InvokeAsync(nameof(SessionHub.Join), _sessionId), "Join (console)");
            var console = await _console.Console.WaitForAsync(_ => true, options.Timeout, "the console's first state");

            _screen = await ConnectAsync(null, "screen");
            Checked(await _screen.InvokeAsync(nameof(SessionHub.JoinScreen), console.ScreenCode), "JoinScreen");

            _tablets = await Task.WhenAll(new[] { initiatorCookie }.Concat(participantCookies).Select(async cookie =>
            {
                var tablet = await ConnectAsync(cookie, "tablet");
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

    /// <summary>One round whose figures are thrown away, so that the server's first-call costs (JIT, EF's model and
    /// query compilation, the first connections of the pool) are not in the measurement.</summary>
    public async Task WarmUpAsync()
    {
        var thrownAway = new Measurements();
        try
        {
            await RoundAsync(thrownAway);
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
        if (_roundsRun++ > 0)
        {
            Checked(await InvokeAsync(console, nameof(SessionHub.Next), Guid.NewGuid()), "Next");
        }

        var opened = Checked(await InvokeAsync(console, nameof(SessionHub.OpenRound), Guid.NewGuid()), "OpenRound");
        var phaseStart = Stopwatch.GetTimestamp();
        var state = await console.Console.WaitForAsync(
            c => c.Own.Version >= opened.Version && c.Own.Round is { State: RoundState.Open }, options.Timeout, "the open round on the console");
        var roundId = state.Own.Round!.RoundId;

        var votes = (await Task.WhenAll(_tablets.Select(tablet => VoteAsync(tablet, roundId, into)))).OfType<AcknowledgedVote>().ToArray();
        if (votes.Length == 0)
        {
            throw new InvalidOperationException("no vote was acknowledged");
        }

        into.VotingPhase(phaseStart, votes.Max(v => v.AckedAt));

        // Correctness: once the last vote's version is on the screen, it must say that all twelve voted.
        var last = votes.Max(v => v.Version);
        var screen = await _screen!.Screen.WaitForAsync(s => s.Version >= last, options.Timeout, $"version {last} on the screen");
        if (screen.Round is not { } shown || shown.RoundId != roundId || shown.Voted != _tablets.Length || shown.Eligible != _tablets.Length)
        {
            into.Error($"screen after the last vote: {(screen.Round is { } r ? $"{r.Voted} van {r.Eligible} gestemd" : "no round")}, expected {_tablets.Length} van {_tablets.Length}");
        }

        MeasureScreenLatency(votes, into);

        Checked(await InvokeAsync(console, nameof(SessionHub.CloseRound), Guid.NewGuid(), roundId), "CloseRound");
        Checked(await InvokeAsync(console, nameof(SessionHub.Reveal), Guid.NewGuid(), roundId), "Reveal");
    }

    /// <summary>A tablet waits until it shows the open round, lets its person think for a random moment within the
    /// vote window, then votes. Returns null (and records why) when the vote did not count.</summary>
    private async Task<AcknowledgedVote?> VoteAsync(HubClient tablet, Guid roundId, Measurements into)
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
            into.Acknowledged(vote);
            return vote;
        }
        catch (Exception e) when (IsFailure(e))
        {
            into.Error($"vote: {e.Message}");
            return null;
        }
    }

    /// <summary>Joins each vote to the first screen state that carries its version or a later one.</summary>
    private void MeasureScreenLatency(IEnumerable<AcknowledgedVote> votes, Measurements into)
    {
        var receipts = _screen!.ScreenReceipts();
        foreach (var vote in votes)
        {
            var seen = Array.FindIndex(receipts, r => r.Version >= vote.Version);
            if (seen < 0)
            {
                into.Error("a vote's version never reached the screen");
                continue;
            }

            into.ReachedScreen(vote, receipts[seen].ReceivedAt);
        }
    }

    private async Task<HubClient> ConnectAsync(string? cookie, string role)
    {
        var client = await HubClient.ConnectAsync(baseUrl, cookie, role);
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
