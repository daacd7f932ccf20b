using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Features.Agenda;
using Glansrijk.Scan.Web.Features.Sessions;
using Glansrijk.Scan.Web.Tests.Features.Agenda;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Glansrijk.Scan.Web.Tests.Features.Sessions;

/// <summary>The voortgangsoverleg over real SignalR clients, on a verbeteragenda made and closed the way session 2
/// does it (see <see cref="AgendaRoom"/>: the initiator chairs, deelnemer1 pulls the first action).</summary>
public sealed class ProgressMeetingHubTests
{
    [Fact]
    public async Task A_progress_meeting_starts_only_once_the_agenda_is_closed_only_for_initiator_or_chair_and_one_at_a_time()
    {
        await using var app = new ScanAppFactory();
        var room = await AgendaRoom.StartAsync(app);
        await using var initiator = await SessionClient.ConnectAsync(app, room.Scenario.InitiatorCookieHeader);
        await using var participant = await SessionClient.ConnectAsync(app, await room.Scenario.ParticipantCookieHeaderAsync(AgendaRoom.Bystander));

        var tooEarly = await initiator.InvokeAsync(nameof(SessionHub.StartProgressMeeting), room.ScanId);
        var scanPageBefore = await (await room.Scenario.Initiator.GetAsync($"/scans/{room.ScanId}")).TextAsync();
        await room.MakeAndCloseAsync();
        var notTheChair = await participant.InvokeAsync(nameof(SessionHub.StartProgressMeeting), room.ScanId);
        var first = await initiator.InvokeAsync(nameof(SessionHub.StartProgressMeeting), room.ScanId);
        var again = await initiator.InvokeAsync(nameof(SessionHub.StartProgressMeeting), room.ScanId);
        var scanPageDuring = await (await room.Scenario.Initiator.GetAsync($"/scans/{room.ScanId}")).TextAsync();

        Assert.Equal((false, "Een voortgangsoverleg kan pas als de verbeteragenda is vastgesteld."), (tooEarly.Ok, tooEarly.Message));
        Assert.DoesNotContain("Voortgangsoverleg starten", scanPageBefore, StringComparison.Ordinal);
        Assert.Equal((false, "Alleen de initiatiefnemer of de voorzitter kan een voortgangsoverleg beginnen."), (notTheChair.Ok, notTheChair.Message));
        Assert.True(first.Ok, first.Message);
        Assert.Equal(first.SessionId, again.SessionId);
        Assert.Contains("Voortgangsoverleg 1 loopt.", scanPageDuring, StringComparison.Ordinal);

        Assert.True((await initiator.JoinAsync(first.SessionId!.Value)).Ok);
        var ended = await initiator.InvokeAsync(nameof(SessionHub.End), Guid.NewGuid());
        var second = await initiator.InvokeAsync(nameof(SessionHub.StartProgressMeeting), room.ScanId);

        Assert.True(ended.Ok, ended.Message);
        Assert.True(second.Ok, second.Message);
        Assert.NotEqual(first.SessionId, second.SessionId);
        var sessions = app.Services.GetRequiredService<LiveSessionService>();
        var meeting = (await sessions.FindAsync(second.SessionId!.Value, CancellationToken.None))!;
        Assert.Equal((SessionKind.ProgressMeeting, 2), (meeting.Kind, meeting.SessionNumber));
        var agenda = await room.LoadAsync();
        Assert.Equal(agenda.Actions.OrderBy(a => a.Position).Select(a => ProgressMeeting.ItemIdOf(a.Id)), meeting.Agenda.Select(e => e.ItemId));
    }

