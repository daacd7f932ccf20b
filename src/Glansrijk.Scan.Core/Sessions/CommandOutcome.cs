namespace Glansrijk.Scan.Core.Sessions;

/// <summary>What a command did to the session. Refusals are not an outcome: they throw a <see cref="SessionRuleException"/>.</summary>
public enum CommandOutcome
{
    /// <summary>The session changed and its <see cref="LiveSession.Version"/> went up by one.</summary>
    Applied = 0,

    /// <summary>Nothing changed: this command (by its command id) was handled before, or the session was already in the
    /// asked-for state. The version stays the same, so the host need not broadcast.</summary>
    AlreadyApplied = 1,
}
