using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Core.Tests.Scans;
using static Glansrijk.Scan.Core.Tests.Sessions.LiveSessionBuilder;

namespace Glansrijk.Scan.Core.Tests.Sessions;

public sealed class PresenceTests
{
    [Fact]
    public void Coming_in_marks_a_seat_present_and_raises_the_version()
    {
        var room = Start();
        var version = room.Session.Version;

        var outcome = room.Session.MarkPresent(room.Participant(), Now);

        Assert.Equal(CommandOutcome.Applied, outcome);
        Assert.Equal(version + 1, room.Session.Version);
        Assert.Equal([room.Participant()], room.Session.PresentSeatIds);
        Assert.Equal(Now, room.Session.Seat(room.Participant())!.FirstPresentAt);
    }

    [Fact]
    public void Coming_in_twice_changes_nothing()
    {
        var room = Start();
        room.Session.MarkPresent(room.Participant(), Now);
        var version = room.Session.Version;

        var outcome = room.Session.MarkPresent(room.Participant(), Now.AddMinutes(1));

        Assert.Equal(CommandOutcome.AlreadyApplied, outcome);
        Assert.Equal(version, room.Session.Version);
    }

    [Fact]
    public void Leaving_marks_a_seat_absent_but_it_still_attended()
    {
        var room = Start();
        room.Session.MarkPresent(room.Participant(), Now);
        var version = room.Session.Version;

        room.Session.MarkAbsent(room.Participant(), Now.AddMinutes(30));

        Assert.Equal(version + 1, room.Session.Version);
        Assert.Empty(room.Session.PresentSeatIds);
        var seat = Assert.Single(room.Session.Attendance);
        Assert.Equal(Now, seat.FirstPresentAt);
        Assert.Equal(Now.AddMinutes(30), seat.PresenceChangedAt);
    }

    [Fact]
    public void Leaving_when_never_present_changes_nothing()
    {
        var room = Start();
        var version = room.Session.Version;

        Assert.Equal(CommandOutcome.AlreadyApplied, room.Session.MarkAbsent(room.Participant(), Now));
        Assert.Equal(version, room.Session.Version);
    }

    [Fact]
    public void Coming_back_keeps_the_first_arrival()
    {
        var room = Start();
        room.Session.MarkPresent(room.Participant(), Now);
        room.Session.MarkAbsent(room.Participant(), Now.AddMinutes(5));

        room.Session.MarkPresent(room.Participant(), Now.AddMinutes(6));

        Assert.Equal(Now, room.Session.Seat(room.Participant())!.FirstPresentAt);
        Assert.Contains(room.Participant(), room.Session.PresentSeatIds);
    }

    [Fact]
    public void A_seat_of_another_scan_cannot_be_marked_present()
    {
        var room = Start();
        var stranger = ScanBuilder.WithSeats(2).Seats[1].Id;
        var version = room.Session.Version;

        var error = Assert.Throws<SessionRuleException>(() => room.Session.MarkPresent(stranger, Now));

        Assert.Equal("Deze deelnemer hoort niet bij deze scan.", error.Message);
        Assert.Equal(version, room.Session.Version);
        Assert.Empty(room.Session.PresentSeatIds);
    }

    [Fact]
    public void The_tally_counts_who_is_present()
    {
        var room = Start();
        room.Session.MarkPresent(room.Everyone[0], Now);
        room.Session.MarkPresent(room.Everyone[1], Now);
        room.Session.MarkPresent(room.Everyone[2], Now);

        var round = room.Vote("3", "4", "4", "2");

        Assert.Equal(4, room.Tally(round).Present);
    }
}