    [Fact]
    public async Task The_group_votes_on_an_action_and_the_agreed_status_persists_and_shows_in_the_trekkers_history()
    {
        await using var app = new ScanAppFactory();
        var room = await (await AgendaRoom.StartAsync(app)).MakeAndCloseAsync();
        var action = await room.ActionAsync(AgendaRoom.FirstTitle);
        var (chair, trekker, screen, sessionId) = await MeetingAsync(app, room);
        await using var leaving = new Leaving(chair, trekker, screen);

        var opened = await chair.InvokeAsync(nameof(SessionHub.OpenRound), Guid.NewGuid());
        var round = (await trekker.WaitForAsync(c => c.Participant, s => s.Round is { State: RoundState.Open })).Round!;
        Assert.True((await trekker.VoteAsync(round.RoundId, ProgressMeeting.OnTrack)).Ok);
        Assert.True((await chair.VoteAsync(round.RoundId, ProgressMeeting.Behind)).Ok);
        await using var bystander = await SessionClient.ConnectAsync(app, await room.Scenario.ParticipantCookieHeaderAsync(AgendaRoom.Bystander));
        Assert.True((await bystander.JoinAsync(sessionId)).Ok);
        Assert.True((await bystander.VoteAsync(round.RoundId, ProgressMeeting.OnTrack)).Ok);
        Assert.True((await chair.InvokeAsync(nameof(SessionHub.CloseRound), Guid.NewGuid(), round.RoundId)).Ok);
        Assert.True((await chair.InvokeAsync(nameof(SessionHub.Reveal), Guid.NewGuid(), round.RoundId)).Ok);
        var note = await chair.InvokeAsync(nameof(SessionHub.RecordImprovementPoint), Guid.NewGuid(), ProgressMeeting.ItemIdOf(action.Id), "Twee scholen doen nog niet mee");
        var command = Guid.NewGuid();
        var recorded = await chair.InvokeAsync(nameof(SessionHub.RecordActionStatus), command, ProgressMeeting.ItemIdOf(action.Id), "Do", "Gestart; de andere scholen volgen in het voorjaar");
        var repeated = await chair.InvokeAsync(nameof(SessionHub.RecordActionStatus), command, ProgressMeeting.ItemIdOf(action.Id), "Do", "Gestart; de andere scholen volgen in het voorjaar");

        Assert.True(opened.Ok, opened.Message);
        Assert.True(note.Ok, note.Message);
        Assert.True(recorded.Ok, recorded.Message);
        Assert.True(repeated.Ok, repeated.Message);
        var shown = await screen.WaitForAsync(c => c.Screen, s => s.ProgressMeeting?.Current?.AgreedHere is not null);
        Assert.Equal(AgendaRoom.FirstTitle, shown.Item!.Title);
        Assert.Equal(ProgressMeeting.Question, shown.Item.Question);
        Assert.Equal(["loopt-achter", "op-schema", "afgerond", "weet-niet"], shown.Item.Options.Select(o => o.Code));
        Assert.Equal(RoundState.Revealed, shown.Round!.State);
        Assert.Equal(2, shown.Round.Result!.Options.Single(o => o.Code == ProgressMeeting.OnTrack).Count);
        Assert.Equal(1, shown.Round.Result.Options.Single(o => o.Code == ProgressMeeting.Behind).Count);
        Assert.Contains("Op schema", shown.Round.Chart, StringComparison.Ordinal);
        Assert.Equal("Twee scholen doen nog niet mee", Assert.Single(shown.ImprovementPoints).Text);
        Assert.Equal("Afgesproken: van Plan naar Do. Gestart; de andere scholen volgen in het voorjaar", shown.ProgressMeeting!.Current!.AgreedHere);
        Assert.Equal("Do", shown.ProgressMeeting.Current.Status);
        Assert.Contains("Status nu: Do", shown.Item.Explanation, StringComparison.Ordinal);

        var stored = await room.ActionAsync(AgendaRoom.FirstTitle);
        var update = Assert.Single(stored.History);
        Assert.Equal((ActionStatus.Do, room.Chair, (DateOnly?)room.Today), (stored.Status, update.BySeatId, update.AgreedInProgressMeetingOn));
        using var trekkerLink = await room.Scenario.ParticipantAsync(AgendaRoom.Trekker);
        var history = await (await trekkerLink.GetAsync($"/deelnemer/acties/{action.Id}")).TextAsync();
        Assert.Contains($"van Plan naar Do — afgesproken in het voortgangsoverleg van {FollowUpScope.Date(room.Today)}", history, StringComparison.Ordinal);
        Assert.Contains("Gestart; de andere scholen volgen in het voorjaar", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_action_completed_in_the_meeting_is_celebrated_on_the_screen_and_in_the_closing_overview()
    {
        await using var app = new ScanAppFactory();
        var room = await (await AgendaRoom.StartAsync(app)).MakeAndCloseAsync();
        var action = await room.ActionAsync(AgendaRoom.FirstTitle);
        var (chair, trekker, screen, _) = await MeetingAsync(app, room);
        await using var leaving = new Leaving(chair, trekker, screen);
        var item = ProgressMeeting.ItemIdOf(action.Id);

        foreach (var step in new[] { "Do", "Check", "Done" })
        {
            var recorded = await chair.InvokeAsync(nameof(SessionHub.RecordActionStatus), Guid.NewGuid(), item, step, $"Stap {step}");
            Assert.True(recorded.Ok, recorded.Message);
        }

        var during = await screen.WaitForAsync(c => c.Screen, s => s.ProgressMeeting?.Successes.Count == 1);
        var afterDone = await chair.InvokeAsync(nameof(SessionHub.RecordActionStatus), Guid.NewGuid(), item, "Plan", "Toch opnieuw");
        Assert.True((await chair.InvokeAsync(nameof(SessionHub.End), Guid.NewGuid())).Ok);
        var closing = await screen.WaitForAsync(c => c.Screen, s => s.Ended);

        var success = Assert.Single(during.ProgressMeeting!.Successes);
        Assert.Equal((AgendaRoom.FirstTitle, "Afgerond", "Afgerond", true), (success.Title, success.Status, success.Standing, success.Done));
        Assert.True(during.ProgressMeeting.Current!.Done);
        Assert.Empty(during.ProgressMeeting.NextStatuses);
        Assert.Equal((false, "Deze actie is afgerond; de status ligt vast."), (afterDone.Ok, afterDone.Message));
        Assert.Equal([AgendaRoom.FirstTitle], closing.ProgressMeeting!.Successes.Select(s => s.Title));
        Assert.Equal(["Afgerond", "Plan"], closing.ProgressMeeting.Actions.Select(a => a.Status));
        Assert.Equal($"Plan ({closing.ProgressMeeting.Actions[1].Progress})", closing.ProgressMeeting.Actions[1].Standing);
        Assert.Equal(3, (await room.ActionAsync(AgendaRoom.FirstTitle)).History.Count);
    }

    [Fact]
    public async Task Refusals_in_a_progress_meeting_are_in_dutch_and_change_nothing()
    {
        await using var app = new ScanAppFactory();
        var room = await (await AgendaRoom.StartAsync(app)).MakeAndCloseAsync();
        var action = await room.ActionAsync(AgendaRoom.FirstTitle);
        var (chair, trekker, screen, _) = await MeetingAsync(app, room);
        await using var leaving = new Leaving(chair, trekker, screen);
        var item = ProgressMeeting.ItemIdOf(action.Id);

        var byParticipant = await trekker.InvokeAsync(nameof(SessionHub.RecordActionStatus), Guid.NewGuid(), item, "Do", "Zelf gedaan");
        var unknownStatus = await chair.InvokeAsync(nameof(SessionHub.RecordActionStatus), Guid.NewGuid(), item, "Klaar", null);
        var numericStatus = await chair.InvokeAsync(nameof(SessionHub.RecordActionStatus), Guid.NewGuid(), item, "4", null);
        var skippedSteps = await chair.InvokeAsync(nameof(SessionHub.RecordActionStatus), Guid.NewGuid(), item, "Done", "Alles klaar");
        var notOnAgenda = await chair.InvokeAsync(nameof(SessionHub.RecordActionStatus), Guid.NewGuid(), ProgressMeeting.ItemIdOf(Guid.NewGuid()), "Do", null);
        var dropWithoutReason = await chair.InvokeAsync(nameof(SessionHub.RecordActionStatus), Guid.NewGuid(), item, "Dropped", " ");
        var prioritising = await chair.InvokeAsync(nameof(SessionHub.StartPrioritising), Guid.NewGuid(), 3);

        Assert.Equal((false, "Alleen de voorzitter of de initiatiefnemer legt vast wat de groep afspreekt."), (byParticipant.Ok, byParticipant.Message));
        Assert.Equal((false, "Kies een van de statussen die bij deze actie horen."), (unknownStatus.Ok, unknownStatus.Message));
        Assert.Equal((false, "Kies een van de statussen die bij deze actie horen."), (numericStatus.Ok, numericStatus.Message));
        Assert.Equal((false, "Van Plan kan een actie niet naar Afgerond."), (skippedSteps.Ok, skippedSteps.Message));
        Assert.Equal((false, "Deze actie staat niet op de agenda van dit overleg."), (notOnAgenda.Ok, notOnAgenda.Message));
        Assert.Equal((false, "Geef aan waarom de actie vervalt."), (dropWithoutReason.Ok, dropWithoutReason.Message));
        Assert.Equal((false, "Prioriteren hoort bij het einde van sessie 1."), (prioritising.Ok, prioritising.Message));
        var stored = await room.ActionAsync(AgendaRoom.FirstTitle);
        Assert.Equal(ActionStatus.Plan, stored.Status);
        Assert.Empty(stored.History);
    }

    [Fact]
    public async Task A_participant_who_does_not_chair_cannot_start_a_meeting_but_finds_the_running_one_on_their_page()
    {
        await using var app = new ScanAppFactory();
        var room = await (await AgendaRoom.StartAsync(app)).MakeAndCloseAsync();
        using var participant = await room.Scenario.ParticipantAsync(AgendaRoom.Bystander);

        var before = await (await participant.GetAsync("/deelnemer")).TextAsync();
        var refused = await participant.PostFormAsync("/deelnemer?handler=StartProgressMeeting", new Dictionary<string, string>(), "/deelnemer");
        var afterRefusal = await (await participant.GetAsync("/deelnemer")).TextAsync();
        var meetingsAfterRefusal = await app.WithDatabaseAsync(db => Task.FromResult(db.LiveSessions.Count(s => s.Kind == SessionKind.ProgressMeeting)));
        var (chair, trekker, screen, sessionId) = await MeetingAsync(app, room);
        await using (chair)
        await using (trekker)
        await using (screen)
        {
            var during = await (await participant.GetAsync("/deelnemer")).TextAsync();

            Assert.DoesNotContain("Voortgangsoverleg starten", before, StringComparison.Ordinal);
            Assert.Equal("/deelnemer", refused.Headers.Location?.OriginalString);
            Assert.Contains("Alleen de voorzitter of de initiatiefnemer kan een voortgangsoverleg beginnen.", afterRefusal, StringComparison.Ordinal);
            Assert.Equal(0, meetingsAfterRefusal);
            Assert.Contains("Voortgangsoverleg 1 loopt nu.", during, StringComparison.Ordinal);
            Assert.Contains($"href=\"/sessie/{sessionId}\">Naar het voortgangsoverleg", during, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_audience_sees_each_actions_indicators_with_latest_value_status_and_trend()
    {
        await using var app = new ScanAppFactory();
        var (room, action, indicator) = await IndicatorEntryTests.ClosedWithIndicatorAsync(app);
        var period = IndicatorEntryTests.LastQuarter(room);
        await room.ApplyAsync((a, now) => a.RecordMeasurement(room.SeatOf(AgendaRoom.Trekker), action.Id, indicator.Id, period, 30, "Minder dan gehoopt", Guid.NewGuid(), now));
        var (chair, trekker, screen, _) = await MeetingAsync(app, room);
        await using var leaving = new Leaving(chair, trekker, screen);

        var onScreen = (await screen.WaitForAsync(c => c.Screen, s => s.ProgressMeeting is not null)).ProgressMeeting!;
        var onTablet = (await trekker.WaitForAsync(c => c.Participant, s => s.ProgressMeeting is not null)).ProgressMeeting!;

        var shown = Assert.Single(onScreen.Actions.Single(a => a.ActionId == action.Id).Indicators!);
        var periodInWords = ReportingPeriod.Parse(MeasurementFrequency.Quarter, period).InWords;
        Assert.Equal(("Uitstroom naar werk", $"30 ({periodInWords})", "achter"), (shown.Name, shown.Latest, shown.StatusInWords));
        Assert.StartsWith($"0-meting 40 → {period} 30 · streefwaarde 60", shown.Trend, StringComparison.Ordinal);
        Assert.Contains("<title>Verloop van Uitstroom naar werk</title>", shown.Chart, StringComparison.Ordinal);
        Assert.Equal(shown, onTablet.Actions.Single(a => a.ActionId == action.Id).Indicators!.Single());
        Assert.Empty(onScreen.Actions.Single(a => a.ActionId != action.Id).Indicators!);
    }

    /// <summary>The initiator starts a meeting from the scan page and joins as chair, the trekker joins from their link,
    /// the screen by its code.</summary>
    private static async Task<(SessionClient Chair, SessionClient Trekker, SessionClient Screen, Guid SessionId)> MeetingAsync(ScanAppFactory app, AgendaRoom room)
    {
        var started = await room.Scenario.Initiator.PostFormAsync($"/scans/{room.ScanId}?handler=StartProgressMeeting", new Dictionary<string, string>(), $"/scans/{room.ScanId}");
        var location = started.Headers.Location!.OriginalString;
        Assert.StartsWith("/sessie/", location, StringComparison.Ordinal);
        var sessionId = Guid.Parse(location["/sessie/".Length..]);

        var chair = await SessionClient.ConnectAsync(app, room.Scenario.InitiatorCookieHeader);
        Assert.True((await chair.JoinAsync(sessionId)).Ok);
        var trekker = await SessionClient.ConnectAsync(app, await room.Scenario.ParticipantCookieHeaderAsync(AgendaRoom.Trekker));
        Assert.True((await trekker.JoinAsync(sessionId)).Ok);
        var screen = await SessionClient.ConnectAsync(app, null);
        var code = await app.WithDatabaseAsync(db => Task.FromResult(db.LiveSessions.Single(s => s.Id == sessionId).Code));
        Assert.True((await screen.InvokeAsync(nameof(SessionHub.JoinScreen), code)).Ok);
        await chair.WaitForAsync(c => c.Chair, s => s.Own.ProgressMeeting is not null);
        return (chair, trekker, screen, sessionId);
    }

    /// <summary>Closes the meeting's connections at the end of a test.</summary>
    private sealed class Leaving(params SessionClient[] clients) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }
        }
    }
}
