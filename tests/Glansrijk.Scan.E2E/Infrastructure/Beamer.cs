namespace Glansrijk.Scan.E2E.Infrastructure;

public static class Beamer
{
    /// <summary>The beamer shows what matters without scrolling: the page is no higher than the viewport and each of the
    /// elements lies inside it.</summary>
    public static async Task AssertFitsOnScreenAsync(this IPage page, params string[] selectors)
    {
        var height = await page.EvaluateAsync<int>("() => window.innerHeight");
        var pageHeight = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        Assert.True(pageHeight <= height, $"The page is {pageHeight}px high on a {height}px screen.");
        foreach (var selector in selectors)
        {
            var box = await page.Locator(selector).BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Y >= 0 && box.Y + box.Height <= height, $"{selector} runs from {box.Y} to {box.Y + box.Height}, the screen ends at {height}.");
        }
    }
}
