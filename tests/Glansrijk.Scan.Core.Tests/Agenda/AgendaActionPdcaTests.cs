using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Sessions;
using static Glansrijk.Scan.Core.Tests.Agenda.AgendaBuilder;

namespace Glansrijk.Scan.Core.Tests.Agenda;

public sealed class AgendaActionPdcaTests
{
    [Theory]
    [InlineData(ActionStatus.Plan, ActionStatus.Do)]
    [InlineData(ActionStatus.Do, ActionStatus.Check)]
    [InlineData(ActionStatus.Check, ActionStatus.Act)]
    [InlineData(ActionStatus.Check, ActionStatus.Done)]
    [InlineData(ActionStatus.Act, ActionStatus.Plan)]
    [InlineData(ActionStatus.Act, ActionStatus.Done)]
    [InlineData(ActionStatus.Plan, ActionStatus.Dropped)]
    [InlineData(ActionStatus.Do, ActionStatus.Dropped)]
    [InlineData(ActionStatus.Check, ActionStatus.Dropped)]
    [InlineData(ActionStatus.Act, ActionStatus.Dropped)]
    [InlineData(ActionStatus.Do, ActionStatus.Do)]
    public void These_steps_are_allowed(ActionStatus from, ActionStatus to)
    {
        Assert.True(AgendaAction.CanMove(from, to));
    }

    [Theory]
    [InlineData(ActionStatus.Plan, ActionStatus.Check)]
    [InlineData(ActionStatus.Plan, ActionStatus.Done)]
    [InlineData(ActionStatus.Do, ActionStatus.Plan)]
    [InlineData(ActionStatus.Do, ActionStatus.Done)]
    [InlineData(ActionStatus.Check, ActionStatus.Plan)]
    [InlineData(ActionStatus.Done, ActionStatus.Plan)]
    [InlineData(ActionStatus.Done, ActionStatus.Done)]
    [InlineData(ActionStatus.Dropped, ActionStatus.Do)]
    public void These_steps_are_not_allowed(ActionStatus from, ActionStatus to)
    {
        Assert.False(AgendaAction.CanMove(from, to));
    }

    [Fact]
    public void The_owner_moves_the_action_through_the_cycle_and_the_history_keeps_every_step()
    {
        var (room, action) = Closed();

        room.Agenda.UpdateAction(room.Anna, action.Id, ActionStatus.Do, "Eerste overleg gepland", Cmd(), At(2026, 5, 2));
        room.Agenda.UpdateAction(room.Anna, action.Id, ActionStatus.Check, null, Cmd(), At(2026, 7, 1));
        room.Agenda.UpdateAction(room.Anna, action.Id, ActionStatus.Done, "Alle scholen doen mee", Cmd(), At(2026, 11, 1));

        Assert.Equal(ActionStatus.Done, action.Status);
        Assert.Equal(
            [
                (ActionStatus.Plan, ActionStatus.Do, "Eerste overleg gepland"),
                (ActionStatus.Do, ActionStatus.Check, null),
                (ActionStatus.Check, ActionStatus.Done, "Alle scholen doen mee"),
            ],
            action.History.Select(h => (h.From, h.To, h.Note)));
        Assert.All(action.History, h => Assert.Equal(room.Anna, h.BySeatId));
        Assert.Equal(At(2026, 11, 1), action.LastUpdate!.At);
    }

    [Fact]
    public void The_initiator_may_update_an_action_too()
    {
        var (room, action) = Closed();

        room.Agenda.UpdateAction(room.Initiator, action.Id, ActionStatus.Do, null, Cmd(), Now);

        Assert.Equal(room.Initiator, Assert.Single(action.History).BySeatId);
    }

    [Fact]
    public void Someone_else_cannot_change_the_status()
    {
        var (room, action) = Closed();
        var version = room.Agenda.Version;

        var error = Assert.Throws<AgendaRuleException>(() =>
            room.Agenda.UpdateAction(room.Bram, action.Id, ActionStatus.Do, null, Cmd(), Now));

        Assert.Equal("Alleen de trekker of de initiatiefnemer werkt deze actie bij.", error.Message);
        Assert.Equal(ActionStatus.Plan, action.Status);
        Assert.Equal(version, room.Agenda.Version);
    }

