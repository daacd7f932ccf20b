using Glansrijk.Scan.Core.Scans;
using static Glansrijk.Scan.Core.Tests.Scans.ScanBuilder;

namespace Glansrijk.Scan.Core.Tests.Scans;

public sealed class NextYearTests
{
    private static Core.Scans.Scan NextYearOf(Core.Scans.Scan previous, string region = "Drechtsteden", string initiatorEmail = "ilse@debrug.nl") =>
        Core.Scans.Scan.CreateNextYear(
            previous, Details(region, previous.Details.Year + 1), Session(10), Session(24), "account-1",
            new PersonDetails("Ilse Initiatief", "Praktijkschool De Brug", "Directeur", initiatorEmail, "onderwijs"),
            Context, Now);

    [Fact]
    public void Next_years_scan_takes_the_active_participants_as_concept_seats_and_links_back()
    {
        var previous = WithSeats(4, year: 2026);
        previous.MarkInvited(previous.Seats[1].Id, Now);
        previous.Answer(previous.Seats[1].Id, accepted: true, null, Now);
        previous.Withdraw(previous.Seats[4].Id);
        previous.NameChair(1, previous.Seats[1].Id);

        var scan = NextYearOf(previous);

        Assert.Equal(previous.Id, scan.PreviousScanId);
        Assert.Equal(["persoon1@regio.nl", "persoon2@regio.nl", "persoon3@regio.nl"], scan.Seats.Where(s => !s.IsInitiator).Select(s => s.Person.Email));
        Assert.All(scan.Seats.Where(s => !s.IsInitiator), s => Assert.Equal(SeatStatus.Concept, s.Status));
        Assert.Equal(previous.Seats[1].Person, scan.Seats.Single(s => s.Person.Email == "persoon1@regio.nl").Person);
        Assert.All(scan.Sessions, s => Assert.Null(s.ChairSeatId));
    }

    [Fact]
    public void A_new_initiator_takes_a_seat_and_last_years_initiator_comes_along_as_a_participant()
    {
        var previous = WithSeats(11, year: 2026);

        var scan = NextYearOf(previous, initiatorEmail: "bea@gemeente.nl");

        Assert.Equal(Core.Scans.Scan.MaxSeats, scan.Seats.Count);
        Assert.Equal("bea@gemeente.nl", scan.InitiatorSeat.Person.Email);
        Assert.Contains(scan.Seats, s => !s.IsInitiator && s.Person.Email == "ilse@debrug.nl");
    }

    [Fact]
    public void Next_years_scan_must_come_after_the_finished_one()
    {
        var previous = NewScan(year: 2026);

        var refused = Assert.Throws<ScanRuleException>(() => Core.Scans.Scan.CreateNextYear(
            previous, Details(year: 2026), Session(10), Session(24), "account-1", Person(1), Context, Now));

        Assert.Equal("Een scan voor volgend jaar komt na 2026. Kies een later jaar.", refused.Message);
    }

    [Fact]
    public void A_scan_is_finished_after_the_planned_end_of_session_2_or_once_live_session_2_ended()
    {
        var scan = NewScan();
        var end = scan.Session(2).Plan.EndsAt;

        Assert.False(scan.IsFinished(end.AddMinutes(-1), liveSession2Ended: false));
        Assert.True(scan.IsFinished(end, liveSession2Ended: false));
        Assert.True(scan.IsFinished(end.AddDays(-30), liveSession2Ended: true));
    }

    [Fact]
    public void Last_year_is_the_linked_scan_even_when_the_region_was_renamed()
    {
        var linked = NewScan("Drechtsteden", 2026);
        var sameRegionLater = NewScan("Zuid-Holland Zuid", 2026);
        var scan = NextYearOf(linked, region: "Zuid-Holland Zuid");

        Assert.Same(linked, ChairRotation.LastYear(scan, [sameRegionLater, linked, scan]));
    }

    [Fact]
    public void Without_its_linked_scan_at_hand_last_year_falls_back_to_the_region()
    {
        var linked = NewScan("Drechtsteden", 2026);
        var sameRegion = NewScan("Zuid-Holland Zuid", 2026);
        var scan = NextYearOf(linked, region: "Zuid-Holland Zuid");

        Assert.Same(sameRegion, ChairRotation.LastYear(scan, [sameRegion, scan]));
    }
}
