using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Core.Tests.Scans;
using static Glansrijk.Scan.Core.Tests.Sessions.LiveSessionBuilder;

namespace Glansrijk.Scan.Core.Tests.Sessions;

public sealed class VotingTests
{
    [Fact]
    public void A_vote_counts_and_raises_the_version_by_one()
    {
        var room = Start();
        var round = room.Open();
        var version = room.Session.Version;

        var outcome = room.Session.CastVote(room.Participant(), round.Id, "3", "Goed op weg", Cmd(), Now);

        Assert.Equal(CommandOutcome.Applied, outcome);
        Assert.Equal(version + 1, room.Session.Version);
        var vote = Assert.Single(round.Votes);
        Assert.Equal(room.Participant(), vote.SeatId);
        Assert.Equal("3", vote.OptionCode);
        Assert.Equal("Goed op weg", vote.Comment);
        Assert.Equal(Now, vote.CastAt);
    }

    [Fact]
    public void A_vote_sent_twice_counts_once()
    {
        var room = Start();
        var round = room.Open();
        var command = Cmd();
        room.Session.CastVote(room.Participant(), round.Id, "3", null, command, Now);
        var version = room.Session.Version;

        var outcome = room.Session.CastVote(room.Participant(), round.Id, "3", null, command, Now.AddSeconds(5));

        Assert.Equal(CommandOutcome.AlreadyApplied, outcome);
        Assert.Equal(version, room.Session.Version);
        Assert.Single(round.Votes);
        Assert.Equal(Now, round.Votes[0].CastAt);
        Assert.Equal(1, room.Tally(round).Voted);
    }

    [Fact]
    public void A_vote_sent_again_after_the_round_closed_is_a_quiet_no_op()
    {
        var room = Start();
        var round = room.Open();
        var command = Cmd();
        room.Session.CastVote(room.Participant(), round.Id, "2", null, command, Now);
        room.Close();
        var version = room.Session.Version;

        var outcome = room.Session.CastVote(room.Participant(), round.Id, "2", null, command, Now);

        Assert.Equal(CommandOutcome.AlreadyApplied, outcome);
        Assert.Equal(version, room.Session.Version);
    }

    [Fact]
    public void A_new_vote_from_the_same_seat_replaces_the_first()
    {
        var room = Start();
        var round = room.Open();
        room.Session.CastVote(room.Participant(), round.Id, "1", "eerst", Cmd(), Now);
        var second = Cmd();

        room.Session.CastVote(room.Participant(), round.Id, "4", null, second, Now.AddSeconds(30));

        var vote = Assert.Single(round.Votes);
        Assert.Equal("4", vote.OptionCode);
        Assert.Null(vote.Comment);
        Assert.Equal(second, vote.CommandId);
        Assert.Equal(Now.AddSeconds(30), vote.CastAt);
    }

    [Fact]
    public void An_earlier_vote_sent_again_after_a_change_does_not_undo_the_change()
    {
        var room = Start();
        var round = room.Open();
        var first = Cmd();
        room.Session.CastVote(room.Participant(), round.Id, "1", null, first, Now);
        room.Session.CastVote(room.Participant(), round.Id, "4", null, Cmd(), Now);

        var outcome = room.Session.CastVote(room.Participant(), round.Id, "1", null, first, Now);

        Assert.Equal(CommandOutcome.AlreadyApplied, outcome);
        Assert.Equal("4", Assert.Single(round.Votes).OptionCode);
    }

    [Fact]
    public void A_vote_for_a_closed_round_is_refused_and_changes_nothing()
    {
        var room = Start();
        var round = room.Vote("2", "3");
        room.Close();
        var version = room.Session.Version;

        var error = Assert.Throws<SessionRuleException>(() =>
            room.Session.CastVote(room.Participant(5), round.Id, "4", null, Cmd(), Now));

        Assert.Equal("Deze stemronde is gesloten. Je stem is niet meegeteld.", error.Message);
        Assert.Equal(version, room.Session.Version);
        Assert.Equal(2, round.Votes.Count);
        Assert.False(room.Session.Seat(room.Participant(5))!.IsPresent);
    }

