namespace Glansrijk.Scan.Core.Instruments;

/// <summary>One of the six domains a key person comes from (Onderwijs, Zorg, …); two seats each is the norm.</summary>
public sealed record Domain(string Id, string Name, string Description);
