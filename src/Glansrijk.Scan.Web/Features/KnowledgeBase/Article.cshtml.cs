using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.Instruments;
using Glansrijk.Scan.Core.KnowledgeBase;
using Glansrijk.Scan.Web.Content;
using Glansrijk.Scan.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glansrijk.Scan.Web.Features.KnowledgeBase;

public sealed class ArticleModel(ContentCatalog content, MarkdownRenderer markdown) : PageModel
{
    /// <summary>An article with at least this many h2/h3 headings gets a table of contents.</summary>
    public const int MinimumHeadingsForContents = 3;

    public Article Article { get; private set; } = null!;
    public RenderedMarkdown Body { get; private set; } = null!;
    public Category? Type { get; private set; }
    public IReadOnlyList<Item> Norms { get; private set; } = [];
    public IReadOnlyList<Category> Themes { get; private set; } = [];
    public IReadOnlyList<ContentsEntry> Contents { get; private set; } = [];

    public IActionResult OnGet(string slug)
    {
        if (content.FindArticle(slug) is not { } article)
        {
            return NotFound();
        }

        Article = article;
        Body = markdown.Render(article.Body);
        Contents = Body.Outline.Count >= MinimumHeadingsForContents ? ContentsEntry.From(Body.Outline) : [];
        Type = content.KnowledgeBaseTypes.FirstOrDefault(t => t.Code == article.Type);
        Norms = [.. article.Norms.Select(content.FindItem).OfType<(Instrument, Item)>().Select(found => found.Item2)];
        Themes = [.. content.KnowledgeBaseThemes.Where(t => article.Themes.Contains(t.Code))];
        Response.CachePublicly(PublicCache.Page);
        return Page();
    }

    /// <summary>Only http(s) sources become links.</summary>
    public static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var address) && (address.Scheme == Uri.UriSchemeHttps || address.Scheme == Uri.UriSchemeHttp);
}

/// <summary>A line of the table of contents: an h2 with the h3s below it.</summary>
public sealed record ContentsEntry(OutlineHeading Heading, IReadOnlyList<OutlineHeading> Subheadings)
{
    public static IReadOnlyList<ContentsEntry> From(IReadOnlyList<OutlineHeading> outline)
    {
        var entries = new List<(OutlineHeading Heading, List<OutlineHeading> Subheadings)>();
        foreach (var heading in outline)
        {
            if (heading.Level > 2 && entries.Count > 0)
            {
                entries[^1].Subheadings.Add(heading);
            }
            else
            {
                entries.Add((heading, []));
            }
        }

        return [.. entries.Select(e => new ContentsEntry(e.Heading, e.Subheadings))];
    }
}
