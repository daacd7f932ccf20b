namespace Glansrijk.Scan.Core.Tests.Content;

public sealed class ContentCatalogTests
{
    [Fact]
    public void The_valid_test_content_loads_with_everything_in_it()
    {
        var catalog = ContentFiles.Valid().Load();

        Assert.Equal(["normen", "route"], catalog.Instruments.Select(i => i.Id));
        Assert.Equal(["norm-01", "norm-02"], catalog.FindInstrument("normen")!.Items.Select(i => i.Id));
        Assert.Equal(5, catalog.FindInstrument("route")!.Items.Count);
        Assert.Equal(["onderwijs", "zorg"], catalog.Domains.Select(d => d.Id));
        var article = Assert.Single(catalog.Articles);
        Assert.Equal("ambitie", article.Slug);
        Assert.Equal(new DateOnly(2026, 11, 24), article.Reviewed);
    }

    [Fact]
    public void An_article_is_found_by_the_norm_it_names()
    {
        var catalog = ContentFiles.Valid().Load();

        Assert.Equal(["ambitie"], catalog.ArticlesAbout("norm-01").Select(a => a.Slug));
        Assert.Empty(catalog.ArticlesAbout("norm-02"));
    }

    [Fact]
    public void An_item_is_found_with_its_instrument()
    {
        var catalog = ContentFiles.Valid().Load();

        var (instrument, item) = catalog.FindItem("route-4")!.Value;

        Assert.Equal("route", instrument.Id);
        Assert.Equal("Team samengesteld", item.Title);
    }

    [Theory]
    [InlineData(ContentFiles.Norms)]
    [InlineData(ContentFiles.SecondNorm)]
    [InlineData(ContentFiles.Article)]
    public void A_file_without_front_matter_is_refused_with_the_file_named(string path)
    {
        var files = ContentFiles.Valid().With(path, "Alleen tekst, geen front matter.");

        ContentAssert.RefusedWithOneProblem(files, path, "front matter");
    }

    [Theory]
    [InlineData(ContentFiles.Scales)]
    [InlineData(ContentFiles.Domains)]
    [InlineData(ContentFiles.KnowledgeBaseIndex)]
    public void A_yaml_file_that_is_not_valid_yaml_is_refused_with_the_file_named(string path)
    {
        var files = ContentFiles.Valid().With(path, "sleutel: waarde: nog een waarde");

        ContentAssert.RefusedWithOneProblem(files, path, "ongeldige YAML");
    }

    [Fact]
    public void Front_matter_that_is_not_valid_yaml_is_refused_with_the_file_named()
    {
        var files = ContentFiles.Valid().Replace(ContentFiles.SecondNorm, "title: Uitvoering", "title: [Uitvoering");

        ContentAssert.RefusedWithOneProblem(files, ContentFiles.SecondNorm, "ongeldige YAML");
    }

    [Theory]
    [InlineData(ContentFiles.SecondNorm, "theme: B\n")]
    [InlineData(ContentFiles.Norms, "order: 1\n")]
    [InlineData(ContentFiles.Article, "type: norm\n")]
    [InlineData(ContentFiles.Domains, "    name: Zorg\n")]
    public void An_unknown_field_is_refused_with_the_file_and_the_field_named(string path, string line)
    {
        var indent = line[..(line.Length - line.TrimStart().Length)];
        var files = ContentFiles.Valid().Replace(path, line, line + indent + "kleur: blauw\n");

        ContentAssert.RefusedWithOneProblem(files, path, "onbekend veld", "kleur");
    }

    [Fact]
    public void Problems_in_several_files_are_all_reported_at_once()
    {
        var files = ContentFiles.Valid()
            .WithoutField(ContentFiles.Domains, "name")
            .Replace(ContentFiles.FirstNorm, "theme: A", "theme: Z")
            .Replace(ContentFiles.Checklist, "itemCount: 5", "itemCount: 6")
            .Replace(ContentFiles.Article, "type: norm", "type: recept");

        var errors = files.LoadErrors();

        string[] broken = [ContentFiles.Domains, ContentFiles.FirstNorm, ContentFiles.Checklist, ContentFiles.Article];
        Assert.Equal(broken.Order(StringComparer.Ordinal), errors.Select(e => e.File).Order(StringComparer.Ordinal));
    }
}
