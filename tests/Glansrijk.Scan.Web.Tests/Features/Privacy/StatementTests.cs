using System.Net;
using Glansrijk.Scan.Web.Tests.Infrastructure;

namespace Glansrijk.Scan.Web.Tests.Features.Privacy;

public sealed class StatementTests
{
    [Fact]
    public async Task Without_settings_both_statements_say_plainly_what_must_still_be_filled_in()
    {
        await using var app = new ScanAppFactory();
        using var browser = app.CreateBrowser();

        var privacy = await (await browser.GetAsync("/privacy")).TextAsync();
        var accessibility = await (await browser.GetAsync("/toegankelijkheid")).TextAsync();

        Assert.Contains("[nog in te vullen: naam van de organisatie die de scans laat houden, Statements:Controller]", privacy, StringComparison.Ordinal);
        Assert.Contains("[nog in te vullen: e-mailadres voor vragen, Statements:ContactEmail]", privacy, StringComparison.Ordinal);
        Assert.Contains("tot <strong>2 jaar</strong> na de laatste activiteit", privacy, StringComparison.Ordinal);
        Assert.Contains("voldoet gedeeltelijk", accessibility, StringComparison.Ordinal);
        Assert.Contains("WCAG 2.1", accessibility, StringComparison.Ordinal);
        Assert.Contains("axe", accessibility, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_organisations_own_details_and_retention_come_from_configuration()
    {
        await using var app = new ScanAppFactory
        {
            Settings =
            {
                ["Statements:Controller"] = "Gemeente Dordrecht",
                ["Statements:Processor"] = "Servicecentrum Drechtsteden",
                ["Statements:ContactEmail"] = "privacy@dordrecht.nl",
                ["Statements:StatementDate"] = "2026-12-01",
                ["Statements:AccessibilityStatus"] = "FullyCompliant",
                ["Privacy:RetentionPeriod"] = "1095.00:00:00",
            },
        };
        using var browser = app.CreateBrowser();

        var privacy = await (await browser.GetAsync("/privacy")).TextAsync();
        var accessibility = await (await browser.GetAsync("/toegankelijkheid")).TextAsync();

        foreach (var page in new[] { privacy, accessibility })
        {
            Assert.Contains("Gemeente Dordrecht", page, StringComparison.Ordinal);
            Assert.Contains("href=\"mailto:privacy@dordrecht.nl\"", page, StringComparison.Ordinal);
            Assert.Contains("1 december 2026", page, StringComparison.Ordinal);
            Assert.DoesNotContain("nog in te vullen", page, StringComparison.Ordinal);
        }

        Assert.Contains("Servicecentrum Drechtsteden", privacy, StringComparison.Ordinal);
        Assert.Contains("tot <strong>3 jaar</strong>", privacy, StringComparison.Ordinal);
        Assert.Contains("voldoet volledig", accessibility, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_footer_and_the_account_request_form_link_both_statements()
    {
        await using var app = new ScanAppFactory();
        using var browser = app.CreateBrowser();

        var home = await browser.GetAsync("/");
        var request = await (await browser.GetAsync("/account-aanvragen")).TextAsync();

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var footer = (await home.TextAsync()).Split("<footer")[1];
        var form = request.Split("<form")[0];
        foreach (var part in new[] { footer, form })
        {
            Assert.Contains("href=\"/privacy\"", part, StringComparison.Ordinal);
            Assert.Contains("href=\"/toegankelijkheid\"", part, StringComparison.Ordinal);
        }
    }
}