    [Fact]
    public void Even_the_chair_cannot_change_the_status()
    {
        var (room, action) = Closed();

        Assert.Throws<AgendaRuleException>(() => room.Agenda.UpdateAction(room.Chair, action.Id, ActionStatus.Do, null, Cmd(), Now));
    }

    [Fact]
    public void A_skipped_step_is_refused_in_plain_dutch()
    {
        var (room, action) = Closed();

        var error = Assert.Throws<AgendaRuleException>(() =>
            room.Agenda.UpdateAction(room.Anna, action.Id, ActionStatus.Done, "Klaar", Cmd(), Now));

        Assert.Equal("Van Plan kan een actie niet naar Afgerond.", error.Message);
        Assert.Empty(action.History);
    }

    [Fact]
    public void Dropping_an_action_needs_a_reason()
    {
        var (room, action) = Closed();

        Assert.Throws<AgendaRuleException>(() => room.Agenda.UpdateAction(room.Anna, action.Id, ActionStatus.Dropped, " ", Cmd(), Now));
        room.Agenda.UpdateAction(room.Anna, action.Id, ActionStatus.Dropped, "Opgenomen in het regionale plan", Cmd(), Now);

        Assert.Equal(ActionStatus.Dropped, action.Status);
        Assert.Equal("Opgenomen in het regionale plan", action.DroppedReason);
    }

    [Fact]
    public void A_progress_note_longer_than_the_limit_is_refused_and_nothing_changes()
    {
        var (room, action) = Closed();

        var error = Assert.Throws<AgendaRuleException>(() =>
            room.Agenda.UpdateAction(room.Anna, action.Id, ActionStatus.Do, new string('x', AgendaAction.MaxNoteLength + 1), Cmd(), Now));

        Assert.Equal("Houd de notitie kort: hoogstens 1000 tekens.", error.Message);
        Assert.Equal(ActionStatus.Plan, action.Status);
        Assert.Empty(action.History);
        room.Agenda.UpdateAction(room.Anna, action.Id, ActionStatus.Do, new string('x', AgendaAction.MaxNoteLength), Cmd(), Now);
        Assert.Single(action.History);
    }

    [Fact]
    public void A_finished_action_stays_finished()
    {
        var (room, action) = Closed();
        room.Agenda.UpdateAction(room.Anna, action.Id, ActionStatus.Dropped, "Geen budget", Cmd(), Now);

        var error = Assert.Throws<AgendaRuleException>(() =>
            room.Agenda.UpdateAction(room.Anna, action.Id, ActionStatus.Plan, "Toch weer", Cmd(), Now));

        Assert.Equal("Deze actie is vervallen; de status ligt vast.", error.Message);
    }

    [Fact]
    public void A_progress_note_without_a_status_change_is_kept()
    {
        var (room, action) = Closed();

        room.Agenda.UpdateAction(room.Anna, action.Id, ActionStatus.Plan, "Partners gebeld", Cmd(), Now);

        var update = Assert.Single(action.History);
        Assert.Equal((ActionStatus.Plan, ActionStatus.Plan, "Partners gebeld"), (update.From, update.To, update.Note));
    }

    [Fact]
    public void An_update_without_news_is_refused()
    {
        var (room, action) = Closed();

        Assert.Throws<AgendaRuleException>(() => room.Agenda.UpdateAction(room.Anna, action.Id, ActionStatus.Plan, "", Cmd(), Now));
    }

    [Fact]
    public void An_update_sent_twice_is_recorded_once()
    {
        var (room, action) = Closed();
        var command = Cmd();

        room.Agenda.UpdateAction(room.Anna, action.Id, ActionStatus.Do, null, command, Now);
        var outcome = room.Agenda.UpdateAction(room.Anna, action.Id, ActionStatus.Do, null, command, Now);

        Assert.Equal(CommandOutcome.AlreadyApplied, outcome);
        Assert.Single(action.History);
    }

    [Fact]
    public void Follow_up_starts_only_after_the_agenda_is_closed()
    {
        var (room, action) = WithAction();

        Assert.Throws<AgendaRuleException>(() => room.Agenda.UpdateAction(room.Anna, action.Id, ActionStatus.Do, null, Cmd(), Now));
    }

