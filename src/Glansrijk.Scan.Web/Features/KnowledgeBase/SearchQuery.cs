using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Glansrijk.Scan.Web.Features.KnowledgeBase;

/// <summary>What a visitor typed, made safe for SQLite FTS5: only words of letters and digits survive, each
/// becomes a quoted term, so operators (OR, NEAR, *, ", :, parentheses, --) can never reach the query syntax.</summary>
public sealed partial class SearchQuery
{
    public const int MaxLength = 200;
    public const int MaxWords = 8;

    // Words that say nothing on their own, and the FTS5 operator words.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "aan", "als", "bij", "dat", "de", "die", "dit", "een", "en", "er", "het", "hoe", "in", "is", "je", "maar",
        "met", "naar", "of", "om", "ook", "op", "te", "tot", "uit", "van", "voor", "wat", "we", "wie", "ze", "zijn",
        "and", "near", "not", "or",
    };

    private SearchQuery(string text, IReadOnlyList<string> words)
    {
        Text = text;
        Words = words;
        TitleKey = Normalize(text);
    }

    /// <summary>The query as typed, trimmed and cut to <see cref="MaxLength"/> characters, to show back.</summary>
    public string Text { get; }

    /// <summary>The words to search for: lower case, without accents, single characters, stop words or duplicates.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The query normalised like <see cref="Normalize"/>, to recognise an exact title.</summary>
    public string TitleKey { get; }

    public bool IsEmpty => Words.Count == 0;

    public static SearchQuery Parse(string? input)
    {
        var text = (input ?? "").Trim();
        if (text.Length > MaxLength)
        {
            text = text[..(char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength)].TrimEnd();
        }

        var words = Word().Matches(Fold(text))
            .Select(m => m.Value)
            .Where(w => w.Length > 1)
            .Where(w => !StopWords.Contains(w))
            .Distinct(StringComparer.Ordinal)
            .Take(MaxWords)
            .ToList();
        return new SearchQuery(text, words);
    }

    /// <summary>Every word (stemmed) as a prefix: "werkgevers" finds werkgever, werkgevers and werkgeversbenadering.</summary>
    public string AllWords() => string.Join(" AND ", Words.Select(w => $"\"{Stem(w)}\"*"));

    /// <summary>Any of the words, for when no text holds them all.</summary>
    public string AnyWord() => string.Join(" OR ", Words.Select(w => $"\"{Stem(w)}\"*"));

    /// <summary>Every word as a part of a word, for a trigram index: "benadering" finds werkgeversbenadering.
    /// Trigrams need three characters, so shorter words are left out; null when none is left.</summary>
    public string? PartsOfWords()
    {
        var parts = Words.Select(Stem).Where(w => w.Length >= 3).Distinct(StringComparer.Ordinal).ToList();
        return parts.Count == 0 ? null : string.Join(" AND ", parts.Select(w => $"\"{w}\""));
    }

    /// <summary>Lower case, accents removed, everything that is not a letter or digit one space:
    /// "Eén werkgevers-benadering!" becomes "een werkgevers benadering".</summary>
    public static string Normalize(string text) => string.Join(' ', Word().Matches(Fold(text)).Select(m => m.Value));

    /// <summary>A light Dutch stemmer for plurals, diminutives and inflected adjectives; the result is used as a
    /// prefix, so cutting a little too much only widens the match. Stems keep at least four letters.</summary>
    public static string Stem(string word)
    {
        const int MinimumStem = 4;
        string Cut(int length) => word[..^length];

        if (word.EndsWith("heden", StringComparison.Ordinal) && word.Length - 5 >= MinimumStem)
        {
            return Cut(5) + "heid"; // mogelijkheden → mogelijkheid
        }

        foreach (var suffix in (ReadOnlySpan<string>)["etjes", "etje", "tjes", "tje", "jes", "je", "en", "s", "e"])
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= MinimumStem)
            {
                if (suffix == "e" && IsVowel(word[^2]))
                {
                    return word; // regie, idee: not an inflection
                }

                var stem = Cut(suffix.Length);
                // gesprekken → gesprekk → gesprek; plannetje → plann → plan
                return suffix is "en" or "etje" or "etjes" && stem.Length > MinimumStem && stem[^1] == stem[^2] && !IsVowel(stem[^1])
                    ? stem[..^1]
                    : stem;
            }
        }

        return word;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString();
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
