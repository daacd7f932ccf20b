using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Features.Sessions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Glansrijk.Scan.Benchmarks.Baseline;

/// <summary>The bare baseline: the least an ASP.NET Core SignalR server must do for a live vote, so that the
/// product's figures can be read against it on the same machine in the same run. It answers the calls the benchmark
/// makes (Start, Join, JoinScreen, OpenRound, Vote, CloseRound, Reveal, Next) with the product's result type; a vote
/// is one durable SQLite insert and one broadcast of a ~120-byte count to the room's group. It is started by the
/// benchmark as a process of its own (<c>--serve-baseline</c>), as the product is.</summary>
public static class BaselineServer
{
    public const string Argument = "--serve-baseline";
    public const string HubPath = "/baseline-hub";

    /// <summary>SQLite as a durable write needs it: WAL, and synchronous=FULL, SQLite's default, which is what the
    /// product runs with (it sets no synchronous pragma of its own).</summary>
    public const string Durability = "journal_mode=WAL, synchronous=FULL";

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var database = builder.Configuration["Database"] ?? throw new ArgumentException("--Database=<file> is required.");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = database, Pooling = true }.ToString();
        await CreateAsync(connectionString);

        builder.Services.AddSingleton(new BaselineStore(connectionString));
        builder.Services.AddSingleton<BaselineRooms>();
        builder.Services.AddSignalR();
        var app = builder.Build();
        app.MapGet("/", () => Results.Text("baseline"));
        app.MapHub<BaselineHub>(HubPath);
        await app.RunAsync();
        return 0;
    }

    private static async Task CreateAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode=WAL;
            CREATE TABLE IF NOT EXISTS Votes (
                RoundId TEXT NOT NULL,
                Seat TEXT NOT NULL,
                CommandId TEXT NOT NULL UNIQUE,
                Option TEXT NOT NULL,
                CastAt TEXT NOT NULL,
                PRIMARY KEY (RoundId, Seat));
            """;
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>The one durable write of a vote: an upsert keyed by (round, seat), with synchronous=FULL.</summary>
public sealed class BaselineStore(string connectionString)
{
    public async Task SaveVoteAsync(Guid roundId, string seat, Guid commandId, string option)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA synchronous=FULL;
            INSERT INTO Votes (RoundId, Seat, CommandId, Option, CastAt) VALUES ($round, $seat, $command, $option, $at)
            ON CONFLICT (RoundId, Seat) DO UPDATE SET CommandId = excluded.CommandId, Option = excluded.Option, CastAt = excluded.CastAt;
            """;
        command.Parameters.AddWithValue("$round", roundId.ToString());
        command.Parameters.AddWithValue("$seat", seat);
        command.Parameters.AddWithValue("$command", commandId.ToString());
        command.Parameters.AddWithValue("$option", option);
        command.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("O"));
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>A room as the baseline keeps it, in memory: its console, version, open round and who voted in it.</summary>
public sealed class BaselineRoom(Guid id, string consoleConnection)
{
    public const int Seats = Core.Scans.Scan.MaxSeats;

    private static readonly ItemSummary Item = new("baseline-item", [new("1"), new("2"), new("3"), new("4")]);

    private readonly HashSet<string> _voted = [];
    private long _version;
    private RoundSummary? _round;

    public Guid Id { get; } = id;

    public string ConsoleConnection { get; } = consoleConnection;

    public string Group => Id.ToString("N");

    public TabletView Tablet()
    {
        lock (_voted)
        {
            return new TabletView(_version, _round is null ? null : Item, _round);
        }
    }

    public ScreenView Screen()
    {
        lock (_voted)
        {
            return new ScreenView(_version, _round);
        }
    }

    public TabletView OpenRound()
    {
        lock (_voted)
        {
            _voted.Clear();
            _round = new RoundSummary(Guid.NewGuid(), RoundState.Open, 0, Seats);
            _version++;
            return new TabletView(_version, Item, _round);
        }
    }

    /// <summary>Null when the round is not this room's open round.</summary>
    public ScreenView? Voted(Guid roundId, string seat)
    {
        lock (_voted)
        {
            if (_round is not { State: RoundState.Open } round || round.RoundId != roundId)
            {
                return null;
            }

            _voted.Add(seat);
            _round = round with { Voted = _voted.Count };
            _version++;
            return new ScreenView(_version, _round);
        }
    }

    public ScreenView? Moved(Guid? roundId, RoundState state)
    {
        lock (_voted)
        {
            if (roundId is { } id && _round?.RoundId != id)
            {
                return null;
            }

            _round = _round is null ? null : _round with { State = state };
            _version++;
            return new ScreenView(_version, _round);
        }
    }
}

