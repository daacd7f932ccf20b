using System.Collections.Concurrent;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>Which connection speaks for which seat, in this process: a tablet that reconnects has a new connection
/// before the old one is noticed as gone, and the seat stays present as long as one of its connections is open.</summary>
public sealed class SessionConnections
{
    private readonly ConcurrentDictionary<string, SessionCaller> _callers = new();

    public void Add(string connectionId, SessionCaller caller) => _callers[connectionId] = caller;

    /// <summary>Forgets the connection; null when it had not joined a session.</summary>
    public (SessionCaller Caller, bool SeatStillConnected)? Remove(string connectionId)
    {
        if (!_callers.TryRemove(connectionId, out var caller))
        {
            return null;
        }

        var stillConnected = caller.SeatId is not null && _callers.Values.Any(c => c == caller);
        return (caller, stillConnected);
    }
}
