using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Web.Content;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Glansrijk.Scan.Web.Tests.Features.KnowledgeBase;

/// <summary>The real articles in content/kennisbank, one test case per file: a broken article fails its own case,
/// with the problem worded as the app would word it at start-up.</summary>
public sealed class KnowledgeBaseContentTests
{
    private static readonly string ContentFolder = Path.Combine(RepositoryRoot.Path, "content");
    private static readonly Lazy<LoadedContent> RealContent = new(Load);

    public static TheoryData<string> ArticleFiles() =>
        [.. Directory.EnumerateFiles(Path.Combine(ContentFolder, "kennisbank"), "*.md").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];

    [Fact]
    public void The_knowledge_base_has_at_least_twenty_articles()
    {
        Assert.True(ArticleFiles().Count >= 20, $"Only {ArticleFiles().Count} articles in content/kennisbank.");
    }

    [Theory]
    [MemberData(nameof(ArticleFiles))]
    public void An_article_parses_with_its_required_front_matter_and_working_internal_links(string fileName)
    {
        var path = $"kennisbank/{fileName}";
        var content = RealContent.Value;

        var problems = content.Errors.Where(e => e.File == path).Select(e => e.ToString()).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        // Problems in other files are reported by their own cases; without a catalogue there is nothing more to check here.
        if (content.Catalog is not { } catalog)
        {
            return;
        }

        var article = Assert.Single(catalog.Articles, a => a.SourceFile == path);
        Assert.False(string.IsNullOrWhiteSpace(article.Title));
        Assert.False(string.IsNullOrWhiteSpace(article.Summary));
        Assert.Contains(catalog.KnowledgeBaseTypes, t => t.Code == article.Type);
        Assert.True(article.Themes.Count > 0, $"content/{path}: geen 'themes'; zonder thema staat het artikel op geen enkele themapagina.");
        Assert.NotEqual(default, article.Reviewed);
        Assert.NotEmpty(article.Sources);
    }

    [Theory]
    [MemberData(nameof(ArticleFiles))]
    public void An_article_starts_its_headings_at_level_two_and_never_skips_a_level(string fileName)
    {
        var path = Path.Combine(ContentFolder, "kennisbank", fileName);
        Assert.True(FrontMatter.TrySplit(File.ReadAllText(path), out _, out var body));

        var previous = 1; // the page's h1 is the article title
        foreach (var heading in new MarkdownRenderer().Parse(body).Descendants<HeadingBlock>())
        {
            Assert.True(heading.Level >= 2 && heading.Level <= previous + 1,
                $"content/kennisbank/{fileName}: de kop '{TextOf(heading)}' heeft niveau {heading.Level} na een kop van niveau {previous}.");
            previous = heading.Level;
        }
    }

    private static string TextOf(HeadingBlock heading) =>
        string.Concat(heading.Inline?.Descendants<LiteralInline>().Select(l => l.Content.ToString()) ?? []);

    private static LoadedContent Load()
    {
        try
        {
            var catalog = ContentCatalog.Load(ContentServices.ReadFiles(ContentFolder));
            try
            {
                new MarkdownRenderer().CheckInternalLinks(catalog);
                return new LoadedContent(catalog, []);
            }
            catch (InvalidContentException exception)
            {
                return new LoadedContent(catalog, exception.Errors);
            }
        }
        catch (InvalidContentException exception)
        {
            return new LoadedContent(null, exception.Errors);
        }
    }

    private sealed record LoadedContent(ContentCatalog? Catalog, IReadOnlyList<ContentError> Errors);
}
