using System.Collections.Concurrent;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>The result chart of a revealed round, rendered once and shared by every audience that sees it: the screen,
/// the chair's console and each tablet, in every state sent after the reveal. A revealed round never changes again (its
/// votes are closed, the session's seats and the choice for open discussion are fixed before the first round), so the
/// round's id is key enough. Only the latest charts are kept: a live session shows one round at a time.</summary>
internal sealed class RoundCharts
{
    private const int Capacity = 256;
    private readonly ConcurrentDictionary<(Guid SessionId, Guid RoundId), Lazy<string>> _charts = new();
    private readonly ConcurrentQueue<(Guid SessionId, Guid RoundId)> _order = new();

    public string For(Guid sessionId, Guid roundId, Func<string> render)
    {
        var key = (sessionId, roundId);
        if (_charts.TryGetValue(key, out var known))
        {
            return known.Value;
        }

        var added = new Lazy<string>(render);
        var chart = _charts.GetOrAdd(key, added);
        if (ReferenceEquals(chart, added))
        {
            _order.Enqueue(key);
            while (_order.Count > Capacity && _order.TryDequeue(out var oldest))
            {
                _charts.TryRemove(oldest, out _);
            }
        }

        return chart.Value;
    }
}
