using System.Net;
using System.Text.RegularExpressions;
using Glansrijk.Scan.Web.Tests.Infrastructure;

namespace Glansrijk.Scan.Web.Tests.Features.Content;

/// <summary>The public pages: home, the instruments and the knowledge base. No sign-in needed.</summary>
public sealed partial class ContentPagesTests : IClassFixture<SharedApp>
{
    private readonly HttpClient _client;

    public ContentPagesTests(SharedApp app) => _client = app.Factory.CreateBrowser();

    [Fact]
    public async Task The_home_page_says_in_Dutch_what_the_tool_does_and_for_whom()
    {
        var response = await _client.GetAsync("/");
        var html = await response.TextAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains("Samen de weg van school naar werk beter maken", html, StringComparison.Ordinal);
        Assert.Contains("Voor wie is het?", html, StringComparison.Ordinal);
        Assert.Contains("Naar de inhoud", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_instruments_page_shows_fifteen_norms_in_six_themes_and_the_three_by_four_checklist()
    {
        var html = await (await _client.GetAsync("/instrumenten")).TextAsync();

        Assert.Equal(15, NormLink().Matches(html).Select(m => m.Value).Distinct().Count());
        foreach (var theme in new[] { "A. Visie en regie", "B. In beeld en toeleiding", "C. Overgang school–werk", "D. Werkgevers", "E. Jongere en netwerk", "F. Leren en verbeteren" })
        {
            Assert.Contains(theme, html, StringComparison.Ordinal);
        }

        foreach (var header in new[] { "Bestuurlijk", "Beleidsmatig", "Operationeel", "Fase 1 Voorbereiden", "Fase 2 Richten", "Fase 3 Inrichten", "Fase 4 &amp; 5 Verrichten en evalueren" })
        {
            Assert.Contains(WebUtility.HtmlDecode(header), html, StringComparison.Ordinal);
        }

        Assert.Contains("Commitment uitgesproken aan de gezamenlijke opgave", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_norm_page_shows_its_question_and_links_its_knowledge_base_article()
    {
        var html = await (await _client.GetAsync("/normen/norm-07")).TextAsync();

        Assert.Contains("Warme overdracht", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/kennisbank/warme-overdracht\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_knowledge_base_article_is_served_with_its_sources_and_norms()
    {
        var response = await _client.GetAsync("/kennisbank/warme-overdracht");
        var html = await response.TextAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Warme overdracht</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Waarom dit ertoe doet", html, StringComparison.Ordinal);
        Assert.Contains("Bronnen", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/normen/norm-07\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_knowledge_base_index_lists_every_article()
    {
        var html = await (await _client.GetAsync("/kennisbank")).TextAsync();

        Assert.True(ArticleLink().Count(html) >= 20);
    }

    [Theory]
    [InlineData("/kennisbank/bestaat-niet")]
    [InlineData("/normen/norm-99")]
    [InlineData("/een/pagina/die/er/niet/is")]
    public async Task An_unknown_address_gets_a_Dutch_not_found_page(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Pagina niet gevonden", await response.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Front_end_packages_from_npm_are_served_from_wwwroot()
    {
        foreach (var asset in new[] { "/lib/utrecht/component-library.css", "/lib/utrecht/design-tokens.css", "/lib/signalr/signalr.min.js", "/css/site.css" })
        {
            var response = await _client.GetAsync(asset);
            Assert.True(response.IsSuccessStatusCode, asset);
        }
    }

    [GeneratedRegex("href=\"/normen/norm-\\d\\d\"")]
    private static partial Regex NormLink();

    [GeneratedRegex("href=\"/kennisbank/[a-z0-9-]+\"")]
    private static partial Regex ArticleLink();
}
