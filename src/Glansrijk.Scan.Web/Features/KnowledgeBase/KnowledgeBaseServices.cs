namespace Glansrijk.Scan.Web.Features.KnowledgeBase;

public static class KnowledgeBaseServices
{
    public static WebApplicationBuilder AddKnowledgeBase(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<KnowledgeBaseSearch>();
        // A pasted text in the search address (10 000 characters) gets the search page's friendly answer instead of
        // Kestrel's empty 414 at its default 8 KB request line; the query itself is cut to 200 characters.
        builder.WebHost.ConfigureKestrel(options => options.Limits.MaxRequestLineSize = 32 * 1024);
        builder.Services.AddHostedService<SearchIndexBuilder>();
        return builder;
    }

    /// <summary>Asks for the search at start-up, which builds its index, so the first visitor does not wait.</summary>
    private sealed class SearchIndexBuilder(KnowledgeBaseSearch search, ILogger<SearchIndexBuilder> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            logger.LogInformation("Knowledge-base search index built with {Count} pages.", search.Count);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
