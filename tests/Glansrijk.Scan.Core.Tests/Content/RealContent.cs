using Glansrijk.Scan.Core.Content;

namespace Glansrijk.Scan.Core.Tests.Content;

/// <summary>The content/ folder that ships with the app, loaded once for the tests that check it.</summary>
public static class RealContent
{
    public static ContentCatalog Catalog { get; } = ContentCatalog.Load(ReadContentFolder());

    private static IEnumerable<ContentFile> ReadContentFolder()
    {
        var content = Path.Combine(RepositoryRoot(), "content");
        return Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories)
            .Where(path => Path.GetExtension(path) is ".md" or ".yml")
            .Select(path => new ContentFile(Path.GetRelativePath(content, path).Replace('\\', '/'), File.ReadAllText(path)));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Glansrijk.Scan.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Glansrijk.Scan.sln above {AppContext.BaseDirectory}.");
    }
}
