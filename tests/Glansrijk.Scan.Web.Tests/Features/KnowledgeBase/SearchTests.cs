using System.Net;
using System.Text.RegularExpressions;
using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Web.Features.KnowledgeBase;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Glansrijk.Scan.Web.Tests.Features.KnowledgeBase;

/// <summary>/kennisbank/zoeken over the real articles and norms.</summary>
public sealed partial class SearchTests : IClassFixture<SharedApp>
{
    private readonly SharedApp _app;
    private readonly HttpClient _client;

    public SearchTests(SharedApp app)
    {
        _app = app;
        _client = app.Factory.CreateBrowser();
    }

    public static TheoryData<string> ArticleSlugs() =>
        [.. Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "content", "kennisbank"), "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>()];

    [Fact]
    public async Task Werkgever_finds_the_article_Een_werkgeversbenadering_first()
    {
        var results = await SearchAsync("werkgever");

        Assert.Equal("/kennisbank/een-werkgeversbenadering", results[0]);
    }

    [Fact]
    public async Task Overdracht_finds_the_article_Warme_overdracht_first_and_its_norm_next()
    {
        var results = await SearchAsync("overdracht");

        Assert.Equal(["/kennisbank/warme-overdracht", "/normen/norm-07"], results.Take(2));
    }

    [Fact]
    public async Task The_phrase_warme_overdracht_finds_that_article_first()
    {
        var results = await SearchAsync("warme overdracht");

        Assert.Equal("/kennisbank/warme-overdracht", results[0]);
    }

    [Theory]
    [InlineData("orientatie")]
    [InlineData("oriëntatie")]
    [InlineData("loopbaanorientatie")]
    [InlineData("Loopbaanoriëntatie")]
    public async Task Accents_do_not_matter_orientatie_finds_Vroege_loopbaanorientatie(string query)
    {
        var results = await SearchAsync(query);

        Assert.Equal("/kennisbank/vroege-loopbaanorientatie", results[0]);
    }

    [Theory]
    [InlineData("werkgevers", "/kennisbank/een-werkgeversbenadering")]
    [InlineData("toekomstplannen", "/kennisbank/een-toekomstplan")]
    [InlineData("ouder", "/kennisbank/ouders-en-netwerk")]
    [InlineData("benadering", "/kennisbank/een-werkgeversbenadering")]
    [InlineData("voorzitters", "/kennisbank/de-voorzitter")]
    public async Task Plurals_singulars_and_parts_of_compounds_find_the_article(string query, string expected)
    {
        var results = await SearchAsync(query);

        Assert.Contains(expected, results.Take(3));
    }

    [Theory]
    [MemberData(nameof(ArticleSlugs))]
    public void An_article_s_exact_title_puts_that_article_first(string slug)
    {
        var article = _app.Factory.Services.GetRequiredService<ContentCatalog>().FindArticle(slug)!;

        var results = _app.Factory.Services.GetRequiredService<KnowledgeBaseSearch>().Search(article.Title);

        Assert.Equal($"/kennisbank/{slug}", results.Hits[0].Url);
    }

    [Fact]
    public async Task Norms_and_checklist_items_are_found_too()
    {
        Assert.Contains("/normen/rd-bestuurlijk-inrichten-3", await SearchAsync("regiesysteem"));
        Assert.Contains("/normen/norm-07", await SearchAsync("overstap"));
    }

