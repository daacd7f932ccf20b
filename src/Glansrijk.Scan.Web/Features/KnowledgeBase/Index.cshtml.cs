using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glansrijk.Scan.Web.Features.KnowledgeBase;

public sealed class IndexModel(ContentCatalog content) : PageModel
{
    public IReadOnlyList<ArticleGroup> Themes { get; private set; } = [];
    public IReadOnlyList<ArticleGroup> Types { get; private set; } = [];

    public void OnGet()
    {
        Themes = content.ByTheme();
        Types = content.ByType();
        Response.CachePublicly(PublicCache.Page);
    }
}
