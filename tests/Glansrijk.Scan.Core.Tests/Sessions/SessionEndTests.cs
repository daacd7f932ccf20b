using Glansrijk.Scan.Core.Sessions;
using static Glansrijk.Scan.Core.Tests.Sessions.LiveSessionBuilder;

namespace Glansrijk.Scan.Core.Tests.Sessions;

public sealed class SessionEndTests
{
    [Fact]
    public void The_chair_ends_the_session_and_it_is_logged()
    {
        var room = Start();
        room.Revealed("3", "3", "3");

        room.Session.End(room.Chair, Cmd(), Now.AddHours(3));

        Assert.True(room.Session.IsEnded);
        Assert.Equal(Now.AddHours(3), room.Session.EndedAt);
        Assert.Equal(SessionEvent.Ended, room.Session.Log[^1].Kind);
        Assert.Equal("Sessie 1 is afgesloten.", room.Session.Log[^1].Text);
    }

    [Fact]
    public void A_session_with_an_open_round_cannot_end()
    {
        var room = Start();
        room.Vote("3");

        var error = Assert.Throws<SessionRuleException>(() => room.Session.End(room.Chair, Cmd(), Now));

        Assert.Equal("Er loopt nog een stemronde. Sluit die eerst af.", error.Message);
        Assert.False(room.Session.IsEnded);
    }

    [Fact]
    public void After_the_end_every_command_is_refused()
    {
        var room = Start();
        room.Session.End(room.Chair, Cmd(), Now);
        var version = room.Session.Version;

        Assert.Equal("Deze sessie is afgelopen.", Assert.Throws<SessionRuleException>(() => room.Session.OpenRound(room.Chair, Cmd(), Now)).Message);
        Assert.Throws<SessionRuleException>(() => room.Session.Next(room.Initiator, Cmd(), Now));
        Assert.Throws<SessionRuleException>(() => room.Session.TakeBackChair(room.Initiator, Cmd(), Now));
        Assert.Throws<SessionRuleException>(() => room.Session.RecordImprovementPoint(room.Chair, "norm-01", "Te laat", Cmd(), Now));
        Assert.Equal(version, room.Session.Version);
    }

    [Fact]
    public void The_end_sent_twice_is_a_quiet_no_op()
    {
        var room = Start();
        var command = Cmd();
        room.Session.End(room.Chair, command, Now);

        Assert.Equal(CommandOutcome.AlreadyApplied, room.Session.End(room.Chair, command, Now));
    }
}
