using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Core.Tests.Scans;
using static Glansrijk.Scan.Core.Tests.Sessions.LiveSessionBuilder;

namespace Glansrijk.Scan.Core.Tests.Sessions;

public sealed class ChairTests
{
    private const string OnlyTheChair = "Alleen de voorzitter of de initiatiefnemer kan de sessie leiden.";

    /// <summary>Every steering command: what the chair does first so the command makes sense, then the command by
    /// <c>actor</c>.</summary>
    private static readonly Dictionary<string, (Action<Room> Arrange, Func<Room, Guid, CommandOutcome> Act)> Steering = new()
    {
        ["OpenRound"] = (_ => { }, (r, actor) => r.Session.OpenRound(actor, Cmd(), Now)),
        ["CloseRound"] = (r => r.Open(), (r, actor) => r.Session.CloseRound(actor, r.Session.CurrentRound!.Id, Cmd(), Now)),
        ["RevealRound"] = (r => { r.Vote("3", "3", "4"); r.Close(); }, (r, actor) => r.Session.RevealRound(actor, r.Session.CurrentRound!.Id, Cmd(), Now)),
        ["Revote"] = (r => r.Revealed("2", "3", "3"), (r, actor) => r.Session.Revote(actor, Cmd(), Now)),
        ["Next"] = (_ => { }, (r, actor) => r.Session.Next(actor, Cmd(), Now)),
        ["Previous"] = (r => r.Next(), (r, actor) => r.Session.Previous(actor, Cmd(), Now)),
        ["GoTo"] = (_ => { }, (r, actor) => r.Session.GoTo(actor, 2, Cmd(), Now)),
        ["ChooseOpenDiscussion"] = (_ => { }, (r, actor) => r.Session.ChooseOpenDiscussion(actor, Cmd(), Now)),
        ["SetAutoReveal"] = (_ => { }, (r, actor) => r.Session.SetAutoReveal(actor, true, Cmd(), Now)),
        ["HandOverChair"] = (_ => { }, (r, actor) => r.Session.HandOverChair(actor, r.Participant(2), Cmd(), Now)),
        ["RecordImprovementPoint"] = (_ => { }, (r, actor) => r.Session.RecordImprovementPoint(actor, "norm-01", "Ambitie op papier zetten", Cmd(), Now)),
        ["ReviseImprovementPoint"] = (RecordPoint, (r, actor) => r.Session.ReviseImprovementPoint(actor, r.Session.ImprovementPoints[0].Id, "Anders gezegd", Cmd(), Now)),
        ["RemoveImprovementPoint"] = (RecordPoint, (r, actor) => r.Session.RemoveImprovementPoint(actor, r.Session.ImprovementPoints[0].Id, Cmd(), Now)),
        ["End"] = (_ => { }, (r, actor) => r.Session.End(actor, Cmd(), Now)),
    };

    public static TheoryData<string> SteeringCommands() => [.. Steering.Keys];

    [Theory]
    [MemberData(nameof(SteeringCommands))]
    public void A_participant_who_does_not_chair_cannot_steer(string command)
    {
        var (room, act) = Arranged(command);
        var version = room.Session.Version;
        var before = Snapshot(room.Session);

        var error = Assert.Throws<SessionRuleException>(() => act(room, room.Participant()));

        Assert.Equal(OnlyTheChair, error.Message);
        Assert.Equal(version, room.Session.Version);
        Assert.Equal(before, Snapshot(room.Session));
    }

    [Theory]
    [MemberData(nameof(SteeringCommands))]
    public void A_seat_from_another_scan_cannot_steer(string command)
    {
        var (room, act) = Arranged(command);
        var stranger = ScanBuilder.WithSeats(4).Seats[3].Id;

        var error = Assert.Throws<SessionRuleException>(() => act(room, stranger));

        Assert.Equal(OnlyTheChair, error.Message);
    }

    [Theory]
    [MemberData(nameof(SteeringCommands))]
    public void The_chair_can_steer(string command)
    {
        var (room, act) = Arranged(command);
        var version = room.Session.Version;

        Assert.Equal(CommandOutcome.Applied, act(room, room.Chair));
        Assert.Equal(version + 1, room.Session.Version);
    }

    [Theory]
    [MemberData(nameof(SteeringCommands))]
    public void The_initiator_can_steer_while_someone_else_chairs(string command)
    {
        var (room, act) = Arranged(command);
        Assert.NotEqual(room.Initiator, room.Chair);

        Assert.Equal(CommandOutcome.Applied, act(room, room.Initiator));
    }

    [Fact]
    public void The_chair_hands_over_and_then_no_longer_steers()
    {
        var room = Start();
        var oldChair = room.Chair;
        var newChair = room.Participant();
        var version = room.Session.Version;

        var outcome = room.Session.HandOverChair(oldChair, newChair, Cmd(), Now);

        Assert.Equal(CommandOutcome.Applied, outcome);
        Assert.Equal(version + 1, room.Session.Version);
        Assert.Equal(newChair, room.Session.ChairSeatId);
        Assert.True(room.Session.CanSteer(newChair));
        Assert.False(room.Session.CanSteer(oldChair));
        Assert.Throws<SessionRuleException>(() => room.Session.OpenRound(oldChair, Cmd(), Now));
        room.Session.OpenRound(newChair, Cmd(), Now);
    }

