namespace Glansrijk.Scan.Core.Sessions;

/// <summary>One item on the session's agenda: a norm or a checklist item of an instrument. The answer codes of the
/// item's scale are copied in, so a vote can be checked without loading content and a later content change cannot
/// make old votes invalid.</summary>
public sealed class AgendaEntry
{
    private readonly List<string> _optionCodes = [];

    private AgendaEntry()
    {
    }

    internal AgendaEntry(int position, string instrumentId, string itemId, string scaleId, IEnumerable<string> optionCodes)
    {
        Position = position;
        InstrumentId = instrumentId;
        ItemId = itemId;
        ScaleId = scaleId;
        _optionCodes.AddRange(optionCodes);
    }

    /// <summary>0-based place on the agenda.</summary>
    public int Position { get; private set; }

    public string InstrumentId { get; private set; } = "";
    public string ItemId { get; private set; } = "";
    public string ScaleId { get; private set; } = "";
    public IReadOnlyList<string> OptionCodes => _optionCodes;

    public bool Allows(string optionCode) => _optionCodes.Contains(optionCode);
}
