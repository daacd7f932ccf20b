using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Glansrijk.Scan.Web.Tests.Features.Agenda;

public sealed class ImprovementAgendaServiceTests
{
    [Fact]
    public async Task Starting_the_agenda_of_a_scan_again_returns_the_one_that_exists()
    {
        await using var app = new ScanAppFactory();
        var room = await AgendaRoom.StartAsync(app);

        var again = await room.Service.StartAsync(room.ScanId, [room.NormIds[0]], [], CancellationToken.None);

        Assert.True(again.Ok);
        Assert.Equal(room.AgendaId, again.Id);
        var stored = await room.LoadAsync();
        Assert.Equal([room.NormIds[2], room.NormIds[5]], stored.ProposedFocusNormIds);
        Assert.Equal(room.Chair, stored.ChairSeatId);
        Assert.Equal(room.Chair, stored.InitiatorSeatId);
        Assert.Equal(room.NormIds, stored.NormIds);
        Assert.Contains(room.SeatOf(AgendaRoom.Bystander), stored.ParticipantSeatIds);
    }

    [Fact]
    public async Task A_command_sent_again_with_the_same_id_changes_nothing()
    {
        await using var app = new ScanAppFactory();
        var room = await AgendaRoom.StartAsync(app);
        var commandId = Guid.NewGuid();

        var first = await room.ApplyAsync((a, now) => a.SubmitProposal(room.SeatOf(AgendaRoom.Trekker), room.NormIds[2], "Stagebank voor de regio", commandId, now));
        var second = await room.ApplyAsync((a, now) => a.SubmitProposal(room.SeatOf(AgendaRoom.Trekker), room.NormIds[2], "Stagebank voor de regio", commandId, now));

        Assert.Equal(first.Version, second.Version);
        Assert.Single((await room.LoadAsync()).Proposals);
    }

    [Fact]
    public async Task A_command_the_rules_refuse_gets_a_Dutch_message_and_changes_nothing()
    {
        await using var app = new ScanAppFactory();
        var room = await AgendaRoom.StartAsync(app);

        var refused = await room.Service.ApplyAsync(room.AgendaId, (a, now) => a.ConfirmFocus(room.SeatOf(AgendaRoom.Trekker), [room.NormIds[0]], Guid.NewGuid(), now), CancellationToken.None);
        var unknown = await room.Service.ApplyAsync(Guid.NewGuid(), (a, now) => a.Close(room.Chair, Guid.NewGuid(), now), CancellationToken.None);

        Assert.False(refused.Ok);
        Assert.Equal("Alleen de voorzitter of de initiatiefnemer kan dit.", refused.Message);
        Assert.False(unknown.Ok);
        Assert.Equal("Deze verbeteragenda bestaat niet (meer).", unknown.Message);
        var stored = await room.LoadAsync();
        Assert.Equal(1, stored.Version);
        Assert.False(stored.IsFocusConfirmed);
        Assert.Empty(stored.HandledCommands);
    }

    [Fact]
    public async Task Confirming_twice_or_after_closing_changes_nothing()
    {
        await using var app = new ScanAppFactory();
        var room = await (await AgendaRoom.StartAsync(app)).MakeAndCloseAsync();
        var closed = await room.LoadAsync();

        var twice = await room.Service.ApplyAsync(room.AgendaId, (a, now) => a.Confirm(room.SeatOf(AgendaRoom.Trekker), false, "Toch niet", Guid.NewGuid(), now), CancellationToken.None);

        Assert.False(twice.Ok);
        Assert.Equal("De verbeteragenda is vastgesteld en kan niet meer veranderen.", twice.Message);
        var stored = await room.LoadAsync();
        Assert.Equal(closed.Version, stored.Version);
        Assert.True(stored.ConfirmationOf(room.SeatOf(AgendaRoom.Trekker))!.Agrees);
    }

    [Fact]
    public async Task An_agenda_cannot_be_started_from_session_1_before_session_1_was_held()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();
        var service = app.Services.GetRequiredService<Web.Features.Agenda.ImprovementAgendaService>();

        var result = await service.StartFromSession1Async(scanId, CancellationToken.None);

        Assert.False(result.Ok);
        Assert.Equal("Sessie 1 is nog niet gehouden; er is nog niets om focusnormen uit te kiezen.", result.Message);
        Assert.Null(await service.FindByScanAsync(scanId, CancellationToken.None));
    }

    [Fact]
    public async Task A_seat_of_another_scan_cannot_be_made_a_participant_of_the_agenda()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();
        var service = app.Services.GetRequiredService<Web.Features.Agenda.ImprovementAgendaService>();

        var result = await service.StartAsync(scanId, [], [Guid.NewGuid()], CancellationToken.None);

        Assert.False(result.Ok);
        Assert.Equal("Een van de deelnemers hoort niet (meer) bij deze scan.", result.Message);
        Assert.Null(await service.FindByScanAsync(scanId, CancellationToken.None));
    }
}
