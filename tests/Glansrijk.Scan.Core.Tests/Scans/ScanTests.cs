using Glansrijk.Scan.Core.Scans;
using static Glansrijk.Scan.Core.Tests.Scans.ScanBuilder;

namespace Glansrijk.Scan.Core.Tests.Scans;

public sealed class ScanTests
{
    [Fact]
    public void A_new_scan_seats_the_initiator_who_has_accepted()
    {
        var scan = NewScan();

        var seat = Assert.Single(scan.Seats);
        Assert.True(seat.IsInitiator);
        Assert.Equal(SeatStatus.Accepted, seat.Status);
        Assert.Equal("drechtsteden", scan.SeriesKey);
    }

    [Fact]
    public void Session_2_must_come_after_session_1()
    {
        var error = Assert.Throws<ScanRuleException>(() =>
            Core.Scans.Scan.Create(Details(), Session(24), Session(10), "a", Person(0), Context, Now));

        Assert.Equal("Sessie 2 moet na sessie 1 plaatsvinden.", error.Message);
    }

    [Fact]
    public void Replanning_with_session_2_first_is_refused_and_keeps_the_old_plan()
    {
        var scan = NewScan();

        Assert.Throws<ScanRuleException>(() => scan.PlanSessions(Session(24), Session(10)));

        Assert.Equal(10, scan.Session(1).Plan.Date.Day);
    }

