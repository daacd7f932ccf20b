using System.Text.RegularExpressions;
using Glansrijk.Scan.Web.Features.KnowledgeBase;

namespace Glansrijk.Scan.Web.Tests.Features.KnowledgeBase;

public sealed partial class SearchQueryTests
{
    [Theory]
    [InlineData("\" OR 1=1 --")]
    [InlineData("werkgever\" OR title:* NEAR(a b) -- ; DROP TABLE docs")]
    [InlineData("^overdracht + -werk {title body}: \"warme\"*")]
    public void Operators_and_punctuation_never_reach_the_full_text_query(string input)
    {
        var query = SearchQuery.Parse(input);

        if (!query.IsEmpty)
        {
            Assert.Matches(QuotedPrefixTerms(), query.AllWords());
            Assert.DoesNotContain("near", query.Words);
            Assert.DoesNotContain("or", query.Words);
        }
    }

    [Fact]
    public void Each_word_becomes_a_quoted_prefix_term_of_its_stem()
    {
        var query = SearchQuery.Parse("Warme overdracht bij werkgevers");

        Assert.Equal(["warme", "overdracht", "werkgevers"], query.Words);
        Assert.Equal("\"warm\"* AND \"overdracht\"* AND \"werkgever\"*", query.AllWords());
        Assert.Equal("\"warm\"* OR \"overdracht\"* OR \"werkgever\"*", query.AnyWord());
        Assert.Equal("\"warm\" AND \"overdracht\" AND \"werkgever\"", query.PartsOfWords());
    }

    [Theory]
    [InlineData("werkgevers", "werkgever")]
    [InlineData("gesprekken", "gesprek")]
    [InlineData("jongeren", "jonger")]
    [InlineData("plannetje", "plan")]
    [InlineData("huisjes", "huis")]
    [InlineData("mogelijkheden", "mogelijkheid")]
    [InlineData("warme", "warm")]
    [InlineData("regie", "regie")]
    [InlineData("overdracht", "overdracht")]
    [InlineData("plan", "plan")]
    public void A_light_Dutch_stemmer_takes_off_plurals_diminutives_and_inflections(string word, string stem)
    {
        Assert.Equal(stem, SearchQuery.Stem(word));
    }

    [Fact]
    public void Accents_case_stop_words_single_letters_and_repeats_are_dropped()
    {
        var query = SearchQuery.Parse("Eén OVERDRACHT, de overdracht en a oriëntatie");

        Assert.Equal(["overdracht", "orientatie"], query.Words);
        Assert.Equal("een overdracht de overdracht en a orientatie", query.TitleKey);
    }

    [Fact]
    public void A_long_query_is_cut_to_two_hundred_characters()
    {
        var query = SearchQuery.Parse(string.Concat(Enumerable.Repeat("werkgever ", 1_000)));

        Assert.True(query.Text.Length <= SearchQuery.MaxLength);
        Assert.Equal(["werkgever"], query.Words);
    }

    [Fact]
    public void Only_the_first_eight_words_count()
    {
        var query = SearchQuery.Parse("een twee drie vier vijf zes zeven acht negen tien elf");

        Assert.Equal(SearchQuery.MaxWords, query.Words.Count);
    }

    [GeneratedRegex("^\"[\\p{L}\\p{N}]+\"\\*( AND \"[\\p{L}\\p{N}]+\"\\*)*$")]
    private static partial Regex QuotedPrefixTerms();
}
