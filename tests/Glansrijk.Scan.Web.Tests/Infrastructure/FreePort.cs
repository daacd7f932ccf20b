using System.Net;
using System.Net.Sockets;

namespace Glansrijk.Scan.Web.Tests.Infrastructure;

public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Glansrijk.Scan.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Repository root (Glansrijk.Scan.sln) not found.");
    }
}
