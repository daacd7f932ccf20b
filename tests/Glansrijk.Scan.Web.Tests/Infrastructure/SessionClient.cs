using Glansrijk.Scan.Web.Features.Sessions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;

namespace Glansrijk.Scan.Web.Tests.Infrastructure;

/// <summary>A real SignalR client on the test server: a tablet (participant cookie), the chair's console (account
/// cookie) or the screen (no cookie). It keeps the latest state the server pushed.</summary>
public sealed class SessionClient : IAsyncDisposable
{
    private readonly object _gate = new();

    private SessionClient(HubConnection connection)
    {
        Connection = connection;
        connection.On<ParticipantState>(nameof(ISessionClient.ParticipantState), s => Keep(() => (Participant, FullStates) = (s, FullStates + 1)));
        connection.On<ChairState>(nameof(ISessionClient.ChairState), s => Keep(() => (Chair, FullStates) = (s, FullStates + 1)));
        connection.On<ScreenState>(nameof(ISessionClient.ScreenState), s => Keep(() => (Screen, FullStates) = (s, FullStates + 1)));
        connection.On<VoteCount>(nameof(ISessionClient.VoteCounted), update => Keep(() => Apply(update)));
        connection.On<PresenceUpdate>(nameof(ISessionClient.PresenceChanged), update => Keep(() => Apply(update)));
    }

    /// <summary>How many full states this connection got.</summary>
    public int FullStates { get; private set; }

    /// <summary>The small updates the room got after votes, in the order they came.</summary>
    public List<VoteCount> VoteCounts { get; } = [];

    /// <summary>The small updates the room got after someone came in or left, in the order they came.</summary>
    public List<PresenceUpdate> PresenceUpdates { get; } = [];

    public HubConnection Connection { get; }
    public ParticipantState? Participant { get; private set; }
    public ChairState? Chair { get; private set; }
    public ScreenState? Screen { get; private set; }

    public static async Task<SessionClient> ConnectAsync(ScanAppFactory app, string? cookieHeader, Action<HttpConnectionOptions>? configure = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(new Uri(ScanAppFactory.PublicUrl), SessionHub.Path), options =>
            {
                options.HttpMessageHandlerFactory = _ => app.Server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
                if (cookieHeader is not null)
                {
                    options.Headers["Cookie"] = cookieHeader;
                }

                configure?.Invoke(options);
            })
            .Build();
        await connection.StartAsync();
        return new SessionClient(connection);
    }

    /// <summary>The same client over a WebSocket, the transport tablets use; <paramref name="origin"/> is the Origin
    /// header a browser would send.</summary>
    public static async Task<SessionClient> ConnectWebSocketAsync(ScanAppFactory app, string? cookieHeader, string? origin = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(new Uri(ScanAppFactory.PublicUrl), SessionHub.Path), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.WebSocketFactory = async (context, cancellationToken) =>
                {
                    var client = app.Server.CreateWebSocketClient();
                    client.ConfigureRequest = request =>
                    {
                        if (cookieHeader is not null)
                        {
                            request.Headers.Cookie = cookieHeader;
                        }

                        if (origin is not null)
                        {
                            request.Headers.Origin = origin;
                        }
                    };
                    return await client.ConnectAsync(context.Uri, cancellationToken);
                };
            })
            .Build();
        await connection.StartAsync();
        return new SessionClient(connection);
    }

    /// <summary>A client of an app running as its own process, over a WebSocket without negotiation, as the browsers
    /// connect (so it works whichever node a proxy sends it to).</summary>
    public static async Task<SessionClient> ConnectToAsync(string baseUrl, string? cookieHeader)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(new Uri(baseUrl), SessionHub.Path), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                if (cookieHeader is not null)
                {
                    options.Headers["Cookie"] = cookieHeader;
                }
            })
            .Build();
        await connection.StartAsync();
        return new SessionClient(connection);
    }

    public Task<SessionResult> InvokeAsync(string method, params object?[] args) =>
        Connection.InvokeCoreAsync<SessionResult>(method, args);

    public Task<SessionResult> JoinAsync(Guid sessionId) => InvokeAsync(nameof(SessionHub.Join), sessionId);

    /// <summary>Votes; as the tablet does, an acknowledged vote becomes this client's own answer (the room's update
    /// never carries it).</summary>
    public async Task<SessionResult> VoteAsync(Guid roundId, string option, Guid? commandId = null, string? comment = null)
    {
        var result = await InvokeAsync(nameof(SessionHub.Vote), commandId ?? Guid.NewGuid(), roundId, option, comment);
        if (result.Ok)
        {
            var trimmed = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
            Keep(() =>
            {
                Participant = Participant is { } p && p.Round?.RoundId == roundId ? p with { MyAnswer = option, MyComment = trimmed } : Participant;
                Chair = Chair is { } c && c.Own.Round?.RoundId == roundId ? c with { Own = c.Own with { MyAnswer = option, MyComment = trimmed } } : Chair;
            });
        }

        return result;
    }

    /// <summary>Waits until the latest pushed state satisfies <paramref name="condition"/>.</summary>
    public Task<T> WaitForAsync<T>(Func<SessionClient, T?> state, Func<T, bool> condition)
        where T : class =>
        Eventually.ValueAsync(
            () =>
            {
                lock (_gate)
                {
                    return Task.FromResult(state(this));
                }
            },
            current => current is not null && condition(current),
            current => $"the latest state was {current?.ToString() ?? "none"}",
            TimeSpan.FromSeconds(15),
            TimeSpan.FromMilliseconds(20))!;

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();

    /// <summary>Applies a vote's small update as the browser does: only when it is newer than what this client shows.</summary>
    private void Apply(VoteCount update)
    {
        VoteCounts.Add(update);
        RoundView? Counted(RoundView? round) =>
            round is not null && round.RoundId == update.RoundId ? round with { Voted = update.Seats.Count, Progress = update.Progress } : round;
        if (Participant is { } participant && update.Version > participant.Version)
        {
            Participant = participant with { Version = update.Version, Round = Counted(participant.Round) };
        }

        if (Chair is { } chair && update.Version > chair.Own.Version)
        {
            var sameRound = chair.Own.Round?.RoundId == update.RoundId;
            Chair = chair with
            {
                Own = chair.Own with { Version = update.Version, Round = Counted(chair.Own.Round) },
                People = sameRound ? [.. chair.People.Select(p => p with { Voted = update.Seats.Contains(p.Place) })] : chair.People,
            };
        }

        if (Screen is { } screen && update.Version > screen.Version)
        {
            Screen = screen with { Version = update.Version, Round = Counted(screen.Round) };
        }
    }

    /// <summary>Applies a presence update as the browser does: the console's people and the screen's names.</summary>
    private void Apply(PresenceUpdate update)
    {
        PresenceUpdates.Add(update);
        if (Participant is { } participant && update.Version > participant.Version)
        {
            Participant = participant with { Version = update.Version };
        }

        if (Chair is { } chair && update.Version > chair.Own.Version)
        {
            Chair = chair with
            {
                Own = chair.Own with { Version = update.Version },
                People = [.. chair.People.Select(p => p with { Present = update.Present.Contains(p.Place) })],
            };
        }

        if (Screen is { } screen && update.Version > screen.Version)
        {
            Screen = screen with { Version = update.Version, Present = update.Names };
        }
    }

    private void Keep(Action set)
    {
        lock (_gate)
        {
            set();
        }
    }
}
