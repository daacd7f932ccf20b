using System.Net;
using System.Text.RegularExpressions;
using Glansrijk.Scan.Web.Tests.Infrastructure;

namespace Glansrijk.Scan.Web.Tests.Features.KnowledgeBase;

/// <summary>Browsing the knowledge base without an account: index, themes, articles and the norms they belong to.</summary>
public sealed partial class KnowledgeBasePagesTests : IClassFixture<SharedApp>
{
    private readonly HttpClient _client;

    public KnowledgeBasePagesTests(SharedApp app) => _client = app.Factory.CreateBrowser();

    [Fact]
    public async Task The_index_lists_every_theme_with_its_article_count_and_every_type()
    {
        var html = await (await _client.GetAsync("/kennisbank")).TextAsync();

        Assert.Contains("href=\"/kennisbank/thema/werkgevers\"><span class=\"site-theme-list__name\">Werkgevers</span> <span class=\"site-count\">(", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/kennisbank/thema/overgang-school-werk\"", html, StringComparison.Ordinal);
        Assert.Matches("Werkgevers</span> <span class=\"site-count\">\\(\\d+ artikelen\\)</span>", html);
        foreach (var type in new[] { "Uitleg bij een kwaliteitsnorm", "Kwaliteitskader", "Aanpak en werkwijze", "Achtergrond" })
        {
            Assert.Contains($">{type}</h2>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_theme_page_lists_the_articles_in_that_theme_only()
    {
        var response = await _client.GetAsync("/kennisbank/thema/werkgevers");
        var html = await response.TextAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Werkgevers</h1>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/kennisbank/een-werkgeversbenadering\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/kennisbank/duurzame-plaatsing\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/kennisbank/warme-overdracht\"", html, StringComparison.Ordinal);
        Assert.Contains("In dit thema: 2 artikelen.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_theme_is_not_found()
    {
        var response = await _client.GetAsync("/kennisbank/thema/financien");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_long_article_has_a_table_of_contents_linking_the_anchors_of_its_headings()
    {
        var html = await (await _client.GetAsync("/kennisbank/route-doorontwikkeling")).TextAsync();

        var contents = ContentsLink().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("Op deze pagina", html, StringComparison.Ordinal);
        Assert.True(contents.Count >= 3, $"{contents.Count} entries in the table of contents.");
        Assert.All(contents, id => Assert.Matches($"<h[23] id=\"{Regex.Escape(id)}\"", html));
        Assert.Contains("<ul class=\"site-contents__sublist\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_links_back_to_its_norms_and_themes()
    {
        var html = await (await _client.GetAsync("/kennisbank/een-werkgeversbenadering")).TextAsync();

        Assert.Contains("href=\"/normen/norm-10\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/kennisbank/thema/werkgevers\"", html, StringComparison.Ordinal);
        Assert.Contains("Uitleg bij een kwaliteitsnorm", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_norm_page_links_an_article_that_links_back_to_it()
    {
        for (var number = 1; number <= 15; number++)
        {
            var norm = $"norm-{number:00}";
            var normHtml = await (await _client.GetAsync($"/normen/{norm}")).TextAsync();
            var article = ArticleLink().Match(normHtml);
            Assert.True(article.Success, $"/normen/{norm} links no article.");

            var articleHtml = await (await _client.GetAsync(article.Value[6..^1])).TextAsync();
            Assert.Contains($"href=\"/normen/{norm}\"", articleHtml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_internal_link_on_every_article_page_works()
    {
        var index = await (await _client.GetAsync("/kennisbank")).TextAsync();
        var articles = ArticleLink().Matches(index).Select(m => m.Value[6..^1]).Distinct().ToList();
        var checkedLinks = new HashSet<string>(StringComparer.Ordinal);

        Assert.True(articles.Count >= 20);
        foreach (var article in articles)
        {
            var response = await _client.GetAsync(article);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{article}: {(int)response.StatusCode}");
            foreach (var link in InternalLink().Matches(await response.TextAsync()).Select(m => m.Groups[1].Value).Where(checkedLinks.Add))
            {
                var target = await _client.GetAsync(link);
                Assert.True(target.StatusCode == HttpStatusCode.OK, $"{article} links {link}, which answers {(int)target.StatusCode}.");
            }
        }
    }

    [Theory]
    [InlineData("/kennisbank")]
    [InlineData("/kennisbank/warme-overdracht")]
    [InlineData("/kennisbank/thema/werkgevers")]
    [InlineData("/normen/norm-07")]
    public async Task Public_pages_may_be_cached_for_five_minutes_and_set_no_cookie(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=300", response.Headers.CacheControl?.ToString());
        Assert.False(response.Headers.Contains("Set-Cookie"), string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []));
    }

    [Fact]
    public async Task A_page_for_a_signed_in_visitor_is_never_cached_publicly()
    {
        await using var app = new ScanAppFactory();
        await app.CreateAccountAsync("beheer@regio.nl", "fiets door de regen naar huis", Glansrijk.Scan.Web.Features.Accounts.AccountRoles.Administrator);
        using var browser = app.CreateBrowser();
        await browser.SignInAsync("beheer@regio.nl", "fiets door de regen naar huis");

        var response = await browser.GetAsync("/kennisbank/warme-overdracht");

        Assert.Contains("Uitloggen", await response.TextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("public", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [GeneratedRegex("href=\"/kennisbank/(?!thema/|zoeken)[a-z0-9-]+\"")]
    private static partial Regex ArticleLink();

    [GeneratedRegex("<li class=\"site-contents__item[^\"]*\">\\s*<a class=\"utrecht-link\" href=\"#([^\"]+)\"")]
    private static partial Regex ContentsLink();

    [GeneratedRegex("href=\"(/(?:kennisbank|normen)[^\"#?]*)")]
    private static partial Regex InternalLink();
}
