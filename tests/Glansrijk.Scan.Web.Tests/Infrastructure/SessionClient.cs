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
        connection.On<ParticipantState>(nameof(ISessionClient.ParticipantState), s => Keep(() => Participant = s));
        connection.On<ChairState>(nameof(ISessionClient.ChairState), s => Keep(() => Chair = s));
        connection.On<ScreenState>(nameof(ISessionClient.ScreenState), s => Keep(() => Screen = s));
    }

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

    public Task<SessionResult> VoteAsync(Guid roundId, string option, Guid? commandId = null, string? comment = null) =>
        InvokeAsync(nameof(SessionHub.Vote), commandId ?? Guid.NewGuid(), roundId, option, comment);

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

    private void Keep(Action set)
    {
        lock (_gate)
        {
            set();
        }
    }
}