    [Fact]
    public void Handing_over_is_written_in_the_session_log()
    {
        var room = Start();
        var newChair = room.Participant();

        room.Session.HandOverChair(room.Chair, newChair, Cmd(), Now.AddMinutes(40));

        var entry = room.Session.Log[^1];
        Assert.Equal(SessionEvent.ChairHandedOver, entry.Kind);
        Assert.Equal("Persoon 3 gaf het voorzitterschap aan Persoon 1.", entry.Text);
        Assert.Equal(newChair, entry.SubjectSeatId);
        Assert.Equal(room.Session.Version, entry.Version);
        Assert.Equal(Now.AddMinutes(40), entry.At);
    }

    [Fact]
    public void The_chair_can_hand_over_to_the_initiator()
    {
        var room = Start();

        room.Session.HandOverChair(room.Chair, room.Initiator, Cmd(), Now);

        Assert.Equal(room.Initiator, room.Session.ChairSeatId);
    }

    [Fact]
    public void Handing_over_to_someone_outside_the_session_is_refused()
    {
        var room = Start();
        var chair = room.Chair;
        var stranger = ScanBuilder.WithSeats(2).Seats[1].Id;

        var error = Assert.Throws<SessionRuleException>(() => room.Session.HandOverChair(chair, stranger, Cmd(), Now));

        Assert.Equal("Geef het voorzitterschap aan iemand die aan deze sessie meedoet.", error.Message);
        Assert.Equal(chair, room.Session.ChairSeatId);
    }

    [Fact]
    public void Handing_over_to_the_chair_changes_nothing()
    {
        var room = Start();
        var version = room.Session.Version;

        var outcome = room.Session.HandOverChair(room.Chair, room.Chair, Cmd(), Now);

        Assert.Equal(CommandOutcome.AlreadyApplied, outcome);
        Assert.Equal(version, room.Session.Version);
    }

    [Fact]
    public void The_initiator_can_always_take_the_chair_back()
    {
        var room = Start();
        room.Session.HandOverChair(room.Chair, room.Participant(), Cmd(), Now);
        var chair = room.Chair;

        var outcome = room.Session.TakeBackChair(room.Initiator, Cmd(), Now);

        Assert.Equal(CommandOutcome.Applied, outcome);
        Assert.Equal(room.Initiator, room.Session.ChairSeatId);
        Assert.False(room.Session.CanSteer(chair));
        var entry = room.Session.Log[^1];
        Assert.Equal(SessionEvent.ChairTakenBack, entry.Kind);
        Assert.Equal("Ilse Initiatief nam het voorzitterschap terug van Persoon 1.", entry.Text);
    }

    [Fact]
    public void The_initiator_can_take_the_chair_back_even_from_an_absent_chair()
    {
        var room = Start();
        room.Session.MarkPresent(room.Chair, Now);
        room.Session.MarkAbsent(room.Chair, Now);

        room.Session.TakeBackChair(room.Initiator, Cmd(), Now);

        Assert.Equal(room.Initiator, room.Session.ChairSeatId);
    }

    [Fact]
    public void Only_the_initiator_can_take_the_chair_back()
    {
        var room = Start();
        var chair = room.Chair;

        var byParticipant = Assert.Throws<SessionRuleException>(() => room.Session.TakeBackChair(room.Participant(), Cmd(), Now));
        var byChair = Assert.Throws<SessionRuleException>(() => room.Session.TakeBackChair(chair, Cmd(), Now));

        Assert.Equal("Alleen de initiatiefnemer kan het voorzitterschap terugnemen.", byParticipant.Message);
        Assert.Equal(byParticipant.Message, byChair.Message);
        Assert.Equal(chair, room.Session.ChairSeatId);
    }

    [Fact]
    public void Taking_back_a_chair_the_initiator_already_holds_changes_nothing()
    {
        var room = Start(nameChair: false);
        var version = room.Session.Version;

        Assert.Equal(CommandOutcome.AlreadyApplied, room.Session.TakeBackChair(room.Initiator, Cmd(), Now));
        Assert.Equal(version, room.Session.Version);
    }

    [Fact]
    public void The_chair_keeps_the_chair_when_their_tablet_disconnects()
    {
        var room = Start();
        var chair = room.Chair;
        room.Session.MarkPresent(chair, Now);

        room.Session.MarkAbsent(chair, Now.AddMinutes(3));

        Assert.Equal(chair, room.Session.ChairSeatId);
        room.Session.MarkPresent(chair, Now.AddMinutes(4));
        room.Session.OpenRound(chair, Cmd(), Now.AddMinutes(4));
    }

    [Fact]
    public void A_hand_over_sent_twice_is_logged_once()
    {
        var room = Start();
        var command = Cmd();
        var chair = room.Chair;

        room.Session.HandOverChair(chair, room.Participant(), command, Now);
        room.Session.HandOverChair(chair, room.Participant(), command, Now);

        Assert.Single(room.Session.Log, e => e.Kind == SessionEvent.ChairHandedOver);
    }

    private static (Room Room, Func<Room, Guid, CommandOutcome> Act) Arranged(string command)
    {
        var room = Start();
        var (arrange, act) = Steering[command];
        arrange(room);
        return (room, act);
    }

    private static void RecordPoint(Room room) =>
        room.Session.RecordImprovementPoint(room.Chair, "norm-01", "Ambitie op papier zetten", Cmd(), Now);

    /// <summary>What a steering command can change, to compare before and after a refusal.</summary>
    private static string Snapshot(LiveSession session) =>
        string.Join('|',
            session.CurrentIndex, session.Rounds.Count, session.CurrentRound?.State, session.ChairSeatId, session.OpenDiscussion,
            session.AutoReveal, session.IsEnded, session.Log.Count, string.Join(';', session.ImprovementPoints.Select(p => p.Text)));
}