public sealed class BaselineRooms
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, BaselineRoom> _rooms = new();

    public BaselineRoom Add(string consoleConnection)
    {
        var room = new BaselineRoom(Guid.NewGuid(), consoleConnection);
        _rooms[room.Id] = room;
        return room;
    }

    public BaselineRoom? Find(Guid id) => _rooms.GetValueOrDefault(id);
}

/// <summary>The minimal hub. A connection's room is kept in <see cref="HubCallerContext.Items"/>; the seat is the
/// connection itself.</summary>
public sealed class BaselineHub(BaselineRooms rooms, BaselineStore store) : Hub
{
    private const string RoomKey = "room";

    public SessionResult Start(Guid scanId, int number)
    {
        _ = (scanId, number);
        var room = rooms.Add(Context.ConnectionId);
        return new SessionResult(true, 0, null, room.Id);
    }

    public async Task<SessionResult> Join(Guid sessionId)
    {
        if (rooms.Find(sessionId) is not { } room)
        {
            return new SessionResult(false, 0, "Onbekende sessie.");
        }

        Context.Items[RoomKey] = room;
        await Groups.AddToGroupAsync(Context.ConnectionId, room.Group);
        var tablet = room.Tablet();
        if (room.ConsoleConnection == Context.ConnectionId)
        {
            await Clients.Caller.SendAsync(nameof(ISessionClient.ChairState), new ConsoleView(tablet, room.Group));
        }
        else
        {
            await Clients.Caller.SendAsync(nameof(ISessionClient.ParticipantState), tablet);
        }

        return new SessionResult(true, tablet.Version, null);
    }

    public async Task<SessionResult> JoinScreen(string code)
    {
        if (!Guid.TryParseExact(code, "N", out var id) || rooms.Find(id) is not { } room)
        {
            return new SessionResult(false, 0, "Onbekende code.");
        }

        Context.Items[RoomKey] = room;
        await Groups.AddToGroupAsync(Context.ConnectionId, room.Group);
        var screen = room.Screen();
        await Clients.Caller.SendAsync(nameof(ISessionClient.ScreenState), screen);
        return new SessionResult(true, screen.Version, null);
    }

    public async Task<SessionResult> OpenRound(Guid commandId)
    {
        _ = commandId;
        if (ConsoleRoom() is not { } room)
        {
            return new SessionResult(false, 0, "Alleen de voorzitter.");
        }

        var tablet = room.OpenRound();
        await Clients.OthersInGroup(room.Group).SendAsync(nameof(ISessionClient.ParticipantState), tablet);
        await Clients.Caller.SendAsync(nameof(ISessionClient.ChairState), new ConsoleView(tablet, room.Group));
        return new SessionResult(true, tablet.Version, null);
    }

    public async Task<SessionResult> Vote(Guid commandId, Guid roundId, string option, string? comment)
    {
        _ = comment;
        if (Context.Items[RoomKey] is not BaselineRoom room)
        {
            return new SessionResult(false, 0, "Eerst meedoen.");
        }

        await store.SaveVoteAsync(roundId, Context.ConnectionId, commandId, option);
        if (room.Voted(roundId, Context.ConnectionId) is not { } count)
        {
            return new SessionResult(false, 0, "Deze ronde is niet open.");
        }

        await Clients.Group(room.Group).SendAsync(nameof(ISessionClient.ScreenState), count);
        return new SessionResult(true, count.Version, null);
    }

    public Task<SessionResult> CloseRound(Guid commandId, Guid roundId) => MoveAsync(roundId, RoundState.Closed);

    public Task<SessionResult> Reveal(Guid commandId, Guid roundId) => MoveAsync(roundId, RoundState.Revealed);

    public Task<SessionResult> Next(Guid commandId) => MoveAsync(null, RoundState.Revealed);

    private async Task<SessionResult> MoveAsync(Guid? roundId, RoundState state)
    {
        if (ConsoleRoom() is not { } room || room.Moved(roundId, state) is not { } screen)
        {
            return new SessionResult(false, 0, "Alleen de voorzitter, in de eigen ronde.");
        }

        await Clients.Group(room.Group).SendAsync(nameof(ISessionClient.ScreenState), screen);
        return new SessionResult(true, screen.Version, null);
    }

    private BaselineRoom? ConsoleRoom() =>
        Context.Items.TryGetValue(RoomKey, out var value) && value is BaselineRoom room && room.ConsoleConnection == Context.ConnectionId ? room : null;
}
