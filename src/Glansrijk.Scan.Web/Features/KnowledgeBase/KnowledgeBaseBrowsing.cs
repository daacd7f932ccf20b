using System.Globalization;
using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.Instruments;
using Glansrijk.Scan.Core.KnowledgeBase;

namespace Glansrijk.Scan.Web.Features.KnowledgeBase;

/// <summary>A theme or type with the articles in it, in Dutch alphabetical order.</summary>
public sealed record ArticleGroup(Category Category, IReadOnlyList<Article> Articles);

/// <summary>The knowledge base grouped for the index and theme pages.</summary>
public static class KnowledgeBaseBrowsing
{
    private static readonly StringComparer DutchOrder = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true);

    public static IReadOnlyList<ArticleGroup> ByTheme(this ContentCatalog content) =>
        [.. content.KnowledgeBaseThemes.Select(theme => content.InTheme(theme)).Where(g => g.Articles.Count > 0)];

    public static IReadOnlyList<ArticleGroup> ByType(this ContentCatalog content) =>
        [.. content.KnowledgeBaseTypes
            .Select(type => new ArticleGroup(type, Sorted(content.Articles.Where(a => a.Type == type.Code))))
            .Where(g => g.Articles.Count > 0)];

    public static ArticleGroup InTheme(this ContentCatalog content, Category theme) =>
        new(theme, Sorted(content.Articles.Where(a => a.Themes.Contains(theme.Code))));

    public static string TypeTitle(this ContentCatalog content, Article article) =>
        content.KnowledgeBaseTypes.FirstOrDefault(t => t.Code == article.Type)?.Title ?? article.Type;

    private static List<Article> Sorted(IEnumerable<Article> articles) => [.. articles.OrderBy(a => a.Title, DutchOrder)];
}

public static class ArticleCount
{
    public static string Text(int count) => count == 1 ? "1 artikel" : $"{count} artikelen";
}
