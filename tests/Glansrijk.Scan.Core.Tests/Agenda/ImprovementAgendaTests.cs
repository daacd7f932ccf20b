using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Sessions;
using static Glansrijk.Scan.Core.Tests.Agenda.AgendaBuilder;

namespace Glansrijk.Scan.Core.Tests.Agenda;

public sealed class ImprovementAgendaTests
{
    [Fact]
    public void The_agenda_starts_with_the_proposed_focus_still_to_be_confirmed()
    {
        var room = AgendaBuilder.Start();

        Assert.Equal(["norm-02", "norm-03"], room.Agenda.FocusNorms.Select(f => f.NormId));
        Assert.All(room.Agenda.FocusNorms, f => Assert.True(f.WasProposed));
        Assert.False(room.Agenda.IsFocusConfirmed);
        Assert.Equal(1, room.Agenda.Version);
    }

    [Fact]
    public void The_chair_confirms_a_changed_focus_list()
    {
        var room = AgendaBuilder.Start();

        var outcome = room.Agenda.ConfirmFocus(room.Chair, ["norm-03", "norm-01"], Cmd(), Now);

        Assert.Equal(CommandOutcome.Applied, outcome);
        Assert.Equal(["norm-03", "norm-01"], room.Agenda.FocusNorms.Select(f => f.NormId));
        Assert.Equal([true, false], room.Agenda.FocusNorms.Select(f => f.WasProposed));
        Assert.True(room.Agenda.IsFocusConfirmed);
        Assert.Equal(2, room.Agenda.Version);
    }

    [Fact]
    public void A_participant_cannot_change_the_focus()
    {
        var room = AgendaBuilder.Start();

        Assert.Throws<AgendaRuleException>(() => room.Agenda.ConfirmFocus(room.Anna, ["norm-01"], Cmd(), Now));
        Assert.False(room.Agenda.IsFocusConfirmed);
    }

    [Fact]
    public void A_focus_norm_outside_the_scan_or_an_empty_focus_is_refused()
    {
        var room = AgendaBuilder.Start();

        Assert.Throws<AgendaRuleException>(() => room.Agenda.ConfirmFocus(room.Chair, ["norm-99"], Cmd(), Now));
        Assert.Throws<AgendaRuleException>(() => room.Agenda.ConfirmFocus(room.Chair, [], Cmd(), Now));
    }

    [Fact]
    public void A_focus_norm_with_actions_cannot_be_taken_off()
    {
        var (room, _) = WithAction();

        Assert.Throws<AgendaRuleException>(() => room.Agenda.ConfirmFocus(room.Chair, ["norm-03"], Cmd(), Now));
    }

    [Fact]
    public void Participants_send_proposals_for_a_focus_norm()
    {
        var room = WithFocus();

        room.Agenda.SubmitProposal(room.Anna, "norm-02", "  Eén contactpersoon per school  ", Cmd(), Now);

        var proposal = Assert.Single(room.Agenda.ProposalsOf("norm-02"));
        Assert.Equal("Eén contactpersoon per school", proposal.Text);
        Assert.Equal(room.Anna, proposal.SeatId);
        Assert.Equal(ProposalState.Open, proposal.State);
    }

    [Fact]
    public void A_proposal_for_a_norm_that_is_not_in_focus_is_refused()
    {
        var room = WithFocus();

        var error = Assert.Throws<AgendaRuleException>(() => room.Agenda.SubmitProposal(room.Anna, "norm-01", "Iets", Cmd(), Now));

        Assert.Equal("Norm 'norm-01' is geen focusnorm.", error.Message);
    }

    [Fact]
    public void A_proposal_sent_twice_is_kept_once()
    {
        var room = WithFocus();
        var command = Cmd();

        room.Agenda.SubmitProposal(room.Bram, "norm-02", "Stagebank", command, Now);
        var outcome = room.Agenda.SubmitProposal(room.Bram, "norm-02", "Stagebank", command, Now);

        Assert.Equal(CommandOutcome.AlreadyApplied, outcome);
        Assert.Single(room.Agenda.Proposals);
    }