    [Fact]
    public void A_vote_for_a_revealed_round_is_refused()
    {
        var room = Start();
        var round = room.Revealed("2", "3", "3");

        Assert.Throws<SessionRuleException>(() => room.Session.CastVote(room.Participant(5), round.Id, "4", null, Cmd(), Now));

        Assert.Equal(3, round.Votes.Count);
    }

    [Fact]
    public void A_vote_for_the_first_round_during_a_revote_is_refused()
    {
        var room = Start();
        var first = room.Revealed("2", "3", "3");
        room.Session.Revote(room.Chair, Cmd(), Now);
        var version = room.Session.Version;

        var error = Assert.Throws<SessionRuleException>(() =>
            room.Session.CastVote(room.Participant(), first.Id, "4", null, Cmd(), Now));

        Assert.Equal("Deze stemronde is gesloten. Je stem is niet meegeteld.", error.Message);
        Assert.Equal(version, room.Session.Version);
    }

    [Fact]
    public void A_vote_for_an_unknown_round_is_refused_and_changes_nothing()
    {
        var room = Start();
        room.Open();
        var version = room.Session.Version;

        var error = Assert.Throws<SessionRuleException>(() =>
            room.Session.CastVote(room.Participant(), Guid.NewGuid(), "4", null, Cmd(), Now));

        Assert.Equal("Deze stemronde bestaat niet. Je stem is niet meegeteld.", error.Message);
        Assert.Equal(version, room.Session.Version);
        Assert.Empty(room.Session.CurrentRound!.Votes);
    }

    [Fact]
    public void A_vote_for_a_round_of_another_session_is_refused()
    {
        var room = Start();
        room.Open();
        var other = Start();
        var foreignRound = other.Open();

        var error = Assert.Throws<SessionRuleException>(() =>
            room.Session.CastVote(room.Participant(), foreignRound.Id, "4", null, Cmd(), Now));

        Assert.Contains("bestaat niet", error.Message, StringComparison.Ordinal);
        Assert.Empty(foreignRound.Votes);
    }

    [Fact]
    public void A_vote_from_a_seat_of_another_scan_is_refused_and_changes_nothing()
    {
        var room = Start();
        var round = room.Open();
        var stranger = ScanBuilder.WithSeats(2).Seats[1].Id;
        var version = room.Session.Version;

        var error = Assert.Throws<SessionRuleException>(() =>
            room.Session.CastVote(stranger, round.Id, "4", null, Cmd(), Now));

        Assert.Equal("Je hoort niet bij deze scan, dus je stem telt hier niet mee.", error.Message);
        Assert.Equal(version, room.Session.Version);
        Assert.Empty(round.Votes);
        Assert.Empty(room.Session.PresentSeatIds);
    }

    [Fact]
    public void A_vote_from_a_withdrawn_seat_is_refused()
    {
        var scan = ScanBuilder.WithSeats(5);
        var withdrawn = scan.Seats[5].Id;
        scan.Withdraw(withdrawn);
        var room = Start(scan: scan);
        var round = room.Open();

        Assert.Throws<SessionRuleException>(() => room.Session.CastVote(withdrawn, round.Id, "4", null, Cmd(), Now));

        Assert.Empty(round.Votes);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("0")]
    [InlineData("gerealiseerd")]
    [InlineData("Weet-niet")]
    [InlineData("")]
    public void An_answer_that_is_not_on_the_items_scale_is_refused(string code)
    {
        var room = Start();
        var round = room.Open();
        var version = room.Session.Version;

        var error = Assert.Throws<SessionRuleException>(() =>
            room.Session.CastVote(room.Participant(), round.Id, code, null, Cmd(), Now));

        Assert.Equal("Kies een van de antwoorden die bij deze vraag horen.", error.Message);
        Assert.Equal(version, room.Session.Version);
        Assert.Empty(round.Votes);
    }

