using Glansrijk.Scan.Core.Sessions;
using static Glansrijk.Scan.Core.Tests.Sessions.LiveSessionBuilder;

namespace Glansrijk.Scan.Core.Tests.Sessions;

public sealed class VotingRoundTests
{
    [Fact]
    public void Opening_a_round_starts_round_1_of_the_item_on_the_screen()
    {
        var room = Start();
        var version = room.Session.Version;

        var outcome = room.Session.OpenRound(room.Chair, Cmd(), Now);

        var round = Assert.Single(room.Session.Rounds);
        Assert.Equal(CommandOutcome.Applied, outcome);
        Assert.Equal(version + 1, room.Session.Version);
        Assert.Equal("norm-01", round.ItemId);
        Assert.Equal(1, round.Number);
        Assert.False(round.IsRevote);
        Assert.Equal(RoundState.Open, round.State);
        Assert.Equal(Now, round.OpenedAt);
        Assert.Same(round, room.Session.CurrentRound);
    }

    [Fact]
    public void Opening_the_same_round_twice_with_one_command_opens_one_round()
    {
        var room = Start();
        var command = Cmd();

        room.Session.OpenRound(room.Chair, command, Now);
        var version = room.Session.Version;
        var outcome = room.Session.OpenRound(room.Chair, command, Now);

        Assert.Equal(CommandOutcome.AlreadyApplied, outcome);
        Assert.Equal(version, room.Session.Version);
        Assert.Single(room.Session.Rounds);
    }

    [Fact]
    public void A_round_goes_from_open_to_closed_to_revealed()
    {
        var room = Start();
        var round = room.Vote("3", "3", "4");

        room.Session.CloseRound(room.Chair, round.Id, Cmd(), Now.AddMinutes(1));
        Assert.Equal(RoundState.Closed, round.State);
        Assert.Equal(Now.AddMinutes(1), round.ClosedAt);

        room.Session.RevealRound(room.Chair, round.Id, Cmd(), Now.AddMinutes(2));
        Assert.Equal(RoundState.Revealed, round.State);
        Assert.Equal(Now.AddMinutes(2), round.RevealedAt);
    }

    [Fact]
    public void Closing_a_closed_round_is_refused()
    {
        var room = Start();
        var round = room.Open();
        room.Close();

        AssertRefused(room, () => room.Session.CloseRound(room.Chair, round.Id, Cmd(), Now), "Deze stemronde is al gesloten.");
        Assert.Equal(RoundState.Closed, round.State);
    }

    [Fact]
    public void Closing_a_revealed_round_is_refused()
    {
        var room = Start();
        var round = room.Revealed("3", "3", "3");

        AssertRefused(room, () => room.Session.CloseRound(room.Chair, round.Id, Cmd(), Now),
            "Deze stemronde is al gesloten en de uitslag staat op het scherm.");
        Assert.Equal(RoundState.Revealed, round.State);
    }

    [Fact]
    public void Revealing_an_open_round_is_refused_so_nobody_sees_a_result_while_voting_goes_on()
    {
        var room = Start();
        var round = room.Vote("3", "3", "3");

        AssertRefused(room, () => room.Session.RevealRound(room.Chair, round.Id, Cmd(), Now),
            "Sluit eerst de stemronde; daarna kun je de uitslag laten zien.");
        Assert.Equal(RoundState.Open, round.State);
        Assert.Null(round.RevealedAt);
    }

    [Fact]
    public void Revealing_a_revealed_round_is_refused()
    {
        var room = Start();
        var round = room.Revealed("3", "3", "3");

        AssertRefused(room, () => room.Session.RevealRound(room.Chair, round.Id, Cmd(), Now),
            "De uitslag van deze stemronde staat al op het scherm.");
    }

    [Fact]
    public void Opening_a_first_round_when_the_item_already_had_one_is_refused()
    {
        var room = Start();
        room.Revealed("3", "3", "3");

        AssertRefused(room, () => room.Session.OpenRound(room.Chair, Cmd(), Now),
            "Over dit onderwerp is al gestemd. Kies 'Opnieuw stemmen' voor een nieuwe ronde.");
        Assert.Single(room.Session.Rounds);
    }

    [Fact]
    public void Opening_a_round_on_an_empty_agenda_is_refused()
    {
        var room = Start(instruments: []);

        AssertRefused(room, () => room.Session.OpenRound(room.Chair, Cmd(), Now), "Er staat niets op de agenda.");
    }

    [Fact]
    public void Closing_or_revealing_a_round_that_does_not_exist_is_refused()
    {
        var room = Start();
        room.Open();

        AssertRefused(room, () => room.Session.CloseRound(room.Chair, Guid.NewGuid(), Cmd(), Now), "Deze stemronde bestaat niet.");
        AssertRefused(room, () => room.Session.RevealRound(room.Chair, Guid.NewGuid(), Cmd(), Now), "Deze stemronde bestaat niet.");
    }

