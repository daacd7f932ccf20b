using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Features.Agenda;
using Glansrijk.Scan.Web.Features.Sessions;
using Glansrijk.Scan.Web.Features.Shared;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Glansrijk.Scan.Web.Tests.Features.Agenda;

/// <summary>A scan with three invited participants and a verbeteragenda made through
/// <see cref="ImprovementAgendaService"/> the way session 2 makes it: focus confirmed, two actions (trekker
/// deelnemer1: check moment in ten days; trekker deelnemer2: deadline yesterday), process agreements, afhechting,
/// everyone's akkoord, closed. The initiator chairs (no chair was named for session 2).</summary>
internal sealed class AgendaRoom
{
    public const string Trekker = "deelnemer1@regio.nl";
    public const string OtherTrekker = "deelnemer2@regio.nl";
    public const string Bystander = "deelnemer3@regio.nl";
    public const string FirstTitle = "Warme overdracht van school naar werk";
    public const string SecondTitle = "Eén loket voor jongeren zonder startkwalificatie";

    private AgendaRoom(ScanScenario scenario, Guid scanId, Guid agendaId, Core.Scans.Scan scan, IReadOnlyList<string> normIds)
    {
        Scenario = scenario;
        ScanId = scanId;
        AgendaId = agendaId;
        Scan = scan;
        NormIds = normIds;
    }

    public ScanScenario Scenario { get; }
    public Guid ScanId { get; }
    public Guid AgendaId { get; }
    public Core.Scans.Scan Scan { get; }
    public IReadOnlyList<string> NormIds { get; }
    public ScanAppFactory App => Scenario.App;
    public Guid Chair => Scan.InitiatorSeat.Id;

    public Guid SeatOf(string email) => Scan.Seats.Single(s => s.Person.Email == email).Id;

    public ImprovementAgendaService Service => App.Services.GetRequiredService<ImprovementAgendaService>();

    /// <summary>Today in Dutch time, by the app's clock.</summary>
    public DateOnly Today => DateOnly.FromDateTime(App.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.ToDutchTime());

    public static async Task<AgendaRoom> StartAsync(ScanAppFactory app, string initiatorEmail = "ilse@debrug.nl", string region = "Drechtsteden")
    {
        var scenario = await ScanScenario.SignedInInitiatorAsync(app, initiatorEmail);
        var scanId = await scenario.CreateScanAsync(ScanScenario.ScanForm(region));
        await scenario.AddSeatsAsync(scanId, 3);
        await scenario.SendInvitationsAsync(scanId);
        var scan = await scenario.LoadScanAsync(scanId);
        var normIds = app.Services.GetRequiredService<ContentCatalog>().FindInstrument("kwaliteitsnormen")!.Items.Select(i => i.Id).ToList();
        var participants = scan.Seats.Where(s => !s.IsInitiator).Select(s => s.Id).ToList();
        var started = await app.Services.GetRequiredService<ImprovementAgendaService>()
            .StartAsync(scanId, [normIds[2], normIds[5]], participants, CancellationToken.None);
        Assert.True(started.Ok, started.Message);
        return new AgendaRoom(scenario, scanId, started.Id!.Value, scan, normIds);
    }

    public async Task<CommandResult> ApplyAsync(Func<ImprovementAgenda, DateTime, CommandOutcome> command)
    {
        var result = await Service.ApplyAsync(AgendaId, command, CancellationToken.None);
        Assert.True(result.Ok, result.Message);
        return result;
    }

    /// <summary>Session 2 up to and including closing.</summary>
    public async Task<AgendaRoom> MakeAndCloseAsync()
    {
        var today = Today;
        await ApplyAsync((a, now) => a.ConfirmFocus(Chair, [NormIds[2], NormIds[5]], Guid.NewGuid(), now));
        await ApplyAsync((a, now) => a.SubmitProposal(SeatOf(Trekker), NormIds[2], "Elke schoolverlater een vast aanspreekpunt", Guid.NewGuid(), now));
        var proposal = (await Service.FindAsync(AgendaId, CancellationToken.None))!.Proposals.Single().Id;
        await ApplyAsync((a, now) => a.AddAction(
            Chair,
            new ActionDetails(NormIds[2], FirstTitle, "Geen jongere valt tussen school en werk", SeatOf(Trekker), ["Praktijkschool De Brug", "Werkbedrijf"],
                today.AddDays(-10), today.AddDays(90), "Elke schoolverlater heeft binnen twee weken een gesprek gehad", today.AddDays(10)),
            [proposal],
            Guid.NewGuid(),
            now));
        await ApplyAsync((a, now) => a.AddAction(
            Chair,
            new ActionDetails(NormIds[5], SecondTitle, "Jongeren hoeven hun verhaal maar één keer te vertellen", SeatOf(OtherTrekker), ["Gemeente"],
                today.AddDays(-60), today.AddDays(-1), "Het loket is open en bekend bij de scholen", today.AddDays(-30)),
            [],
            Guid.NewGuid(),
            now));
        var actions = (await Service.FindAsync(AgendaId, CancellationToken.None))!.Actions;
        await ApplyAsync((a, now) => a.ConfirmOwnership(SeatOf(Trekker), actions[0].Id, Guid.NewGuid(), now));
        await ApplyAsync((a, now) => a.ConfirmOwnership(SeatOf(OtherTrekker), actions[1].Id, Guid.NewGuid(), now));
        await ApplyAsync((a, now) => a.SetProcessAgreements(Chair, new ProcessAgreements("Elk kwartaal", "Het VSV-overleg", "Trekkers werken hun actie bij via hun link", "Een lunch bij elke afgeronde actie"), Guid.NewGuid(), now));
        await ApplyAsync((a, now) => a.AddInternalApproval(Chair, "Gemeente Dordrecht", "College van B&W", Guid.NewGuid(), now));
        await ApplyAsync((a, now) => a.AddExternalInvitation(Chair, "UWV", SeatOf(Bystander), Guid.NewGuid(), now));
        await ApplyAsync((a, now) => a.Confirm(SeatOf(Trekker), true, null, Guid.NewGuid(), now));
        await ApplyAsync((a, now) => a.Confirm(SeatOf(Bystander), false, "Te weinig aandacht voor zorg", Guid.NewGuid(), now));
        await ApplyAsync((a, now) => a.Close(Chair, Guid.NewGuid(), now));
        return this;
    }

    public async Task<ImprovementAgenda> LoadAsync() => (await Service.FindAsync(AgendaId, CancellationToken.None))!;

    public async Task<AgendaAction> ActionAsync(string title) => (await LoadAsync()).Actions.Single(a => a.Title == title);
}
