using Glansrijk.Scan.Web.Persistence;
using Glansrijk.Scan.Web.Persistence.PostgreSql;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Glansrijk.Scan.Web.Tests.Cluster;

/// <summary>One migrated database on either provider, as the app registers it, for tests that play several nodes
/// on it: each node is its own object over <see cref="Scopes"/>, as each process has its own.</summary>
public sealed class ClusterDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string? _folder;

    private ClusterDatabase(ServiceProvider services, string? folder)
    {
        _services = services;
        _folder = folder;
    }

    public IServiceScopeFactory Scopes => _services.GetRequiredService<IServiceScopeFactory>();

    public static async Task<ClusterDatabase> CreateAsync(DatabaseProvider provider, PostgreSqlServer postgreSql)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        string? folder = null;
        if (provider == DatabaseProvider.PostgreSql)
        {
            var connectionString = await postgreSql.CreateDatabaseAsync();
            services.AddDbContext<ScanDbContext, PostgreSqlScanDbContext>(options => options.UseNpgsql(connectionString));
        }
        else
        {
            folder = Directory.CreateTempSubdirectory("glansrijk-cluster-").FullName;
            services.AddDbContext<ScanDbContext>(options => options.UseSqlite($"Data Source={Path.Combine(folder, "scan.db")}"));
        }

        var database = new ClusterDatabase(services.BuildServiceProvider(), folder);
        await database.WithAsync(db => db.Database.MigrateAsync());
        return database;
    }

    public async Task WithAsync(Func<ScanDbContext, Task> work)
    {
        await using var scope = Scopes.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<ScanDbContext>());
    }

    public async Task<T> WithAsync<T>(Func<ScanDbContext, Task<T>> query)
    {
        await using var scope = Scopes.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ScanDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
