namespace Glansrijk.Scan.Web;

/// <summary>Where the app finds content/ and wwwroot/ (the repository root when run from source, the publish
/// folder when published) and where it keeps its data (SQLite file, mail pickup folder).</summary>
public sealed record AppPaths(string Root, string Data)
{
    public string Content => Path.Combine(Root, "content");
    public string WebRoot => Path.Combine(Root, "wwwroot");
    public string MailPickup => Path.Combine(Data, "mail");

    /// <summary>The root is needed before the host exists (the web root is fixed when the builder is made), so it
    /// comes from Paths:Root on the command line or GLANSRIJK_Paths__Root, or else from walking up from the working
    /// folder and the app's folder to the first folder holding both content/ and wwwroot/.</summary>
    public static string LocateRoot(string[] args)
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

        return Path.GetFullPath(root);
    }

    /// <summary>The data folder is read from the host's configuration (Paths:Data), so tests and operators can
    /// point it anywhere; the default is data/ beside content/.</summary>
    public static AppPaths From(IConfiguration configuration, string root)
    {
        var data = configuration["Paths:Data"];
        var paths = new AppPaths(root, Path.GetFullPath(string.IsNullOrWhiteSpace(data) ? Path.Combine(root, "data") : data));
        Directory.CreateDirectory(paths.Data);
        return paths;
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
