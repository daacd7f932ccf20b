using System.Net;
using System.Text.RegularExpressions;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Tests.Features.Demo;

public sealed partial class DemoTests
{
    [Fact]
    public async Task In_Development_a_demo_scan_with_twelve_participants_and_their_links_is_ready()
    {
        await using var app = new ScanAppFactory(environment: "Development");
        using var browser = app.CreateBrowser();

        var demo = await (await browser.GetAsync("/demo")).TextAsync();
        var links = DemoLink().Matches(demo).Select(m => new Uri(m.Groups[1].Value).PathAndQuery).ToList();
        var opened = await browser.GetAsync(links[4]);
        var page = await (await browser.GetAsync("/deelnemer")).TextAsync();

        Assert.Equal(12, links.Count);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Contains("Welkom, Fatima el Amrani.", page, StringComparison.Ordinal);
        var scan = await app.WithDatabaseAsync(db => db.Scans.Include(s => s.Seats).Include(s => s.Sessions).SingleAsync());
        Assert.Equal(6, scan.ActiveSeats.Select(s => s.Person.DomainId).Distinct().Count());
        Assert.NotNull(scan.Session(1).ChairSeatId);
    }

    [Fact]
    public async Task Outside_Development_nothing_is_seeded_and_there_is_no_demo_page()
    {
        await using var app = new ScanAppFactory();
        using var browser = app.CreateBrowser();

        var response = await browser.GetAsync("/demo");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.Scans.CountAsync()));
    }

    [GeneratedRegex("href=\"(https?://[^\"]+/deelnemer/[A-Za-z0-9_-]{40,})\"")]
    private static partial Regex DemoLink();
}
