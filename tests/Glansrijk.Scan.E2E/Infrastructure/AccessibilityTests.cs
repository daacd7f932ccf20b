using Xunit.Sdk;

namespace Glansrijk.Scan.E2E.Infrastructure;

/// <summary>The axe check must fail loudly; a check that always passes would make every page test worthless.</summary>
[Collection(E2ECollection.Name)]
public sealed class AccessibilityTests(AppServer app, Browser browser, ITestOutputHelper output)
{
    [Fact]
    public async Task The_accessibility_check_fails_naming_each_violation_and_the_element_it_found()
    {
        await using var tab = await browser.OpenTabAsync(app, Viewport.Tablet);
        await tab.Page.SetContentAsync(
            "<!DOCTYPE html><html lang=\"nl\"><head><title>Kapot</title></head><body><main>" +
            "<img src=\"logo.png\"><input id=\"naam\" type=\"text\"></main></body></html>");

        var failure = await Assert.ThrowsAsync<FailException>(() => tab.Page.AssertAccessibleAsync("a broken page"));

        output.WriteLine(failure.Message);
        Assert.Contains("'a broken page'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("- image-alt", failure.Message, StringComparison.Ordinal);
        Assert.Contains("- label", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#naam", failure.Message, StringComparison.Ordinal);
    }
}
