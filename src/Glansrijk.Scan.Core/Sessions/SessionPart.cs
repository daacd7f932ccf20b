namespace Glansrijk.Scan.Core.Sessions;

/// <summary>The parts of the work a live session can hold besides its voting rounds, each in one kind of session.</summary>
public enum SessionPart
{
    /// <summary>Handing out points and choosing the focus norms: the end of session 1.</summary>
    Prioritising = 0,

    /// <summary>Forming the verbeteragenda: session 2.</summary>
    ImprovementAgenda = 1,

    /// <summary>Agreeing the status of the actions: a voortgangsoverleg.</summary>
    ActionStatus = 2,
}

/// <summary>Which kind of session allows which part: the one place the hub asks before it runs a command of a part.</summary>
public static class SessionParts
{
    /// <summary>The Dutch reason why <paramref name="part"/> does not belong in this session; null when it does.</summary>
    public static string? RefusalFor(SessionKind kind, int sessionNumber, SessionPart part) => part switch
    {
        SessionPart.Prioritising when kind != SessionKind.ScanSession || sessionNumber != 1 => "Prioriteren hoort bij het einde van sessie 1.",
        SessionPart.ImprovementAgenda when kind != SessionKind.ScanSession || sessionNumber != 2 => "Aan de verbeteragenda werken we in sessie 2.",
        SessionPart.ActionStatus when kind != SessionKind.ProgressMeeting => "De status van een actie leg je samen vast in een voortgangsoverleg.",
        _ => null,
    };

    public static string? RefusalFor(LiveSession session, SessionPart part)
    {
        ArgumentNullException.ThrowIfNull(session);
        return RefusalFor(session.Kind, session.SessionNumber, part);
    }
}
