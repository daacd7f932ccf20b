using Glansrijk.Scan.Core.Scans;

namespace Glansrijk.Scan.Core.Tests.Scans;

/// <summary>Small builders for scans in a known state; each test says only what matters to it.</summary>
internal static class ScanBuilder
{
    public static readonly DateTime Now = new(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc);

    public static readonly ScanContext Context = new(
        ["onderwijs", "sociale-dienst", "leerplicht-rmc", "werkgevers", "zorg", "overig"],
        ["kwaliteitsnormen", "route-doorontwikkeling"]);

    public static ScanDetails Details(string region = "Drechtsteden", int year = 2027) =>
        new($"Implementatiescan {region} {year}", region, null, year, ["kwaliteitsnormen", "route-doorontwikkeling"]);

    public static SessionPlan Session(int day, int startHour = 13, int endHour = 16) =>
        new(new DateOnly(2027, 2, day), new TimeOnly(startHour, 0), new TimeOnly(endHour, 0), "Stadskantoor, zaal 3", null);

    public static PersonDetails Person(int number, string domain = "onderwijs", string? organisation = null) =>
        new($"Persoon {number}", organisation ?? $"Organisatie {number}", "Manager", $"persoon{number}@regio.nl", domain);

    public static Core.Scans.Scan NewScan(string region = "Drechtsteden", int year = 2027, string initiatorOrganisation = "Praktijkschool De Brug") =>
        Core.Scans.Scan.Create(
            Details(region, year), Session(10), Session(24), "account-1",
            new PersonDetails("Ilse Initiatief", initiatorOrganisation, "Directeur", "ilse@debrug.nl", "onderwijs"),
            Context, Now);

    /// <summary>A scan with the initiator and <paramref name="others"/> more seats, two per domain where possible.</summary>
    public static Core.Scans.Scan WithSeats(int others, string region = "Drechtsteden", int year = 2027)
    {
        var scan = NewScan(region, year);
        var domains = Context.DomainIds.ToArray();
        for (var i = 1; i <= others; i++)
        {
            scan.AddSeat(Person(i, domains[i / 2 % domains.Length]), Context, Now);
        }

        return scan;
    }
}
