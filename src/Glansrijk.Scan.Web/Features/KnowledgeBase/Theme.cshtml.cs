using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.Instruments;
using Glansrijk.Scan.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glansrijk.Scan.Web.Features.KnowledgeBase;

/// <summary>All articles in one knowledge-base theme.</summary>
public sealed class ThemeModel(ContentCatalog content) : PageModel
{
    public ArticleGroup Theme { get; private set; } = null!;
    public IReadOnlyList<ArticleGroup> OtherThemes { get; private set; } = [];

    public string TypeOf(Core.KnowledgeBase.Article article) => content.TypeTitle(article);

    public IActionResult OnGet(string code)
    {
        if (content.KnowledgeBaseThemes.FirstOrDefault(t => t.Code == code) is not Category theme)
        {
            return NotFound();
        }

        Theme = content.InTheme(theme);
        OtherThemes = [.. content.ByTheme().Where(g => g.Category.Code != code)];
        Response.CachePublicly(PublicCache.Page);
        return Page();
    }
}
