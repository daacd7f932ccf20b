using System.Net;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Glansrijk.Scan.Web.Validation;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Tests.Validation;

/// <summary>Bad input on any form gets a Dutch message, also where the form itself set none: values that cannot be
/// read, bare length limits, empty lists.</summary>
public sealed class DutchValidationTests
{
    private static readonly string[] EnglishFragments = ["The value", "is not valid", "is invalid", "The field", "is required", "must be a"];

    [Theory]
    [InlineData("Input.Year", "x", "‘x’ is hier geen geldige waarde.")]
    [InlineData("Input.Year", "", DutchValidation.Required)]
    [InlineData("Input.Instruments", "", "Kies ten minste één instrument.")]
    public async Task A_new_scan_with_bad_input_gets_a_Dutch_message(string field, string value, string message)
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var form = ScanScenario.ScanForm();
        form[field] = value;

        var response = await scenario.Initiator.PostFormAsync("/scans/nieuw", form);
        var html = await response.TextAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, html, StringComparison.Ordinal);
        AssertNoEnglish(html);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.Scans.CountAsync()));
    }

    [Fact]
    public async Task Editing_a_scan_with_no_instruments_left_gets_a_Dutch_message_and_changes_nothing()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();
        var form = ScanScenario.ScanForm(region: "Ergens Anders");
        form.Remove("Initiator.Organisation");
        form.Remove("Initiator.Function");
        form.Remove("Initiator.DomainId");
        form["Input.Instruments"] = "";

        var response = await scenario.Initiator.PostFormAsync($"/scans/{scanId}/bewerken", form);
        var html = await response.TextAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kies ten minste één instrument.", html, StringComparison.Ordinal);
        AssertNoEnglish(html);
        Assert.Equal("Drechtsteden", (await scenario.LoadScanAsync(scanId)).Details.Region);
    }

    [Fact]
    public async Task An_overlong_e_mail_address_on_the_sign_in_and_forgotten_password_forms_gets_a_Dutch_message()
    {
        await using var app = new ScanAppFactory();
        using var browser = app.CreateBrowser();
        var overlong = new string('a', 320) + "@regio.nl";

        var signIn = await (await browser.SignInAsync(overlong, "een wachtwoord van lengte")).TextAsync();
        var forgot = await (await browser.PostFormAsync("/wachtwoord-vergeten", new Dictionary<string, string> { ["Email"] = overlong })).TextAsync();

        Assert.Contains("Gebruik hoogstens 320 tekens.", signIn, StringComparison.Ordinal);
        Assert.Contains("Gebruik hoogstens 320 tekens.", forgot, StringComparison.Ordinal);
        AssertNoEnglish(signIn);
        AssertNoEnglish(forgot);
    }

    [Fact]
    public async Task A_participant_form_with_an_empty_name_gets_only_Dutch_messages()
    {
        await using var app = new ScanAppFactory();
        var scenario = await ScanScenario.SignedInInitiatorAsync(app);
        var scanId = await scenario.CreateScanAsync();
        var person = ScanScenario.PersonForm(1);
        person["Input.Name"] = "";

        var html = await (await scenario.AddSeatAsync(scanId, person)).TextAsync();

        Assert.Contains("Vul de naam in.", html, StringComparison.Ordinal);
        AssertNoEnglish(html);
    }

    private static void AssertNoEnglish(string html)
    {
        foreach (var fragment in EnglishFragments)
        {
            Assert.DoesNotContain(fragment, html, StringComparison.Ordinal);
        }
    }
}
