using System.Reflection;
using Glansrijk.Scan.Web.Features.Sessions;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Tests.Features.Sessions;

/// <summary>One app for the guard's tests; the screen and the stranger send every command in quick succession, so the
/// limit on calls per second is out of the way.</summary>
public sealed class SessionGuardApp : IAsyncLifetime
{
    public ScanAppFactory App { get; } = new(signInPerMinute: 10_000) { Settings = { ["Sessions:MaxCallsPerSecond"] = "10000" } };

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => App.DisposeAsync().AsTask();
}

/// <summary>Every command of the hub passes the one guard: table-driven over all of them, so a method added later without
/// the guard shows up here.</summary>
public sealed class SessionGuardTests(SessionGuardApp fixture) : IClassFixture<SessionGuardApp>
{
    private const string LinkRevoked = "Je persoonlijke link werkt niet meer, dus je kunt niet meer meedoen aan deze sessie. Vraag de initiatiefnemer om een nieuwe uitnodiging.";
    private const string ScreenIsReadOnly = "Het scherm laat de sessie alleen zien; stemmen en leiden kan hier niet.";
    private const string NotJoined = "Je bent niet aangemeld bij een sessie. Ververs de pagina.";

    private static readonly Guid Some = Guid.NewGuid();

    /// <summary>Each command with arguments that are well-formed, so only the guard (or the rules behind it) can refuse,
    /// and whether it steers the session (for the chair or the initiator only).</summary>
    private static readonly (string Method, bool Steers, Func<Guid, object?[]> Arguments)[] Commands =
    [
        (nameof(SessionHub.Vote), false, round => [Guid.NewGuid(), round, "3", null]),
        (nameof(SessionHub.OpenRound), true, _ => [Guid.NewGuid()]),
        (nameof(SessionHub.CloseRound), true, round => [Guid.NewGuid(), round]),
        (nameof(SessionHub.Reveal), true, round => [Guid.NewGuid(), round]),
        (nameof(SessionHub.Revote), true, _ => [Guid.NewGuid()]),
        (nameof(SessionHub.Next), true, _ => [Guid.NewGuid()]),
        (nameof(SessionHub.Previous), true, _ => [Guid.NewGuid()]),
        (nameof(SessionHub.GoTo), true, _ => [Guid.NewGuid(), 2]),
        (nameof(SessionHub.RecordImprovementPoint), true, _ => [Guid.NewGuid(), "kwaliteitsnormen-01", "Een punt"]),
        (nameof(SessionHub.ReviseImprovementPoint), true, _ => [Guid.NewGuid(), Some, "Een punt"]),
        (nameof(SessionHub.RemoveImprovementPoint), true, _ => [Guid.NewGuid(), Some]),
        (nameof(SessionHub.End), true, _ => [Guid.NewGuid()]),
        (nameof(SessionHub.HandOverChair), true, _ => [Guid.NewGuid(), Some]),
        (nameof(SessionHub.TakeBackChair), true, _ => [Guid.NewGuid()]),
        (nameof(SessionHub.ChooseOpenDiscussion), true, _ => [Guid.NewGuid()]),
        (nameof(SessionHub.SetAutoReveal), true, _ => [Guid.NewGuid(), true]),
        (nameof(SessionHub.StartPrioritising), true, _ => [Guid.NewGuid(), 3]),
        (nameof(SessionHub.DistributePoints), false, _ => [Guid.NewGuid(), new Dictionary<string, int> { ["kwaliteitsnormen-01"] = 3 }]),
        (nameof(SessionHub.ClosePrioritising), true, _ => [Guid.NewGuid()]),
        (nameof(SessionHub.AdmitToPrioritising), true, _ => [Guid.NewGuid(), Some]),
        (nameof(SessionHub.ConfirmFocus), true, _ => [Guid.NewGuid(), new[] { "kwaliteitsnormen-01" }]),
        (nameof(SessionHub.ConfirmAgendaFocus), true, _ => [Guid.NewGuid(), new[] { "kwaliteitsnormen-01" }]),
        (nameof(SessionHub.AdmitToAgenda), true, _ => [Guid.NewGuid(), Some]),
        (nameof(SessionHub.LeaveOutOfAgenda), true, _ => [Guid.NewGuid(), Some, "Komt niet meer"]),
        (nameof(SessionHub.AddIndicator), true, _ => [Guid.NewGuid(), Some, Indicator()]),
        (nameof(SessionHub.RemoveIndicator), true, _ => [Guid.NewGuid(), Some, Some]),
        (nameof(SessionHub.SubmitProposal), false, _ => [Guid.NewGuid(), "kwaliteitsnormen-01", "Een voorstel"]),
        (nameof(SessionHub.DismissProposal), true, _ => [Guid.NewGuid(), Some]),
        (nameof(SessionHub.AddAction), true, _ => [Guid.NewGuid(), Action(), Array.Empty<Guid>()]),
        (nameof(SessionHub.EditAction), true, _ => [Guid.NewGuid(), Some, Action()]),
        (nameof(SessionHub.RemoveAction), true, _ => [Guid.NewGuid(), Some]),
        (nameof(SessionHub.ConfirmOwnership), false, _ => [Guid.NewGuid(), Some]),
        (nameof(SessionHub.SetProcessAgreements), true, _ => [Guid.NewGuid(), new Core.Agenda.ProcessAgreements("Maandelijks", "Teams", "Per kwartaal", "Taart")]),
        (nameof(SessionHub.AddInternalApproval), true, _ => [Guid.NewGuid(), "Gemeente", "College"]),
        (nameof(SessionHub.SetApprovalStatus), true, _ => [Guid.NewGuid(), Some, 1]),
        (nameof(SessionHub.AddExternalInvitation), true, _ => [Guid.NewGuid(), "UWV", Some]),
        (nameof(SessionHub.SetInvitationStatus), true, _ => [Guid.NewGuid(), Some, 1]),
        (nameof(SessionHub.RemoveRatificationItem), true, _ => [Guid.NewGuid(), Some]),
        (nameof(SessionHub.ConfirmAgenda), false, _ => [Guid.NewGuid(), true, null]),
        (nameof(SessionHub.CloseAgenda), true, _ => [Guid.NewGuid()]),
        (nameof(SessionHub.RecordActionStatus), true, _ => [Guid.NewGuid(), "actie-1", "Do", null]),
    ];

