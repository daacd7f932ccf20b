using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Glansrijk.Scan.E2E.Infrastructure;

public static class Accessibility
{
    /// <summary>WCAG 2.1 level A and AA: what Dutch government sites must meet.</summary>
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>Runs axe on the page as it is now and fails with every violation (rule, help text, the elements
    /// it found) when there is any. <paramref name="name"/> says which page or state was checked.</summary>
    public static async Task AssertAccessibleAsync(this IPage page, string name)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
        });
        if (result.Violations.Length == 0)
        {
            return;
        }

        var report = new StringBuilder()
            .AppendLine($"axe found {result.Violations.Length} kind(s) of WCAG violation on '{name}' ({page.Url}, {Viewports.NameOf(page)}):");
        foreach (var violation in result.Violations)
        {
            report.AppendLine($"- {violation.Id} [{violation.Impact}]: {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes)
            {
                report.AppendLine($"    at {node.Target}: {node.Html}");
            }
        }

        Assert.Fail(report.ToString());
    }
}
