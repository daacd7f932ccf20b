namespace Glansrijk.Scan.Core.Scans;

/// <summary>Shared ownership means the chair rotates: not always the school, not always the municipality. When a
/// chosen chair's organisation also chaired last year's scan of the same region, the initiator is warned and asked
/// for a reason; it is allowed, but it has to be a choice.</summary>
public static class ChairRotation
{
    public static string? Warning(Scan scan, int sessionNumber, Guid chairSeatId, Scan? lastYear)
    {
        if (lastYear is null)
        {
            return null;
        }

        var organisation = Normalise(scan.Seat(chairSeatId).Person.Organisation);
        var earlier = lastYear.Sessions
            .Select(s => lastYear.ChairOf(s.Number))
            .OfType<Seat>()
            .FirstOrDefault(chair => Normalise(chair.Person.Organisation) == organisation);
        return earlier is null
            ? null
            : $"{scan.Seat(chairSeatId).Person.Organisation} leverde vorig jaar ({lastYear.Details.Year}) ook de voorzitter. " +
              "Het voorzitterschap rouleert juist, zodat het eigenaarschap gedeeld blijft. Kies iemand anders, of leg uit waarom het dit keer zo is.";
    }

    /// <summary>Finds last year's scan: the scan this one was started from when there is that link (even if the region
    /// was renamed since), otherwise the series: same region, the latest earlier year.</summary>
    public static Scan? LastYear(Scan scan, IEnumerable<Scan> candidates)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var others = candidates.Where(s => s.Id != scan.Id).ToList();
        if (scan.PreviousScanId is { } previousId && others.FirstOrDefault(s => s.Id == previousId) is { } previous)
        {
            return previous;
        }

        return others
            .Where(s => s.SeriesKey == scan.SeriesKey && s.Details.Year < scan.Details.Year)
            .OrderByDescending(s => s.Details.Year)
            .FirstOrDefault();
    }

    private static string Normalise(string organisation) =>
        string.Join(' ', organisation.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