    private ScanAppFactory App => fixture.App;

    [Fact]
    public void The_table_holds_every_command_of_the_hub()
    {
        var notCommands = new[] { nameof(SessionHub.Start), nameof(SessionHub.StartProgressMeeting), nameof(SessionHub.Join), nameof(SessionHub.JoinScreen), nameof(SessionHub.GetState) };
        var commands = typeof(SessionHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.ReturnType == typeof(Task<SessionResult>) && !notCommands.Contains(m.Name))
            .Select(m => m.Name)
            .Order();

        Assert.Equal(commands, Commands.Select(c => c.Method).Order());
    }

    [Fact]
    public async Task Every_command_is_refused_in_Dutch_for_an_open_tablet_whose_link_was_revoked_the_screen_and_a_connection_that_did_not_join()
    {
        var room = await LiveRoom.StartAsync(App, "poort@debrug.nl");
        await using var chair = await room.ChairAsync(App);
        await using var screen = await room.ScreenAsync(App);
        await using var stranger = await SessionClient.ConnectWebSocketAsync(App, room.ParticipantCookies[2]);
        var opened = await chair.InvokeAsync(nameof(SessionHub.OpenRound), Guid.NewGuid());
        var round = (await chair.WaitForAsync(c => c.Chair, s => s.Own.Version >= opened.Version)).Own.Round!.RoundId;
        // One open tablet per command: a refused link also takes the connection out of the session.
        var tablets = new List<SessionClient>();
        foreach (var _ in Commands)
        {
            var tablet = await SessionClient.ConnectWebSocketAsync(App, room.ParticipantCookies[0]);
            Assert.True((await tablet.JoinAsync(room.SessionId)).Ok);
            tablets.Add(tablet);
        }

        // Revoked where this node's connections hear nothing of it (another node, the retention job); withdrawing on
        // the seat page would end these connections at once (see LiveAccessTests), and the guard is the net below that.
        var seat = await room.Scenario.SeatOfAsync(room.ScanId, "deelnemer1@regio.nl");
        await App.WithDatabaseAsync(db => db.ParticipantLinks.Where(l => l.SeatId == seat.Id)
            .ExecuteUpdateAsync(update => update.SetProperty(l => l.RevokedAt, DateTime.UtcNow)));
        var before = await RowsAsync(room);

        foreach (var ((method, _, arguments), tablet) in Commands.Zip(tablets))
        {
            var withdrawn = await tablet.InvokeAsync(method, arguments(round));
            var fromScreen = await screen.InvokeAsync(method, arguments(round));
            var notJoined = await stranger.InvokeAsync(method, arguments(round));

            Assert.Equal((false, LinkRevoked), (withdrawn.Ok, withdrawn.Message));
            Assert.Equal((false, ScreenIsReadOnly), (fromScreen.Ok, fromScreen.Message));
            Assert.Equal((false, NotJoined), (notJoined.Ok, notJoined.Message));
        }

        Assert.Equal(before, await RowsAsync(room));
        foreach (var tablet in tablets)
        {
            await tablet.DisposeAsync();
        }
    }

