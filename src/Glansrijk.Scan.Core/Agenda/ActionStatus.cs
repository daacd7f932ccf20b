namespace Glansrijk.Scan.Core.Agenda;

/// <summary>Where an action is in its PDCA cycle. The legal steps are in <see cref="AgendaAction.CanMove"/>.</summary>
public enum ActionStatus
{
    Plan = 0,
    Do = 1,
    Check = 2,
    Act = 3,

    /// <summary>"Afgerond": final.</summary>
    Done = 4,

    /// <summary>"Vervallen": final, always with a reason.</summary>
    Dropped = 5,
}

/// <summary>How an action stands on a given day, for the overview.</summary>
public enum ActionProgress
{
    /// <summary>"op schema"</summary>
    OnTrack = 0,

    /// <summary>"achter": the deadline passed, or the check moment passed without an update since.</summary>
    Late = 1,

    /// <summary>"afgerond"</summary>
    Done = 2,

    /// <summary>"vervallen"</summary>
    Dropped = 3,
}

/// <summary>One dated change of an action's status or a progress note: the history is never rewritten.</summary>
public sealed class ActionUpdate
{
    private ActionUpdate()
    {
    }

    internal ActionUpdate(Guid bySeatId, DateTime at, ActionStatus from, ActionStatus to, string? note, DateOnly? nextCheck, DateOnly? agreedInProgressMeetingOn = null)
    {
        AgreedInProgressMeetingOn = agreedInProgressMeetingOn;
        Id = Guid.NewGuid();
        BySeatId = bySeatId;
        At = at;
        From = from;
        To = to;
        Note = note;
        NextCheck = nextCheck;
    }

    public Guid Id { get; private set; }
    public Guid BySeatId { get; private set; }
    public DateTime At { get; private set; }
    public ActionStatus From { get; private set; }
    public ActionStatus To { get; private set; }
    public string? Note { get; private set; }

    /// <summary>The check moment set with this update, if any.</summary>
    public DateOnly? NextCheck { get; private set; }

    /// <summary>The day of the voortgangsoverleg in which the group agreed this update; null for an update the trekker
    /// or the initiator made on their own.</summary>
    public DateOnly? AgreedInProgressMeetingOn { get; private set; }
}

public static class ActionWords
{
    public static string InWords(this ActionStatus status) => status switch
    {
        ActionStatus.Plan => "Plan",
        ActionStatus.Do => "Do",
        ActionStatus.Check => "Check",
        ActionStatus.Act => "Act",
        ActionStatus.Done => "Afgerond",
        _ => "Vervallen",
    };

    public static string InWords(this ActionProgress progress) => progress switch
    {
        ActionProgress.OnTrack => "op schema",
        ActionProgress.Late => "achter",
        ActionProgress.Done => "afgerond",
        _ => "vervallen",
    };
}
