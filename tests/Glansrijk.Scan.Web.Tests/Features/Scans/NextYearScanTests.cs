using System.Net;
using Glansrijk.Scan.Core.Scans;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Glansrijk.Scan.Web.Tests.Features.Scans;

public sealed class NextYearScanTests
{
    [Fact]
    public async Task Next_years_scan_carries_the_participants_over_as_concept_seats_without_a_chair()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var lastYear = await ScanYears.FinishedScanAsync(scenario);
        var lastYearChair = await scenario.SeatOfAsync(lastYear, "deelnemer2@regio.nl");
        await scenario.Initiator.PostFormAsync($"/scans/{lastYear}/voorzitter", ChairForm(lastYearChair.Id, null));
        var mailsBefore = await app.WithDatabaseAsync(db => db.OutboxMessages.CountAsync());

        var scanPage = await (await scenario.Initiator.GetAsync($"/scans/{lastYear}")).TextAsync();
        var form = await (await scenario.Initiator.GetAsync($"/scans/nieuw?vanuit={lastYear}")).TextAsync();
        var nextYear = await ScanYears.StartNextYearAsync(scenario, lastYear);

        Assert.Contains("Scan voor volgend jaar starten", scanPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/scans/nieuw?vanuit={lastYear}\"", scanPage, StringComparison.Ordinal);
        Assert.DoesNotContain("klaar voor sessie 1", scanPage, StringComparison.Ordinal);
        Assert.Contains("value=\"Implementatiescan Drechtsteden 2026\"", form, StringComparison.Ordinal);
        Assert.Matches("<input[^>]*name=\"Input.Year\"[^>]*value=\"2026\"", form);
        Assert.Matches("<input[^>]*name=\"Input.Session1.Date\"[^>]*value=\"\"", form);
        Assert.Contains("De 3 andere deelnemers van vorig jaar gaan mee.", form, StringComparison.Ordinal);
        var before = await scenario.LoadScanAsync(lastYear);
        var scan = await scenario.LoadScanAsync(nextYear);
        Assert.Equal(lastYear, scan.PreviousScanId);
        Assert.Equal(2026, scan.Details.Year);
        Assert.Equal(before.Details.Region, scan.Details.Region);
        Assert.Equal(before.Details.LabourMarketRegion, scan.Details.LabourMarketRegion);
        Assert.Equal(before.Details.InstrumentIds, scan.Details.InstrumentIds);
        Assert.Equal("ilse@debrug.nl", scan.InitiatorSeat.Person.Email);
        var carried = scan.Seats.Where(s => !s.IsInitiator).OrderBy(s => s.Person.Email).ToList();
        Assert.Equal(
            before.Seats.Where(s => !s.IsInitiator).OrderBy(s => s.Person.Email).Select(s => s.Person),
            carried.Select(s => s.Person));
        Assert.All(carried, s => Assert.Equal(SeatStatus.Concept, s.Status));
        Assert.All(carried, s => Assert.Equal(0, s.InvitationsSent));
        Assert.All(scan.Sessions, s => Assert.Null(s.ChairSeatId));
        Assert.Equal(mailsBefore, await app.WithDatabaseAsync(db => db.OutboxMessages.CountAsync()));
        var afterwards = await (await scenario.Initiator.GetAsync($"/scans/{lastYear}")).TextAsync();
        Assert.Contains("De scan voor volgend jaar is al gestart.", afterwards, StringComparison.Ordinal);
        Assert.DoesNotContain("Scan voor volgend jaar starten", afterwards, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Carried_over_participants_stay_editable_on_the_existing_pages()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var nextYear = await ScanYears.StartNextYearAsync(scenario, await ScanYears.FinishedScanAsync(scenario));
        var seat = await scenario.SeatOfAsync(nextYear, "deelnemer1@regio.nl");

        var corrected = await scenario.Initiator.PostFormAsync(
            $"/scans/{nextYear}/deelnemers/{seat.Id}?handler=Correct",
            new Dictionary<string, string>(ScanScenario.PersonForm(1, organisation: "Gemeente Zwijndrecht")),
            $"/scans/{nextYear}/deelnemers/{seat.Id}");
        var leaving = await scenario.SeatOfAsync(nextYear, "deelnemer2@regio.nl");
        var withdrawn = await scenario.Initiator.PostFormAsync(
            $"/scans/{nextYear}/deelnemers/{leaving.Id}?handler=Withdraw",
            new Dictionary<string, string>(),
            $"/scans/{nextYear}/deelnemers/{seat.Id}");

        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        var scan = await scenario.LoadScanAsync(nextYear);
        Assert.Equal("Gemeente Zwijndrecht", scan.Seat(seat.Id).Person.Organisation);
        Assert.Equal(SeatStatus.Withdrawn, scan.Seat(leaving.Id).Status);
    }

