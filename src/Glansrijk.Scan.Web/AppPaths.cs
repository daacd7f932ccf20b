namespace Glansrijk.Scan.Web;

/// <summary>Where the app finds content/ and wwwroot/ (the repository root when run from source, the publish
/// folder when published) and where it keeps its data (SQLite file, mail pickup folder).</summary>
public sealed record AppPaths(string Root, string Data)
{
    public string Content => Path.Combine(Root, "content");
    public string WebRoot => Path.Combine(Root, "wwwroot");
    public string MailPickup => Path.Combine(Data, "mail");

    /// <summary>Uses Paths:Root / Paths:Data when configured (command line or GLANSRIJK_ environment
    /// variables); otherwise walks up from the working folder and from the app's folder to the first folder
    /// holding both content/ and wwwroot/.</summary>
    public static AppPaths Locate(string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables("GLANSRIJK_")
            .AddCommandLine(args)
            .Build();

        var root = configuration["Paths:Root"];
        if (string.IsNullOrWhiteSpace(root))
        {
            root = FindRoot(Directory.GetCurrentDirectory()) ?? FindRoot(AppContext.BaseDirectory)
                ?? throw new InvalidOperationException(
                    "Kan de map met content/ en wwwroot/ niet vinden. Start de app vanuit de repository of zet Paths:Root.");
        }

        var data = configuration["Paths:Data"];
        return new AppPaths(Path.GetFullPath(root), Path.GetFullPath(string.IsNullOrWhiteSpace(data) ? Path.Combine(root, "data") : data));
    }

    private static string? FindRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, "content", "instruments")) &&
                Directory.Exists(Path.Combine(folder.FullName, "wwwroot")))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
