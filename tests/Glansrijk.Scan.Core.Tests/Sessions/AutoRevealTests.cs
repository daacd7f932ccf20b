using Glansrijk.Scan.Core.Sessions;
using static Glansrijk.Scan.Core.Tests.Sessions.LiveSessionBuilder;

namespace Glansrijk.Scan.Core.Tests.Sessions;

public sealed class AutoRevealTests
{
    [Fact]
    public void With_auto_reveal_the_vote_of_the_last_person_present_reveals_the_result()
    {
        var room = Start(autoReveal: true);
        foreach (var seat in room.Everyone.Take(4))
        {
            room.Session.MarkPresent(seat, Now);
        }

        var round = room.Vote("3", "3", "4");
        Assert.Equal(RoundState.Open, round.State);
        var version = room.Session.Version;

        room.Session.CastVote(room.Everyone[3], round.Id, "2", null, Cmd(), Now.AddMinutes(1));

        Assert.Equal(RoundState.Revealed, round.State);
        Assert.Equal(Now.AddMinutes(1), round.ClosedAt);
        Assert.Equal(Now.AddMinutes(1), round.RevealedAt);
        Assert.Equal(version + 1, room.Session.Version);
        Assert.NotNull(room.Tally(round).Result);
    }

    [Fact]
    public void Without_auto_reveal_the_round_stays_open_when_everyone_voted()
    {
        var room = Start();
        foreach (var seat in room.Everyone.Take(3))
        {
            room.Session.MarkPresent(seat, Now);
        }

        var round = room.Vote("3", "3", "4");

        Assert.Equal(RoundState.Open, round.State);
    }

    [Fact]
    public void Someone_absent_is_not_waited_for()
    {
        var room = Start(autoReveal: true);
        room.Session.MarkPresent(room.Everyone[0], Now);
        room.Session.MarkPresent(room.Everyone[1], Now);
        room.Session.MarkPresent(room.Everyone[2], Now);
        room.Session.MarkAbsent(room.Everyone[2], Now);

        var round = room.Vote("3", "4");

        Assert.Equal(RoundState.Revealed, round.State);
    }

    [Fact]
    public void The_chair_switches_auto_reveal_on_and_it_is_logged()
    {
        var room = Start();
        var version = room.Session.Version;

        room.Session.SetAutoReveal(room.Chair, true, Cmd(), Now);

        Assert.True(room.Session.AutoReveal);
        Assert.Equal(version + 1, room.Session.Version);
        Assert.Equal(SessionEvent.AutoRevealSwitched, room.Session.Log[^1].Kind);
        Assert.Equal("De uitslag verschijnt vanzelf zodra iedereen die er is heeft gestemd.", room.Session.Log[^1].Text);
    }

    [Fact]
    public void Switching_auto_reveal_to_what_it_already_is_changes_nothing()
    {
        var room = Start(autoReveal: true);
        var version = room.Session.Version;

        Assert.Equal(CommandOutcome.AlreadyApplied, room.Session.SetAutoReveal(room.Chair, true, Cmd(), Now));
        Assert.Equal(version, room.Session.Version);
    }

    [Fact]
    public void After_an_auto_reveal_the_chair_can_start_a_revote()
    {
        var room = Start(autoReveal: true);
        room.Session.MarkPresent(room.Everyone[0], Now);
        room.Vote("3");

        room.Session.Revote(room.Chair, Cmd(), Now);

        Assert.Equal(2, room.Session.CurrentRound!.Number);
        Assert.Equal(RoundState.Open, room.Session.CurrentRound.State);
    }
}
