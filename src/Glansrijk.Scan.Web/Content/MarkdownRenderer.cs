using Glansrijk.Scan.Core.Content;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Glansrijk.Scan.Web.Content;

/// <summary>Turns content Markdown into HTML. Raw HTML is disabled, so nothing typed in content/ (or by a
/// user) can inject markup or script; headings get anchors so articles can be linked into.</summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();

    /// <summary>Renders Markdown to HTML. Links and images with a scheme other than http, https or mailto (such as
    /// javascript:) lose their address, so user-typed text can never carry a script link.</summary>
    public string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        foreach (var link in document.Descendants<LinkInline>().Where(l => !IsSafeUrl(l.Url)))
        {
            link.Url = "";
        }

        foreach (var link in document.Descendants<AutolinkInline>().Where(l => !IsSafeUrl(l.Url)))
        {
            link.Url = "#";
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
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
            return !trimmed.StartsWith("//", StringComparison.Ordinal);
        }

        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";
    }

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
                var slug = path["/kennisbank/".Length..];
                if (catalog.FindArticle(slug) is null && !KnowledgeBaseRoutes.IsFixedPage(slug))
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
}

/// <summary>Knowledge-base addresses that are pages of their own rather than articles.</summary>
public static class KnowledgeBaseRoutes
{
    public static bool IsFixedPage(string slug) => slug is "zoeken";
}