    [Fact]
    public void The_checklist_takes_its_own_scale()
    {
        var room = Start(instruments: [Checklist()]);
        var round = room.Open();

        room.Session.CastVote(room.Participant(), round.Id, "deels", null, Cmd(), Now);

        Assert.Throws<SessionRuleException>(() => room.Session.CastVote(room.Participant(2), round.Id, "3", null, Cmd(), Now));
        Assert.Single(round.Votes);
    }

    [Fact]
    public void Weet_ik_niet_is_a_valid_vote()
    {
        var room = Start();
        var round = room.Open();

        room.Session.CastVote(room.Participant(), round.Id, "weet-niet", null, Cmd(), Now);

        Assert.Equal("weet-niet", Assert.Single(round.Votes).OptionCode);
    }

    [Fact]
    public void A_comment_of_280_characters_fits_and_one_more_is_refused()
    {
        var room = Start();
        var round = room.Open();

        room.Session.CastVote(room.Participant(), round.Id, "2", new string('a', 280), Cmd(), Now);
        var error = Assert.Throws<SessionRuleException>(() =>
            room.Session.CastVote(room.Participant(2), round.Id, "2", new string('a', 281), Cmd(), Now));

        Assert.Equal("Je toelichting is te lang; gebruik hoogstens 280 tekens.", error.Message);
        Assert.Single(round.Votes);
    }

    [Fact]
    public void A_comment_is_trimmed_and_a_blank_comment_is_none()
    {
        var room = Start();
        var round = room.Open();

        room.Session.CastVote(room.Participant(), round.Id, "2", "  te weinig zicht  ", Cmd(), Now);
        room.Session.CastVote(room.Participant(2), round.Id, "2", "   ", Cmd(), Now);

        Assert.Equal("te weinig zicht", round.VoteOf(room.Participant())!.Comment);
        Assert.Null(round.VoteOf(room.Participant(2))!.Comment);
    }

    [Fact]
    public void Voting_marks_the_seat_present()
    {
        var room = Start();
        var round = room.Open();

        room.Session.CastVote(room.Participant(), round.Id, "2", null, Cmd(), Now);

        Assert.Equal([room.Participant()], room.Session.PresentSeatIds);
    }

    [Fact]
    public void The_chair_and_the_initiator_vote_like_everyone_else()
    {
        var room = Start();
        var round = room.Open();

        room.Session.CastVote(room.Chair, round.Id, "2", null, Cmd(), Now);
        room.Session.CastVote(room.Initiator, round.Id, "3", null, Cmd(), Now);

        Assert.Equal(2, round.Votes.Count);
    }

    [Fact]
    public void A_command_without_an_id_is_a_mistake_of_the_client()
    {
        var room = Start();
        var round = room.Open();

        Assert.Throws<ArgumentException>(() => room.Session.CastVote(room.Participant(), round.Id, "2", null, Guid.Empty, Now));
    }

    [Fact]
    public void A_vote_with_a_local_time_is_a_mistake_of_the_host()
    {
        var room = Start();
        var round = room.Open();

        Assert.Throws<ArgumentException>(() =>
            room.Session.CastVote(room.Participant(), round.Id, "2", null, Cmd(), DateTime.SpecifyKind(Now, DateTimeKind.Unspecified)));
    }

    [Fact]
    public void Every_applied_command_is_remembered_with_the_version_it_made()
    {
        var room = Start();
        var round = room.Open();
        var command = Cmd();

        room.Session.CastVote(room.Participant(), round.Id, "2", null, command, Now);

        Assert.True(room.Session.HasHandled(command));
        Assert.Equal(room.Session.Version, room.Session.HandledCommands.Single(c => c.CommandId == command).Version);
    }
}
