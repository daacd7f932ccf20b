using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Sessions;
using static Glansrijk.Scan.Core.Tests.Agenda.AgendaBuilder;

namespace Glansrijk.Scan.Core.Tests.Agenda;

/// <summary>The agenda follows the live session's chair: who gets the console steers the agenda, who gave it away
/// no longer does.</summary>
public sealed class ChairHandOverTests
{
    [Fact]
    public void The_new_chair_steers_the_agenda_and_the_previous_chair_no_longer_does()
    {
        var room = WithFocus();

        var outcome = room.Agenda.HandOverChair(room.Chair, room.Anna, Cmd(), Now);

        Assert.Equal(CommandOutcome.Applied, outcome);
        Assert.Equal(room.Anna, room.Agenda.ChairSeatId);
        Assert.Equal(CommandOutcome.Applied, room.Agenda.AddAction(room.Anna, room.Details(owner: room.Bram), [], Cmd(), Now));
        var refused = Assert.Throws<AgendaRuleException>(() => room.Agenda.AddAction(room.Chair, room.Details(), [], Cmd(), Now));
        Assert.Equal("Alleen de voorzitter of de initiatiefnemer kan dit.", refused.Message);
    }

    [Fact]
    public void The_initiator_takes_the_chair_back_and_keeps_steering_throughout()
    {
        var room = WithFocus();
        room.Agenda.HandOverChair(room.Chair, room.Anna, Cmd(), Now);

        var outcome = room.Agenda.HandOverChair(room.Initiator, room.Initiator, Cmd(), Now);

        Assert.Equal(CommandOutcome.Applied, outcome);
        Assert.Equal(room.Initiator, room.Agenda.ChairSeatId);
        Assert.False(room.Agenda.CanSteer(room.Anna));
        Assert.True(room.Agenda.CanSteer(room.Initiator));
    }

    [Fact]
    public void A_participant_cannot_take_the_chair_of_the_agenda()
    {
        var room = WithFocus();
        var version = room.Agenda.Version;

        Assert.Throws<AgendaRuleException>(() => room.Agenda.HandOverChair(room.Anna, room.Anna, Cmd(), Now));
        Assert.Throws<AgendaRuleException>(() => room.Agenda.HandOverChair(room.Chair, Guid.Empty, Cmd(), Now));
        Assert.Equal(room.Chair, room.Agenda.ChairSeatId);
        Assert.Equal(version, room.Agenda.Version);
    }

    [Fact]
    public void Handing_over_to_the_chair_or_repeating_the_command_changes_nothing()
    {
        var room = WithFocus();
        var command = Cmd();
        var version = room.Agenda.Version;

        Assert.Equal(CommandOutcome.AlreadyApplied, room.Agenda.HandOverChair(room.Chair, room.Chair, Cmd(), Now));
        Assert.Equal(version, room.Agenda.Version);
        Assert.Equal(CommandOutcome.Applied, room.Agenda.HandOverChair(room.Chair, room.Bram, command, Now));
        Assert.Equal(CommandOutcome.AlreadyApplied, room.Agenda.HandOverChair(room.Chair, room.Anna, command, Now));
        Assert.Equal(room.Bram, room.Agenda.ChairSeatId);
        Assert.Equal(version + 1, room.Agenda.Version);
    }

    [Fact]
    public void A_latecomer_who_gets_the_chair_takes_part_in_the_agenda()
    {
        var room = WithFocus();
        var latecomer = Guid.NewGuid();

        room.Agenda.HandOverChair(room.Chair, latecomer, Cmd(), Now);

        Assert.Contains(latecomer, room.Agenda.ParticipantSeatIds);
        Assert.Equal("0 van 5 akkoord", room.Agenda.ConfirmationsInWords);
    }

    [Fact]
    public void A_fixed_agenda_keeps_its_chair()
    {
        var (room, _) = Closed();

        var refused = Assert.Throws<AgendaRuleException>(() => room.Agenda.HandOverChair(room.Chair, room.Anna, Cmd(), Now));

        Assert.Equal("De verbeteragenda is vastgesteld en kan niet meer veranderen.", refused.Message);
        Assert.Equal(room.Chair, room.Agenda.ChairSeatId);
    }
}
