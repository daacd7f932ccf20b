using Glansrijk.Scan.Core.Content;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Glansrijk.Scan.Web.Content;

/// <summary>A heading of a rendered document, for a table of contents.</summary>
public sealed record OutlineHeading(int Level, string Text, string Id);

/// <summary>Rendered Markdown: the HTML and the h2/h3 headings in it, in order, each with its anchor.</summary>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<OutlineHeading> Outline);

/// <summary>Turns content Markdown into HTML. Raw HTML is disabled, so nothing typed in content/ (or by a
/// user) can inject markup or script, and links may only use http, https or mailto (never javascript:).
/// Headings get anchors so articles can be linked into and given a table of contents.</summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();

    public string ToHtml(string markdown) => Render(markdown).Html;

    public RenderedMarkdown Render(string markdown)
    {
        var document = Parse(markdown);
        DisarmUnsafeLinks(document);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);

        var outline = document.Descendants<HeadingBlock>()
            .Where(h => h.Level is 2 or 3 && h.GetAttributes().Id is { Length: > 0 })
            .Select(h => new OutlineHeading(h.Level, TextOf(h), h.GetAttributes().Id!))
            .ToList();
        return new RenderedMarkdown(writer.ToString(), outline);
    }

    /// <summary>The text without any markup, for the search index.</summary>
    public string ToPlainText(string markdown) => Markdown.ToPlainText(markdown, _pipeline);

    public MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, _pipeline);

    /// <summary>Every link to /kennisbank/… or /normen/… in articles and item explanations must point to
    /// something that exists; a broken one stops start-up with the file named.</summary>
    public void CheckInternalLinks(ContentCatalog catalog)
    {
        var errors = new List<ContentError>();
        foreach (var article in catalog.Articles)
        {
            errors.AddRange(BrokenLinks(article.Body, catalog).Select(url => new ContentError(article.SourceFile, $"de link '{url}' wijst naar iets dat niet bestaat.")));
        }

        foreach (var instrument in catalog.Instruments)
        {
            foreach (var item in instrument.Items)
            {
                errors.AddRange(BrokenLinks(item.Explanation, catalog).Select(url =>
                    new ContentError($"instruments/{instrument.Id}/{item.Id}.md", $"de link '{url}' wijst naar iets dat niet bestaat.")));
            }
        }

        if (errors.Count > 0)
        {
            throw new InvalidContentException(errors);
        }
    }

    private IEnumerable<string> BrokenLinks(string markdown, ContentCatalog catalog)
    {
        foreach (var link in Parse(markdown).Descendants<LinkInline>())
        {
            var url = link.Url ?? "";
            var path = url.Split('#', '?')[0].TrimEnd('/');
            if (path.StartsWith("/kennisbank/", StringComparison.Ordinal))
            {
                if (!KnowledgeBaseRoutes.Exists(path["/kennisbank/".Length..], catalog))
                {
                    yield return url;
                }
            }
            else if (path.StartsWith("/normen/", StringComparison.Ordinal))
            {
                if (catalog.FindItem(path["/normen/".Length..]) is null)
                {
                    yield return url;
                }
            }
        }
    }

    /// <summary>A link or image with another scheme (javascript:, data:, vbscript:, …) or a protocol-relative address
    /// loses its address; such an autolink points nowhere. The CSP would block such script too; this keeps it out of
    /// the HTML altogether.</summary>
    private static void DisarmUnsafeLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().Where(l => !IsSafeUrl(l.Url)))
        {
            link.Url = "";
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().Where(l => !IsSafeUrl(l.Url)))
        {
            autolink.Url = "#";
        }
    }

    private static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        var trimmed = url.Trim();
        var schemeEnd = trimmed.IndexOf(':', StringComparison.Ordinal);
        var pathStart = trimmed.IndexOfAny(['/', '?', '#']);
        if (schemeEnd < 0 || (pathStart >= 0 && pathStart < schemeEnd))
        {
            return !trimmed.StartsWith("//", StringComparison.Ordinal); // relative, but not to another host
        }

        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && SafeSchemes.Contains(uri.Scheme);
    }

    private static string TextOf(HeadingBlock heading) =>
        heading.Inline is null ? "" : string.Concat(heading.Inline.Descendants<Inline>().Select(inline => inline switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            _ => "",
        }));
}

/// <summary>Knowledge-base addresses that are pages of their own rather than articles.</summary>
public static class KnowledgeBaseRoutes
{
    public const string Search = "zoeken";
    public const string ThemePrefix = "thema/";

    public static bool IsFixedPage(string slug) => slug is Search;

    /// <summary>True when /kennisbank/{path} is an article, a fixed page or the page of a known theme.</summary>
    public static bool Exists(string path, ContentCatalog catalog) =>
        catalog.FindArticle(path) is not null
        || IsFixedPage(path)
        || (path.StartsWith(ThemePrefix, StringComparison.Ordinal) && catalog.KnowledgeBaseThemes.Any(t => t.Code == path[ThemePrefix.Length..]));
}
