namespace Glansrijk.Scan.E2E.Security;

[Collection(E2ECollection.Name)]
public sealed class SecurityHeadersTests(AppServer app, Browser browser)
{
    [Fact]
    public async Task The_home_page_is_served_with_a_strict_CSP_and_breaks_none_of_it()
    {
        await using var tab = await browser.OpenTabAsync(app, Viewport.Tablet);
        var page = tab.Page;

        var response = await page.GotoAsync("/", new() { WaitUntil = WaitUntilState.NetworkIdle });

        var csp = await response!.HeaderValueAsync("content-security-policy");
        Assert.NotNull(csp);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Empty(tab.ConsoleErrors);
    }
}
