using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Core.Tests.Scans;
using static Glansrijk.Scan.Core.Tests.Sessions.LiveSessionBuilder;

namespace Glansrijk.Scan.Core.Tests.Sessions;

public sealed class LiveSessionStartTests
{
    [Fact]
    public void A_new_session_is_at_version_1_on_the_first_item_with_the_named_chair()
    {
        var room = Start();

        Assert.Equal(1, room.Session.Version);
        Assert.Equal(room.Scan.Id, room.Session.ScanId);
        Assert.Equal(1, room.Session.SessionNumber);
        Assert.Equal("norm-01", room.Session.Current!.ItemId);
        Assert.Equal(room.Scan.Seats[3].Id, room.Session.ChairSeatId);
        Assert.Equal(room.Scan.InitiatorSeat.Id, room.Session.InitiatorSeatId);
        Assert.False(room.Session.OpenDiscussion);
        Assert.Null(room.Session.CurrentRound);
        Assert.Equal(Now, room.Session.StartedAt);
    }

    [Fact]
    public void Without_a_named_chair_the_initiator_chairs()
    {
        var room = Start(nameChair: false);

        Assert.Equal(room.Initiator, room.Session.ChairSeatId);
    }

    [Fact]
    public void A_named_chair_who_declined_is_replaced_by_the_initiator()
    {
        var scan = ScanBuilder.WithSeats(5);
        scan.NameChair(1, scan.Seats[3].Id);
        scan.MarkInvited(scan.Seats[3].Id, Now);
        scan.Answer(scan.Seats[3].Id, accepted: false, null, Now);

        var room = Start(scan: scan, nameChair: false);

        Assert.Equal(scan.InitiatorSeat.Id, room.Session.ChairSeatId);
    }

    [Fact]
    public void Every_active_seat_that_did_not_decline_takes_part_with_its_name_and_domain()
    {
        var scan = ScanBuilder.WithSeats(11);
        scan.Withdraw(scan.Seats[5].Id);
        scan.MarkInvited(scan.Seats[6].Id, Now);
        scan.Answer(scan.Seats[6].Id, accepted: false, null, Now);

        var room = Start(scan: scan);

        Assert.Equal(10, room.Session.Seats.Count);
        Assert.DoesNotContain(room.Session.Seats, s => s.SeatId == scan.Seats[5].Id || s.SeatId == scan.Seats[6].Id);
        var first = room.Session.Seat(scan.Seats[1].Id)!;
        Assert.Equal("Persoon 1", first.Name);
        Assert.Equal("onderwijs", first.DomainId);
        Assert.True(room.Session.Seat(scan.InitiatorSeat.Id)!.IsInitiator);
    }

    [Fact]
    public void Nobody_is_present_until_they_come_in()
    {
        var room = Start();

        Assert.Empty(room.Session.PresentSeatIds);
        Assert.Empty(room.Session.Attendance);
    }

    [Fact]
    public void The_agenda_is_every_item_in_the_order_of_the_instruments_then_of_the_items()
    {
        var room = Start(instruments: [Checklist(), Norms(2)]);

        Assert.Equal(
            ["norm-01", "norm-02", "rd-b-r-1", "rd-b-r-2", "rd-b-i-1", "rd-o-r-1"],
            room.Session.Agenda.Select(e => e.ItemId));
        Assert.Equal([0, 1, 2, 3, 4, 5], room.Session.Agenda.Select(e => e.Position));
        Assert.Equal("route-doorontwikkeling", room.Session.Agenda[2].InstrumentId);
        Assert.Equal("status-4", room.Session.Agenda[2].ScaleId);
        Assert.Equal(["gerealiseerd", "deels", "nog-niet", "weet-niet"], room.Session.Agenda[2].OptionCodes);
    }

    [Fact]
    public void A_session_without_instruments_has_an_empty_agenda_and_no_current_item()
    {
        var room = Start(instruments: []);

        Assert.Empty(room.Session.Agenda);
        Assert.Null(room.Session.Current);
    }

    [Fact]
    public void The_start_is_the_first_line_of_the_session_log()
    {
        var room = Start();

        var entry = Assert.Single(room.Session.Log);
        Assert.Equal(SessionEvent.Started, entry.Kind);
        Assert.Equal("Sessie 1 is begonnen. Voorzitter: Persoon 3.", entry.Text);
        Assert.Equal(1, entry.Version);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Only_sessions_1_and_2_exist(int number)
    {
        var error = Assert.Throws<SessionRuleException>(() =>
            LiveSession.Start(ScanBuilder.WithSeats(3), number, [Norms()], new Random(1), Now));

        Assert.Equal($"Sessie {number} bestaat niet; een scan heeft sessie 1 en sessie 2.", error.Message);
    }

    [Fact]
    public void Session_2_starts_with_the_chair_named_for_session_2()
    {
        var scan = ScanBuilder.WithSeats(5);
        scan.NameChair(2, scan.Seats[4].Id);

        var session = LiveSession.Start(scan, 2, [Norms()], new Random(1), Now);

        Assert.Equal(2, session.SessionNumber);
        Assert.Equal(scan.Seats[4].Id, session.ChairSeatId);
    }

    [Fact]
    public void An_instrument_the_scan_did_not_choose_is_refused()
    {
        var other = new Core.Instruments.Instrument("ander", "Ander instrument", 3, "", NormScale, [], [], [], []);

        var error = Assert.Throws<SessionRuleException>(() =>
            LiveSession.Start(ScanBuilder.WithSeats(3), 1, [other], new Random(1), Now));

        Assert.Equal("Het instrument 'Ander instrument' hoort niet bij deze scan.", error.Message);
    }

    [Fact]
    public void Local_time_is_refused_because_the_session_works_in_UTC()
    {
        Assert.Throws<ArgumentException>(() =>
            LiveSession.Start(ScanBuilder.WithSeats(3), 1, [Norms()], new Random(1), new DateTime(2027, 2, 10, 13, 0, 0, DateTimeKind.Local)));
    }
}
