using Glansrijk.Scan.Web.Persistence.PostgreSql;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>Section "Database". SQLite is the embedded default; PostgreSQL is for more than one node.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}

public static class PersistenceServices
{
    /// <summary>SQLite in data/ is the embedded default; ConnectionStrings:Scan overrides it. With
    /// Database:Provider=PostgreSql, ConnectionStrings:Scan is an Npgsql connection string and is required.</summary>
    public static WebApplicationBuilder AddPersistence(this WebApplicationBuilder builder)
    {
        var provider = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        builder.Services.AddSingleton(new WriteTurns(oneAtATime: provider == DatabaseProvider.Sqlite));
        if (provider == DatabaseProvider.PostgreSql)
        {
            builder.Services.AddDbContextPool<ScanDbContext, PostgreSqlScanDbContext>((services, options) =>
            {
                var connectionString = services.GetRequiredService<IConfiguration>().GetConnectionString("Scan");
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Database:Provider is PostgreSql, but ConnectionStrings:Scan is empty.");
                }

                options.UseNpgsql(connectionString);
            });
            return builder;
        }

        builder.Services.AddDbContextPool<ScanDbContext>((services, options) =>
        {
            var connectionString = services.GetRequiredService<IConfiguration>().GetConnectionString("Scan");
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                connectionString = $"Data Source={Path.Combine(services.GetRequiredService<AppPaths>().Data, "glansrijk-scan.db")}";
            }

            options.UseSqlite(connectionString).AddInterceptors(new SqliteBusyTimeout());
        });
        return builder;
    }

    /// <summary>Applies committed migrations at start, so a fresh clone and an upgraded installation both
    /// end up with the current schema. Nodes that start together are safe: EF takes a database lock first.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ScanDbContext>();
        await db.Database.MigrateAsync();
    }
}
