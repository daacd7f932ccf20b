using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Web.Features.Agenda;
using Glansrijk.Scan.Web.Features.Sessions;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Glansrijk.Scan.Web.Tests.Features.Sessions;

/// <summary>A scan with the initiator (who chairs, no chair was named) and three invited participants. Session 1 ran
/// far enough to record one improvement point on the first focus norm and was ended; the verbeteragenda was started
/// with two focus norms, which the chair confirmed; session 2 is started.</summary>
public sealed class SecondSessionRoom
{
    public const string Session1Point = "Scholen en werkbedrijf spreken elkaar pas als het misgaat";

    private SecondSessionRoom(ScanScenario scenario, Guid scanId, Guid sessionId, Guid agendaId, IReadOnlyList<string> focus, IReadOnlyList<string> cookies, Core.Scans.Scan scan)
    {
        Scenario = scenario;
        ScanId = scanId;
        SessionId = sessionId;
        AgendaId = agendaId;
        Focus = focus;
        ParticipantCookies = cookies;
        Scan = scan;
    }

    public ScanScenario Scenario { get; }
    public Guid ScanId { get; }
    public Guid SessionId { get; }
    public Guid AgendaId { get; }

    /// <summary>The two focus norms, in order.</summary>
    public IReadOnlyList<string> Focus { get; }

    /// <summary>Deelnemer 1 … 3.</summary>
    public IReadOnlyList<string> ParticipantCookies { get; }

    public Core.Scans.Scan Scan { get; }

    public Guid SeatOf(int participant) => Scan.Seats.Single(s => s.Person.Email == $"deelnemer{participant}@regio.nl").Id;

    /// <param name="sessionTwoChair">A participant (1 … 3) named chair of session 2 after the agenda was started, as
    /// when the initiator names the chair only once session 1 is over; null leaves the initiator chairing.</param>
    /// <param name="participantsAtStart">Who takes part in the agenda when it starts (1 … 3); null: all three.</param>
    public static async Task<SecondSessionRoom> StartAsync(
        ScanAppFactory app, string initiatorEmail = "voorzitter@debrug.nl", string region = "Drechtsteden", int? sessionTwoChair = null, int[]? participantsAtStart = null)
    {
        var scenario = await ScanScenario.SignedInInitiatorAsync(app, initiatorEmail);
        var scanId = await scenario.CreateScanAsync(ScanScenario.ScanForm(region));
        await scenario.AddSeatsAsync(scanId, 3);
        await scenario.SendInvitationsAsync(scanId);
        var cookies = new List<string>();
        foreach (var number in Enumerable.Range(1, 3))
        {
            cookies.Add(await scenario.ParticipantCookieHeaderAsync($"deelnemer{number}@regio.nl"));
        }

        var scan = await scenario.LoadScanAsync(scanId);
        var norms = app.Services.GetRequiredService<ContentCatalog>().FindInstrument("kwaliteitsnormen")!.Items.Select(i => i.Id).ToList();
        string[] focus = [norms[6], norms[3]];

        await using (var chair = await SessionClient.ConnectAsync(app, scenario.InitiatorCookieHeader))
        {
            var session1 = await chair.InvokeAsync(nameof(SessionHub.Start), scanId, 1);
            Assert.True(session1.Ok, session1.Message);
            Assert.True((await chair.JoinAsync(session1.SessionId!.Value)).Ok);
            Assert.True((await chair.InvokeAsync(nameof(SessionHub.RecordImprovementPoint), Guid.NewGuid(), focus[0], Session1Point)).Ok);
            Assert.True((await chair.InvokeAsync(nameof(SessionHub.End), Guid.NewGuid())).Ok);
        }

        var agendas = app.Services.GetRequiredService<ImprovementAgendaService>();
        var started = await agendas.StartAsync(scanId, focus, scan.Seats.Where(s => !s.IsInitiator && (participantsAtStart is null || participantsAtStart.Any(n => s.Person.Email == $"deelnemer{n}@regio.nl"))).Select(s => s.Id), CancellationToken.None);
        Assert.True(started.Ok, started.Message);
        var confirmed = await agendas.ApplyAsync(started.Id!.Value, (a, now) => a.ConfirmFocus(scan.InitiatorSeat.Id, focus, Guid.NewGuid(), now), CancellationToken.None);
        Assert.True(confirmed.Ok, confirmed.Message);
        if (sessionTwoChair is { } chairNumber)
        {
            await app.WithDatabaseAsync(async db =>
            {
                var stored = await db.Scans.Include(s => s.Seats).Include(s => s.Sessions).SingleAsync(s => s.Id == scanId);
                stored.NameChair(2, stored.Seats.Single(s => s.Person.Email == $"deelnemer{chairNumber}@regio.nl").Id);
                return await db.SaveChangesAsync();
            });
        }

        await using var starter = await SessionClient.ConnectAsync(app, scenario.InitiatorCookieHeader);
        var session2 = await starter.InvokeAsync(nameof(SessionHub.Start), scanId, 2);
        Assert.True(session2.Ok, session2.Message);
        return new SecondSessionRoom(scenario, scanId, session2.SessionId!.Value, started.Id!.Value, focus, cookies, scan);
    }

    public Task<SessionClient> ChairAsync(ScanAppFactory app) => JoinedAsync(app, Scenario.InitiatorCookieHeader);

    public Task<SessionClient> ParticipantAsync(ScanAppFactory app, int participant) => JoinedAsync(app, ParticipantCookies[participant - 1]);

    public async Task<SessionClient> ScreenAsync(ScanAppFactory app)
    {
        var screen = await SessionClient.ConnectAsync(app, null);
        var code = await app.WithDatabaseAsync(db => db.LiveSessions.Where(s => s.Id == SessionId).Select(s => s.Code).SingleAsync());
        var joined = await screen.InvokeAsync(nameof(SessionHub.JoinScreen), code);
        Assert.True(joined.Ok, joined.Message);
        return screen;
    }

    public Task<Core.Agenda.ImprovementAgenda> AgendaAsync(ScanAppFactory app) =>
        app.WithDatabaseAsync(db => db.ImprovementAgendas.AsNoTracking().AsSplitQuery().SingleAsync(a => a.Id == AgendaId));

    /// <summary>A complete action on the first focus norm with <paramref name="owner"/> as trekker.</summary>
    public ActionInput Action(Guid owner, string title = "Warme overdracht met een vast gezicht", string start = "2027-03-01", string deadline = "2027-09-01", string check = "2027-05-01") =>
        new(Focus[0], title, "Elke jongere kent na school nog iemand bij naam", owner, ["Praktijkschool De Brug", "Werkbedrijf Drechtsteden"],
            start, deadline, "Negen van de tien schoolverlaters hebben binnen twee weken een gesprek gehad", check);

    private async Task<SessionClient> JoinedAsync(ScanAppFactory app, string cookie)
    {
        var client = await SessionClient.ConnectAsync(app, cookie);
        var joined = await client.JoinAsync(SessionId);
        Assert.True(joined.Ok, joined.Message);
        return client;
    }
}
