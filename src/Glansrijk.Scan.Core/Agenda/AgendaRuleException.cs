namespace Glansrijk.Scan.Core.Agenda;

/// <summary>A rule of prioritising, the improvement agenda or its follow-up was broken. The message is plain Dutch
/// and meant for the person who tried it; nothing was changed.</summary>
public sealed class AgendaRuleException(string message) : Exception(message);
