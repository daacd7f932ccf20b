using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Web.Features.Sessions;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Tests.Features.Sessions;

/// <summary>Session 2 over real SignalR clients: the verbeteragenda's commands from the tablets and the console, what
/// each audience sees, and the verbeteragenda made and mailed at close.</summary>
public sealed class SessionTwoAgendaTests
{
    private const string OnlyChair = "Alleen de voorzitter of de initiatiefnemer kan dit.";

    [Fact]
    public async Task Proposals_become_an_action_whose_trekker_confirms_on_their_own_tablet_while_the_screen_follows()
    {
        await using var app = new ScanAppFactory(signInPerMinute: 1000);
        var room = await SecondSessionRoom.StartAsync(app);
        await using var chair = await room.ChairAsync(app);
        await using var trekker = await room.ParticipantAsync(app, 1);
        await using var other = await room.ParticipantAsync(app, 2);
        await using var screen = await room.ScreenAsync(app);

        var opening = await screen.WaitForAsync(c => c.Screen, s => s.Agenda is not null);
        var proposed = await trekker.InvokeAsync(nameof(SessionHub.SubmitProposal), Guid.NewGuid(), room.Focus[0], "Een vast aanspreekpunt na school");
        var mine = await trekker.WaitForAsync(c => c.Participant, s => s.Agenda!.Me!.Proposals.Count == 1);
        var console = await chair.WaitForAsync(c => c.Chair, s => s.Own.Agenda!.Chair!.Proposals.Count == 1);
        var proposal = console.Own.Agenda!.Chair!.Proposals.Single();
        var added = await chair.InvokeAsync(nameof(SessionHub.AddAction), Guid.NewGuid(), room.Action(room.SeatOf(1)), new[] { proposal.Id });
        var asked = await trekker.WaitForAsync(c => c.Participant, s => s.Agenda!.FocusNorms[0].Actions.Count == 1);
        var seenByOther = await other.WaitForAsync(c => c.Participant, s => s.Agenda!.FocusNorms[0].Actions.Count == 1);
        var notYet = await screen.WaitForAsync(c => c.Screen, s => s.Agenda!.FocusNorms[0].Actions.Count == 1);
        var action = asked.Agenda!.FocusNorms[0].Actions.Single();
        var confirmed = await trekker.InvokeAsync(nameof(SessionHub.ConfirmOwnership), Guid.NewGuid(), action.Id);
        var marked = await screen.WaitForAsync(c => c.Screen, s => s.Agenda!.FocusNorms[0].Actions.Single().OwnerConfirmed);

        Assert.True(proposed.Ok, proposed.Message);
        Assert.True(added.Ok, added.Message);
        Assert.True(confirmed.Ok, confirmed.Message);
        Assert.Equal([room.Focus[0], room.Focus[1]], opening.Agenda!.FocusNorms.Select(n => n.NormId));
        Assert.Equal([SecondSessionRoom.Session1Point], opening.Agenda.FocusNorms[0].ImprovementPoints);
        Assert.Equal("opgeslagen", mine.Agenda!.Me!.Proposals.Single().StateInWords);
        Assert.Equal("Deelnemer 1", proposal.SenderName[..11]);
        Assert.True(action.IsMine);
        Assert.False(action.OwnerConfirmed);
        Assert.False(seenByOther.Agenda!.FocusNorms[0].Actions.Single().IsMine);
        Assert.False(notYet.Agenda!.FocusNorms[0].Actions.Single().OwnerConfirmed);
        Assert.Equal("Warme overdracht met een vast gezicht", marked.Agenda!.FocusNorms[0].Actions.Single().Title);
        Assert.Equal(["Praktijkschool De Brug", "Werkbedrijf Drechtsteden"], marked.Agenda.FocusNorms[0].Actions.Single().Organisations);
        // The screen and the other tablets never get the proposals, the people or anyone's own part.
        Assert.Null(marked.Agenda.Chair);
        Assert.Null(marked.Agenda.Me);
        Assert.Null(seenByOther.Agenda.Chair);
        Assert.Equal(confirmed.Version, marked.Version);
        var stored = await room.AgendaAsync(app);
        Assert.Equal(ProposalState.Merged, stored.Proposals.Single().State);
        Assert.NotNull(stored.Actions.Single().OwnerConfirmedAt);
    }

