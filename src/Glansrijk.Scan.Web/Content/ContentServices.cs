using Glansrijk.Scan.Core.Content;

namespace Glansrijk.Scan.Web.Content;

public static class ContentServices
{
    /// <summary>Loads and validates content/ once; invalid content throws <see cref="InvalidContentException"/>
    /// so the app never starts with half a catalogue.</summary>
    public static WebApplicationBuilder AddContent(this WebApplicationBuilder builder, string root)
    {
        var catalog = ContentCatalog.Load(ReadFiles(Path.Combine(root, "content")));
        var markdown = new MarkdownRenderer();
        markdown.CheckInternalLinks(catalog);

        builder.Services.AddSingleton(catalog);
        builder.Services.AddSingleton(markdown);
        return builder;
    }

    public static IEnumerable<ContentFile> ReadFiles(string contentFolder)
    {
        foreach (var path in Directory.EnumerateFiles(contentFolder, "*", SearchOption.AllDirectories))
        {
            var extension = Path.GetExtension(path);
            if (extension is ".md" or ".yml" or ".yaml")
            {
                var relative = Path.GetRelativePath(contentFolder, path).Replace('\\', '/');
                yield return new ContentFile(relative, File.ReadAllText(path));
            }
        }
    }
}
