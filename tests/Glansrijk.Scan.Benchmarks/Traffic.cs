using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Net.WebSockets;

namespace Glansrijk.Scan.Benchmarks;

/// <summary>What the server pushed to the connections of one room, counted from the bytes each client's WebSocket
/// received: per session version, the payload bytes of every pushed message (SignalR invocation, "type":1) that
/// carried that version. Answers to the caller's own calls ("type":3, such as a voter's acknowledgement) and pings
/// are not pushes to the room and are left out.</summary>
public sealed class RoomTraffic
{
    private readonly ConcurrentDictionary<long, long> _bytesByVersion = new();

    /// <summary>A pushed message without a version is not caused by a command and is not attributed to one.</summary>
    public void Pushed(long? version, int bytes)
    {
        if (version is { } v)
        {
            _bytesByVersion.AddOrUpdate(v, bytes, (_, total) => total + bytes);
        }
    }

    /// <summary>All bytes pushed to the room that carried one of these versions.</summary>
    public long BytesFor(IEnumerable<long> versions) => versions.Distinct().Sum(v => _bytesByVersion.GetValueOrDefault(v));
}

/// <summary>A client WebSocket that splits what it receives into SignalR's JSON messages (each ends with the record
/// separator 0x1E) and reports every pushed one, with the session version it carries, to the room's
/// <see cref="RoomTraffic"/>. The version is the first "version" property in the message: every state and update
/// the server pushes starts with it (a chair's state with its own part, whose version is the session's).</summary>
public sealed class CountingWebSocket(WebSocket inner, RoomTraffic traffic) : WebSocket
{
    private const byte RecordSeparator = 0x1E;
    private static readonly byte[] InvocationStart = """{"type":1,"""u8.ToArray();
    private static readonly byte[] VersionProperty = "\"version\":"u8.ToArray();

    /// <summary>The bytes of the message being received, until its separator arrives.</summary>
    private readonly List<byte> _message = [];

    public override WebSocketCloseStatus? CloseStatus => inner.CloseStatus;

    public override string? CloseStatusDescription => inner.CloseStatusDescription;

    public override WebSocketState State => inner.State;

    public override string? SubProtocol => inner.SubProtocol;

    public override void Abort() => inner.Abort();

    public override Task CloseAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) =>
        inner.CloseAsync(closeStatus, statusDescription, cancellationToken);

    public override Task CloseOutputAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) =>
        inner.CloseOutputAsync(closeStatus, statusDescription, cancellationToken);

    public override void Dispose() => inner.Dispose();

    public override Task SendAsync(ArraySegment<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken) =>
        inner.SendAsync(buffer, messageType, endOfMessage, cancellationToken);

    public override ValueTask SendAsync(ReadOnlyMemory<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken) =>
        inner.SendAsync(buffer, messageType, endOfMessage, cancellationToken);

    public override async Task<WebSocketReceiveResult> ReceiveAsync(ArraySegment<byte> buffer, CancellationToken cancellationToken)
    {
        var result = await inner.ReceiveAsync(buffer, cancellationToken);
        Count(buffer.AsSpan(0, result.Count));
        return result;
    }

    public override async ValueTask<ValueWebSocketReceiveResult> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var result = await inner.ReceiveAsync(buffer, cancellationToken);
        Count(buffer.Span[..result.Count]);
        return result;
    }

    private void Count(ReadOnlySpan<byte> received)
    {
        // One receive may end one message and start the next; the receive loop runs one call at a time.
        while (received.Length > 0)
        {
            var end = received.IndexOf(RecordSeparator);
            if (end < 0)
            {
                _message.AddRange(received);
                return;
            }

            _message.AddRange(received[..(end + 1)]);
            Completed();
            received = received[(end + 1)..];
        }
    }

    private void Completed()
    {
        var message = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_message);
        if (message.StartsWith(InvocationStart))
        {
            traffic.Pushed(VersionIn(message), message.Length);
        }

        _message.Clear();
    }

    private static long? VersionIn(ReadOnlySpan<byte> message)
    {
        var at = message.IndexOf(VersionProperty);
        return at >= 0 && Utf8Parser.TryParse(message[(at + VersionProperty.Length)..], out long version, out _) ? version : null;
    }
}
