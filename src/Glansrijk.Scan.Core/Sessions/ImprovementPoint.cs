namespace Glansrijk.Scan.Core.Sessions;

/// <summary>A verbeterpunt: what the group wants to improve on an item, as the chair wrote it down during the
/// discussion. Everyone sees it; in session 2 improvement points become actions on the improvement agenda.</summary>
public sealed class ImprovementPoint
{
    public const int MaxTextLength = 500;

    private ImprovementPoint()
    {
    }

    internal ImprovementPoint(string itemId, string text, Guid recordedBySeatId, Guid commandId, DateTime now)
    {
        Id = Guid.NewGuid();
        ItemId = itemId;
        Text = text;
        RecordedBySeatId = recordedBySeatId;
        CommandId = commandId;
        RecordedAt = now;
    }

    public Guid Id { get; private set; }
    public string ItemId { get; private set; } = "";
    public string Text { get; private set; } = "";
    public Guid RecordedBySeatId { get; private set; }

    /// <summary>The command that recorded the point.</summary>
    public Guid CommandId { get; private set; }

    public DateTime RecordedAt { get; private set; }
    public DateTime? RevisedAt { get; private set; }

    internal void Revise(string text, DateTime now)
    {
        Text = text;
        RevisedAt = now;
    }

    /// <summary>Trims the text and checks its length.</summary>
    internal static string Checked(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw new SessionRuleException("Schrijf het verbeterpunt op.");
        }

        return trimmed.Length > MaxTextLength
            ? throw new SessionRuleException($"Een verbeterpunt is hoogstens {MaxTextLength} tekens. Maak het korter of splits het in twee.")
            : trimmed;
    }
}
