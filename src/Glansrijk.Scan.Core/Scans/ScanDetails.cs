namespace Glansrijk.Scan.Core.Scans;

/// <summary>The name and place of a scan. Scans with the same region form a series over the years.</summary>
public sealed record ScanDetails(string Name, string Region, string? LabourMarketRegion, int Year, IReadOnlyList<string> InstrumentIds)
{
    public const int FirstYear = 2015;

    internal ScanDetails Normalised(IEnumerable<string> knownInstruments)
    {
        var details = new ScanDetails(
            Name.Trim(),
            Region.Trim(),
            string.IsNullOrWhiteSpace(LabourMarketRegion) ? null : LabourMarketRegion.Trim(),
            Year,
            [.. InstrumentIds.Select(i => i.Trim()).Distinct()]);
        if (details.Name.Length is 0 or > 120)
        {
            throw new ScanRuleException("Geef de scan een naam van hoogstens 120 tekens.");
        }

        if (details.Region.Length is 0 or > 120)
        {
            throw new ScanRuleException("Vul de regio in (hoogstens 120 tekens).");
        }

        if (details.Year is < FirstYear or > 2100)
        {
            throw new ScanRuleException("Vul een geldig jaar in.");
        }

        if (details.InstrumentIds.Count == 0)
        {
            throw new ScanRuleException("Kies ten minste één instrument.");
        }

        var known = knownInstruments.ToHashSet();
        if (details.InstrumentIds.Any(id => !known.Contains(id)))
        {
            throw new ScanRuleException("Kies alleen instrumenten uit de lijst.");
        }

        return details;
    }

    /// <summary>The key that ties the scans of one region together: case and extra spaces do not matter.</summary>
    public string SeriesKey => string.Join(' ', Region.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
