namespace Glansrijk.Scan.Core.Content;

// The shapes of the YAML in content/. Every property is nullable so that a missing field becomes
// a readable content error instead of a parser exception.

internal sealed class DomainsDocument
{
    public List<DomainDocument>? Domains { get; set; }
}

internal sealed class DomainDocument
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
}

internal sealed class ScalesDocument
{
    public List<ScaleDocument>? Scales { get; set; }
}

internal sealed class ScaleDocument
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public List<ScaleOptionDocument>? Options { get; set; }
}

internal sealed class ScaleOptionDocument
{
    public string? Code { get; set; }
    public string? Label { get; set; }
    public string? Description { get; set; }
    public int? Score { get; set; }
}

internal sealed class InstrumentDocument
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public int? Order { get; set; }
    public string? Scale { get; set; }
    public int? ItemCount { get; set; }
    public List<CategoryDocument>? Themes { get; set; }
    public List<CategoryDocument>? Levels { get; set; }
    public List<CategoryDocument>? Phases { get; set; }
    public List<ItemDocument>? Items { get; set; }
}

internal sealed class CategoryDocument
{
    public string? Code { get; set; }
    public string? Title { get; set; }
}

internal sealed class ItemDocument
{
    public string? Id { get; set; }
    public int? Number { get; set; }
    public string? Title { get; set; }
    public string? Question { get; set; }
    public string? Theme { get; set; }
    public string? Level { get; set; }
    public string? Phase { get; set; }
    public List<string>? Kennisbank { get; set; }
}

internal sealed class ArticleDocument
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Type { get; set; }
    public List<string>? Themes { get; set; }
    public List<string>? Norms { get; set; }
    public string? Reviewed { get; set; }
    public List<ArticleSourceDocument>? Sources { get; set; }
}

internal sealed class ArticleSourceDocument
{
    public string? Title { get; set; }
    public string? Url { get; set; }
}

internal sealed class KnowledgeBaseIndexDocument
{
    public List<CategoryDocument>? Themes { get; set; }
    public List<CategoryDocument>? Types { get; set; }
}

internal sealed class IndicatorTemplateDocument
{
    public string? Name { get; set; }
    public string? Counts { get; set; }
    public string? Unit { get; set; }
    public string? Source { get; set; }
    public string? Responsible { get; set; }
    public string? Frequency { get; set; }
    public string? Level { get; set; }
    public List<string>? Norms { get; set; }
}