    [Theory]
    [InlineData(16, 13, "de eindtijd moet na de begintijd liggen")]
    public void A_session_ending_before_it_starts_is_refused(int start, int end, string message)
    {
        var error = Assert.Throws<ScanRuleException>(() => NewScan().PlanSessions(Session(10, start, end), Session(24)));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_session_needs_a_place_or_an_https_video_link()
    {
        var nowhere = new SessionPlan(new DateOnly(2027, 2, 10), new TimeOnly(13, 0), new TimeOnly(16, 0), " ", null);
        var insecure = nowhere with { VideoLink = "http://meet.example.nl/abc" };
        var online = nowhere with { VideoLink = "https://meet.example.nl/abc" };

        Assert.Contains("plaats of een videolink", Assert.Throws<ScanRuleException>(() => NewScan().PlanSessions(nowhere, Session(24))).Message, StringComparison.Ordinal);
        Assert.Contains("https://", Assert.Throws<ScanRuleException>(() => NewScan().PlanSessions(insecure, Session(24))).Message, StringComparison.Ordinal);
        var scan = NewScan();
        scan.PlanSessions(online, Session(24));
        Assert.Null(scan.Session(1).Plan.Place);
    }

    [Fact]
    public void Twelve_people_fit_and_a_thirteenth_is_refused()
    {
        var scan = WithSeats(11);

        var error = Assert.Throws<ScanRuleException>(() => scan.AddSeat(Person(99), Context, Now));

        Assert.Equal(12, scan.ActiveSeats.Count());
        Assert.Contains("hoogstens 12", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_withdrawn_seat_makes_room_for_someone_else()
    {
        var scan = WithSeats(11);
        scan.Withdraw(scan.Seats[5].Id);

        scan.AddSeat(Person(99), Context, Now);

        Assert.Equal(12, scan.ActiveSeats.Count());
        Assert.Equal(13, scan.Seats.Count);
    }

    [Fact]
    public void The_same_email_address_twice_in_one_scan_is_refused_whatever_its_case()
    {
        var scan = WithSeats(1);

        var error = Assert.Throws<ScanRuleException>(() => scan.AddSeat(Person(1) with { Email = "PERSOON1@regio.nl" }, Context, Now));

        Assert.Contains("doet al mee", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, scan.Seats.Count);
    }

    [Theory]
    [InlineData("geen-adres")]
    [InlineData("twee@@regio.nl")]
    [InlineData("spatie in@regio.nl")]
    [InlineData("naam@localhost")]
    [InlineData("")]
    public void An_invalid_email_address_is_refused(string email)
    {
        var scan = NewScan();

        var error = Assert.Throws<ScanRuleException>(() => scan.AddSeat(Person(1) with { Email = email }, Context, Now));

        Assert.Contains("geen geldig e-mailadres", error.Message, StringComparison.Ordinal);
        Assert.Single(scan.Seats);
    }

    [Fact]
    public void An_unknown_domain_is_refused()
    {
        var error = Assert.Throws<ScanRuleException>(() => NewScan().AddSeat(Person(1, domain: "politie"), Context, Now));

        Assert.Equal("Kies een van de zes domeinen.", error.Message);
    }

    [Fact]
    public void Domain_balance_counts_active_seats_and_says_where_it_is_not_two()
    {
        var scan = NewScan();
        scan.AddSeat(Person(1, "onderwijs"), Context, Now);
        scan.AddSeat(Person(2, "onderwijs"), Context, Now);
        scan.AddSeat(Person(3, "zorg"), Context, Now);

        var balance = scan.DomainBalance(Context.DomainIds).ToDictionary(b => b.DomainId);

        Assert.Equal(3, balance["onderwijs"].Seats);
        Assert.False(balance["onderwijs"].IsNorm);
        Assert.Equal(1, balance["zorg"].Seats);
        Assert.Equal(0, balance["werkgevers"].Seats);
    }

    [Fact]
    public void Replacing_a_person_starts_their_invitation_over_and_clears_their_chair()
    {
        var scan = WithSeats(2);
        var seat = scan.Seats[1];
        scan.MarkInvited(seat.Id, Now);
        scan.Answer(seat.Id, accepted: true, null, Now);
        scan.NameChair(1, seat.Id);

        scan.ReplacePerson(seat.Id, Person(50), Context);

        Assert.Equal(SeatStatus.Concept, seat.Status);
        Assert.Equal("persoon50@regio.nl", seat.Person.Email);
        Assert.Equal(2, seat.Occupancy);
        Assert.Null(scan.Session(1).ChairSeatId);
    }

    [Fact]
    public void Correcting_a_seat_cannot_change_the_person_behind_it()
    {
        var scan = WithSeats(1);
        var seat = scan.Seats[1];

        var error = Assert.Throws<ScanRuleException>(() => scan.CorrectSeat(seat.Id, Person(1) with { Email = "ander@regio.nl" }, Context));

        Assert.Contains("Persoon vervangen", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_initiator_cannot_be_withdrawn()
    {
        var scan = NewScan();

        Assert.Throws<ScanRuleException>(() => scan.Withdraw(scan.InitiatorSeat.Id));
    }

    [Fact]
    public void An_answer_before_the_invitation_was_sent_is_refused()
    {
        var scan = WithSeats(1);

        var error = Assert.Throws<ScanRuleException>(() => scan.Answer(scan.Seats[1].Id, accepted: true, null, Now));

        Assert.Equal("Deze uitnodiging is nog niet verstuurd.", error.Message);
    }

    [Fact]
    public void A_participant_can_change_their_answer_and_keeps_their_message()
    {
        var scan = WithSeats(1);
        var seat = scan.Seats[1];
        scan.MarkInvited(seat.Id, Now);

        scan.Answer(seat.Id, accepted: false, "  Ik ben dan op vakantie.  ", Now);
        Assert.Equal(SeatStatus.Declined, seat.Status);
        scan.Answer(seat.Id, accepted: true, null, Now.AddDays(1));

        Assert.Equal(SeatStatus.Accepted, seat.Status);
        Assert.Null(seat.ResponseMessage);
        Assert.Equal(Now.AddDays(1), seat.RespondedAt);
    }

    [Fact]
    public void A_withdrawn_participant_cannot_answer_or_chair()
    {
        var scan = WithSeats(1);
        var seat = scan.Seats[1];
        scan.MarkInvited(seat.Id, Now);
        scan.Withdraw(seat.Id);

        Assert.Throws<ScanRuleException>(() => scan.Answer(seat.Id, accepted: true, null, Now));
        Assert.Throws<ScanRuleException>(() => scan.NameChair(1, seat.Id));
    }

    [Fact]
    public void A_permanent_delivery_failure_marks_an_invited_seat_undeliverable_and_a_new_invitation_retries()
    {
        var scan = WithSeats(1);
        var seat = scan.Seats[1];
        scan.MarkInvited(seat.Id, Now);

        scan.MarkUndeliverable(seat.Id);
        Assert.Equal(SeatStatus.Undeliverable, seat.Status);
        scan.MarkInvited(seat.Id, Now);

        Assert.Equal(SeatStatus.Invited, seat.Status);
        Assert.Equal(2, seat.InvitationsSent);
    }

    [Fact]
    public void Readiness_needs_enough_acceptances_and_a_chair_for_session_1()
    {
        var scan = WithSeats(9);
        foreach (var seat in scan.Seats.Skip(1).Take(7))
        {
            scan.MarkInvited(seat.Id, Now);
            scan.Answer(seat.Id, accepted: true, null, Now);
        }

        var withoutChair = scan.Readiness(minimumAccepted: 8, new DateOnly(2027, 1, 31));
        scan.NameChair(1, scan.Seats[3].Id);
        var ready = scan.Readiness(minimumAccepted: 8, new DateOnly(2027, 1, 31));

        Assert.Equal(8, withoutChair.Accepted);
        Assert.False(withoutChair.IsReadyForSession1);
        Assert.True(ready.IsReadyForSession1);
        Assert.Equal(10, ready.DaysUntilSession1);
        Assert.Equal(2, ready.NotInvited);
    }

    [Fact]
    public void An_invitation_text_that_is_too_long_is_refused_and_an_empty_one_means_the_standard_text()
    {
        var scan = NewScan();
        scan.EditInvitationText("Beste {{naam}},\r\n\r\nWelkom.");

        Assert.Equal("Beste {{naam}},\n\nWelkom.", scan.InvitationText);
        Assert.Throws<ScanRuleException>(() => scan.EditInvitationText(new string('x', 8001)));
        scan.EditInvitationText("   ");
        Assert.Null(scan.InvitationText);
    }

    [Fact]
    public void A_withdrawn_seat_keeps_its_organisation_and_domain_but_not_the_persons_name_function_or_address()
    {
        var scan = WithSeats(2);
        var seat = scan.Seats[1];
        scan.MarkInvited(seat.Id, Now);
        scan.Answer(seat.Id, accepted: false, "Bel me maar op 06-12345678", Now);

        scan.Withdraw(seat.Id);

        Assert.Equal(new PersonDetails("Oud-deelnemer", "Organisatie 1", "", "", seat.Person.DomainId), seat.Person);
        Assert.Null(seat.ResponseMessage);
        Assert.True(seat.IsAnonymised);
        Assert.False(scan.InitiatorSeat.IsAnonymised);
    }

    [Fact]
    public void Anonymising_a_scan_removes_every_persons_details_the_initiators_too()
    {
        var scan = WithSeats(3);

        scan.Anonymise(Now);

        Assert.All(scan.Seats, s => Assert.True(s.IsAnonymised));
        Assert.Equal(Now, scan.AnonymisedAt);
        Assert.Equal(4, scan.Seats.Count(s => s.Person.Organisation.Length > 0));
    }
}