    [Fact]
    public void The_chair_merges_proposals_into_one_action()
    {
        var room = WithFocus();
        room.Agenda.SubmitProposal(room.Anna, "norm-02", "Contactpersoon", Cmd(), Now);
        room.Agenda.SubmitProposal(room.Bram, "norm-02", "Overdrachtsformulier", Cmd(), Now);
        var ids = room.Agenda.Proposals.Select(p => p.Id).ToArray();

        room.Agenda.AddAction(room.Chair, room.Details(), ids, Cmd(), Now);

        var action = Assert.Single(room.Agenda.Actions);
        Assert.All(room.Agenda.Proposals, p => Assert.Equal((ProposalState.Merged, action.Id), (p.State, p.ActionId)));
        Assert.Equal("Warme overdracht school–werk", action.Title);
        Assert.Equal(["Praktijkschool De Brug", "Werkbedrijf"], action.Organisations);
        Assert.Equal(ActionStatus.Plan, action.Status);
        Assert.False(action.IsOwnerConfirmed);
    }

    [Fact]
    public void A_proposal_already_merged_cannot_be_merged_again()
    {
        var room = WithFocus();
        room.Agenda.SubmitProposal(room.Anna, "norm-02", "Contactpersoon", Cmd(), Now);
        var id = room.Agenda.Proposals[0].Id;
        room.Agenda.AddAction(room.Chair, room.Details(), [id], Cmd(), Now);

        Assert.Throws<AgendaRuleException>(() => room.Agenda.AddAction(room.Chair, room.Details(title: "Ander"), [id], Cmd(), Now));
    }

    [Fact]
    public void The_chair_can_set_a_proposal_aside()
    {
        var room = WithFocus();
        room.Agenda.SubmitProposal(room.Anna, "norm-02", "Te groot", Cmd(), Now);

        room.Agenda.DismissProposal(room.Chair, room.Agenda.Proposals[0].Id, Cmd(), Now);

        Assert.Equal(ProposalState.Dismissed, room.Agenda.Proposals[0].State);
    }

    [Fact]
    public void The_deadline_must_come_after_the_start()
    {
        var room = WithFocus();

        var error = Assert.Throws<AgendaRuleException>(() => room.Agenda.AddAction(
            room.Chair, room.Details(start: new DateOnly(2026, 5, 1), deadline: new DateOnly(2026, 5, 1), firstCheck: new DateOnly(2026, 5, 1)), [], Cmd(), Now));

        Assert.Equal("De deadline ligt na de start.", error.Message);
    }

    [Theory]
    [InlineData(2026, 4, 30)]
    [InlineData(2027, 1, 1)]
    public void The_first_check_lies_between_start_and_deadline(int year, int month, int day)
    {
        var room = WithFocus();

        var error = Assert.Throws<AgendaRuleException>(() =>
            room.Agenda.AddAction(room.Chair, room.Details(firstCheck: new DateOnly(year, month, day)), [], Cmd(), Now));

        Assert.Equal("Het eerste checkmoment ligt tussen de start en de deadline.", error.Message);
    }

    [Fact]
    public void An_action_without_title_or_with_an_owner_from_outside_is_refused()
    {
        var room = WithFocus();

        Assert.Throws<AgendaRuleException>(() => room.Agenda.AddAction(room.Chair, room.Details(title: " "), [], Cmd(), Now));
        Assert.Throws<AgendaRuleException>(() => room.Agenda.AddAction(room.Chair, room.Details(owner: Guid.NewGuid()), [], Cmd(), Now));
        Assert.Throws<AgendaRuleException>(() => room.Agenda.AddAction(room.Chair, room.Details(normId: "norm-04"), [], Cmd(), Now));
        Assert.Empty(room.Agenda.Actions);
    }

    [Fact]
    public void Only_the_owner_confirms_their_action()
    {
        var (room, action) = WithAction();

        Assert.Throws<AgendaRuleException>(() => room.Agenda.ConfirmOwnership(room.Bram, action.Id, Cmd(), Now));
        room.Agenda.ConfirmOwnership(room.Anna, action.Id, Cmd(), Now);

        Assert.True(action.IsOwnerConfirmed);
        Assert.Equal(CommandOutcome.AlreadyApplied, room.Agenda.ConfirmOwnership(room.Anna, action.Id, Cmd(), Now));
    }

    [Fact]
    public void Choosing_another_owner_asks_the_new_one_to_confirm()
    {
        var (room, action) = WithAction();
        room.Agenda.ConfirmOwnership(room.Anna, action.Id, Cmd(), Now);

        room.Agenda.EditAction(room.Chair, action.Id, room.Details(owner: room.Bram), Cmd(), Now);

        Assert.Equal(room.Bram, action.OwnerSeatId);
        Assert.False(action.IsOwnerConfirmed);
    }

