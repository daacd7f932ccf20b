namespace Glansrijk.Scan.Core.Tests.Content;

public sealed class KnowledgeBaseContentTests
{
    [Theory]
    [InlineData("title")]
    [InlineData("summary")]
    [InlineData("type")]
    [InlineData("reviewed")]
    [InlineData("sources")]
    public void An_article_without_a_required_field_is_refused_with_the_file_named(string field)
    {
        var files = ContentFiles.Valid().WithoutField(ContentFiles.Article, field);

        ContentAssert.RefusedWithOneProblem(files, ContentFiles.Article, $"'{field}'", "ontbreekt");
    }

    [Fact]
    public void An_article_without_text_is_refused()
    {
        var files = ContentFiles.Valid().Replace(ContentFiles.Article, "Tekst van het artikel.", "");

        ContentAssert.RefusedWithOneProblem(files, ContentFiles.Article, "geen tekst");
    }

    [Fact]
    public void An_article_of_an_unknown_type_is_refused_with_the_known_types_named()
    {
        var files = ContentFiles.Valid().Replace(ContentFiles.Article, "type: norm", "type: recept");

        ContentAssert.RefusedWithOneProblem(files, ContentFiles.Article, "onbekend type 'recept'", "norm, achtergrond");
    }

    [Fact]
    public void An_article_in_an_unknown_theme_is_refused_with_the_known_themes_named()
    {
        var files = ContentFiles.Valid().Replace(ContentFiles.Article, "themes: [visie]", "themes: [visie, financien]");

        ContentAssert.RefusedWithOneProblem(files, ContentFiles.Article, "onbekend thema 'financien'", "visie, uitvoering");
    }

    [Fact]
    public void An_article_about_an_unknown_norm_is_refused_with_the_norm_named()
    {
        var files = ContentFiles.Valid().Replace(ContentFiles.Article, "norms: [norm-01]", "norms: [norm-01, norm-99]");

        ContentAssert.RefusedWithOneProblem(files, ContentFiles.Article, "onbekende norm 'norm-99'");
    }

    [Theory]
    [InlineData("24-11-2026")]
    [InlineData("2026-13-01")]
    [InlineData("binnenkort")]
    public void An_article_with_a_reviewed_value_that_is_not_a_date_is_refused(string reviewed)
    {
        var files = ContentFiles.Valid().Replace(ContentFiles.Article, "reviewed: 2026-11-24", $"reviewed: {reviewed}");

        ContentAssert.RefusedWithOneProblem(files, ContentFiles.Article, "'reviewed'", $"'{reviewed}'");
    }

    [Fact]
    public void A_missing_knowledge_base_index_is_refused_with_the_file_named()
    {
        var files = ContentFiles.Valid().Without(ContentFiles.KnowledgeBaseIndex);

        ContentAssert.RefusedWithOneProblem(files, ContentFiles.KnowledgeBaseIndex, "ontbreekt");
    }
}