    [Fact]
    public void An_update_may_set_the_next_check_moment_before_the_deadline()
    {
        var (room, action) = Closed();

        room.Agenda.UpdateAction(room.Anna, action.Id, ActionStatus.Do, null, Cmd(), At(2026, 7, 1), new DateOnly(2026, 10, 1));

        Assert.Equal(new DateOnly(2026, 10, 1), action.NextCheck);
        Assert.Throws<AgendaRuleException>(() =>
            room.Agenda.UpdateAction(room.Anna, action.Id, ActionStatus.Do, "later", Cmd(), At(2026, 7, 2), new DateOnly(2027, 2, 1)));
    }

    [Fact]
    public void An_action_before_its_check_moment_is_on_track()
    {
        var (_, action) = Closed();

        Assert.Equal(ActionProgress.OnTrack, action.Progress(new DateOnly(2026, 7, 1)));
    }

    [Fact]
    public void A_check_moment_passed_without_an_update_since_makes_it_late()
    {
        var (room, action) = Closed();
        room.Agenda.UpdateAction(room.Anna, action.Id, ActionStatus.Do, null, Cmd(), At(2026, 6, 1));

        Assert.Equal(ActionProgress.Late, action.Progress(new DateOnly(2026, 7, 2)));
    }

    [Fact]
    public void An_update_on_or_after_the_check_moment_keeps_it_on_track()
    {
        var (room, action) = Closed();
        room.Agenda.UpdateAction(room.Anna, action.Id, ActionStatus.Do, null, Cmd(), At(2026, 7, 1));

        Assert.Equal(ActionProgress.OnTrack, action.Progress(new DateOnly(2026, 8, 1)));
    }

    [Fact]
    public void A_passed_deadline_makes_an_open_action_late_but_not_a_done_one()
    {
        var (room, action) = Closed();
        room.Agenda.UpdateAction(room.Anna, action.Id, ActionStatus.Do, null, Cmd(), At(2026, 7, 1));
        Assert.Equal(ActionProgress.Late, action.Progress(new DateOnly(2027, 1, 1)));

        room.Agenda.UpdateAction(room.Anna, action.Id, ActionStatus.Check, null, Cmd(), At(2027, 1, 2));
        room.Agenda.UpdateAction(room.Anna, action.Id, ActionStatus.Done, null, Cmd(), At(2027, 1, 3));

        Assert.Equal(ActionProgress.Done, action.Progress(new DateOnly(2027, 1, 4)));
    }

    [Fact]
    public void The_overview_lists_every_action_with_how_it_stands()
    {
        var (room, first) = WithAction();
        room.Agenda.AddAction(room.Chair, room.Details(normId: "norm-03", title: "Stagebank", owner: room.Bram), [], Cmd(), Now);
        room.Agenda.Close(room.Chair, Cmd(), Now);
        room.Agenda.UpdateAction(room.Anna, first.Id, ActionStatus.Do, "Gestart", Cmd(), At(2026, 7, 1));

        var overview = room.Agenda.Overview(new DateOnly(2026, 7, 15));

        Assert.Equal(
            [("Warme overdracht school–werk", ActionProgress.OnTrack), ("Stagebank", ActionProgress.Late)],
            overview.Select(o => (o.Title, o.Progress)));
        Assert.Equal(["op schema", "achter"], overview.Select(o => o.Progress.InWords()));
        Assert.Equal("Do", overview[0].Status.InWords());
    }

    [Fact]
    public void The_next_statuses_follow_the_cycle()
    {
        var (room, action) = Closed();
        Assert.Equal([ActionStatus.Do, ActionStatus.Dropped], action.NextStatuses);

        room.Agenda.UpdateAction(room.Anna, action.Id, ActionStatus.Do, null, Cmd(), Now);
        room.Agenda.UpdateAction(room.Anna, action.Id, ActionStatus.Check, null, Cmd(), Now);

        Assert.Equal([ActionStatus.Act, ActionStatus.Done, ActionStatus.Dropped], action.NextStatuses);
    }
}