    [Fact]
    public async Task A_scan_that_has_not_ended_cannot_be_continued_and_nothing_is_created()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var running = await scenario.CreateScanAsync(ScanScenario.ScanForm(year: 2099, session1: "2099-02-10", session2: "2099-02-24"));

        var scanPage = await (await scenario.Initiator.GetAsync($"/scans/{running}")).TextAsync();
        var opened = await scenario.Initiator.GetAsync($"/scans/nieuw?vanuit={running}");
        var posted = await scenario.Initiator.PostFormAsync("/scans/nieuw", ScanYears.NextYearForm(running, year: 2100), "/scans/nieuw");

        Assert.DoesNotContain("Scan voor volgend jaar starten", scanPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal($"/scans/{running}", opened.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("Deze scan is nog niet afgelopen.", await posted.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDatabaseAsync(db => db.Scans.CountAsync()));
    }

    [Fact]
    public async Task A_scan_is_finished_once_its_live_session_2_has_ended_even_before_the_planned_date()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync(ScanScenario.ScanForm(year: 2099, session1: "2099-02-10", session2: "2099-02-24"));
        var sessions = app.Services.GetRequiredService<Web.Features.Sessions.LiveSessionService>();
        var started = await sessions.StartAsync(scanId, 2, CancellationToken.None);
        var chair = (await scenario.LoadScanAsync(scanId)).InitiatorSeat.Id;

        await ScanYears.SteerAsync(
            app.Services.GetRequiredService<Web.Features.Sessions.LiveSteering>(), started.SessionId!.Value, Web.Features.Sessions.SteeringAsk.Session,
            (f, _) => Core.Sessions.SessionRules.End(f.Head, chair));

        var scanPage = await (await scenario.Initiator.GetAsync($"/scans/{scanId}")).TextAsync();
        Assert.Contains("Scan voor volgend jaar starten", scanPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_scan_for_the_same_region_and_year_is_refused_in_Dutch_and_nothing_is_created()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var lastYear = await ScanYears.FinishedScanAsync(scenario);
        await scenario.CreateScanAsync(ScanScenario.ScanForm(" drechtSTEDEN", 2026, "2026-03-10", "2026-03-24"));

        var posted = await scenario.Initiator.PostFormAsync("/scans/nieuw", ScanYears.NextYearForm(lastYear), $"/scans/nieuw?vanuit={lastYear}");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var html = await posted.TextAsync();
        Assert.Contains("Er is al een scan voor de regio Drechtsteden in 2026.", html, StringComparison.Ordinal);
        Assert.Contains($"name=\"vanuit\" value=\"{lastYear}\"", html, StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDatabaseAsync(db => db.Scans.CountAsync()));
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.Scans.CountAsync(s => s.PreviousScanId == lastYear)));
    }

    [Fact]
    public async Task Sending_the_form_twice_at_once_makes_one_scan_for_next_year()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var lastYear = await ScanYears.FinishedScanAsync(scenario);
        var token = await scenario.Initiator.AntiforgeryTokenAsync($"/scans/nieuw?vanuit={lastYear}");

        var posts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
        {
            var form = ScanYears.NextYearForm(lastYear);
            form["__RequestVerificationToken"] = token;
            return scenario.Initiator.PostAsync("/scans/nieuw", new FormUrlEncodedContent(form));
        }));
        var again = await scenario.Initiator.PostFormAsync("/scans/nieuw", ScanYears.NextYearForm(lastYear), $"/scans/{lastYear}");

        Assert.All(posts.Append(again), p => Assert.Equal(HttpStatusCode.Redirect, p.StatusCode));
        var created = await app.WithDatabaseAsync(db => db.Scans.Where(s => s.PreviousScanId == lastYear).Select(s => s.Id).ToListAsync());
        var single = Assert.Single(created);
        Assert.All(posts.Append(again), p => Assert.Equal($"/scans/{single}", p.Headers.Location!.ToString()));
        Assert.Equal(4, (await scenario.LoadScanAsync(single)).Seats.Count);
    }

    [Fact]
    public async Task Another_initiator_cannot_continue_a_scan_that_is_not_theirs()
    {
        await using var app = new ScanAppFactory();
        var owner = await ScanScenario.SignedInInitiatorAsync(app);
        var lastYear = await ScanYears.FinishedScanAsync(owner);
        var other = await ScanScenario.SignedInInitiatorAsync(app, "otto@elders.nl");

        var opened = await other.Initiator.GetAsync($"/scans/nieuw?vanuit={lastYear}");
        var posted = await other.Initiator.PostFormAsync("/scans/nieuw", ScanYears.NextYearForm(lastYear), "/scans/nieuw");

        Assert.Equal(HttpStatusCode.NotFound, opened.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Equal(1, await app.WithDatabaseAsync(db => db.Scans.CountAsync()));
    }

    [Fact]
    public async Task The_rotation_warning_follows_the_link_to_last_years_scan_even_when_the_region_was_renamed()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var lastYear = await scenario.CreateScanAsync(ScanYears.LastYearForm());
        await scenario.AddSeatAsync(lastYear, ScanScenario.PersonForm(1, "sociale-dienst", "Gemeente Dordrecht"));
        await scenario.AddSeatAsync(lastYear, ScanScenario.PersonForm(2, "zorg", "MEE Zuid-Holland"));
        var lastYearChair = await scenario.SeatOfAsync(lastYear, "deelnemer1@regio.nl");
        await scenario.Initiator.PostFormAsync($"/scans/{lastYear}/voorzitter", ChairForm(lastYearChair.Id, null));
        var nextYear = await ScanYears.StartNextYearAsync(scenario, lastYear, region: "Zuid-Holland Zuid");
        var sameOrganisation = await scenario.SeatOfAsync(nextYear, "deelnemer1@regio.nl");
        var otherOrganisation = await scenario.SeatOfAsync(nextYear, "deelnemer2@regio.nl");

        var warned = await scenario.Initiator.PostFormAsync($"/scans/{nextYear}/voorzitter", ChairForm(sameOrganisation.Id, null));
        var rotated = await scenario.Initiator.PostFormAsync($"/scans/{nextYear}/voorzitter", ChairForm(otherOrganisation.Id, null));

        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        Assert.Contains("Gemeente Dordrecht leverde vorig jaar (2025) ook de voorzitter.", await warned.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, rotated.StatusCode);
        var session = (await scenario.LoadScanAsync(nextYear)).Session(1);
        Assert.Equal(otherOrganisation.Id, session.ChairSeatId);
        Assert.Null(session.ChairRotationNote);
    }

    [Fact]
    public async Task Without_a_link_the_rotation_warning_falls_back_to_last_years_scan_of_the_region()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var lastYear = await scenario.CreateScanAsync(ScanYears.LastYearForm());
        await scenario.AddSeatAsync(lastYear, ScanScenario.PersonForm(1, "sociale-dienst", "Gemeente Dordrecht"));
        await scenario.Initiator.PostFormAsync($"/scans/{lastYear}/voorzitter", ChairForm((await scenario.SeatOfAsync(lastYear, "deelnemer1@regio.nl")).Id, null));
        var byHand = await scenario.CreateScanAsync(ScanScenario.ScanForm("Drechtsteden", 2026, "2026-02-10", "2026-02-24"));
        await scenario.AddSeatAsync(byHand, ScanScenario.PersonForm(1, "sociale-dienst", "Gemeente Dordrecht"));

        var warned = await scenario.Initiator.PostFormAsync($"/scans/{byHand}/voorzitter", ChairForm((await scenario.SeatOfAsync(byHand, "deelnemer1@regio.nl")).Id, null));

        Assert.Null((await scenario.LoadScanAsync(byHand)).PreviousScanId);
        Assert.Contains("Gemeente Dordrecht leverde vorig jaar (2025) ook de voorzitter.", await warned.TextAsync(), StringComparison.Ordinal);
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
