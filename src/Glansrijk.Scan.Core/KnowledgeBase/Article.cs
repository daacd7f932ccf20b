namespace Glansrijk.Scan.Core.KnowledgeBase;

public sealed record ArticleSource(string Title, string? Url);

/// <summary>A knowledge-base article. <see cref="Body"/> is Markdown; the host renders it with raw HTML disabled.</summary>
public sealed record Article(
    string Slug,
    string Title,
    string Summary,
    string Type,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Norms,
    DateOnly Reviewed,
    IReadOnlyList<ArticleSource> Sources,
    string Body,
    string SourceFile);
