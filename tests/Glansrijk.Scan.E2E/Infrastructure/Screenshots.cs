namespace Glansrijk.Scan.E2E.Infrastructure;

public static class Screenshots
{
    /// <summary>TestResults/screenshots beside the test assembly: artefacts to look at, not compared.</summary>
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <summary>Saves the whole page as <c>&lt;name&gt;-&lt;viewport&gt;.png</c> and writes the path to the test output.
    /// With <paramref name="fullPage"/> false only what the viewport shows is saved, e.g. to see what a beamer shows
    /// without scrolling.</summary>
    public static async Task<string> SaveScreenshotAsync(this IPage page, string name, ITestOutputHelper output, bool fullPage = true)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"{name}-{Viewports.NameOf(page)}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        output.WriteLine($"Screenshot: {path}");
        return path;
    }

    /// <summary>axe on the page as it is (fails on any violation), then a screenshot at the tablet's and at the
    /// beamer's size; the page returns to the size it had.</summary>
    public static async Task ShootAsync(this Tab tab, string name, string what, ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(tab);
        var page = tab.Page;
        var original = page.ViewportSize!;
        await page.AssertAccessibleAsync(what);
        foreach (var viewport in new[] { Viewport.Tablet, Viewport.Beamer })
        {
            await page.SetViewportSizeAsync(viewport.Size().Width, viewport.Size().Height);
            await page.SaveScreenshotAsync(name, output);
        }

        await page.SetViewportSizeAsync(original.Width, original.Height);
    }
}
