using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json.Serialization;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Features.Sessions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Glansrijk.Scan.Benchmarks;

// What the benchmark reads of the pushed states. The server's records carry much more (texts, overview, heat maps);
// reading only these fields keeps the client's share of the two cores small. The JSON names are the server's.
public sealed record OptionSummary(string Code);

public sealed record ItemSummary(string ItemId, IReadOnlyList<OptionSummary> Options);

/// <summary>The state comes by name ("Open"), as the server's <c>RoundView</c> sends it.</summary>
public sealed record RoundSummary(Guid RoundId, [property: JsonConverter(typeof(JsonStringEnumConverter<RoundState>))] RoundState State, int Voted, int Eligible);

/// <summary>A tablet's view: <c>ParticipantState</c>, or the <c>Own</c> part of a <c>ChairState</c>.</summary>
public sealed record TabletView(long Version, ItemSummary? Item, RoundSummary? Round);

public sealed record ConsoleView(TabletView Own, string ScreenCode);

public sealed record ScreenView(long Version, RoundSummary? Round);

/// <summary>The small update a room gets after a vote, where the server sends one ("VoteCounted"): the version, the
/// round and the places of the seats that voted. Applied to the screen as the browser applies it.</summary>
public sealed record VoteCountView(long Version, Guid RoundId, IReadOnlyList<int> Seats);

/// <summary>When a screen state arrived (a <see cref="Stopwatch"/> timestamp) and which version it carried.</summary>
public readonly record struct ScreenReceipt(long Version, long ReceivedAt, RoundSummary? Round);

/// <summary>One SignalR connection to the session hub over a WebSocket, as a tablet, the chair's console or the
/// screen holds it. It keeps the latest state pushed to it and lets callers wait for a state that satisfies a
/// condition without polling.</summary>
public sealed class HubClient : IAsyncDisposable
{
    private readonly List<ScreenReceipt> _screenReceipts = [];
    private volatile bool _disposing;

    private HubClient(HubConnection connection, string role)
    {
        Connection = connection;
        Role = role;
        connection.On<TabletView>(nameof(ISessionClient.ParticipantState), Tablet.Publish);
        connection.On<ConsoleView>(nameof(ISessionClient.ChairState), state =>
        {
            Console.Publish(state);
            Tablet.Publish(state.Own);
        });
        connection.On<ScreenView>(nameof(ISessionClient.ScreenState), state =>
        {
            Received(state.Version, state.Round);
            Screen.Publish(state);
        });
        connection.On<VoteCountView>(VoteCounted, update =>
        {
            Received(update.Version, null);
            Screen.Apply(shown => shown.Round is { } round && round.RoundId == update.RoundId
                ? shown with { Version = update.Version, Round = round with { Voted = update.Seats.Count } }
                : null);
        });
        connection.Closed += exception =>
        {
            if (!_disposing)
            {
                LostWith = exception?.Message ?? "closed by the server";
            }

            return Task.CompletedTask;
        };
    }

    /// <summary>The name of the small update after a vote, for a server that sends one.</summary>
    public const string VoteCounted = "VoteCounted";

    public HubConnection Connection { get; }

    /// <summary>"tablet", "console" or "screen", for error messages.</summary>
    public string Role { get; }

    public StateFeed<TabletView> Tablet { get; } = new(s => s.Version);

    public StateFeed<ConsoleView> Console { get; } = new(s => s.Own.Version);

    public StateFeed<ScreenView> Screen { get; } = new(s => s.Version);

    /// <summary>Set when the connection dropped while the benchmark still needed it.</summary>
    public string? LostWith { get; private set; }

    /// <summary>Connects to the hub at <paramref name="hubUrl"/> over a WebSocket whose received bytes are counted
    /// into <paramref name="traffic"/>.</summary>
    public static async Task<HubClient> ConnectAsync(Uri hubUrl, string? cookieHeader, string role, RoomTraffic traffic)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(hubUrl, options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.WebSocketFactory = async (context, cancel) =>
                {
                    var socket = new ClientWebSocket();
                    if (cookieHeader is not null)
                    {
                        socket.Options.SetRequestHeader("Cookie", cookieHeader);
                    }

                    await socket.ConnectAsync(context.Uri, cancel);
                    return new CountingWebSocket(socket, traffic);
                };
            })
            .Build();
        var client = new HubClient(connection, role);
        await connection.StartAsync();
        return client;
    }

    public Task<SessionResult> InvokeAsync(string method, params object?[] args) =>
        Connection.InvokeCoreAsync<SessionResult>(method, args);

    /// <summary>Every screen state this connection received so far, in the order it arrived.</summary>
    public ScreenReceipt[] ScreenReceipts()
    {
        lock (_screenReceipts)
        {
            return [.. _screenReceipts];
        }
    }

    private void Received(long version, RoundSummary? round)
    {
        var receivedAt = Stopwatch.GetTimestamp();
        lock (_screenReceipts)
        {
            _screenReceipts.Add(new ScreenReceipt(version, receivedAt, round));
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposing = true;
        await Connection.DisposeAsync();
    }
}

/// <summary>The latest state of one kind that a connection received, with waiters for a condition on it.</summary>
public sealed class StateFeed<T>(Func<T, long> versionOf)
    where T : class
{
    private readonly object _gate = new();
    private readonly List<(Func<T, bool> Condition, TaskCompletionSource<T> Done)> _waiters = [];
    private T? _latest;

    public T? Latest
    {
        get
        {
            lock (_gate)
            {
                return _latest;
            }
        }
    }

    public void Publish(T state)
    {
        List<(TaskCompletionSource<T> Done, T State)>? ready = null;
        lock (_gate)
        {
            // The state sent in answer to Join is read outside the session's lock, so a broadcast of a newer version
            // can arrive before it; never step back to the older one.
            if (_latest is not null && versionOf(state) < versionOf(_latest))
            {
                return;
            }

            _latest = state;
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Condition(state))
                {
                    (ready ??= []).Add((_waiters[i].Done, state));
                    _waiters.RemoveAt(i);
                }
            }
        }

        foreach (var (done, value) in ready ?? [])
        {
            done.TrySetResult(value);
        }
    }

    /// <summary>Publishes what <paramref name="change"/> makes of the latest state (nothing when it gives null, or
    /// when there is no state yet): a small update applied to the full state it belongs to.</summary>
    public void Apply(Func<T, T?> change)
    {
        T? next;
        lock (_gate)
        {
            next = _latest is null ? null : change(_latest);
        }

        if (next is not null)
        {
            Publish(next);
        }
    }

    /// <summary>The first state (the latest one, or one still to come) that satisfies <paramref name="condition"/>;
    /// a <see cref="TimeoutException"/> when none comes within <paramref name="timeout"/>.</summary>
    public async Task<T> WaitForAsync(Func<T, bool> condition, TimeSpan timeout, string what)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_latest is not null && condition(_latest))
            {
                return _latest;
            }

            _waiters.Add((condition, done));
        }

        try
        {
            return await done.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            lock (_gate)
            {
                _waiters.RemoveAll(w => w.Done == done);
            }

            throw new TimeoutException($"waited {timeout.TotalSeconds:0} s for {what}; the latest version was {(Latest is { } latest ? versionOf(latest) : 0)}");
        }
    }
}
