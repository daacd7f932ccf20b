namespace Glansrijk.Scan.Web.Operations;

/// <summary><c>dotnet Glansrijk.Scan.Web.dll health [url]</c>: asks the running app's /health/ready and exits 0 when it
/// answers healthy, 1 otherwise. It is the Docker HEALTHCHECK, because the runtime image has neither curl nor wget;
/// it starts no host, so it stays cheap every 30 seconds.</summary>
public static class HealthProbe
{
    public static async Task<int> RunAsync(string[] args)
    {
        var url = args.Length > 1 ? args[1] : DefaultUrl();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(new Uri(url));
            Console.WriteLine($"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            Console.WriteLine($"{url}: {exception.Message}");
            return 1;
        }
    }

    /// <summary>The first address the app listens on (ASPNETCORE_URLS, e.g. http://+:8080), asked on this machine.</summary>
    private static string DefaultUrl()
    {
        var first = (Environment.GetEnvironmentVariable("ASPNETCORE_URLS") ?? "http://localhost:8080").Split(';')[0];
        var uri = new UriBuilder(first.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal))
        {
            Path = HealthEndpoints.Ready,
        };
        return uri.Uri.ToString();
    }
}
