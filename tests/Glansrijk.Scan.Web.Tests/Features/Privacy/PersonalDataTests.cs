using System.Net;
using System.Text.Json;
using Glansrijk.Scan.Web.Tests.Features.Agenda;
using Glansrijk.Scan.Web.Tests.Infrastructure;

namespace Glansrijk.Scan.Web.Tests.Features.Privacy;

public sealed class PersonalDataTests
{
    [Fact]
    public async Task A_participant_downloads_their_own_data_as_JSON_and_CSV_and_nobody_elses()
    {
        await using var app = new ScanAppFactory();
        var room = await PrivacyRoom.StartAsync(app);
        var trekker = await room.Scenario.ParticipantAsync(AgendaRoom.Trekker);

        var page = await trekker.GetAsync("/deelnemer/mijn-gegevens");
        var json = await trekker.GetAsync("/deelnemer/mijn-gegevens?handler=Json");
        var csv = await trekker.GetAsync("/deelnemer/mijn-gegevens?handler=Csv");
        var ownPage = await (await trekker.GetAsync("/deelnemer")).TextAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("href=\"/deelnemer/mijn-gegevens\"", ownPage, StringComparison.Ordinal);
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        var text = await json.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        var seat = document.RootElement.GetProperty("seat");
        Assert.Equal("Deelnemer 1", seat.GetProperty("name").GetString());
        Assert.Equal(AgendaRoom.Trekker, seat.GetProperty("email").GetString());
        var kinds = document.RootElement.GetProperty("activity").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Contains("Stem", kinds);
        Assert.Contains("Voorstel voor een actie", kinds);
        Assert.Contains("Trekker van actie", kinds);
        Assert.Contains("Voortgang bijgewerkt", kinds);
        Assert.Contains("Akkoord met de verbeteragenda", kinds);
        Assert.Contains("Persoonlijke link", kinds);
        Assert.Contains("Mail aan jou", kinds);
        Assert.Contains("Elke schoolverlater een vast aanspreekpunt", text, StringComparison.Ordinal);
        foreach (var other in new[] { AgendaRoom.OtherTrekker, AgendaRoom.Bystander, "Deelnemer 2", "Deelnemer 3", "Te weinig aandacht voor zorg", "ilse@debrug.nl", "/deelnemer/" })
        {
            Assert.DoesNotContain(other, text, StringComparison.Ordinal);
        }

        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("Onderdeel;Over;Waarde;Moment (UTC)", lines[0]);
        Assert.Contains($"Plaats;E-mailadres;{AgendaRoom.Trekker};", lines);
        Assert.DoesNotContain(lines, l => l.Contains(AgendaRoom.OtherTrekker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_personal_link_there_is_no_data_to_download()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        using var stranger = app.CreateBrowser();

        var anonymous = await stranger.GetAsync("/deelnemer/mijn-gegevens?handler=Json");
        var initiator = await scenario.Initiator.GetAsync("/deelnemer/mijn-gegevens?handler=Json");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/deelnemer/geen-link", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, initiator.StatusCode);
        Assert.Contains("/deelnemer/geen-link", initiator.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
