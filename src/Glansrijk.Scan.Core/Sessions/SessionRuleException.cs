namespace Glansrijk.Scan.Core.Sessions;

/// <summary>A rule of the live session was broken: a vote for a closed round, a steering command from someone who is
/// not the chair, a step the round cannot take. The message is plain Dutch and meant for the person who tried it;
/// the session is left exactly as it was.</summary>
public sealed class SessionRuleException(string message) : Exception(message);
