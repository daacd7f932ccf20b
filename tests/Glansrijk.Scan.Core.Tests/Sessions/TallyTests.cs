using Glansrijk.Scan.Core.Sessions;
using static Glansrijk.Scan.Core.Tests.Sessions.LiveSessionBuilder;

namespace Glansrijk.Scan.Core.Tests.Sessions;

public sealed class TallyTests
{
    [Fact]
    public void While_the_round_is_open_the_tally_only_says_how_many_voted()
    {
        var room = Start();
        var round = room.Vote("1", "2", "2", "3", "3", "3", "4", "weet-niet");

        var tally = room.Tally(round);

        Assert.Equal("8 van 12 gestemd", tally.Progress);
        Assert.Equal(8, tally.Voted);
        Assert.Equal(12, tally.Eligible);
        Assert.Equal(RoundState.Open, tally.State);
        Assert.False(tally.IsRevealed);
        Assert.Null(tally.Result);
        Assert.False(tally.Withheld);
    }

    [Fact]
    public void A_closed_round_that_is_not_revealed_shows_no_distribution()
    {
        var room = Start();
        var round = room.Vote("1", "2", "2", "3");
        room.Close();

        var tally = room.Tally(round);

        Assert.Equal(RoundState.Closed, tally.State);
        Assert.Equal("4 van 12 gestemd", tally.Progress);
        Assert.Null(tally.Result);
    }

    [Fact]
    public void Twelve_voters_give_this_exact_tally()
    {
        var room = Start();
        var round = room.Revealed("1", "2", "2", "3", "3", "3", "3", "4", "4", "weet-niet", "3", "2");

        var tally = room.Tally(round);
        var result = tally.Result!;

        Assert.Equal("12 van 12 gestemd", tally.Progress);
        Assert.Equal(round.Id, tally.RoundId);
        Assert.Equal("norm-01", tally.ItemId);
        Assert.Equal(1, tally.RoundNumber);
        Assert.Equal(
            [("1", "Nog niet", 1), ("2", "In beperkte mate", 3), ("3", "Grotendeels", 5), ("4", "Volledig", 2), ("weet-niet", "Weet ik niet", 1)],
            result.Options.Select(o => (o.Code, o.Label, o.Count)));
        Assert.Equal([1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4], result.Scores);
        Assert.Equal(3.0, result.Median);
        Assert.Equal("Grotendeels", result.MedianInWords);
        Assert.Equal(3, result.Spread!.Range);
        Assert.Equal(1.0, result.Spread.InterquartileRange);
        Assert.Equal(SpreadClass.Divided, result.Spread.Class);
        Assert.Equal("verdeeld", result.Spread.InWords);
    }

    [Fact]
    public void The_options_come_in_the_order_of_the_scale_with_zero_for_answers_nobody_gave()
    {
        var room = Start(instruments: [Checklist()]);
        var round = room.Revealed("nog-niet", "gerealiseerd", "gerealiseerd");

        var result = room.Tally(round).Result!;

        Assert.Equal(["gerealiseerd", "deels", "nog-niet", "weet-niet"], result.Options.Select(o => o.Code));
        Assert.Equal([2, 0, 1, 0], result.Options.Select(o => o.Count));
        Assert.Equal([3, 2, 1, null], result.Options.Select(o => o.Score));
    }

    [Fact]
    public void Weet_ik_niet_is_counted_as_a_vote_but_not_in_the_median_or_spread()
    {
        var room = Start();
        var round = room.Revealed("4", "4", "4", "weet-niet", "weet-niet");

        var tally = room.Tally(round);

        Assert.Equal(5, tally.Voted);
        Assert.Equal(2, tally.Result!.Options.Single(o => o.Code == "weet-niet").Count);
        Assert.Equal([4, 4, 4], tally.Result.Scores);
        Assert.Equal(4.0, tally.Result.Median);
        Assert.Equal(SpreadClass.InAgreement, tally.Result.Spread!.Class);
    }