    [Fact]
    public async Task The_result_page_says_how_many_and_shows_title_type_and_a_highlighted_snippet()
    {
        var response = await _client.GetAsync("/kennisbank/zoeken?q=werkgever");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("\\d+ resultaten voor ‘werkgever’", html);
        Assert.Contains(">Eén werkgeversbenadering</a>", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("<p class=\"utrecht-paragraph site-result__kind\">Uitleg bij een kwaliteitsnorm</p>", html, StringComparison.Ordinal);
        Assert.Matches("<p class=\"utrecht-paragraph site-result__snippet\">[^<]*<mark class=\"site-hit\">[Ww]erkgever", html);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\" OR 1=1 --")]
    [InlineData("NEAR(")]
    [InlineData("*")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("werkgever\" OR title:* --")]
    [InlineData("')); DROP TABLE docs; --")]
    [InlineData("AND OR NOT")]
    [InlineData("{title}: ^werkgever + -overdracht")]
    [InlineData("xqzvwk")]
    public async Task A_junk_or_empty_query_gets_a_friendly_page_with_status_200(string query)
    {
        await AssertFriendlyAsync(query);
    }

    [Fact]
    public async Task A_query_of_ten_thousand_characters_gets_a_friendly_page_with_status_200()
    {
        await AssertFriendlyAsync(new string('a', 10_000));
    }

    [Theory]
    [InlineData("NEAR(")]
    [InlineData("xqzvwk")]
    [InlineData("<script>alert(1)</script>")]
    public async Task A_query_without_results_suggests_themes_instead(string query)
    {
        var html = await (await _client.GetAsync($"/kennisbank/zoeken?q={Uri.EscapeDataString(query)}")).TextAsync();

        Assert.Contains("Kies een thema", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/kennisbank/thema/werkgevers\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_query_the_page_suggests_themes_basic_articles_and_examples()
    {
        var html = await (await _client.GetAsync("/kennisbank/zoeken")).TextAsync();

        Assert.Contains("Waar wil je meer over weten?", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/kennisbank/thema/werkgevers\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/kennisbank/kwaliteitskader\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/kennisbank/zoeken?q=warme%20overdracht\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_example_search_finds_something()
    {
        foreach (var example in SearchModel.Examples)
        {
            Assert.NotEmpty(await SearchAsync(example));
        }
    }

    [Fact]
    public async Task Search_results_may_be_cached_for_a_minute_and_set_no_cookie()
    {
        var response = await _client.GetAsync("/kennisbank/zoeken?q=werkgever");

        Assert.Equal("public, max-age=60", response.Headers.CacheControl?.ToString());
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("/kennisbank")]
    [InlineData("/kennisbank/warme-overdracht")]
    [InlineData("/kennisbank/thema/werkgevers")]
    [InlineData("/kennisbank/zoeken?q=werkgever")]
    public async Task Knowledge_base_pages_have_a_labelled_search_box(string path)
    {
        var html = await (await _client.GetAsync(path)).TextAsync();

        Assert.Contains("<form class=\"site-search\" method=\"get\" action=\"/kennisbank/zoeken\" role=\"search\">", html, StringComparison.Ordinal);
        Assert.Contains("<label class=\"utrecht-form-label site-search__label\" for=\"zoekterm\">Zoek in de kennisbank</label>", html, StringComparison.Ordinal);
        Assert.Contains("type=\"search\" id=\"zoekterm\" name=\"q\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("__RequestVerificationToken", html, StringComparison.Ordinal);
    }

    private async Task AssertFriendlyAsync(string query)
    {
        var response = await _client.GetAsync($"/kennisbank/zoeken?q={Uri.EscapeDataString(query)}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("Waar wil je meer over weten\\?|Hier kunnen we niet op zoeken|Niets gevonden voor|\\d+ resultaten? voor", html);
        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)[^>]*>", html);
        Assert.DoesNotContain("alert(1)</script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" style=\"", html, StringComparison.Ordinal);
    }

    /// <summary>The addresses of the results, best first.</summary>
    private async Task<List<string>> SearchAsync(string query)
    {
        var response = await _client.GetAsync($"/kennisbank/zoeken?q={Uri.EscapeDataString(query)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. ResultLink().Matches(await response.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex("<h3 class=\"utrecht-heading-3 site-result__title\"><a class=\"utrecht-link\" href=\"([^\"]+)\"")]
    private static partial Regex ResultLink();
}
