using Glansrijk.Scan.Core.Sessions;
using static Glansrijk.Scan.Core.Tests.Sessions.LiveSessionBuilder;

namespace Glansrijk.Scan.Core.Tests.Sessions;

public sealed class ForgetPersonTests
{
    [Fact]
    public void A_forgotten_person_is_Oud_deelnemer_in_the_session_and_its_log_and_their_vote_still_counts()
    {
        var room = Start();
        var leaving = room.Participant();
        var oldChair = room.Chair;
        room.Session.HandOverChair(room.Chair, leaving, Cmd(), Now.AddMinutes(40));
        room.Session.OpenRound(leaving, Cmd(), Now.AddMinutes(41));
        room.Session.CastVote(leaving, room.Session.CurrentRound!.Id, "2", null, Cmd(), Now.AddMinutes(42));
        var version = room.Session.Version;

        room.Session.ForgetPerson(leaving);

        Assert.Equal("Oud-deelnemer", room.Session.Seat(leaving)!.Name);
        Assert.Equal("Persoon 3 gaf het voorzitterschap aan Oud-deelnemer.", room.Session.Log.Single(e => e.Kind == SessionEvent.ChairHandedOver).Text);
        Assert.Equal("2", room.Session.CurrentRound!.VoteOf(leaving)!.OptionCode);
        Assert.Equal(version, room.Session.Version);
        Assert.Equal("Persoon 3", room.Session.Seat(oldChair)!.Name);
    }
}
