using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Web.Content;
using Microsoft.AspNetCore.Html;
using Microsoft.Data.Sqlite;

namespace Glansrijk.Scan.Web.Features.KnowledgeBase;

/// <summary>How the results were found: every word, parts of words (compounds), or some of the words.</summary>
public enum SearchMatch
{
    AllWords,
    PartsOfWords,
    SomeWords,
}

/// <summary>One result. <see cref="Snippet"/> is HTML-encoded text with &lt;mark&gt; around the hits.</summary>
public sealed record SearchHit(string Url, string Kind, string Title, IHtmlContent Snippet);

public sealed record SearchResults(SearchQuery Query, SearchMatch Match, IReadOnlyList<SearchHit> Hits);

/// <summary>Full-text search over the knowledge-base articles and the norms, in SQLite FTS5 in memory, built once
/// at start-up from the content. Two indexes: words (unicode61 without accents, so "orientatie" finds
/// "oriëntatie"), and trigrams for parts of Dutch compounds ("benadering" in "werkgeversbenadering").</summary>
public sealed partial class KnowledgeBaseSearch : IDisposable
{
    public const int MaxResults = 50;

    // Markers for the hits in snippets: private-use characters, removed from the indexed text so only SQLite
    // puts them there; they become <mark> after the text is HTML-encoded.
    private const char HitStart = '\uE000';
    private const char HitEnd = '\uE001';

    private const string WordIndex = "docs";
    private const string PartIndex = "parts";

    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly Lock _lock = new();

    public KnowledgeBaseSearch(ContentCatalog content, MarkdownRenderer markdown)
    {
        _connection.Open();
        Execute($"""
            CREATE VIRTUAL TABLE {WordIndex} USING fts5(title, summary, body, url UNINDEXED, kind UNINDEXED, title_key UNINDEXED,
                boost UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');
            CREATE VIRTUAL TABLE {PartIndex} USING fts5(title, summary, body, url UNINDEXED, kind UNINDEXED, title_key UNINDEXED,
                boost UNINDEXED, tokenize = 'trigram remove_diacritics 1');
            """);

        using var transaction = _connection.BeginTransaction();
        foreach (var document in Documents(content, markdown))
        {
            foreach (var index in new[] { WordIndex, PartIndex })
            {
                using var insert = _connection.CreateCommand();
                insert.CommandText = $"INSERT INTO {index} VALUES ($title, $summary, $body, $url, $kind, $key, $boost)";
                insert.Parameters.AddWithValue("$title", Clean(document.Title));
                insert.Parameters.AddWithValue("$summary", Clean(document.Summary));
                insert.Parameters.AddWithValue("$body", Clean(document.Body));
                insert.Parameters.AddWithValue("$url", document.Url);
                insert.Parameters.AddWithValue("$kind", document.Kind);
                insert.Parameters.AddWithValue("$key", SearchQuery.Normalize(document.Title));
                insert.Parameters.AddWithValue("$boost", document.Boost);
                insert.ExecuteNonQuery();
            }
        }

        transaction.Commit();
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                using var command = _connection.CreateCommand();
                command.CommandText = $"SELECT count(*) FROM {WordIndex}";
                return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }

    /// <summary>Searches for what a visitor typed. Never throws on input: anything that is not a word is dropped.</summary>
    public SearchResults Search(string? input)
    {
        var query = SearchQuery.Parse(input);
        if (query.IsEmpty)
        {
            return new SearchResults(query, SearchMatch.AllWords, []);
        }

        lock (_lock)
        {
            var hits = Find(WordIndex, query.AllWords(), query.TitleKey);
            if (hits.Count > 0)
            {
                return new SearchResults(query, SearchMatch.AllWords, hits);
            }

            if (query.PartsOfWords() is { } parts && Find(PartIndex, parts, query.TitleKey) is { Count: > 0 } partHits)
            {
                return new SearchResults(query, SearchMatch.PartsOfWords, partHits);
            }

            return query.Words.Count > 1
                ? new SearchResults(query, SearchMatch.SomeWords, Find(WordIndex, query.AnyWord(), query.TitleKey))
                : new SearchResults(query, SearchMatch.AllWords, []);
        }
    }

