namespace Glansrijk.Scan.Web.Features.Shared;

/// <summary>The app stores UTC; people read Dutch time, whatever time zone the server runs in.</summary>
public static class DutchTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>A stored UTC moment as Dutch wall-clock time (SQLite returns it with an unspecified kind).</summary>
    public static DateTime ToDutchTime(this DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>Dutch wall-clock time as a UTC moment.</summary>
    public static DateTime ToUtcFromDutch(this DateTime dutch) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(dutch, DateTimeKind.Unspecified), Zone);
}
