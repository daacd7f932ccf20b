using Glansrijk.Scan.Web.Features.Agenda;
using Glansrijk.Scan.Web.Features.Sessions;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Glansrijk.Scan.Web.Tests.Features.Sessions;

/// <summary>Session 2 over real SignalR clients: the console gives an action an indicator from a template, every
/// tablet sees it, and a participant or a wrong value is refused in Dutch with nothing changed.</summary>
public sealed class SessionTwoIndicatorTests
{
    [Fact]
    public async Task The_chair_adds_an_indicator_from_a_template_and_the_tablets_see_it_while_a_participant_cannot()
    {
        await using var app = new ScanAppFactory(signInPerMinute: 1000);
        var room = await SecondSessionRoom.StartAsync(app);
        await using var chair = await room.ChairAsync(app);
        await using var participant = await room.ParticipantAsync(app, 2);
        await chair.InvokeAsync(nameof(SessionHub.AddAction), Guid.NewGuid(), room.Action(room.SeatOf(1)), Array.Empty<Guid>());
        var actionId = (await room.AgendaAsync(app)).Actions.Single().Id;
        var template = app.Services.GetRequiredService<Core.Content.ContentCatalog>().FindIndicatorTemplate("uitstroom-werk")!;
        var form = IndicatorForm.From(template);
        form.Baseline = "12";
        form.BaselineDate = "2027-01-01";
        form.Target = "20";
        form.TargetDate = "2027-12-31";

        var byParticipant = await participant.InvokeAsync(nameof(SessionHub.AddIndicator), Guid.NewGuid(), actionId, form);
        var wrong = await chair.InvokeAsync(nameof(SessionHub.AddIndicator), Guid.NewGuid(), actionId, new IndicatorForm
        {
            Name = form.Name,
            WhatIsCounted = form.WhatIsCounted,
            Unit = "percentage",
            Frequency = "kwartaal",
            Level = "operationeel",
            Source = form.Source,
            ResponsibleOrganisation = form.ResponsibleOrganisation,
            Baseline = "120",
            BaselineDate = "2027-01-01",
            Target = "20",
            TargetDate = "2027-12-31",
        });
        var added = await chair.InvokeAsync(nameof(SessionHub.AddIndicator), Guid.NewGuid(), actionId, form);
        var seen = await participant.WaitForAsync(c => c.Participant, s => s.Agenda!.FocusNorms[0].Actions.Single().Indicators is { Count: 1 });

        Assert.False(byParticipant.Ok);
        Assert.Equal("Alleen de voorzitter of de initiatiefnemer kan dit.", byParticipant.Message);
        Assert.False(wrong.Ok);
        Assert.Equal("0-meting: Een percentage ligt tussen 0 en 100.", wrong.Message);
        Assert.True(added.Ok, added.Message);
        Assert.Equal("Uitstroom naar werk: van 12 naar 20 in 2027, per kwartaal", seen.Agenda!.FocusNorms[0].Actions.Single().Indicators!.Single().InWords);
        var stored = (await room.AgendaAsync(app)).Actions.Single().Indicators.Single();
        Assert.Equal(("uitstroom-werk", Core.Agenda.IndicatorUnit.Count, 20m), (stored.TemplateId, stored.Unit, stored.Target));
    }

    [Fact]
    public async Task Only_the_console_gets_the_templates_and_the_labelled_choices_for_its_indicator_form()
    {
        await using var app = new ScanAppFactory(signInPerMinute: 1000);
        var room = await SecondSessionRoom.StartAsync(app);
        await using var chair = await room.ChairAsync(app);
        await using var participant = await room.ParticipantAsync(app, 2);

        var choices = (await chair.WaitForAsync(c => c.Chair, s => s.Own.Agenda?.Chair is not null)).Own.Agenda!.Chair!.Indicators!;
        var tablet = await participant.WaitForAsync(c => c.Participant, s => s.Agenda is not null);

        var content = app.Services.GetRequiredService<Core.Content.ContentCatalog>();
        Assert.Equal(content.IndicatorTemplates.Select(t => t.Id), choices.Templates.Select(t => t.Id));
        var outflow = choices.Templates.Single(t => t.Id == "uitstroom-werk");
        Assert.Equal(("Uitstroom naar werk", "aantal", "kwartaal", "operationeel"), (outflow.Name, outflow.Unit, outflow.Frequency, outflow.Level));
        Assert.Contains(new ChoiceView("ja-nee", "ja/nee"), choices.Units);
        Assert.Contains(new ChoiceView("halfjaar", "per half jaar"), choices.Frequencies);
        Assert.Contains(new ChoiceView("bestuurlijk", "bestuurlijk"), choices.Levels);
        Assert.Null(tablet.Agenda!.Chair);
    }
}