    [Fact]
    public void An_edit_that_changes_nothing_keeps_the_version()
    {
        var (room, action) = WithAction();
        var version = room.Agenda.Version;

        var outcome = room.Agenda.EditAction(room.Chair, action.Id, room.Details(), Cmd(), Now);

        Assert.Equal(CommandOutcome.AlreadyApplied, outcome);
        Assert.Equal(version, room.Agenda.Version);
    }

    [Fact]
    public void Removing_an_action_closes_the_gap_in_positions()
    {
        var (room, first) = WithAction();
        room.Agenda.AddAction(room.Chair, room.Details(title: "Tweede"), [], Cmd(), Now);

        room.Agenda.RemoveAction(room.Chair, first.Id, Cmd(), Now);

        var left = Assert.Single(room.Agenda.Actions);
        Assert.Equal(0, left.Position);
    }

    [Fact]
    public void The_process_agreements_hold_four_texts()
    {
        var room = WithFocus();

        room.Agenda.SetProcessAgreements(
            room.Chair, new ProcessAgreements("Elk kwartaal", " VSV-overleg ", "Trekkers mailen vooraf een korte stand", "Taart bij elke mijlpaal"), Cmd(), Now);

        Assert.Equal(new ProcessAgreements("Elk kwartaal", "VSV-overleg", "Trekkers mailen vooraf een korte stand", "Taart bij elke mijlpaal"), room.Agenda.ProcessAgreements);
    }

    [Fact]
    public void Internal_approvals_and_external_organisations_are_recorded_with_status()
    {
        var room = WithFocus();

        room.Agenda.AddInternalApproval(room.Chair, "Gemeente Glansrijk", "College van B&W", Cmd(), Now);
        room.Agenda.AddExternalInvitation(room.Chair, "Buurgemeente Oost", room.Bram, Cmd(), Now);

        var approval = Assert.Single(room.Agenda.InternalApprovals);
        Assert.Equal(("Gemeente Glansrijk", "College van B&W", ApprovalStatus.ToSubmit), (approval.Organisation, approval.Body, approval.Status));
        var invitation = Assert.Single(room.Agenda.ExternalInvitations);
        Assert.Equal(("Buurgemeente Oost", room.Bram, InvitationStatus.ToAsk), (invitation.Organisation, invitation.ContactSeatId, invitation.Status));
    }

    [Fact]
    public void Afhechting_statuses_go_on_after_closing()
    {
        var (room, _) = WithAction();
        room.Agenda.AddInternalApproval(room.Chair, "Gemeente Glansrijk", "College van B&W", Cmd(), Now);
        room.Agenda.AddExternalInvitation(room.Chair, "Buurgemeente Oost", room.Bram, Cmd(), Now);
        room.Agenda.Close(room.Chair, Cmd(), Now);

        room.Agenda.SetApprovalStatus(room.Initiator, room.Agenda.InternalApprovals[0].Id, ApprovalStatus.Approved, Cmd(), At(2026, 6, 1));
        room.Agenda.SetInvitationStatus(room.Bram, room.Agenda.ExternalInvitations[0].Id, InvitationStatus.Joined, Cmd(), At(2026, 6, 1));

        Assert.Equal(ApprovalStatus.Approved, room.Agenda.InternalApprovals[0].Status);
        Assert.Equal(InvitationStatus.Joined, room.Agenda.ExternalInvitations[0].Status);
        Assert.Throws<AgendaRuleException>(() =>
            room.Agenda.SetInvitationStatus(room.Anna, room.Agenda.ExternalInvitations[0].Id, InvitationStatus.Declined, Cmd(), Now));
        Assert.Throws<AgendaRuleException>(() => room.Agenda.AddInternalApproval(room.Chair, "School", "Bestuur", Cmd(), Now));
    }

    [Fact]
    public void An_afhechting_item_can_be_taken_off_before_closing()
    {
        var room = WithFocus();
        room.Agenda.AddInternalApproval(room.Chair, "Gemeente Glansrijk", "College van B&W", Cmd(), Now);
        room.Agenda.AddExternalInvitation(room.Chair, "Buurgemeente Oost", room.Bram, Cmd(), Now);

        room.Agenda.RemoveRatificationItem(room.Chair, room.Agenda.InternalApprovals[0].Id, Cmd(), Now);

        Assert.Empty(room.Agenda.InternalApprovals);
        Assert.Single(room.Agenda.ExternalInvitations);
        Assert.Throws<AgendaRuleException>(() => room.Agenda.RemoveRatificationItem(room.Chair, Guid.NewGuid(), Cmd(), Now));
    }

