using System.Text.Json;
using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Features.Sessions;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Glansrijk.Scan.Web.Tests.Features.Sessions;

/// <summary>The live views keep no word lists of their own: every standing, heading and date they show comes in the
/// state the hub pushes, in Dutch, and a state travels by name rather than by an enum's number.</summary>
public sealed class StateLabelsTests
{
    [Fact]
    public async Task The_agenda_state_names_every_standing_heading_date_and_agreement_in_words()
    {
        await using var app = new ScanAppFactory(signInPerMinute: 1000);
        var room = await SecondSessionRoom.StartAsync(app);
        await using var chair = await room.ChairAsync(app);
        await using var trekker = await room.ParticipantAsync(app, 1);
        await using var screen = await room.ScreenAsync(app);
        var opening = await screen.WaitForAsync(c => c.Screen, s => s.Agenda is not null);

        Assert.True((await trekker.InvokeAsync(nameof(SessionHub.SubmitProposal), Guid.NewGuid(), room.Focus[0], "Een vast aanspreekpunt na school")).Ok);
        Assert.True((await trekker.InvokeAsync(nameof(SessionHub.SubmitProposal), Guid.NewGuid(), room.Focus[0], "Nog een overleg erbij")).Ok);
        var proposals = (await chair.WaitForAsync(c => c.Chair, s => s.Own.Agenda!.Chair!.Proposals.Count == 2)).Own.Agenda!.Chair!.Proposals;
        Assert.Equal(["open", "open"], proposals.Select(p => p.StateInWords));
        Assert.True((await chair.InvokeAsync(nameof(SessionHub.AddAction), Guid.NewGuid(), room.Action(room.SeatOf(1)), new[] { proposals[0].Id })).Ok);
        Assert.True((await chair.InvokeAsync(nameof(SessionHub.DismissProposal), Guid.NewGuid(), proposals[1].Id)).Ok);
        var agreements = new ProcessAgreements("Elk kwartaal", "Het VSV-overleg", "Via hun eigen link", "Met taart");
        Assert.True((await chair.InvokeAsync(nameof(SessionHub.SetProcessAgreements), Guid.NewGuid(), agreements)).Ok);
        Assert.True((await chair.InvokeAsync(nameof(SessionHub.AddInternalApproval), Guid.NewGuid(), "Gemeente Dordrecht", "College van B&W")).Ok);
        var approvalId = (await chair.WaitForAsync(c => c.Chair, s => s.Own.Agenda!.Approvals.Count == 1)).Own.Agenda!.Approvals.Single().Id;
        Assert.True((await chair.InvokeAsync(nameof(SessionHub.SetApprovalStatus), Guid.NewGuid(), approvalId, (int)ApprovalStatus.Approved)).Ok);
        Assert.True((await chair.InvokeAsync(nameof(SessionHub.AddExternalInvitation), Guid.NewGuid(), "Jongerenwerk Dordrecht", room.SeatOf(2))).Ok);

        var console = (await chair.WaitForAsync(c => c.Chair, s => s.Own.Agenda!.Invitations.Count == 1 && s.Own.Agenda.Chair!.Proposals.All(p => p.State != "open"))).Own.Agenda!;
        var wall = (await screen.WaitForAsync(c => c.Screen, s => s.Agenda!.Invitations.Count == 1 && s.Agenda.Approvals.Single().Status == (int)ApprovalStatus.Approved)).Agenda!;
        var content = app.Services.GetRequiredService<ContentCatalog>();
        var first = content.FindItem(room.Focus[0])!.Value.Item;
        var second = content.FindItem(room.Focus[1])!.Value.Item;
        Assert.Equal([$"Focusnorm 1 · {first.Number}. {first.Title}", $"Focusnorm 2 · {second.Number}. {second.Title}"], wall.FocusNorms.Select(n => n.Heading));
        var action = wall.FocusNorms[0].Actions.Single();
        Assert.Equal("wacht op bevestiging", action.OwnerStatusInWords);
        Assert.Equal(("1 maart 2027", "1 september 2027", "1 mei 2027"), (action.StartInWords, action.DeadlineInWords, action.FirstCheckInWords));
        Assert.Equal(["opgenomen in een actie", "niet overgenomen"], console.Chair!.Proposals.Select(p => p.StateInWords));
        Assert.Equal([(0, "nog voorleggen"), (1, "voorgelegd"), (2, "goedgekeurd"), (3, "afgewezen")], console.Chair.ApprovalStatuses.Select(c => (c.Value, c.Label)));
        Assert.Equal([(0, "nog vragen"), (1, "gevraagd"), (2, "doet mee"), (3, "doet (nog) niet mee")], console.Chair.InvitationStatuses.Select(c => (c.Value, c.Label)));
        Assert.Equal("goedgekeurd", wall.Approvals.Single().StatusInWords);
        Assert.Equal("nog vragen", wall.Invitations.Single().StatusInWords);
        Assert.Empty(opening.Agenda!.AgreementsInWords);
        Assert.Equal(
            [("Hoe vaak we bijeenkomen", "Elk kwartaal"), ("Op welk overleg we de voortgang volgen", "Het VSV-overleg"), ("Hoe trekkers rapporteren", "Via hun eigen link"), ("Hoe we successen vieren", "Met taart")],
            wall.AgreementsInWords.Select(l => (l.Topic, l.Text)));
        // The screen gets the labels everyone may read, never the chair's part.
        Assert.Null(wall.Chair);

        Assert.True((await trekker.InvokeAsync(nameof(SessionHub.ConfirmOwnership), Guid.NewGuid(), action.Id)).Ok);
        var confirmed = await screen.WaitForAsync(c => c.Screen, s => s.Agenda!.FocusNorms[0].Actions.Single().OwnerConfirmed);
        Assert.Equal("trekker bevestigd", confirmed.Agenda!.FocusNorms[0].Actions.Single().OwnerStatusInWords);
    }

    [Fact]
    public async Task A_round_travels_with_its_state_by_name_and_the_chairs_agenda_with_each_items_round_state()
    {
        await using var app = new ScanAppFactory(signInPerMinute: 1000);
        var room = await LiveRoom.StartAsync(app, "labels@regio.nl");
        await using var chair = await room.ChairAsync(app);

        Assert.True((await chair.InvokeAsync(nameof(SessionHub.OpenRound), Guid.NewGuid())).Ok);
        var open = await chair.WaitForAsync(c => c.Chair, s => s.Own.Round is { State: RoundState.Open });

        Assert.Equal(["open", "none"], open.Agenda.Take(2).Select(e => e.RoundState));
        Assert.Equal(["stemronde open", "nog niet besproken"], open.Agenda.Take(2).Select(e => e.Status));
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(open.Own.Round, JsonSerializerOptions.Web));
        Assert.Equal("Open", json.RootElement.GetProperty("state").GetString());
    }
}