    [Fact]
    public async Task Only_the_chair_steers_the_screen_only_watches_and_another_scans_participant_gets_nowhere()
    {
        await using var app = new ScanAppFactory(signInPerMinute: 1000);
        var room = await SecondSessionRoom.StartAsync(app);
        var elsewhere = await SecondSessionRoom.StartAsync(app, "ander@regio.nl", "Twente");
        await using var chair = await room.ChairAsync(app);
        await using var participant = await room.ParticipantAsync(app, 2);
        await using var screen = await room.ScreenAsync(app);
        Assert.True((await chair.InvokeAsync(nameof(SessionHub.AddAction), Guid.NewGuid(), room.Action(room.SeatOf(1)), Array.Empty<Guid>())).Ok);
        var before = await room.AgendaAsync(app);
        var actionId = before.Actions.Single().Id;
        await using var stranger = await SessionClient.ConnectAsync(app, elsewhere.ParticipantCookies[0]);

        var participantAdds = await participant.InvokeAsync(nameof(SessionHub.AddAction), Guid.NewGuid(), room.Action(room.SeatOf(2)), Array.Empty<Guid>());
        var participantCloses = await participant.InvokeAsync(nameof(SessionHub.CloseAgenda), Guid.NewGuid());
        var participantAgreements = await participant.InvokeAsync(nameof(SessionHub.SetProcessAgreements), Guid.NewGuid(), new ProcessAgreements("elke week", "", "", ""));
        var notTheTrekker = await participant.InvokeAsync(nameof(SessionHub.ConfirmOwnership), Guid.NewGuid(), actionId);
        var participantRefocuses = await participant.InvokeAsync(nameof(SessionHub.ConfirmAgendaFocus), Guid.NewGuid(), new[] { room.Focus[1] });
        var screenRefocuses = await screen.InvokeAsync(nameof(SessionHub.ConfirmAgendaFocus), Guid.NewGuid(), new[] { room.Focus[1] });
        var screenProposes = await screen.InvokeAsync(nameof(SessionHub.SubmitProposal), Guid.NewGuid(), room.Focus[0], "Van het scherm");
        var screenConfirms = await screen.InvokeAsync(nameof(SessionHub.ConfirmAgenda), Guid.NewGuid(), true, null);
        var strangerJoins = await stranger.JoinAsync(room.SessionId);
        var strangerProposes = await stranger.InvokeAsync(nameof(SessionHub.SubmitProposal), Guid.NewGuid(), room.Focus[0], "Van buiten");

        Assert.Equal(OnlyChair, participantAdds.Message);
        Assert.Equal("Alleen de voorzitter of de initiatiefnemer stelt de verbeteragenda vast.", participantCloses.Message);
        Assert.Equal(OnlyChair, participantAgreements.Message);
        Assert.Equal("Alleen de trekker van deze actie kan dat bevestigen.", notTheTrekker.Message);
        Assert.Equal(OnlyChair, participantRefocuses.Message);
        Assert.Equal("Het scherm laat de sessie alleen zien; stemmen en leiden kan hier niet.", screenRefocuses.Message);
        Assert.Equal("Het scherm laat de sessie alleen zien; stemmen en leiden kan hier niet.", screenProposes.Message);
        Assert.False(screenConfirms.Ok);
        Assert.False(strangerJoins.Ok);
        Assert.Equal("Je bent niet aangemeld bij een sessie. Ververs de pagina.", strangerProposes.Message);
        Assert.Null(stranger.Participant);
        var after = await room.AgendaAsync(app);
        Assert.Equal(before.Version, after.Version);
        Assert.Empty(after.Proposals);
        Assert.Empty(after.Confirmations);
        Assert.Null(after.ProcessAgreements);
        Assert.Equal(before.FocusNorms.Select(f => f.NormId), after.FocusNorms.Select(f => f.NormId));
    }

