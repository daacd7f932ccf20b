using System.Text.Json;
using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.Sessions;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>What the live pages' scripts need besides the hub's state and do not get from it: the names of the
/// instruments on the agenda and which items belong to each (to group the agenda and the overview). Rendered once into the page as a JSON data block (not a script, so the CSP does not mind).</summary>
public sealed record SessionPageData(IReadOnlyList<SessionPageData.InstrumentData> Instruments)
{
    /// <param name="MaxScore">The highest score of the instrument's scale, the end of the overview's bars.</param>
    public sealed record InstrumentData(string Id, string Name, bool IsMatrix, int MaxScore, IReadOnlyList<string> Items);

    public static SessionPageData For(LiveSession session, ContentCatalog content)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(content);
        var instruments = session.Agenda
            .GroupBy(e => e.InstrumentId)
            .Select(g => (Entries: g, Instrument: content.FindInstrument(g.Key)))
            .Where(x => x.Instrument is not null)
            .Select(x => new InstrumentData(x.Instrument!.Id, x.Instrument.Name, x.Instrument.IsMatrix, x.Instrument.Scale.CountedOptions.Max(o => o.Score) ?? 1, [.. x.Entries.Select(e => e.ItemId)]))
            .ToArray();
        if (session.IsProgressMeeting)
        {
            // The progress meeting's instrument is not content: it is made from the verbeteragenda.
            instruments = [new InstrumentData(ProgressMeeting.InstrumentId, "Voortgangsoverleg", false, ProgressMeeting.StatusScale.CountedOptions.Max(o => o.Score) ?? 1, [.. session.Agenda.Select(e => e.ItemId)])];
        }

        return new SessionPageData(instruments);
    }

    /// <summary>JSON that is safe inside a script element: the web encoder escapes &lt; and &gt;.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonSerializerOptions.Web);
}
