using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Persistence;

public static class PersistenceServices
{
    /// <summary>SQLite in data/ is the embedded default; ConnectionStrings:Scan overrides it.</summary>
    public static WebApplicationBuilder AddPersistence(this WebApplicationBuilder builder)
    {
        builder.Services.AddDbContext<ScanDbContext>((services, options) =>
        {
            var connectionString = services.GetRequiredService<IConfiguration>().GetConnectionString("Scan");
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                connectionString = $"Data Source={Path.Combine(services.GetRequiredService<AppPaths>().Data, "glansrijk-scan.db")}";
            }

            options.UseSqlite(connectionString);
        });
        return builder;
    }

    /// <summary>Applies committed migrations at start, so a fresh clone and an upgraded installation both
    /// end up with the current schema.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ScanDbContext>();
        await db.Database.MigrateAsync();
    }
}
