using System.Net;
using System.Text.RegularExpressions;
using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Web.Tests.Infrastructure;

namespace Glansrijk.Scan.Web.Tests.Features.Agenda;

public sealed partial class ActionFollowUpTests
{
    [Fact]
    public async Task The_trekker_sees_their_actions_and_records_a_dated_status_change_that_shows_in_the_history()
    {
        await using var app = new ScanAppFactory();
        var room = await (await AgendaRoom.StartAsync(app)).MakeAndCloseAsync();
        var action = await room.ActionAsync(AgendaRoom.FirstTitle);
        using var trekker = await room.Scenario.ParticipantAsync(AgendaRoom.Trekker);

        var list = await (await trekker.GetAsync("/deelnemer/acties")).TextAsync();
        var response = await PostUpdateAsync(trekker, $"/deelnemer/acties/{action.Id}", "Do", "Eerste drie scholen doen mee", room.Today.AddDays(30).ToString("yyyy-MM-dd"));
        var page = await (await trekker.GetAsync($"/deelnemer/acties/{action.Id}")).TextAsync();

        Assert.Contains(AgendaRoom.FirstTitle, list, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/deelnemer/acties/{action.Id}\">{AgendaRoom.SecondTitle}", list, StringComparison.Ordinal);
        Assert.Contains("Status: <strong>Plan</strong> (we bereiden de actie voor)", list, StringComparison.Ordinal);
        Assert.Contains($"Deadline: {FollowUpDate(room.Today.AddDays(90))}", list, StringComparison.Ordinal);
        Assert.Contains($"Volgende checkmoment: {FollowUpDate(room.Today.AddDays(10))}", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Je update is opgeslagen", page, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"uur</strong>, Deelnemer 1:\s+van Plan naar Do, volgende checkmoment"), page);
        Assert.Contains("Eerste drie scholen doen mee", page, StringComparison.Ordinal);
        var stored = await room.ActionAsync(AgendaRoom.FirstTitle);
        Assert.Equal(ActionStatus.Do, stored.Status);
        Assert.Equal(room.Today.AddDays(30), stored.NextCheck);
        var update = Assert.Single(stored.History);
        Assert.Equal(room.SeatOf(AgendaRoom.Trekker), update.BySeatId);
        Assert.Equal((ActionStatus.Plan, ActionStatus.Do), (update.From, update.To));
        Assert.True(DateTime.UtcNow - update.At < TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task Sending_the_same_form_twice_records_one_update()
    {
        await using var app = new ScanAppFactory();
        var room = await (await AgendaRoom.StartAsync(app)).MakeAndCloseAsync();
        var action = await room.ActionAsync(AgendaRoom.FirstTitle);
        using var trekker = await room.Scenario.ParticipantAsync(AgendaRoom.Trekker);
        var path = $"/deelnemer/acties/{action.Id}";
        var form = await FormOfAsync(trekker, path);
        form["Form.Status"] = "Do";
        form["Form.Note"] = "Gestart met de eerste school";

        var first = await trekker.PostAsync(path, new FormUrlEncodedContent(form));
        var second = await trekker.PostAsync(path, new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var stored = await room.ActionAsync(AgendaRoom.FirstTitle);
        Assert.Single(stored.History);
        Assert.Equal(ActionStatus.Do, stored.Status);
    }

    [Fact]
    public async Task Another_participant_cannot_update_someone_elses_action_and_nothing_changes()
    {
        await using var app = new ScanAppFactory();
        var room = await (await AgendaRoom.StartAsync(app)).MakeAndCloseAsync();
        var action = await room.ActionAsync(AgendaRoom.FirstTitle);
        var version = (await room.LoadAsync()).Version;
        using var other = await room.Scenario.ParticipantAsync(AgendaRoom.Bystander);

        var view = await (await other.GetAsync($"/deelnemer/acties/{action.Id}")).TextAsync();
        var response = await PostUpdateAsync(other, $"/deelnemer/acties/{action.Id}", "Do", "Ik doe het wel");

        Assert.Contains("Alleen de trekker (Deelnemer 1) of de initiatiefnemer werkt deze actie bij.", view, StringComparison.Ordinal);
        Assert.DoesNotContain("Update opslaan", view, StringComparison.Ordinal);
        Assert.Contains("Alleen de trekker of de initiatiefnemer werkt deze actie bij.", await response.TextAsync(), StringComparison.Ordinal);
        var stored = await room.LoadAsync();
        Assert.Equal(version, stored.Version);
        Assert.Empty(stored.Action(action.Id)!.History);
        Assert.Equal(ActionStatus.Plan, stored.Action(action.Id)!.Status);
    }

    [Fact]
    public async Task A_participant_of_another_scan_cannot_see_or_update_the_action_at_all()
    {
        await using var app = new ScanAppFactory();
        var room = await (await AgendaRoom.StartAsync(app)).MakeAndCloseAsync();
        var action = await room.ActionAsync(AgendaRoom.FirstTitle);
        var elsewhere = await ScanScenario.SignedInInitiatorAsync(app, "piet@elders.nl");
        var otherScan = await elsewhere.CreateScanAsync(ScanScenario.ScanForm("Rivierenland"));
        await elsewhere.AddSeatAsync(otherScan, ScanScenario.PersonForm(7));
        await elsewhere.SendInvitationsAsync(otherScan);
        using var stranger = await elsewhere.ParticipantAsync("deelnemer7@regio.nl");
        var ownForm = await FormOfAsync(stranger, "/deelnemer");

        var view = await stranger.GetAsync($"/deelnemer/acties/{action.Id}");
        var list = await (await stranger.GetAsync("/deelnemer/acties")).TextAsync();
        ownForm["Form.Status"] = "Do";
        ownForm["Form.Note"] = "Van buiten";
        ownForm["Form.CommandId"] = Guid.NewGuid().ToString();
        var post = await stranger.PostAsync($"/deelnemer/acties/{action.Id}", new FormUrlEncodedContent(ownForm));

        Assert.Equal(HttpStatusCode.NotFound, view.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.DoesNotContain(AgendaRoom.FirstTitle, list, StringComparison.Ordinal);
        Assert.Contains("Er is nog geen verbeteragenda voor deze scan.", list, StringComparison.Ordinal);
        Assert.Empty((await room.ActionAsync(AgendaRoom.FirstTitle)).History);
    }

    [Theory]
    [InlineData("Done", "Klaar", "Van Plan kan een actie niet naar Afgerond.")]
    [InlineData("Dropped", "  ", "Geef aan waarom de actie vervalt.")]
    [InlineData("Plan", "", "Schrijf kort hoe het ervoor staat.")]
    [InlineData("Gedaan", "Klaar", "Kies een status uit de lijst.")]
    [InlineData("4", "Klaar", "Kies een status uit de lijst.")]
    public async Task A_wrong_update_is_refused_in_Dutch_and_changes_nothing(string status, string note, string message)
    {
        await using var app = new ScanAppFactory();
        var room = await (await AgendaRoom.StartAsync(app)).MakeAndCloseAsync();
        var action = await room.ActionAsync(AgendaRoom.FirstTitle);
        var version = (await room.LoadAsync()).Version;
        using var trekker = await room.Scenario.ParticipantAsync(AgendaRoom.Trekker);

        var response = await PostUpdateAsync(trekker, $"/deelnemer/acties/{action.Id}", status, note);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.TextAsync(), StringComparison.Ordinal);
        var stored = await room.LoadAsync();
        Assert.Equal(version, stored.Version);
        Assert.Empty(stored.Action(action.Id)!.History);
        Assert.Equal(ActionStatus.Plan, stored.Action(action.Id)!.Status);
    }

    [Fact]
    public async Task A_note_longer_than_the_limit_is_refused_in_Dutch_and_changes_nothing()
    {
        await using var app = new ScanAppFactory();
        var room = await (await AgendaRoom.StartAsync(app)).MakeAndCloseAsync();
        var action = await room.ActionAsync(AgendaRoom.FirstTitle);
        using var trekker = await room.Scenario.ParticipantAsync(AgendaRoom.Trekker);

        var response = await PostUpdateAsync(trekker, $"/deelnemer/acties/{action.Id}", "Do", new string('a', AgendaAction.MaxNoteLength + 1));

        Assert.Contains("Houd de notitie kort: hoogstens 1000 tekens.", await response.TextAsync(), StringComparison.Ordinal);
        Assert.Empty((await room.ActionAsync(AgendaRoom.FirstTitle)).History);
    }

    [Fact]
    public async Task Dropping_with_a_reason_is_recorded_and_the_action_is_then_fixed()
    {
        await using var app = new ScanAppFactory();
        var room = await (await AgendaRoom.StartAsync(app)).MakeAndCloseAsync();
        var action = await room.ActionAsync(AgendaRoom.FirstTitle);
        using var trekker = await room.Scenario.ParticipantAsync(AgendaRoom.Trekker);

        await PostUpdateAsync(trekker, $"/deelnemer/acties/{action.Id}", "Dropped", "De provincie neemt dit over");
        var page = await (await trekker.GetAsync($"/deelnemer/acties/{action.Id}")).TextAsync();

        var stored = await room.ActionAsync(AgendaRoom.FirstTitle);
        Assert.Equal(ActionStatus.Dropped, stored.Status);
        Assert.Equal("De provincie neemt dit over", stored.DroppedReason);
        Assert.Contains("Deze actie is vervallen; de status ligt vast.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Update opslaan", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_initiator_sees_on_track_late_and_done_per_action_and_can_update_from_their_account()
    {
        await using var app = new ScanAppFactory();
        var room = await (await AgendaRoom.StartAsync(app)).MakeAndCloseAsync();
        var first = await room.ActionAsync(AgendaRoom.FirstTitle);
        using (var trekker = await room.Scenario.ParticipantAsync(AgendaRoom.Trekker))
        {
            await PostUpdateAsync(trekker, $"/deelnemer/acties/{first.Id}", "Do", "Gestart");
        }

        var overview = await (await room.Scenario.Initiator.GetAsync($"/scans/{room.ScanId}/acties")).TextAsync();
        var second = await room.ActionAsync(AgendaRoom.SecondTitle);
        var response = await PostUpdateAsync(room.Scenario.Initiator, $"/scans/{room.ScanId}/acties/{second.Id}", "Dropped", "Trekker is vertrokken; het loket gaat niet door");
        var after = await (await room.Scenario.Initiator.GetAsync($"/scans/{room.ScanId}/acties")).TextAsync();

        Assert.Matches(new Regex($"{AgendaRoom.FirstTitle}.*?Deelnemer 1.*?Do.*?op schema.*?{FollowUpDate(room.Today.AddDays(90))}.*?door Deelnemer 1", RegexOptions.Singleline), overview);
        Assert.Matches(new Regex($"{AgendaRoom.SecondTitle}.*?Deelnemer 2.*?Plan.*?achter.*?nog geen", RegexOptions.Singleline), overview);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Matches(new Regex($"{AgendaRoom.SecondTitle}.*?Vervallen.*?vervallen.*?door Ilse Initiatief", RegexOptions.Singleline), after);
        var stored = await room.ActionAsync(AgendaRoom.SecondTitle);
        Assert.Equal(room.Chair, Assert.Single(stored.History).BySeatId);
    }

    [Fact]
    public async Task Another_initiator_cannot_see_the_overview_of_a_scan_that_is_not_theirs()
    {
        await using var app = new ScanAppFactory();
        var room = await (await AgendaRoom.StartAsync(app)).MakeAndCloseAsync();
        var action = await room.ActionAsync(AgendaRoom.FirstTitle);
        var other = await ScanScenario.SignedInInitiatorAsync(app, "piet@elders.nl");

        Assert.Equal(HttpStatusCode.NotFound, (await other.Initiator.GetAsync($"/scans/{room.ScanId}/acties")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Initiator.GetAsync($"/scans/{room.ScanId}/acties/{action.Id}")).StatusCode);
    }

    private static string FollowUpDate(DateOnly date) => Web.Features.Agenda.FollowUpScope.Date(date);

    /// <summary>The form as the page serves it: the antiforgery token and the command id made for this showing.</summary>
    private static async Task<Dictionary<string, string>> FormOfAsync(HttpClient client, string path)
    {
        var page = await (await client.GetAsync(path)).Content.ReadAsStringAsync();
        var token = Antiforgery().Match(page) is { Success: true } found
            ? WebUtility.HtmlDecode(found.Groups[1].Value)
            : await client.AntiforgeryTokenAsync("/deelnemer"); // A page without the form (not the trekker) has no token.
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = token };
        if (CommandId().Match(page) is { Success: true } command)
        {
            form["Form.CommandId"] = command.Groups[1].Value;
        }

        return form;
    }

    private static async Task<HttpResponseMessage> PostUpdateAsync(HttpClient client, string path, string status, string note, string nextCheck = "")
    {
        var form = await FormOfAsync(client, path);
        form.TryAdd("Form.CommandId", Guid.NewGuid().ToString());
        form["Form.Status"] = status;
        form["Form.Note"] = note;
        form["Form.NextCheck"] = nextCheck;
        return await client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex("name=\"Form.CommandId\" value=\"([0-9a-f-]+)\"")]
    private static partial Regex CommandId();
}
