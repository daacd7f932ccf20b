using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Glansrijk.Scan.Web.Persistence.PostgreSql;

/// <summary>The same model on PostgreSQL, as its own type so its migrations (in PostgreSql/Migrations/) are kept
/// apart from SQLite's.</summary>
public sealed class PostgreSqlScanDbContext(DbContextOptions<PostgreSqlScanDbContext> options) : ScanDbContext(options)
{
    /// <summary>The app keeps every moment in UTC, but a DateTime read back from SQLite (or made from a date) has no
    /// kind, and Npgsql refuses to write such a value to <c>timestamp with time zone</c>. All moments are stored as
    /// UTC and read back as UTC.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