    [Fact]
    public void Six_against_six_on_neighbouring_answers_is_said_as_a_split_over_their_labels()
    {
        var room = Start();
        var round = room.Revealed("3", "3", "3", "3", "3", "3", "4", "4", "4", "4", "4", "4");

        var spread = room.Tally(round).Result!.Spread!;

        Assert.Equal(SpreadClass.Divided, spread.Class);
        Assert.Equal("verdeeld over Grotendeels en Volledig", spread.InWords);
    }

    [Fact]
    public void An_odd_number_of_answers_has_the_middle_answer_as_median()
    {
        var room = Start();

        var result = room.Tally(room.Revealed("1", "4", "2", "weet-niet")).Result!;

        Assert.Equal([1, 2, 4], result.Scores);
        Assert.Equal(2.0, result.Median);
        Assert.Equal("In beperkte mate", result.MedianInWords);
    }

    [Fact]
    public void An_even_number_of_answers_has_the_mean_of_the_two_middle_answers_as_median()
    {
        var room = Start();

        var result = room.Tally(room.Revealed("2", "3", "weet-niet")).Result!;

        Assert.Equal(2.5, result.Median);
        Assert.Equal("tussen In beperkte mate en Grotendeels", result.MedianInWords);
        Assert.Null(result.Spread);
    }

    [Fact]
    public void When_everyone_says_weet_ik_niet_there_is_no_median_and_no_spread()
    {
        var room = Start();

        var tally = room.Tally(room.Revealed("weet-niet", "weet-niet", "weet-niet", "weet-niet"));

        Assert.Equal(4, tally.Voted);
        Assert.Equal(4, tally.Result!.Options.Single(o => o.Code == "weet-niet").Count);
        Assert.Empty(tally.Result.Scores);
        Assert.Null(tally.Result.Median);
        Assert.Null(tally.Result.MedianInWords);
        Assert.Null(tally.Result.Spread);
    }

    [Fact]
    public void Fewer_than_three_counted_answers_get_no_spread_classification()
    {
        var room = Start();

        var result = room.Tally(room.Revealed("1", "4", "weet-niet", "weet-niet")).Result!;

        Assert.Equal(2.5, result.Median);
        Assert.Null(result.Spread);
    }

    [Fact]
    public void A_changed_vote_counts_with_its_last_answer_only()
    {
        var room = Start();
        var round = room.Vote("1", "1", "1");
        room.Session.CastVote(room.Everyone[0], round.Id, "4", null, Cmd(), Now);
        room.Close();
        room.Session.RevealRound(room.Chair, round.Id, Cmd(), Now);

        var result = room.Tally(round).Result!;

        Assert.Equal([1, 1, 4], result.Scores);
        Assert.Equal(3, result.Options.Sum(o => o.Count));
    }

    [Fact]
    public void The_eligible_count_leaves_out_seats_that_declined()
    {
        var scan = Scans.ScanBuilder.WithSeats(11);
        scan.MarkInvited(scan.Seats[11].Id, Now);
        scan.Answer(scan.Seats[11].Id, accepted: false, null, Now);
        var room = Start(scan: scan);

        var tally = room.Tally(room.Vote("3"));

        Assert.Equal("1 van 11 gestemd", tally.Progress);
    }

    [Fact]
    public void A_tally_with_the_scale_of_another_instrument_is_a_mistake_of_the_host()
    {
        var room = Start();
        var round = room.Open();

        Assert.Throws<ArgumentException>(() => Tally.Of(room.Session, round, StatusScale));
    }

    [Fact]
    public void A_tally_of_a_round_of_another_session_is_a_mistake_of_the_host()
    {
        var room = Start();
        var other = Start();

        Assert.Throws<ArgumentException>(() => Tally.Of(room.Session, other.Open(), NormScale));
    }
}