    [Fact]
    public async Task The_agenda_follows_the_live_chair_when_it_is_handed_over_and_taken_back()
    {
        await using var app = new ScanAppFactory(signInPerMinute: 1000);
        var room = await SecondSessionRoom.StartAsync(app);
        await using var initiator = await room.ChairAsync(app);
        await using var first = await room.ParticipantAsync(app, 1);
        await using var second = await room.ParticipantAsync(app, 2);

        var toFirst = await initiator.InvokeAsync(nameof(SessionHub.HandOverChair), Guid.NewGuid(), room.SeatOf(1));
        var firstConsole = await first.WaitForAsync(c => c.Chair, s => s.Own.Agenda?.Chair is not null);
        var firstAdds = await first.InvokeAsync(nameof(SessionHub.AddAction), Guid.NewGuid(), room.Action(room.SeatOf(2)), Array.Empty<Guid>());
        var handOver = Guid.NewGuid();
        var toSecond = await first.InvokeAsync(nameof(SessionHub.HandOverChair), handOver, room.SeatOf(2));
        var again = await first.InvokeAsync(nameof(SessionHub.HandOverChair), handOver, room.SeatOf(2));
        var firstRefused = await first.InvokeAsync(nameof(SessionHub.AddAction), Guid.NewGuid(), room.Action(room.SeatOf(1), "Van de vorige voorzitter"), Array.Empty<Guid>());
        await second.WaitForAsync(c => c.Chair, s => s.Own.Agenda?.Chair is not null);
        var secondSets = await second.InvokeAsync(nameof(SessionHub.SetProcessAgreements), Guid.NewGuid(), new ProcessAgreements("Elk kwartaal", "Het VSV-overleg", "Via hun link", "Met taart"));
        var withSecond = await room.AgendaAsync(app);
        var handOvers = withSecond.HandledCommands.Count(c => c.CommandId == handOver);
        var takenBack = await initiator.InvokeAsync(nameof(SessionHub.TakeBackChair), Guid.NewGuid());
        var secondRefused = await second.InvokeAsync(nameof(SessionHub.RemoveAction), Guid.NewGuid(), withSecond.Actions.Single().Id);

        Assert.True(toFirst.Ok, toFirst.Message);
        Assert.NotNull(firstConsole.Own.Agenda!.Chair);
        Assert.True(firstAdds.Ok, firstAdds.Message);
        Assert.True(toSecond.Ok, toSecond.Message);
        Assert.True(again.Ok, again.Message);
        Assert.Equal(1, handOvers);
        Assert.Equal(OnlyChair, firstRefused.Message);
        Assert.True(secondSets.Ok, secondSets.Message);
        Assert.Equal(room.SeatOf(2), withSecond.ChairSeatId);
        Assert.True(takenBack.Ok, takenBack.Message);
        Assert.Equal(OnlyChair, secondRefused.Message);
        var stored = await room.AgendaAsync(app);
        Assert.Equal(room.Scan.InitiatorSeat.Id, stored.ChairSeatId);
        Assert.Equal("Warme overdracht met een vast gezicht", stored.Actions.Single().Title);
        Assert.Equal("Het VSV-overleg", stored.ProcessAgreements!.Platform);
        // Taking the chair back is the one change after the second chair's agreements.
        Assert.Equal(withSecond.Version + 1, stored.Version);
    }

    [Fact]
    public async Task A_chair_named_for_session_2_after_the_agenda_started_steers_the_agenda()
    {
        await using var app = new ScanAppFactory(signInPerMinute: 1000);
        var room = await SecondSessionRoom.StartAsync(app, sessionTwoChair: 2);
        await using var chair = await room.ParticipantAsync(app, 2);

        var added = await chair.InvokeAsync(nameof(SessionHub.AddAction), Guid.NewGuid(), room.Action(room.SeatOf(1)), Array.Empty<Guid>());

        Assert.True(added.Ok, added.Message);
        var agenda = await room.AgendaAsync(app);
        Assert.Equal(room.SeatOf(2), agenda.ChairSeatId);
        Assert.Single(agenda.Actions);
    }

