namespace Glansrijk.Scan.Core.Agenda;

internal static class AgendaTime
{
    public static void EnsureUtc(DateTime now)
    {
        if (now.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("Pass the time in UTC.", nameof(now));
        }
    }
}
