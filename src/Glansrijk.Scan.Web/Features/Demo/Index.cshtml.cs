using Glansrijk.Scan.Core.Content;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glansrijk.Scan.Web.Features.Demo;

/// <summary>/demo: the demo scan's personal links, in Development only (404 elsewhere).</summary>
public sealed class IndexModel(IServiceProvider services, ContentCatalog content) : PageModel
{
    public DemoScan Demo { get; private set; } = null!;

    public string DomainName(string id) => content.FindDomain(id)?.Name ?? id;

    public IActionResult OnGet()
    {
        if (services.GetService<DemoScan>() is not { ScanId: not null } demo)
        {
            return NotFound();
        }

        Demo = demo;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
