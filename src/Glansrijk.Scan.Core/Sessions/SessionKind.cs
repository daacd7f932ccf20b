namespace Glansrijk.Scan.Core.Sessions;

/// <summary>What a live session is for. Each kind numbers its own sessions: a scan has session 1 and 2, and after the
/// verbeteragenda is closed any number of progress meetings (1, 2, …).</summary>
public enum SessionKind
{
    /// <summary>Session 1 or 2 of the scan: the group scores the instruments.</summary>
    ScanSession = 0,

    /// <summary>A voortgangsoverleg: the group walks the actions of the closed verbeteragenda.</summary>
    ProgressMeeting = 1,
}
