using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Web.Content;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Glansrijk.Scan.Web.Mail;

/// <summary>A mail text from content/mail/: a subject, a Markdown body with {{placeholders}} and an optional
/// button text for the one link the mail is about.</summary>
public sealed record MailTemplate(string Name, string Subject, string Body, string? Action);

/// <summary>The mail templates in content/mail/, loaded and checked at start-up, and rendered to HTML and plain
/// text. Values are escaped before they reach Markdown, so a name like "&lt;script&gt;" or "*x*" stays literal.</summary>
public sealed partial class MailTemplates
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    private readonly Dictionary<string, MailTemplate> _templates;
    private readonly MarkdownRenderer _markdown;

    public MailTemplates(IEnumerable<MailTemplate> templates, MarkdownRenderer markdown)
    {
        _templates = templates.ToDictionary(t => t.Name, StringComparer.Ordinal);
        _markdown = markdown;
    }

    public IReadOnlyCollection<MailTemplate> All => _templates.Values;

    public static IReadOnlyList<MailTemplate> Load(string mailFolder)
    {
        var templates = new List<MailTemplate>();
        var errors = new List<ContentError>();
        foreach (var path in Directory.EnumerateFiles(mailFolder, "*.md").Order(StringComparer.Ordinal))
        {
            var relative = "mail/" + Path.GetFileName(path);
            if (!FrontMatter.TrySplit(File.ReadAllText(path), out var yaml, out var body))
            {
                errors.Add(new ContentError(relative, "het bestand begint niet met front matter tussen twee regels '---'."));
                continue;
            }

            MailTemplateFrontMatter? fields;
            try
            {
                fields = Yaml.Deserialize<MailTemplateFrontMatter>(yaml);
            }
            catch (YamlException exception)
            {
                errors.Add(new ContentError(relative, $"ongeldige YAML of onbekend veld op regel {exception.Start.Line}: {exception.InnerException?.Message ?? exception.Message}"));
                continue;
            }

            if (string.IsNullOrWhiteSpace(fields?.Subject))
            {
                errors.Add(new ContentError(relative, "het veld 'subject' ontbreekt."));
                continue;
            }

            templates.Add(new MailTemplate(Path.GetFileNameWithoutExtension(path), fields.Subject.Trim(), body, fields.Action));
        }

        if (errors.Count > 0)
        {
            throw new InvalidContentException(errors);
        }

        return templates;
    }

    public MailTemplate Get(string name) =>
        _templates.TryGetValue(name, out var template) ? template : throw new InvalidOperationException($"Mail template '{name}' is missing in content/mail/.");

    /// <summary>Fills in the template. <paramref name="link"/> becomes the mail's button (HTML) and a plain
    /// line (text). Throws when the template uses a placeholder that has no value.</summary>
    public RenderedMail Render(string name, IReadOnlyDictionary<string, string> values, string? link = null) =>
        Render(Get(name), values, link);

    /// <summary>The subject and the body of a filled-in template as HTML without the mail's wrapper and inline
    /// styles, so a page can show it as a preview under its own CSS (and CSP).</summary>
    public (string Subject, string BodyHtml, string? Action) RenderForPreview(MailTemplate template, IReadOnlyDictionary<string, string> values) =>
        (Fill(template.Subject, values, v => v.ReplaceLineEndings(" ")), _markdown.ToHtml(Fill(template.Body, values, EscapeMarkdown)), template.Action);

    /// <summary>Renders a template whose body may have been edited by a user (e.g. a scan's invitation text).</summary>
    public RenderedMail Render(MailTemplate template, IReadOnlyDictionary<string, string> values, string? link = null)
    {
        var subject = Fill(template.Subject, values, v => v.ReplaceLineEndings(" "));
        var markdownBody = Fill(template.Body, values, EscapeMarkdown);
        var textBody = Fill(template.Body, values, v => v);

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(subject))
            .Append("</title></head><body style=\"font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:40em;margin:0 auto;padding:1em\">")
            .Append("<p style=\"font-weight:bold;color:#24578f\">Glansrijk.Scan</p>")
            .Append(_markdown.ToHtml(markdownBody));
        var text = new StringBuilder(textBody.Trim()).AppendLine().AppendLine();
        if (link is not null)
        {
            var label = template.Action ?? "Open de link";
            html.Append("<p><a href=\"").Append(WebUtility.HtmlEncode(link))
                .Append("\" style=\"display:inline-block;background:#24578f;color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none\">")
                .Append(WebUtility.HtmlEncode(label)).Append("</a></p>")
                .Append("<p style=\"font-size:14px\">Werkt de knop niet? Kopieer dan deze link in je browser:<br>")
                .Append(WebUtility.HtmlEncode(link)).Append("</p>");
            text.Append(label).Append(": ").AppendLine(link).AppendLine();
        }

        html.Append("<hr><p style=\"font-size:14px;color:#555\">Dit bericht komt van Glansrijk.Scan. Je kunt er niet op antwoorden.</p></body></html>");
        text.Append("--").AppendLine().Append("Dit bericht komt van Glansrijk.Scan. Je kunt er niet op antwoorden.").AppendLine();
        return new RenderedMail(subject, html.ToString(), text.ToString());
    }

    /// <summary>The {{placeholders}} in a text that are not in <paramref name="allowed"/>, for a clear message when
    /// someone edits a template.</summary>
    public static IReadOnlyList<string> UnknownPlaceholders(string text, IEnumerable<string> allowed)
    {
        var known = allowed.ToHashSet(StringComparer.Ordinal);
        return [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value).Where(p => !known.Contains(p)).Distinct()];
    }

    private static string Fill(string text, IReadOnlyDictionary<string, string> values, Func<string, string> escape) =>
        Placeholder().Replace(text, match =>
        {
            var key = match.Groups[1].Value;
            return values.TryGetValue(key, out var value)
                ? escape(value)
                : throw new InvalidOperationException($"Mail template placeholder '{{{{{key}}}}}' has no value.");
        });

    /// <summary>Backslash-escapes every ASCII punctuation character (CommonMark allows that for all of them), so a
    /// value is always literal text; line breaks become spaces so a value cannot start a new block.</summary>
    private static string EscapeMarkdown(string value)
    {
        var builder = new StringBuilder(value.Length * 2);
        foreach (var character in value.ReplaceLineEndings(" "))
        {
            if (char.IsAscii(character) && char.IsPunctuation(character) || char.IsSymbol(character) && char.IsAscii(character))
            {
                builder.Append('\\');
            }

            builder.Append(character);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"\{\{\s*([a-z][a-z0-9-]*)\s*\}\}")]
    private static partial Regex Placeholder();
}

internal sealed class MailTemplateFrontMatter
{
    public string? Subject { get; set; }
    public string? Action { get; set; }
}
