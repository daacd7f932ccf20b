using System.Net;
using Glansrijk.Scan.Web.Tests.Infrastructure;

namespace Glansrijk.Scan.Web.Tests.Features.Scans;

/// <summary>"Last year's scan" is the scan this one was started from, or the same initiator's scan of the region: never
/// another initiator's scan that happens to carry the same region name.</summary>
public sealed class LastYearAccessTests
{
    private const string Region = "Regio Voorbeeldstad (demo)";

    [Fact]
    public async Task Naming_a_scan_after_another_initiators_region_shows_neither_their_results_nor_their_chairs()
    {
        await using var app = new ScanAppFactory();
        var owner = await ScanScenario.SignedInInitiatorAsync(app, "eigenaar@regio.nl");
        var theirs = await owner.CreateScanAsync(ScanYears.LastYearForm(Region));
        await owner.AddSeatAsync(theirs, ScanScenario.PersonForm(1, "sociale-dienst", "Gemeente Geheimstad"));
        var chair = await owner.SeatOfAsync(theirs, "deelnemer1@regio.nl");
        var chaired = await owner.Initiator.PostFormAsync($"/scans/{theirs}/voorzitter", new Dictionary<string, string>
        {
            ["Chairs[0].Session"] = "1",
            ["Chairs[0].SeatId"] = chair.Id.ToString(),
            ["Chairs[1].Session"] = "2",
            ["Chairs[1].SeatId"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, chaired.StatusCode);
        await ScanYears.ScoreSession1Async(owner, theirs, "2", "3");

        var other = await ScanScenario.SignedInInitiatorAsync(app, "nieuwsgierig@elders.nl");
        var mine = await other.CreateScanAsync(ScanScenario.ScanForm(Region, 2026, "2026-02-10", "2026-02-24"));
        await ScanYears.ScoreSession1Async(other, mine, "3", "2");

        var comparison = await (await other.Initiator.GetAsync($"/scans/{mine}/vergelijking")).TextAsync();
        var chairPage = await (await other.Initiator.GetAsync($"/scans/{mine}/voorzitter")).TextAsync();
        var scanPage = await (await other.Initiator.GetAsync($"/scans/{mine}")).TextAsync();

        Assert.Contains("Er is geen scan van vorig jaar om mee te vergelijken.", comparison, StringComparison.Ordinal);
        Assert.DoesNotContain("2025 en 2026", comparison, StringComparison.Ordinal);
        Assert.DoesNotContain("Gemeente Geheimstad", chairPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Vorig jaar (2025)", chairPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Vergelijking met vorig jaar bekijken", scanPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_initiators_scan_of_the_region_still_counts_as_last_year()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var lastYear = await scenario.CreateScanAsync(ScanYears.LastYearForm(Region));
        await ScanYears.ScoreSession1Async(scenario, lastYear, "2", "3");
        var byHand = await scenario.CreateScanAsync(ScanScenario.ScanForm(Region, 2026, "2026-02-10", "2026-02-24"));
        await ScanYears.ScoreSession1Async(scenario, byHand, "3", "2");

        var comparison = await (await scenario.Initiator.GetAsync($"/scans/{byHand}/vergelijking")).TextAsync();

        Assert.Contains("Mediaan per norm: 2025 en 2026", comparison, StringComparison.Ordinal);
    }
}