    [Fact]
    public void Revealing_a_round_of_another_item_is_refused_until_the_chair_goes_back_to_it()
    {
        var room = Start();
        var first = room.Vote("3", "3", "3");
        room.Close();
        room.Next();

        AssertRefused(room, () => room.Session.RevealRound(room.Chair, first.Id, Cmd(), Now),
            "Deze stemronde hoort bij een ander onderwerp. Ga eerst naar dat onderwerp.");

        room.Session.Previous(room.Chair, Cmd(), Now);
        room.Session.RevealRound(room.Chair, first.Id, Cmd(), Now);
        Assert.Equal(RoundState.Revealed, first.State);
    }

    [Fact]
    public void A_revote_keeps_round_1_with_its_votes_and_opens_round_2()
    {
        var room = Start();
        var first = room.Revealed("1", "2", "4", "4");
        var version = room.Session.Version;

        var outcome = room.Session.Revote(room.Chair, Cmd(), Now);

        var second = room.Session.CurrentRound!;
        Assert.Equal(CommandOutcome.Applied, outcome);
        Assert.Equal(version + 1, room.Session.Version);
        Assert.NotSame(first, second);
        Assert.Equal(2, second.Number);
        Assert.True(second.IsRevote);
        Assert.Equal(RoundState.Open, second.State);
        Assert.Empty(second.Votes);
        Assert.Equal(RoundState.Revealed, first.State);
        Assert.Equal(["1", "2", "4", "4"], first.Votes.Select(v => v.OptionCode));
        Assert.Equal([first, second], room.Session.RoundsOf("norm-01"));
    }

    [Fact]
    public void Round_1_keeps_its_result_for_comparison_after_the_revote()
    {
        var room = Start();
        var first = room.Revealed("1", "2", "4", "4");
        room.Session.Revote(room.Chair, Cmd(), Now);

        var second = room.Revealed("3", "3", "3", "4");

        Assert.Equal(3, room.Tally(first).Result!.Median);
        Assert.Equal(3, room.Tally(second).Result!.Median);
        Assert.Equal(SpreadClass.StronglyDivided, room.Tally(first).Result!.Spread!.Class);
        Assert.Equal(SpreadClass.InAgreement, room.Tally(second).Result!.Spread!.Class);
        Assert.Same(second, room.Session.LatestRevealedRound("norm-01"));
    }

    [Fact]
    public void A_revote_may_follow_a_closed_round_that_was_not_revealed()
    {
        var room = Start();
        room.Vote("1", "2");
        room.Close();

        room.Session.Revote(room.Chair, Cmd(), Now);

        Assert.Equal(2, room.Session.CurrentRound!.Number);
    }

    [Fact]
    public void A_third_round_is_number_3()
    {
        var room = Start();
        room.Revealed("1", "2", "3");
        room.Session.Revote(room.Chair, Cmd(), Now);
        room.Revealed("2", "2", "3");

        room.Session.Revote(room.Chair, Cmd(), Now);

        Assert.Equal([1, 2, 3], room.Session.RoundsOf("norm-01").Select(r => r.Number));
    }

    [Fact]
    public void A_revote_while_a_round_is_open_is_refused()
    {
        var room = Start();
        room.Open();

        AssertRefused(room, () => room.Session.Revote(room.Chair, Cmd(), Now), "Er loopt nog een stemronde. Sluit die eerst af.");
        Assert.Single(room.Session.Rounds);
    }

    [Fact]
    public void A_revote_before_the_first_round_is_refused()
    {
        var room = Start();

        AssertRefused(room, () => room.Session.Revote(room.Chair, Cmd(), Now),
            "Er is over dit onderwerp nog niet gestemd. Open eerst een stemronde.");
        Assert.Empty(room.Session.Rounds);
    }

    [Fact]
    public void A_revote_sent_twice_opens_one_new_round()
    {
        var room = Start();
        room.Revealed("1", "2", "3");
        var command = Cmd();

        room.Session.Revote(room.Chair, command, Now);
        room.Session.Revote(room.Chair, command, Now);

        Assert.Equal(2, room.Session.Rounds.Count);
    }

    private static void AssertRefused(Room room, Action command, string message)
    {
        var version = room.Session.Version;
        var rounds = room.Session.Rounds.Count;

        var error = Assert.Throws<SessionRuleException>(command);

        Assert.Equal(message, error.Message);
        Assert.Equal(version, room.Session.Version);
        Assert.Equal(rounds, room.Session.Rounds.Count);
    }
}
