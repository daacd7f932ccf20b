using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Web.Features.Sessions;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glansrijk.Scan.Web.Features.Demo;

/// <summary>/demo: the demo scan's personal links and, once a session runs, its screen code; in Development only (404
/// elsewhere).</summary>
public sealed class IndexModel(IServiceProvider services, ContentCatalog content, ScanDbContext db) : PageModel
{
    public DemoScan Demo { get; private set; } = null!;

    public IReadOnlyList<LiveSessionSummary> Running { get; private set; } = [];

    public string DomainName(string id) => content.FindDomain(id)?.Name ?? id;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<DemoScan>() is not { ScanId: { } scanId } demo)
        {
            return NotFound();
        }

        Demo = demo;
        Running = [.. (await LiveSessionSummary.OfScanAsync(db, scanId, cancellationToken)).Values.Where(s => !s.Ended).OrderBy(s => s.Number)];
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