    [Fact]
    public void Someone_who_accepted_takes_part_on_arrival_once_and_not_after_closing()
    {
        var room = WithFocus();
        var latecomer = Guid.NewGuid();
        var version = room.Agenda.Version;

        var first = room.Agenda.Arrive(latecomer, Now);
        var again = room.Agenda.Arrive(latecomer, Now);

        Assert.Equal(CommandOutcome.Applied, first);
        Assert.Equal(CommandOutcome.AlreadyApplied, again);
        Assert.Contains(latecomer, room.Agenda.ParticipantSeatIds);
        Assert.Equal(version + 1, room.Agenda.Version);
        room.Agenda.Confirm(latecomer, true, null, Cmd(), Now);

        var (closed, _) = Closed();
        Assert.Equal(CommandOutcome.AlreadyApplied, closed.Agenda.Arrive(Guid.NewGuid(), Now));
    }

    [Fact]
    public void The_chair_leaves_someone_out_with_a_reason_and_they_do_not_join_by_arriving()
    {
        var room = WithFocus();
        room.Agenda.Confirm(room.Bram, true, null, Cmd(), Now);

        room.Agenda.LeaveOut(room.Chair, room.Bram, " Kijkt alleen mee ", Cmd(), Now);
        var arrived = room.Agenda.Arrive(room.Bram, Now);

        Assert.Equal(CommandOutcome.AlreadyApplied, arrived);
        Assert.DoesNotContain(room.Bram, room.Agenda.ParticipantSeatIds);
        Assert.Null(room.Agenda.ConfirmationOf(room.Bram));
        Assert.Equal("Kijkt alleen mee", Assert.Single(room.Agenda.LeftOut).Reason);

        room.Agenda.Admit(room.Chair, room.Bram, Cmd(), Now);
        Assert.Contains(room.Bram, room.Agenda.ParticipantSeatIds);
        Assert.Empty(room.Agenda.LeftOut);
    }

    [Fact]
    public void Leaving_out_needs_a_reason_the_chair_and_no_trekker_and_changes_nothing_when_refused()
    {
        var (room, _) = WithAction();
        var version = room.Agenda.Version;

        Assert.Equal("Zeg waarom deze persoon niet meedoet aan de verbeteragenda.",
            Assert.Throws<AgendaRuleException>(() => room.Agenda.LeaveOut(room.Chair, room.Bram, " ", Cmd(), Now)).Message);
        Assert.Throws<AgendaRuleException>(() => room.Agenda.LeaveOut(room.Bram, room.Anna, "Geen reden", Cmd(), Now));
        Assert.Throws<AgendaRuleException>(() => room.Agenda.LeaveOut(room.Chair, room.Chair, "Zelf", Cmd(), Now));
        Assert.Equal("Deze persoon is trekker van een actie. Kies eerst een andere trekker.",
            Assert.Throws<AgendaRuleException>(() => room.Agenda.LeaveOut(room.Chair, room.Anna, "Trekker", Cmd(), Now)).Message);
        Assert.Throws<AgendaRuleException>(() => room.Agenda.LeaveOut(room.Chair, room.Bram, new string('x', LeftOutSeat.MaxReasonLength + 1), Cmd(), Now));

        Assert.Equal(version, room.Agenda.Version);
        Assert.Empty(room.Agenda.LeftOut);
    }

    [Fact]
    public void A_latecomer_let_in_by_the_chair_may_confirm()
    {
        var (room, _) = WithAction();
        var latecomer = Guid.NewGuid();

        room.Agenda.Admit(room.Chair, latecomer, Cmd(), Now);
        room.Agenda.Confirm(latecomer, true, null, Cmd(), Now);

        Assert.True(room.Agenda.ConfirmationOf(latecomer)!.Agrees);
        Assert.Equal("1 van 5 akkoord", room.Agenda.ConfirmationsInWords);
    }

