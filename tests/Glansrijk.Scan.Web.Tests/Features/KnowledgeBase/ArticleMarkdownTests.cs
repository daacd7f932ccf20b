using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Web.Content;
using Glansrijk.Scan.Web.Tests.Infrastructure;

namespace Glansrijk.Scan.Web.Tests.Features.KnowledgeBase;

/// <summary>An extra article next to the real content, rendered and checked as at start-up.</summary>
public sealed class ArticleMarkdownTests
{
    private const string ExtraArticle = "kennisbank/proefartikel.md";

    private readonly MarkdownRenderer _markdown = new();

    [Fact]
    public void Raw_HTML_and_script_in_an_article_body_come_out_escaped()
    {
        var catalog = CatalogWith("""
            ## Kop

            <script>alert('kennisbank')</script>

            Tekst met <img src="x" onerror="alert(1)"> en <b onmouseover="alert(2)">vet</b>.

            <div style="color:red">blok</div>

            <iframe src="https://example.org"></iframe>
            """);

        var html = _markdown.Render(catalog.FindArticle("proefartikel")!.Body).Html;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b ", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<div", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_javascript_data_or_other_host_link_in_an_article_loses_its_address()
    {
        var catalog = CatalogWith("""
            Een [gewone link](https://www.example.org), een [mail](mailto:info@example.org),
            een [gevaarlijke link](javascript:alert(1)), een [verstopte](JavaScript:alert(1)),
            een [plaatje](data:text/html;base64,PHNjcmlwdD4=), een [andere site](//evil.example) en <javascript:alert(3)>.
            """);

        var html = _markdown.Render(catalog.FindArticle("proefartikel")!.Body).Html;

        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"data:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"//", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.example.org\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:info@example.org\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_internal_link_in_an_article_is_refused_with_the_file_named()
    {
        var catalog = CatalogWith("""
            Lees ook [een artikel dat er niet is](/kennisbank/bestaat-niet), [een onbekende norm](/normen/norm-99)
            en [een onbekend thema](/kennisbank/thema/financien).
            """);

        var refused = Assert.Throws<InvalidContentException>(() => _markdown.CheckInternalLinks(catalog));

        Assert.All(refused.Errors, e => Assert.Equal(ExtraArticle, e.File));
        Assert.Equal(3, refused.Errors.Count);
        Assert.Contains($"content/{ExtraArticle}: de link '/kennisbank/bestaat-niet' wijst naar iets dat niet bestaat.", refused.Message, StringComparison.Ordinal);
        Assert.Contains("'/normen/norm-99'", refused.Message, StringComparison.Ordinal);
        Assert.Contains("'/kennisbank/thema/financien'", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_to_articles_norms_themes_and_the_search_page_are_accepted()
    {
        var catalog = CatalogWith("""
            Zie [warme overdracht](/kennisbank/warme-overdracht#waarom-dit-ertoe-doet), [norm 7](/normen/norm-07),
            [het thema](/kennisbank/thema/werkgevers), [zoeken](/kennisbank/zoeken?q=werkgever) en [de kennisbank](/kennisbank).
            """);

        _markdown.CheckInternalLinks(catalog);
    }

    [Fact]
    public void Headings_get_anchors_and_an_outline_for_the_table_of_contents()
    {
        var rendered = _markdown.Render("""
            ## Waarom dit ertoe doet

            Tekst.

            ### Eén werkgever, één loket

            ## Signalen
            """);

        Assert.Equal(
            [(2, "Waarom dit ertoe doet"), (3, "Eén werkgever, één loket"), (2, "Signalen")],
            rendered.Outline.Select(h => (h.Level, h.Text)));
        Assert.All(rendered.Outline, h => Assert.Contains($"id=\"{h.Id}\"", rendered.Html, StringComparison.Ordinal));
        Assert.Equal("waarom-dit-ertoe-doet", rendered.Outline[0].Id);
    }

    private static ContentCatalog CatalogWith(string body)
    {
        var article = $"""
            ---
            title: Proefartikel
            summary: Een artikel dat alleen in deze test bestaat.
            type: achtergrond
            themes: [werkgevers]
            reviewed: 2026-11-24
            sources:
              - title: Deze test
            ---
            {body}
            """;
        var files = ContentServices.ReadFiles(Path.Combine(RepositoryRoot.Path, "content")).Append(new ContentFile(ExtraArticle, article));
        return ContentCatalog.Load(files);
    }
}
