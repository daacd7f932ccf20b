namespace Glansrijk.Scan.Core.Scans;

/// <summary>A rule of the scan was broken. The message is plain Dutch and meant for the person who tried it.</summary>
public sealed class ScanRuleException(string message) : Exception(message);
