using System.Net;
using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Web.Features.Scans;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Glansrijk.Scan.Web.Tests.Features.Scans;

public sealed class YearOverYearTests
{
    [Fact]
    public async Task Each_norm_shows_last_years_median_next_to_this_years_from_the_revealed_rounds()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var lastYear = await ScanYears.FinishedScanAsync(scenario);
        await ScanYears.ScoreSession1Async(scenario, lastYear, "2", "3", "2");
        var thisYear = await ScanYears.StartNextYearAsync(scenario, lastYear);
        await ScanYears.ScoreSession1Async(scenario, thisYear, "3", "2", "2");
        var norms = ScanYears.NormIds(app);

        var comparison = await app.Services.GetRequiredService<YearOverYear>().ForScanAsync(thisYear, CancellationToken.None);

        Assert.NotNull(comparison);
        Assert.Equal(norms, comparison.Select(c => c.NormId));
        Assert.Equal((2.0, 3.0, YearChange.Better), (comparison[0].LastYear!.Median, comparison[0].ThisYear!.Median, comparison[0].Change));
        Assert.Equal((3.0, 2.0, YearChange.Worse), (comparison[1].LastYear!.Median, comparison[1].ThisYear!.Median, comparison[1].Change));
        Assert.Equal(YearChange.Same, comparison[2].Change);
        Assert.All(comparison.Skip(3), c => Assert.Equal(YearChange.NotComparable, c.Change));
    }

    [Fact]
    public async Task A_scan_without_last_year_has_no_comparison()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var first = await ScanYears.FinishedScanAsync(scenario);
        await ScanYears.ScoreSession1Async(scenario, first, "2");

        var comparison = await app.Services.GetRequiredService<YearOverYear>().ForScanAsync(first, CancellationToken.None);
        var page = await (await scenario.Initiator.GetAsync($"/scans/{first}/vergelijking")).TextAsync();
        var scanPage = await (await scenario.Initiator.GetAsync($"/scans/{first}")).TextAsync();

        Assert.Null(comparison);
        Assert.Null(await app.Services.GetRequiredService<YearOverYear>().ForScanAsync(Guid.NewGuid(), CancellationToken.None));
        Assert.Contains("Er is geen scan van vorig jaar om mee te vergelijken.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Vergelijking met vorig jaar bekijken", scanPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_comparison_page_has_the_chart_and_a_table_with_the_change_in_words()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var lastYear = await ScanYears.FinishedScanAsync(scenario);
        await ScanYears.ScoreSession1Async(scenario, lastYear, "2", "3");
        var thisYear = await ScanYears.StartNextYearAsync(scenario, lastYear);
        await ScanYears.ScoreSession1Async(scenario, thisYear, "3", "2");

        var scanPage = await (await scenario.Initiator.GetAsync($"/scans/{thisYear}")).TextAsync();
        var response = await scenario.Initiator.GetAsync($"/scans/{thisYear}/vergelijking");
        var page = await response.TextAsync();

        Assert.Contains($"href=\"/scans/{thisYear}/vergelijking\"", scanPage, StringComparison.Ordinal);
        Assert.Contains("Deze scan is gestart vanuit", scanPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("class=\"chart chart--years\"", page, StringComparison.Ordinal);
        Assert.Contains("<caption class=\"utrecht-table__caption\">Mediaan per norm: 2025 en 2026</caption>", page, StringComparison.Ordinal);
        var norms = ScanYears.NormIds(app);
        Assert.Matches($"data-norm=\"{norms[0]}\">\\s*<th[^>]*>1\\. [^<]+</th>\\s*<td[^>]*>2 \\(In beperkte mate\\)</td>\\s*<td[^>]*>3 \\(Grotendeels\\)</td>\\s*<td[^>]*>beter \\(\\+1\\)</td>", page);
        Assert.Matches($"data-norm=\"{norms[1]}\">\\s*<th[^>]*>2\\. [^<]+</th>\\s*<td[^>]*>3 \\(Grotendeels\\)</td>\\s*<td[^>]*>2 \\(In beperkte mate\\)</td>\\s*<td[^>]*>slechter \\(−1\\)</td>", page);
        Assert.Matches($"data-norm=\"{norms[2]}\">\\s*<th[^>]*>3\\. [^<]+</th>\\s*<td[^>]*>geen uitslag</td>\\s*<td[^>]*>geen uitslag</td>\\s*<td[^>]*>niet te vergelijken</td>", page);
    }

    [Fact]
    public async Task Another_initiator_cannot_see_the_comparison()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var lastYear = await ScanYears.FinishedScanAsync(scenario);
        var thisYear = await ScanYears.StartNextYearAsync(scenario, lastYear);
        var other = await ScanScenario.SignedInInitiatorAsync(app, "otto@elders.nl");
        var administrator = await app.CreateAdministratorBrowserAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await other.Initiator.GetAsync($"/scans/{thisYear}/vergelijking")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await administrator.GetAsync($"/scans/{thisYear}/vergelijking")).StatusCode);
        var anonymous = app.CreateBrowser();
        var response = await anonymous.GetAsync($"/scans/{thisYear}/vergelijking");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/inloggen", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
