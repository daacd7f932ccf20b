using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.Instruments;
using Glansrijk.Scan.Core.KnowledgeBase;
using Glansrijk.Scan.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glansrijk.Scan.Web.Features.Instruments;

/// <summary>One norm (or checklist item) with its explanation and the knowledge-base articles about it.</summary>
public sealed class NormModel(ContentCatalog content) : PageModel
{
    public Instrument Instrument { get; private set; } = null!;
    public Item Item { get; private set; } = null!;
    public IReadOnlyList<Article> Articles { get; private set; } = [];
    public Category? Theme => Instrument.Themes.FirstOrDefault(t => t.Code == Item.Theme);

    public IActionResult OnGet(string id)
    {
        if (content.FindItem(id) is not var (instrument, item))
        {
            return NotFound();
        }

        Instrument = instrument;
        Item = item;
        Articles = [.. item.KnowledgeBaseSlugs.Select(content.FindArticle).OfType<Article>()
            .Concat(content.ArticlesAbout(id)).DistinctBy(a => a.Slug)];
        Response.CachePublicly(PublicCache.Page);
        return Page();
    }
}
