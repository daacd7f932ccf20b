using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.Instruments;
using Glansrijk.Scan.Core.KnowledgeBase;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glansrijk.Scan.Web.Features.KnowledgeBase;

public sealed class ArticleModel(ContentCatalog content) : PageModel
{
    public Article Article { get; private set; } = null!;
    public IReadOnlyList<Item> Norms { get; private set; } = [];
    public IReadOnlyList<Category> Themes { get; private set; } = [];

    public IActionResult OnGet(string slug)
    {
        if (content.FindArticle(slug) is not { } article)
        {
            return NotFound();
        }

        Article = article;
        Norms = [.. article.Norms.Select(content.FindItem).OfType<(Instrument, Item)>().Select(found => found.Item2)];
        Themes = [.. content.KnowledgeBaseThemes.Where(t => article.Themes.Contains(t.Code))];
        Response.Headers.CacheControl = "public, max-age=300";
        return Page();
    }
}