    public void Dispose() => _connection.Dispose();

    private List<SearchHit> Find(string index, string match, string titleKey)
    {
        using var command = _connection.CreateCommand();
        // An exact title comes first (the article before the norm of the same name); then the best bm25 score (lower
        // is better) with the title counting most, then the summary or question, then the body; a norm's boost
        // below 1 puts the article about it first.
        command.CommandText = $"""
            SELECT url, kind, title, snippet({index}, 2, $start, $end, '…', 24),
                   snippet({index}, 1, $start, $end, '…', 24), summary
            FROM {index}
            WHERE {index} MATCH $match
            ORDER BY (title_key = $titleKey) * boost DESC, bm25({index}, 10.0, 4.0, 1.0) * boost
            LIMIT {MaxResults}
            """;
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$titleKey", titleKey);
        command.Parameters.AddWithValue("$start", HitStart.ToString());
        command.Parameters.AddWithValue("$end", HitEnd.ToString());

        var hits = new List<SearchHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var body = reader.GetString(3);
            var summary = reader.GetString(4);
            var snippet = body.Contains(HitStart, StringComparison.Ordinal) ? body
                : summary.Contains(HitStart, StringComparison.Ordinal) ? summary
                : reader.GetString(5);
            hits.Add(new SearchHit(reader.GetString(0), reader.GetString(1), reader.GetString(2), Marked(snippet)));
        }

        return hits;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Encodes the text between the markers and puts &lt;mark&gt; where they were: the content itself can
    /// never add markup.</summary>
    private static HtmlString Marked(string text)
    {
        var html = new StringBuilder(text.Length + 64);
        var open = false;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != HitStart && text[i] != HitEnd)
            {
                continue;
            }

            html.Append(HtmlEncoder.Default.Encode(text[start..i]));
            start = i + 1;
            if (i < text.Length && (text[i] == HitStart) != open)
            {
                html.Append(open ? "</mark>" : "<mark class=\"site-hit\">");
                open = !open;
            }
        }

        return new HtmlString(open ? html.Append("</mark>").ToString() : html.ToString());
    }

    /// <summary>One line, for snippets: a line break after a sentence becomes a space, after a heading or a list
    /// item without punctuation " · ", so "Verder lezen · Warme overdracht" does not read as one sentence.</summary>
    private static string Clean(string text)
    {
        var withoutMarkers = text.Replace(HitStart.ToString(), "", StringComparison.Ordinal).Replace(HitEnd.ToString(), "", StringComparison.Ordinal).Trim();
        return LineBreaks().Replace(withoutMarkers, m => m.Index > 0 && ".!?:;,".Contains(withoutMarkers[m.Index - 1], StringComparison.Ordinal) ? " " : " · ");
    }

    [GeneratedRegex(@"\s*\n\s*")]
    private static partial Regex LineBreaks();

    private static IEnumerable<SearchDocument> Documents(ContentCatalog content, MarkdownRenderer markdown)
    {
        foreach (var article in content.Articles)
        {
            yield return new SearchDocument(
                $"/kennisbank/{article.Slug}", content.TypeTitle(article), article.Title, article.Summary, markdown.ToPlainText(article.Body), 1.0);
        }

        foreach (var instrument in content.Instruments)
        {
            foreach (var item in instrument.Items)
            {
                var kind = instrument.IsMatrix ? instrument.Name : $"Kwaliteitsnorm {item.Number}";
                var summary = item.Question
                    ?? $"{instrument.Levels.FirstOrDefault(l => l.Code == item.Level)?.Title} niveau, fase {instrument.Phases.FirstOrDefault(p => p.Code == item.Phase)?.Title}.";
                // A norm is a short page that mostly points to its article, so it ranks a little lower.
                yield return new SearchDocument($"/normen/{item.Id}", kind, item.Title, summary, markdown.ToPlainText(item.Explanation), 0.8);
            }
        }
    }

    private sealed record SearchDocument(string Url, string Kind, string Title, string Summary, string Body, double Boost);
}
