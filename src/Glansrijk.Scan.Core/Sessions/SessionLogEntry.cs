namespace Glansrijk.Scan.Core.Sessions;

public enum SessionEvent
{
    Started = 0,
    OpenDiscussionChosen = 1,
    ChairHandedOver = 2,
    ChairTakenBack = 3,
    AutoRevealSwitched = 4,
    Ended = 5,
}

/// <summary>A notable moment of the session, kept for the session report: who chaired when, and that the group chose
/// to discuss openly per domain. <see cref="Text"/> is the Dutch line as the report shows it.</summary>
public sealed class SessionLogEntry
{
    private SessionLogEntry()
    {
    }

    internal SessionLogEntry(long version, SessionEvent kind, Guid? actorSeatId, Guid? subjectSeatId, string text, DateTime at)
    {
        Version = version;
        Kind = kind;
        ActorSeatId = actorSeatId;
        SubjectSeatId = subjectSeatId;
        Text = text;
        At = at;
    }

    /// <summary>The session version this event produced.</summary>
    public long Version { get; private set; }

    public SessionEvent Kind { get; private set; }
    public Guid? ActorSeatId { get; private set; }

    /// <summary>The seat the event was about, e.g. the new chair.</summary>
    public Guid? SubjectSeatId { get; private set; }

    public string Text { get; private set; } = "";
    public DateTime At { get; private set; }

    internal void Redact(string name)
    {
        if (name.Length > 0)
        {
            Text = Text.Replace(name, Scans.PersonDetails.FormerParticipant, StringComparison.Ordinal);
        }
    }
}
