using Glansrijk.Scan.Core.Scans;
using static Glansrijk.Scan.Core.Tests.Scans.ScanBuilder;

namespace Glansrijk.Scan.Core.Tests.Scans;

public sealed class ChairRotationTests
{
    private static Core.Scans.Scan ChairedBy(string organisation, int year, string region = "Drechtsteden")
    {
        var scan = NewScan(region, year);
        var chair = scan.AddSeat(Person(7, "sociale-dienst", organisation), Context, Now);
        scan.NameChair(1, chair.Id);
        return scan;
    }

    [Fact]
    public void A_chair_from_the_organisation_that_chaired_last_year_gets_a_warning()
    {
        var lastYear = ChairedBy("Gemeente Dordrecht", 2026);
        var thisYear = NewScan(year: 2027);
        var chair = thisYear.AddSeat(Person(1, "sociale-dienst", "  gemeente   DORDRECHT "), Context, Now);

        var warning = ChairRotation.Warning(thisYear, 1, chair.Id, ChairRotation.LastYear(thisYear, [lastYear]));

        Assert.NotNull(warning);
        Assert.Contains("vorig jaar (2026) ook de voorzitter", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chair_from_another_organisation_gets_no_warning()
    {
        var lastYear = ChairedBy("Gemeente Dordrecht", 2026);
        var thisYear = NewScan(year: 2027);
        var chair = thisYear.AddSeat(Person(1, "zorg", "MEE Zuid-Holland"), Context, Now);

        Assert.Null(ChairRotation.Warning(thisYear, 1, chair.Id, ChairRotation.LastYear(thisYear, [lastYear])));
    }

    [Fact]
    public void Last_year_is_the_latest_earlier_scan_of_the_same_region()
    {
        var thisYear = NewScan(" drechtSTEDEN ", 2027);
        var older = ChairedBy("Praktijkschool De Brug", 2024);
        var latest = ChairedBy("Gemeente Dordrecht", 2026);
        var otherRegion = ChairedBy("Gemeente Gorinchem", 2026, "Gorinchem");
        var later = ChairedBy("UWV", 2028);

        Assert.Same(latest, ChairRotation.LastYear(thisYear, [older, latest, otherRegion, later, thisYear]));
    }

    [Fact]
    public void The_first_scan_of_a_region_has_nothing_to_rotate_from()
    {
        var scan = NewScan();

        Assert.Null(ChairRotation.Warning(scan, 1, scan.InitiatorSeat.Id, ChairRotation.LastYear(scan, [])));
    }
}
