using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.KnowledgeBase;
using Glansrijk.Scan.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glansrijk.Scan.Web.Features.KnowledgeBase;

/// <summary>/kennisbank/zoeken?q=…: results for any input; an empty query or no results gets suggestions, never an error.</summary>
public sealed class SearchModel(KnowledgeBaseSearch search, ContentCatalog content) : PageModel
{
    /// <summary>The type of the articles about the framework itself: a good place to start.</summary>
    public const string FrameworkType = "kader";

    /// <summary>Example searches shown when there is nothing to show yet.</summary>
    public static readonly IReadOnlyList<string> Examples = ["warme overdracht", "werkgever", "toekomstplan", "nazorg"];

    [BindProperty(Name = "q", SupportsGet = true)]
    public string? Input { get; set; }

    public SearchResults Results { get; private set; } = null!;

    /// <summary>The query as shown in headings: a pasted text is cut short.</summary>
    public string Shown => Results.Query.Text.Length <= 60 ? Results.Query.Text : Results.Query.Text[..60].TrimEnd() + "…";
    public IReadOnlyList<ArticleGroup> Themes { get; private set; } = [];

    /// <summary>The basics to start with. There is no tracking, so no "most read"; the framework articles instead.</summary>
    public IReadOnlyList<Article> StartingPoints { get; private set; } = [];

    public void OnGet()
    {
        Results = search.Search(Input);
        if (Results.Hits.Count == 0)
        {
            Themes = content.ByTheme();
            StartingPoints = content.ByType().FirstOrDefault(g => g.Category.Code == FrameworkType)?.Articles ?? [];
        }

        Response.CachePublicly(PublicCache.SearchResults);
    }
}
