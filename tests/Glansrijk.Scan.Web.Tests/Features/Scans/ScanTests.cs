using System.Net;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Tests.Features.Scans;

public sealed class ScanTests
{
    [Fact]
    public async Task An_initiator_creates_a_scan_with_two_sessions_and_takes_the_first_seat()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);

        var scanId = await scenario.CreateScanAsync();
        var scan = await scenario.LoadScanAsync(scanId);
        var page = await (await scenario.Initiator.GetAsync($"/scans/{scanId}")).TextAsync();

        Assert.Equal("Drechtsteden", scan.Details.Region);
        Assert.Equal(["kwaliteitsnormen"], scan.Details.InstrumentIds);
        Assert.Equal(new TimeOnly(16, 30), scan.Session(1).Plan.End);
        var initiator = Assert.Single(scan.Seats);
        Assert.True(initiator.IsInitiator);
        Assert.Equal("ilse@debrug.nl", initiator.Person.Email);
        Assert.Contains("Nog niet klaar voor sessie 1", page, StringComparison.Ordinal);
        Assert.Contains("woensdag 10 februari 2027, 13.00–16.30 uur, Stadskantoor Dordrecht, zaal 3", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_2_before_session_1_is_refused_in_Dutch_and_nothing_is_stored()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);

        var response = await scenario.Initiator.PostFormAsync("/scans/nieuw", ScanScenario.ScanForm(session1: "2027-02-24", session2: "2027-02-10"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sessie 2 moet na sessie 1 plaatsvinden.", await response.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.Scans.CountAsync()));
    }

    [Fact]
    public async Task Empty_and_malformed_fields_get_a_message_at_each_field()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var form = ScanScenario.ScanForm();
        form["Input.Name"] = "";
        form["Input.Session1.Date"] = "31-02-2027";
        form["Input.Session2.Start"] = "half twee";

        var html = await (await scenario.Initiator.PostFormAsync("/scans/nieuw", form)).TextAsync();

        Assert.Contains("Geef de scan een naam.", html, StringComparison.Ordinal);
        Assert.Contains("Vul een geldige datum in.", html, StringComparison.Ordinal);
        Assert.Contains("Vul een tijd in als 13:00.", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.Scans.CountAsync()));
    }

    [Fact]
    public async Task Twelve_people_fit_and_a_thirteenth_is_refused()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();
        await scenario.AddSeatsAsync(scanId, 11);

        var thirteenth = await scenario.AddSeatAsync(scanId, ScanScenario.PersonForm(13));

        Assert.Equal(HttpStatusCode.OK, thirteenth.StatusCode);
        Assert.Contains("Er kunnen hoogstens 12 mensen meedoen", await thirteenth.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(12, (await scenario.LoadScanAsync(scanId)).Seats.Count);
    }

    [Fact]
    public async Task The_same_email_address_twice_and_an_invalid_address_are_refused_at_the_field()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();
        await scenario.AddSeatsAsync(scanId, 1);

        var duplicate = await scenario.AddSeatAsync(scanId, ScanScenario.PersonForm(1));
        var invalid = ScanScenario.PersonForm(2);
        invalid["Input.Email"] = "deelnemer2(at)regio.nl";
        var malformed = await scenario.AddSeatAsync(scanId, invalid);

        Assert.Contains("deelnemer1@regio.nl doet al mee aan deze scan", await duplicate.TextAsync(), StringComparison.Ordinal);
        Assert.Contains("Vul een geldig e-mailadres in", await malformed.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(2, (await scenario.LoadScanAsync(scanId)).Seats.Count);
    }

    [Fact]
    public async Task The_overview_shows_the_domain_balance_and_where_it_deviates()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();
        await scenario.AddSeatAsync(scanId, ScanScenario.PersonForm(1, "onderwijs"));
        await scenario.AddSeatAsync(scanId, ScanScenario.PersonForm(2, "onderwijs"));

        var html = await (await scenario.Initiator.GetAsync($"/scans/{scanId}")).TextAsync();

        Assert.Contains("1 meer dan de norm", html, StringComparison.Ordinal);
        Assert.Contains("2 te weinig", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chair_from_last_years_chairing_organisation_needs_a_reason()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var lastYear = await scenario.CreateScanAsync(ScanScenario.ScanForm(year: 2026, session1: "2026-02-10", session2: "2026-02-24"));
        await scenario.AddSeatAsync(lastYear, ScanScenario.PersonForm(1, "sociale-dienst", "Gemeente Dordrecht"));
        var lastYearChair = await scenario.SeatOfAsync(lastYear, "deelnemer1@regio.nl");
        await scenario.Initiator.PostFormAsync($"/scans/{lastYear}/voorzitter", ChairForm(lastYearChair.Id, null));
        var thisYear = await scenario.CreateScanAsync();
        await scenario.AddSeatAsync(thisYear, ScanScenario.PersonForm(2, "sociale-dienst", "gemeente dordrecht"));
        var chair = await scenario.SeatOfAsync(thisYear, "deelnemer2@regio.nl");

        var warned = await scenario.Initiator.PostFormAsync($"/scans/{thisYear}/voorzitter", ChairForm(chair.Id, null));
        Assert.Contains("vorig jaar (2026) ook de voorzitter", await warned.TextAsync(), StringComparison.Ordinal);
        Assert.Null((await scenario.LoadScanAsync(thisYear)).Session(1).ChairSeatId);

        var saved = await scenario.Initiator.PostFormAsync($"/scans/{thisYear}/voorzitter", ChairForm(chair.Id, "De andere partners vroegen het unaniem."));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var session = (await scenario.LoadScanAsync(thisYear)).Session(1);
        Assert.Equal(chair.Id, session.ChairSeatId);
        Assert.Equal("De andere partners vroegen het unaniem.", session.ChairRotationNote);
    }

    [Fact]
    public async Task A_scan_is_ready_for_session_1_once_eight_accepted_and_a_chair_is_named()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();
        await scenario.AddSeatsAsync(scanId, 8);
        await scenario.SendInvitationsAsync(scanId);
        for (var number = 1; number <= 7; number++)
        {
            using var participant = await scenario.ParticipantAsync($"deelnemer{number}@regio.nl");
            await participant.PostFormAsync("/deelnemer?handler=Accept", new Dictionary<string, string>(), "/deelnemer");
        }

        var chair = await scenario.SeatOfAsync(scanId, "deelnemer3@regio.nl");
        await scenario.Initiator.PostFormAsync($"/scans/{scanId}/voorzitter", ChairForm(chair.Id, null));

        var html = await (await scenario.Initiator.GetAsync($"/scans/{scanId}")).TextAsync();
        Assert.Contains("Klaar voor sessie 1", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Nog niet klaar", html, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> ChairForm(Guid session1Chair, string? reason) => new()
    {
        ["Chairs[0].Session"] = "1",
        ["Chairs[0].SeatId"] = session1Chair.ToString(),
        ["Chairs[0].Reason"] = reason ?? "",
        ["Chairs[1].Session"] = "2",
        ["Chairs[1].SeatId"] = "",
        ["Chairs[1].Reason"] = "",
    };
}