    [Fact]
    public async Task Whoever_accepted_takes_part_in_the_agenda_on_arrival_and_the_chair_can_leave_someone_out_with_a_reason()
    {
        await using var app = new ScanAppFactory(signInPerMinute: 1000);
        var room = await SecondSessionRoom.StartAsync(app, participantsAtStart: []);
        await app.WithDatabaseAsync(async db =>
        {
            var scan = await db.Scans.Include(s => s.Seats).Include(s => s.Sessions).SingleAsync(s => s.Id == room.ScanId);
            scan.Answer(room.SeatOf(1), true, null, DateTime.UtcNow);
            scan.Answer(room.SeatOf(2), true, null, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        await using var chair = await room.ChairAsync(app);

        await using var first = await room.ParticipantAsync(app, 1);
        var second = await room.ParticipantAsync(app, 2);
        await using var notAnswered = await room.ParticipantAsync(app, 3);

        var arrived = await room.AgendaAsync(app);
        Assert.Contains(room.SeatOf(1), arrived.ParticipantSeatIds);
        Assert.Contains(room.SeatOf(2), arrived.ParticipantSeatIds);
        Assert.DoesNotContain(room.SeatOf(3), arrived.ParticipantSeatIds);
        Assert.True((await first.InvokeAsync(nameof(SessionHub.SubmitProposal), Guid.NewGuid(), room.Focus[0], "Een vast gezicht")).Ok);

        var withoutReason = await chair.InvokeAsync(nameof(SessionHub.LeaveOutOfAgenda), Guid.NewGuid(), room.SeatOf(2), "  ");
        var byAParticipant = await first.InvokeAsync(nameof(SessionHub.LeaveOutOfAgenda), Guid.NewGuid(), room.SeatOf(2), "Mag niet");
        Assert.Equal("Zeg waarom deze persoon niet meedoet aan de verbeteragenda.", withoutReason.Message);
        Assert.Equal(OnlyChair, byAParticipant.Message);
        Assert.Equal(arrived.Version + 1, (await room.AgendaAsync(app)).Version);

        var leftOut = await chair.InvokeAsync(nameof(SessionHub.LeaveOutOfAgenda), Guid.NewGuid(), room.SeatOf(2), "Kijkt alleen mee");
        await second.DisposeAsync();
        await using var secondAgain = await room.ParticipantAsync(app, 2);

        Assert.True(leftOut.Ok, leftOut.Message);
        var after = await room.AgendaAsync(app);
        Assert.DoesNotContain(room.SeatOf(2), after.ParticipantSeatIds);
        Assert.Equal("Kijkt alleen mee", Assert.Single(after.LeftOut).Reason);
        var shown = await chair.WaitForAsync(c => c.Chair, s => s.Own.Agenda?.Chair?.People.Any(p => p.LeftOutReason == "Kijkt alleen mee") == true);
        Assert.False(shown.Own.Agenda!.Chair!.People.Single(p => p.SeatId == room.SeatOf(2)).IsParticipant);
    }

    [Fact]
    public async Task Adopting_the_agenda_ends_session_2_so_the_scan_is_finished_and_next_year_can_start()
    {
        await using var app = new ScanAppFactory(signInPerMinute: 1000);
        var room = await SecondSessionRoom.StartAsync(app);
        await using var initiator = await room.ChairAsync(app);
        await using var screen = await room.ScreenAsync(app);
        Assert.True((await initiator.InvokeAsync(nameof(SessionHub.AddAction), Guid.NewGuid(), room.Action(room.SeatOf(1)), Array.Empty<Guid>())).Ok);
        var closeId = Guid.NewGuid();

        var closed = await initiator.InvokeAsync(nameof(SessionHub.CloseAgenda), closeId);
        var retried = await initiator.InvokeAsync(nameof(SessionHub.CloseAgenda), closeId);

        Assert.True(closed.Ok, closed.Message);
        Assert.True(retried.Ok, retried.Message);
        var shown = await screen.WaitForAsync(c => c.Screen, s => s.Ended);
        Assert.True(shown.Agenda!.Closed);
        Assert.True(await app.WithDatabaseAsync(db => db.LiveSessions.AnyAsync(s => s.Id == room.SessionId && s.EndedAt != null)));
        var scanPage = await (await room.Scenario.Initiator.GetAsync($"/scans/{room.ScanId}")).Content.ReadAsStringAsync();
        Assert.Contains("Scan voor volgend jaar starten", scanPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fixed_agenda_keeps_its_chair_and_the_ended_session_takes_no_hand_over()
    {
        await using var app = new ScanAppFactory(signInPerMinute: 1000);
        var room = await SecondSessionRoom.StartAsync(app);
        await using var initiator = await room.ChairAsync(app);
        Assert.True((await initiator.InvokeAsync(nameof(SessionHub.AddAction), Guid.NewGuid(), room.Action(room.SeatOf(1)), Array.Empty<Guid>())).Ok);
        Assert.True((await initiator.InvokeAsync(nameof(SessionHub.CloseAgenda), Guid.NewGuid())).Ok);
        var closed = await room.AgendaAsync(app);

        var handedOver = await initiator.InvokeAsync(nameof(SessionHub.HandOverChair), Guid.NewGuid(), room.SeatOf(1));

        Assert.False(handedOver.Ok);
        var after = await room.AgendaAsync(app);
        Assert.Equal(closed.ChairSeatId, after.ChairSeatId);
        Assert.Equal(closed.Version, after.Version);
    }

    [Fact]
    public async Task Bad_input_gets_a_Dutch_message_and_changes_nothing()
    {
        await using var app = new ScanAppFactory(signInPerMinute: 1000);
        var room = await SecondSessionRoom.StartAsync(app);
        await using var chair = await room.ChairAsync(app);
        await using var participant = await room.ParticipantAsync(app, 1);
        var before = await room.AgendaAsync(app);
        var owner = room.SeatOf(1);

        var deadlineFirst = await chair.InvokeAsync(nameof(SessionHub.AddAction), Guid.NewGuid(), room.Action(owner, start: "2027-09-01", deadline: "2027-03-01"), Array.Empty<Guid>());
        var checkOutside = await chair.InvokeAsync(nameof(SessionHub.AddAction), Guid.NewGuid(), room.Action(owner, check: "2028-01-01"), Array.Empty<Guid>());
        var noDate = await chair.InvokeAsync(nameof(SessionHub.AddAction), Guid.NewGuid(), room.Action(owner, start: "1 maart"), Array.Empty<Guid>());
        var noTitle = await chair.InvokeAsync(nameof(SessionHub.AddAction), Guid.NewGuid(), room.Action(owner, title: "  "), Array.Empty<Guid>());
        var noOwner = await chair.InvokeAsync(nameof(SessionHub.AddAction), Guid.NewGuid(), room.Action(Guid.Empty), Array.Empty<Guid>());
        var strangerOwner = await chair.InvokeAsync(nameof(SessionHub.AddAction), Guid.NewGuid(), room.Action(Guid.NewGuid()), Array.Empty<Guid>());
        var longTitle = await chair.InvokeAsync(nameof(SessionHub.AddAction), Guid.NewGuid(), room.Action(owner, title: new string('x', 201)), Array.Empty<Guid>());
        var notFocus = await chair.InvokeAsync(nameof(SessionHub.AddAction), Guid.NewGuid(), room.Action(owner) with { NormId = "onbekend" }, Array.Empty<Guid>());
        var emptyProposal = await participant.InvokeAsync(nameof(SessionHub.SubmitProposal), Guid.NewGuid(), room.Focus[0], "   ");
        var noReason = await participant.InvokeAsync(nameof(SessionHub.ConfirmAgenda), Guid.NewGuid(), false, "");
        var noBody = await chair.InvokeAsync(nameof(SessionHub.AddInternalApproval), Guid.NewGuid(), "Gemeente Dordrecht", "");
        var badStatus = await chair.InvokeAsync(nameof(SessionHub.SetApprovalStatus), Guid.NewGuid(), Guid.NewGuid(), 9);
        var closeEmpty = await chair.InvokeAsync(nameof(SessionHub.CloseAgenda), Guid.NewGuid());

        Assert.Equal("De deadline ligt na de start.", deadlineFirst.Message);
        Assert.Equal("Het eerste checkmoment ligt tussen de start en de deadline.", checkOutside.Message);
        Assert.Equal("Vul een geldige startdatum in.", noDate.Message);
        Assert.Equal("Geef de actie een titel.", noTitle.Message);
        Assert.Equal("Kies een trekker.", noOwner.Message);
        Assert.Equal("De trekker is een van de deelnemers.", strangerOwner.Message);
        Assert.Equal("Houd de titel kort: hoogstens 200 tekens.", longTitle.Message);
        Assert.EndsWith("is geen focusnorm.", notFocus.Message, StringComparison.Ordinal);
        Assert.Equal("Schrijf het voorstel op.", emptyProposal.Message);
        Assert.Equal("Geef aan waarom je niet akkoord bent.", noReason.Message);
        Assert.Equal("Noem wie goedkeurt, bijvoorbeeld het College van B&W.", noBody.Message);
        Assert.StartsWith("Kies een van de standen", badStatus.Message, StringComparison.Ordinal);
        Assert.Equal("Er staat nog geen actie op de verbeteragenda.", closeEmpty.Message);
        var after = await room.AgendaAsync(app);
        Assert.Equal(before.Version, after.Version);
        Assert.Empty(after.Actions);
        Assert.Empty(after.Proposals);
        Assert.Empty(after.Confirmations);
        Assert.Empty(after.InternalApprovals);
    }

    [Fact]
    public async Task A_command_sent_again_with_its_id_counts_once_and_a_second_answer_does_not_replace_the_first()
    {
        await using var app = new ScanAppFactory(signInPerMinute: 1000);
        var room = await SecondSessionRoom.StartAsync(app);
        await using var chair = await room.ChairAsync(app);
        await using var participant = await room.ParticipantAsync(app, 1);
        var proposalId = Guid.NewGuid();
        var actionId = Guid.NewGuid();
        var confirmId = Guid.NewGuid();

        var first = await participant.InvokeAsync(nameof(SessionHub.SubmitProposal), proposalId, room.Focus[1], "Eén plan per jongere");
        var again = await participant.InvokeAsync(nameof(SessionHub.SubmitProposal), proposalId, room.Focus[1], "Eén plan per jongere");
        await chair.InvokeAsync(nameof(SessionHub.AddAction), actionId, room.Action(room.SeatOf(1)), Array.Empty<Guid>());
        await chair.InvokeAsync(nameof(SessionHub.AddAction), actionId, room.Action(room.SeatOf(1)), Array.Empty<Guid>());
        var agreed = await participant.InvokeAsync(nameof(SessionHub.ConfirmAgenda), confirmId, true, null);
        var agreedAgain = await participant.InvokeAsync(nameof(SessionHub.ConfirmAgenda), confirmId, true, null);
        var changedMind = await participant.InvokeAsync(nameof(SessionHub.ConfirmAgenda), Guid.NewGuid(), false, "Toch niet");

        Assert.True(first.Ok && again.Ok && agreed.Ok && agreedAgain.Ok && changedMind.Ok);
        Assert.Equal(first.Version, again.Version);
        var stored = await room.AgendaAsync(app);
        Assert.Single(stored.Proposals);
        Assert.Single(stored.Actions);
        Assert.True(Assert.Single(stored.Confirmations).Agrees);
        var state = await participant.WaitForAsync(c => c.Participant, s => s.Agenda!.Me!.Confirmation is not null);
        Assert.Equal("akkoord", state.Agenda!.Me!.Confirmation);
        Assert.Equal("1 van 4 akkoord", state.Agenda.Confirmations.InWords);
    }

    [Fact]
    public async Task A_tablet_gets_the_new_state_only_after_it_is_in_the_database()
    {
        await using var app = new ScanAppFactory(signInPerMinute: 1000);
        var room = await SecondSessionRoom.StartAsync(app);
        await using var chair = await room.ChairAsync(app);
        await using var watcher = await room.ParticipantAsync(app, 3);
        var storedWhenPushed = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        watcher.Connection.On<ParticipantState>(nameof(ISessionClient.ParticipantState), async state =>
        {
            if (state.Agenda?.Approvals.Count == 1)
            {
                storedWhenPushed.TrySetResult(await app.WithDatabaseAsync(db => db.ImprovementAgendas.Where(a => a.Id == room.AgendaId).SelectMany(a => a.InternalApprovals).CountAsync()));
            }
        });

        var added = await chair.InvokeAsync(nameof(SessionHub.AddInternalApproval), Guid.NewGuid(), "Gemeente Dordrecht", "College van B&W");

        Assert.True(added.Ok, added.Message);
        Assert.Equal(1, await storedWhenPushed.Task.WaitAsync(TimeSpan.FromSeconds(15)));
        var state = await watcher.WaitForAsync(c => c.Participant, s => s.Agenda!.Approvals.Count == 1);
        Assert.Equal("nog voorleggen", state.Agenda!.Approvals.Single().StatusInWords);
        Assert.Equal(added.Version, state.Version);
    }

    [Fact]
    public async Task The_agenda_commands_belong_to_session_2()
    {
        await using var app = new ScanAppFactory(signInPerMinute: 1000);
        var room = await SecondSessionRoom.StartAsync(app);
        var session1 = await app.WithDatabaseAsync(db => db.LiveSessions.Where(s => s.ScanId == room.ScanId && s.SessionNumber == 1).Select(s => s.Id).SingleAsync());
        await using var chair = await SessionClient.ConnectAsync(app, room.Scenario.InitiatorCookieHeader);
        Assert.True((await chair.JoinAsync(session1)).Ok);

        var refused = await chair.InvokeAsync(nameof(SessionHub.AddInternalApproval), Guid.NewGuid(), "Gemeente Dordrecht", "College van B&W");
        var state = await chair.WaitForAsync(c => c.Chair, _ => true);

        Assert.Equal("Aan de verbeteragenda werken we in sessie 2.", refused.Message);
        Assert.Null(state.Own.Agenda);
    }

    [Fact]
    public async Task A_restart_mid_session_keeps_proposals_actions_and_answers()
    {
        var before = new ScanAppFactory(signInPerMinute: 1000) { KeepData = true };
        SecondSessionRoom room;
        try
        {
            room = await SecondSessionRoom.StartAsync(before);
            await using var chair = await room.ChairAsync(before);
            await using var participant = await room.ParticipantAsync(before, 2);
            Assert.True((await participant.InvokeAsync(nameof(SessionHub.SubmitProposal), Guid.NewGuid(), room.Focus[1], "Samen één toekomstplan")).Ok);
            Assert.True((await chair.InvokeAsync(nameof(SessionHub.AddAction), Guid.NewGuid(), room.Action(room.SeatOf(2)), Array.Empty<Guid>())).Ok);
            Assert.True((await participant.InvokeAsync(nameof(SessionHub.ConfirmAgenda), Guid.NewGuid(), false, "Zorg ontbreekt")).Ok);
        }
        finally
        {
            await before.DisposeAsync();
        }

        await using var after = new ScanAppFactory(signInPerMinute: 1000, dataFolder: before.DataFolder);
        await using var again = await room.ParticipantAsync(after, 2);
        await using var screen = await room.ScreenAsync(after);

        var tablet = await again.WaitForAsync(c => c.Participant, s => s.Agenda is not null);
        var shown = await screen.WaitForAsync(c => c.Screen, s => s.Agenda is not null);

        Assert.Equal("Samen één toekomstplan", tablet.Agenda!.Me!.Proposals.Single().Text);
        Assert.Equal("niet akkoord", tablet.Agenda.Me.Confirmation);
        Assert.True(tablet.Agenda.FocusNorms[0].Actions.Single().IsMine);
        Assert.Equal(["Zorg ontbreekt"], shown.Agenda!.Confirmations.Reasons);
        Assert.Equal("0 van 4 akkoord", shown.Agenda.Confirmations.InWords);
    }

    [Fact]
    public async Task Closing_makes_the_verbeteragenda_from_the_database_and_mails_it_to_everyone_once()
    {
        await using var smtp = await MailDevServer.StartAsync();
        await using var app = new ScanAppFactory(smtp.SmtpPort, signInPerMinute: 1000);
        var room = await SecondSessionRoom.StartAsync(app);
        await using var chair = await room.ChairAsync(app);
        var tablets = new[] { await room.ParticipantAsync(app, 1), await room.ParticipantAsync(app, 2), await room.ParticipantAsync(app, 3) };
        await using var screen = await room.ScreenAsync(app);
        Assert.True((await chair.InvokeAsync(nameof(SessionHub.AddAction), Guid.NewGuid(), room.Action(room.SeatOf(1), title: "<script>alert(1)</script> warme overdracht"), Array.Empty<Guid>())).Ok);
        var actionId = (await room.AgendaAsync(app)).Actions.Single().Id;
        Assert.True((await tablets[0].InvokeAsync(nameof(SessionHub.ConfirmOwnership), Guid.NewGuid(), actionId)).Ok);
        Assert.True((await chair.InvokeAsync(nameof(SessionHub.SetProcessAgreements), Guid.NewGuid(), new ProcessAgreements("Elk kwartaal", "Het VSV-overleg", "Via de eigen link", "Taart bij elke afgeronde actie"))).Ok);
        Assert.True((await chair.InvokeAsync(nameof(SessionHub.AddInternalApproval), Guid.NewGuid(), "Gemeente Dordrecht", "College van B&W")).Ok);
        Assert.True((await chair.InvokeAsync(nameof(SessionHub.AddExternalInvitation), Guid.NewGuid(), "UWV", room.SeatOf(3))).Ok);
        foreach (var tablet in tablets)
        {
            Assert.True((await tablet.InvokeAsync(nameof(SessionHub.ConfirmAgenda), Guid.NewGuid(), true, null)).Ok);
        }

        Assert.True((await chair.InvokeAsync(nameof(SessionHub.ConfirmAgenda), Guid.NewGuid(), true, null)).Ok);

        var closeId = Guid.NewGuid();
        var closed = await chair.InvokeAsync(nameof(SessionHub.CloseAgenda), closeId);
        var closedAgain = await chair.InvokeAsync(nameof(SessionHub.CloseAgenda), closeId);
        var closedOnceMore = await chair.InvokeAsync(nameof(SessionHub.CloseAgenda), Guid.NewGuid());
        var late = await tablets[1].InvokeAsync(nameof(SessionHub.SubmitProposal), Guid.NewGuid(), room.Focus[0], "Te laat");
        var shown = await screen.WaitForAsync(c => c.Screen, s => s.Agenda!.Closed);

        Assert.True(closed.Ok && closedAgain.Ok && closedOnceMore.Ok);
        Assert.Equal("De verbeteragenda is vastgesteld en kan niet meer veranderen.", late.Message);
        Assert.Equal("4 van 4 akkoord", shown.Agenda!.Confirmations.InWords);
        var everyone = room.Scan.Seats.Select(s => s.Person.Email).ToList();
        foreach (var email in everyone)
        {
            var mail = Assert.Single(await AgendaMailsAsync(smtp, email));
            Assert.Contains("verbeteragenda-drechtsteden-2027.docx", mail.Attachments!.Select(a => a.FileName));
            Assert.Contains("verbeteragenda-drechtsteden-2027.ics", mail.Attachments!.Select(a => a.FileName));
            Assert.DoesNotContain("<script>", mail.Html, StringComparison.Ordinal);
        }

        var trekkerMail = Assert.Single(await AgendaMailsAsync(smtp, "deelnemer1@regio.nl"));
        Assert.Contains("Je bent trekker van '<script>alert(1)</script> warme overdracht'.", trekkerMail.Text, StringComparison.Ordinal);
        Assert.Matches(@"https://scan\.glansrijk\.test/deelnemer/[A-Za-z0-9_-]{20,}\?naar=verbeteragenda", trekkerMail.Text);
        Assert.Equal(everyone.Count, await app.WithDatabaseAsync(db => db.OutboxMessages.CountAsync(m => m.IdempotencyKey!.StartsWith("verbeteragenda:"))));

        // The stored agenda is what the page and the Word document show.
        var page = await (await room.Scenario.Initiator.GetAsync($"/scans/{room.ScanId}/verbeteragenda")).Content.ReadAsStringAsync();
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; warme overdracht", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.Contains("Deelnemer 1", page, StringComparison.Ordinal);
        Assert.Contains("Het VSV-overleg", page, StringComparison.Ordinal);
        Assert.Contains("College van B&amp;W", page, StringComparison.Ordinal);
        Assert.Contains(SecondSessionRoom.Session1Point, page, StringComparison.Ordinal);
        var word = await (await room.Scenario.Initiator.GetAsync($"/scans/{room.ScanId}/verbeteragenda?handler=Word")).Content.ReadAsByteArrayAsync();
        using var document = WordprocessingDocument.Open(new MemoryStream(word), false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Description)));
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("<script>alert(1)</script> warme overdracht", text, StringComparison.Ordinal);
        Assert.Contains("4 van 4 akkoord", text, StringComparison.Ordinal);

        // The participant's link in the mail opens the same page.
        using var browser = app.CreateBrowser();
        var link = new Uri(System.Text.RegularExpressions.Regex.Match(trekkerMail.Text!, @"https://scan\.glansrijk\.test/deelnemer/\S+").Value);
        var opened = await browser.GetAsync(link.PathAndQuery);
        Assert.Equal($"/scans/{room.ScanId}/verbeteragenda", opened.Headers.Location?.ToString());
        Assert.Contains("Het VSV-overleg", await (await browser.GetAsync($"/scans/{room.ScanId}/verbeteragenda")).TextAsync(), StringComparison.Ordinal);

        foreach (var tablet in tablets)
        {
            await tablet.DisposeAsync();
        }
    }

    /// <summary>The mails with the adopted verbeteragenda to <paramref name="email"/>, once at least one arrived.</summary>
    private static Task<List<ReceivedMail>> AgendaMailsAsync(MailDevServer smtp, string email) =>
        Eventually.ValueAsync(
            async () => (await smtp.AllAsync())
                .Where(m => m.To.Any(t => string.Equals(t.Address, email, StringComparison.OrdinalIgnoreCase)) && m.Subject.StartsWith("De verbeteragenda van", StringComparison.Ordinal))
                .ToList(),
            mails => mails.Count > 0,
            _ => $"a mail with the verbeteragenda to {email}");

}
