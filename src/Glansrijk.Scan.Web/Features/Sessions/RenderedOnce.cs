using System.Collections.Concurrent;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>Parts of the live states that are costly to build (SVG charts, the screen's overview) and never change for
/// their key, built once and shared by every audience and every state sent afterwards. The key must say everything the
/// part depends on: a revealed round's id for its chart (a revealed round never changes again: its votes are closed, the
/// session's seats and the choice for open discussion are fixed before the first round), a session and how many rounds
/// it has revealed for its overview (revealed rounds are only ever added). Only the latest parts are kept: a live
/// session shows one round at a time.</summary>
internal sealed class RenderedOnce<TKey, TValue>
    where TKey : notnull
{
    private const int Capacity = 256;
    private readonly ConcurrentDictionary<TKey, Lazy<TValue>> _parts = new();
    private readonly ConcurrentQueue<TKey> _order = new();

    public TValue For(TKey key, Func<TValue> render)
    {
        if (_parts.TryGetValue(key, out var known))
        {
            return known.Value;
        }

        var added = new Lazy<TValue>(render);
        var part = _parts.GetOrAdd(key, added);
        if (ReferenceEquals(part, added))
        {
            _order.Enqueue(key);
            while (_order.Count > Capacity && _order.TryDequeue(out var oldest))
            {
                _parts.TryRemove(oldest, out _);
            }
        }

        return part.Value;
    }
}