    [Fact]
    public void Everyone_present_confirms_akkoord_or_niet_akkoord_with_a_reason()
    {
        var (room, _) = WithAction();

        room.Agenda.Confirm(room.Anna, true, null, Cmd(), Now);
        room.Agenda.Confirm(room.Bram, false, " Te weinig tijd voor actie 2 ", Cmd(), Now);

        Assert.True(room.Agenda.ConfirmationOf(room.Anna)!.Agrees);
        Assert.Equal("Te weinig tijd voor actie 2", room.Agenda.ConfirmationOf(room.Bram)!.Reason);
        Assert.Equal("1 van 4 akkoord", room.Agenda.ConfirmationsInWords);
    }

    [Fact]
    public void Niet_akkoord_without_a_reason_is_refused()
    {
        var (room, _) = WithAction();

        var error = Assert.Throws<AgendaRuleException>(() => room.Agenda.Confirm(room.Anna, false, "  ", Cmd(), Now));

        Assert.Equal("Geef aan waarom je niet akkoord bent.", error.Message);
        Assert.Empty(room.Agenda.Confirmations);
    }

    [Fact]
    public void Confirming_twice_changes_nothing()
    {
        var (room, _) = WithAction();
        room.Agenda.Confirm(room.Anna, true, null, Cmd(), Now);
        var version = room.Agenda.Version;

        var outcome = room.Agenda.Confirm(room.Anna, false, "Toch niet", Cmd(), Now);

        Assert.Equal(CommandOutcome.AlreadyApplied, outcome);
        Assert.True(Assert.Single(room.Agenda.Confirmations).Agrees);
        Assert.Equal(version, room.Agenda.Version);
    }

    [Fact]
    public void Confirming_after_the_chair_closed_is_refused()
    {
        var (room, _) = Closed();
        var version = room.Agenda.Version;

        Assert.Throws<AgendaRuleException>(() => room.Agenda.Confirm(room.Anna, true, null, Cmd(), Now));
        Assert.Empty(room.Agenda.Confirmations);
        Assert.Equal(version, room.Agenda.Version);
    }

    [Fact]
    public void Someone_who_was_not_at_the_table_cannot_confirm()
    {
        var (room, _) = WithAction();

        Assert.Throws<AgendaRuleException>(() => room.Agenda.Confirm(Guid.NewGuid(), true, null, Cmd(), Now));
    }

    [Fact]
    public void Closing_needs_a_confirmed_focus_and_an_action()
    {
        var room = AgendaBuilder.Start();
        Assert.Equal("Bevestig eerst de focusnormen.", Assert.Throws<AgendaRuleException>(() => room.Agenda.Close(room.Chair, Cmd(), Now)).Message);

        room.Agenda.ConfirmFocus(room.Chair, ["norm-02"], Cmd(), Now);
        Assert.Throws<AgendaRuleException>(() => room.Agenda.Close(room.Chair, Cmd(), Now));
    }

    [Fact]
    public void Only_the_chair_or_initiator_closes_and_closing_again_changes_nothing()
    {
        var (room, _) = WithAction();

        Assert.Throws<AgendaRuleException>(() => room.Agenda.Close(room.Anna, Cmd(), Now));
        Assert.Equal(CommandOutcome.Applied, room.Agenda.Close(room.Chair, Cmd(), Now));
        Assert.Equal(CommandOutcome.AlreadyApplied, room.Agenda.Close(room.Initiator, Cmd(), Now));
        Assert.Equal(Now, room.Agenda.ClosedAt);
    }

    [Fact]
    public void After_closing_the_content_is_fixed()
    {
        var (room, action) = Closed();

        Assert.Throws<AgendaRuleException>(() => room.Agenda.EditAction(room.Chair, action.Id, room.Details(title: "Anders"), Cmd(), Now));
        Assert.Throws<AgendaRuleException>(() => room.Agenda.SubmitProposal(room.Anna, "norm-02", "Nog iets", Cmd(), Now));
        Assert.Throws<AgendaRuleException>(() => room.Agenda.ConfirmFocus(room.Chair, ["norm-02", "norm-03", "norm-01"], Cmd(), Now));
    }

    [Fact]
    public void Every_change_raises_the_version_by_one()
    {
        var room = AgendaBuilder.Start();

        room.Agenda.ConfirmFocus(room.Chair, ["norm-02"], Cmd(), Now);
        room.Agenda.SubmitProposal(room.Anna, "norm-02", "Idee", Cmd(), Now);
        room.Agenda.AddAction(room.Chair, room.Details(), [], Cmd(), Now);

        Assert.Equal(4, room.Agenda.Version);
        Assert.Equal([2L, 3L, 4L], room.Agenda.HandledCommands.Select(c => c.Version));
    }
}
