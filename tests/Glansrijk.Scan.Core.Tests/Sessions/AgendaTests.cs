using Glansrijk.Scan.Core.Sessions;
using static Glansrijk.Scan.Core.Tests.Sessions.LiveSessionBuilder;

namespace Glansrijk.Scan.Core.Tests.Sessions;

public sealed class AgendaTests
{
    [Fact]
    public void Next_and_previous_move_one_item_and_raise_the_version()
    {
        var room = Start();
        var version = room.Session.Version;

        room.Session.Next(room.Chair, Cmd(), Now);
        Assert.Equal("norm-02", room.Session.Current!.ItemId);
        Assert.Equal(version + 1, room.Session.Version);

        room.Session.Previous(room.Chair, Cmd(), Now);
        Assert.Equal("norm-01", room.Session.Current!.ItemId);
        Assert.Equal(version + 2, room.Session.Version);
    }

    [Fact]
    public void Next_sent_twice_moves_one_item()
    {
        var room = Start();
        var command = Cmd();

        room.Session.Next(room.Chair, command, Now);
        var outcome = room.Session.Next(room.Chair, command, Now);

        Assert.Equal(CommandOutcome.AlreadyApplied, outcome);
        Assert.Equal(1, room.Session.CurrentIndex);
    }

    [Fact]
    public void The_agenda_runs_from_the_norms_into_the_checklist()
    {
        var room = Start(instruments: [Norms(1), Checklist()]);

        room.Next();

        Assert.Equal("rd-b-r-1", room.Session.Current!.ItemId);
        Assert.Equal("route-doorontwikkeling", room.Session.Current.InstrumentId);
    }

    [Fact]
    public void There_is_nothing_after_the_last_item()
    {
        var room = Start();
        room.Next();
        room.Next();
        var version = room.Session.Version;

        var error = Assert.Throws<SessionRuleException>(() => room.Session.Next(room.Chair, Cmd(), Now));

        Assert.Equal("Dit is het laatste onderwerp van de agenda.", error.Message);
        Assert.Equal(2, room.Session.CurrentIndex);
        Assert.Equal(version, room.Session.Version);
    }

    [Fact]
    public void There_is_nothing_before_the_first_item()
    {
        var room = Start();

        var error = Assert.Throws<SessionRuleException>(() => room.Session.Previous(room.Chair, Cmd(), Now));

        Assert.Equal("Dit is het eerste onderwerp van de agenda.", error.Message);
        Assert.Equal(0, room.Session.CurrentIndex);
    }

    [Fact]
    public void Moving_on_an_empty_agenda_is_refused()
    {
        var room = Start(instruments: []);

        var error = Assert.Throws<SessionRuleException>(() => room.Session.Next(room.Chair, Cmd(), Now));

        Assert.Equal("Er staat niets op de agenda.", error.Message);
    }

    [Fact]
    public void The_chair_cannot_move_on_while_a_round_is_open()
    {
        var room = Start();
        room.Vote("3");
        var version = room.Session.Version;

        var error = Assert.Throws<SessionRuleException>(() => room.Session.Next(room.Chair, Cmd(), Now));

        Assert.Equal("Er loopt nog een stemronde. Sluit die eerst af.", error.Message);
        Assert.Equal(0, room.Session.CurrentIndex);
        Assert.Equal(version, room.Session.Version);
        Assert.Equal(RoundState.Open, room.Session.CurrentRound!.State);
    }

    [Fact]
    public void After_closing_the_round_the_chair_moves_on_and_the_next_item_has_no_round_yet()
    {
        var room = Start();
        room.Revealed("3", "3", "3");

        room.Next();

        Assert.Null(room.Session.CurrentRound);
        room.Open();
        Assert.Equal("norm-02", room.Session.CurrentRound!.ItemId);
    }

    [Fact]
    public void Going_back_shows_the_item_with_its_rounds()
    {
        var room = Start();
        var first = room.Revealed("3", "3", "3");
        room.Next();

        room.Session.Previous(room.Chair, Cmd(), Now);

        Assert.Same(first, room.Session.CurrentRound);
    }

    [Fact]
    public void GoTo_jumps_to_a_place_on_the_agenda()
    {
        var room = Start();

        room.Session.GoTo(room.Chair, 2, Cmd(), Now);

        Assert.Equal("norm-03", room.Session.Current!.ItemId);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void GoTo_a_place_that_is_not_on_the_agenda_is_refused(int position)
    {
        var room = Start();

        var error = Assert.Throws<SessionRuleException>(() => room.Session.GoTo(room.Chair, position, Cmd(), Now));

        Assert.Equal("Dit onderwerp staat niet op de agenda.", error.Message);
        Assert.Equal(0, room.Session.CurrentIndex);
    }

    [Fact]
    public void GoTo_the_item_on_the_screen_changes_nothing()
    {
        var room = Start();
        var version = room.Session.Version;

        Assert.Equal(CommandOutcome.AlreadyApplied, room.Session.GoTo(room.Chair, 0, Cmd(), Now));
        Assert.Equal(version, room.Session.Version);
    }
}
