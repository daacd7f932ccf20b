using Glansrijk.Scan.Web.Features.Sessions;
using Glansrijk.Scan.Web.Tests.Features.Agenda;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Tests.Features.Privacy;

/// <summary>A scan with something of everything: four seats with links and mails, a closed verbeteragenda with two
/// actions, a proposal and a follow-up, and a live session 1 in which the trekker voted once.</summary>
internal sealed class PrivacyRoom
{
    private PrivacyRoom(AgendaRoom agenda, Guid sessionId)
    {
        Agenda = agenda;
        SessionId = sessionId;
    }

    public AgendaRoom Agenda { get; }
    public Guid SessionId { get; }
    public ScanScenario Scenario => Agenda.Scenario;
    public ScanAppFactory App => Agenda.App;
    public Guid ScanId => Agenda.ScanId;

    public static async Task<PrivacyRoom> StartAsync(ScanAppFactory app, string initiatorEmail = "ilse@debrug.nl")
    {
        var agenda = await (await AgendaRoom.StartAsync(app, initiatorEmail)).MakeAndCloseAsync();
        var action = await agenda.ActionAsync(AgendaRoom.FirstTitle);
        await agenda.ApplyAsync((a, now) => a.UpdateAction(agenda.SeatOf(AgendaRoom.Trekker), action.Id, Core.Agenda.ActionStatus.Do, "We zijn begonnen", Guid.NewGuid(), now));

        await using var chair = await SessionClient.ConnectAsync(app, agenda.Scenario.InitiatorCookieHeader);
        var started = await chair.InvokeAsync(nameof(SessionHub.Start), agenda.ScanId, 1);
        Assert.True(started.Ok, started.Message);
        var sessionId = started.SessionId!.Value;
        Assert.True((await chair.JoinAsync(sessionId)).Ok);
        await using var tablet = await SessionClient.ConnectAsync(app, await agenda.Scenario.ParticipantCookieHeaderAsync(AgendaRoom.Trekker));
        Assert.True((await tablet.JoinAsync(sessionId)).Ok);
        var opened = await chair.InvokeAsync(nameof(SessionHub.OpenRound), Guid.NewGuid());
        var round = (await tablet.WaitForAsync(c => c.Participant, s => s.Version == opened.Version)).Round!.RoundId;
        var vote = await tablet.VoteAsync(round, "2");
        Assert.True(vote.Ok, vote.Message);
        return new PrivacyRoom(agenda, sessionId);
    }

    /// <summary>Rows in a table, whoever they belong to: each test has its own database.</summary>
    public Task<int> RowsAsync(string table) => App.WithDatabaseAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // Table names come from the test itself, never from input.
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    });
}