    [Fact]
    public async Task Every_command_that_steers_is_refused_for_a_participant_who_does_not_chair()
    {
        var room = await LiveRoom.StartAsync(App, "niet-sturen@debrug.nl");
        await using var chair = await room.ChairAsync(App);
        await using var tablet = await SessionClient.ConnectWebSocketAsync(App, room.ParticipantCookies[0]);
        Assert.True((await tablet.JoinAsync(room.SessionId)).Ok);
        var opened = await chair.InvokeAsync(nameof(SessionHub.OpenRound), Guid.NewGuid());
        var round = (await tablet.WaitForAsync(c => c.Participant, s => s.Version >= opened.Version)).Round!.RoundId;
        var before = await RowsAsync(room);

        foreach (var (method, _, arguments) in Commands.Where(c => c.Steers))
        {
            var refused = await tablet.InvokeAsync(method, arguments(round));

            Assert.False(refused.Ok, method);
            Assert.False(string.IsNullOrWhiteSpace(refused.Message), method);
        }

        Assert.Equal(before, await RowsAsync(room));
    }

    /// <summary>What a command could change: the session's rows and the scan's prioritising and agenda. Not the version: the
    /// withdrawn seat's last connection leaving marks it absent, and that is meant.</summary>
    private Task<string> RowsAsync(LiveRoom room) => App.WithDatabaseAsync(async db =>
    {
        var session = await db.LiveSessions.AsNoTracking().AsSplitQuery().SingleAsync(s => s.Id == room.SessionId);
        var prioritisations = await db.Prioritisations.CountAsync(p => p.ScanId == room.ScanId);
        var agendas = await db.ImprovementAgendas.CountAsync(a => a.ScanId == room.ScanId);
        return $"rounds {session.Rounds.Count} votes {session.Rounds.Sum(r => r.Votes.Count)} points {session.ImprovementPoints.Count} " +
            $"index {session.CurrentIndex} chair {session.ChairSeatId} auto {session.AutoReveal} open {session.OpenDiscussion} ended {session.IsEnded} " +
            $"prioritisations {prioritisations} agendas {agendas}";
    });

    private static Web.Features.Agenda.IndicatorForm Indicator() => new()
    {
        Name = "Uitstroom naar werk",
        WhatIsCounted = "Jongeren die aan het werk gaan",
        Unit = "aantal",
        Source = "Gemeente",
        ResponsibleOrganisation = "Gemeente",
        Frequency = "kwartaal",
        Level = "operationeel",
        Baseline = "12",
        BaselineDate = "2027-01-01",
        Target = "20",
        TargetDate = "2027-12-31",
    };

    private static ActionInput Action() =>
        new("kwaliteitsnormen-01", "Een actie", "Jongeren merken het", Some, ["Gemeente"], "2027-03-01", "2027-06-01", "Minder uitval", "2027-04-01");
}
