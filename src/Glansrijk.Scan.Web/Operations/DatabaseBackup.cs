using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Glansrijk.Scan.Web.Operations;

/// <summary>Section "Backups": the scheduled online backup of the SQLite database.</summary>
public sealed class BackupOptions
{
    public const string Section = "Backups";

    /// <summary>Turn the scheduled backup off, e.g. when the disk itself is snapshotted.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Time between two scheduled backups.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How many backups to keep; older ones are deleted after each new backup.</summary>
    [Range(1, 10000)]
    public int Keep { get; set; } = 14;

    /// <summary>Where backups go; empty means data/backups/.</summary>
    public string Folder { get; set; } = "";
}

/// <summary>An online, consistent copy of the SQLite database through SQLite's backup API: it copies every page
/// under one read transaction, so a backup taken while the app writes holds exactly the rows committed before it
/// began (a plain file copy misses what is still in the WAL). Other providers are backed up with their own tools.</summary>
public sealed partial class DatabaseBackup(
    IServiceScopeFactory scopes,
    AppPaths paths,
    IOptions<BackupOptions> options,
    TimeProvider time,
    ILogger<DatabaseBackup> logger)
{
    public const string FilePrefix = "glansrijk-scan-";
    public const string FileExtension = ".db";

    public string Folder => string.IsNullOrWhiteSpace(options.Value.Folder) ? Path.Combine(paths.Data, "backups") : Path.GetFullPath(options.Value.Folder);

    /// <summary>Makes a backup now and prunes old ones; returns its path, or null when the database is not SQLite.</summary>
    public async Task<string?> MakeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ScanDbContext>();
        if (!db.Database.IsSqlite())
        {
            LogNotSqlite(logger, db.Database.ProviderName);
            return null;
        }

        Directory.CreateDirectory(Folder);
        var file = Path.Combine(Folder, FilePrefix + time.GetUtcNow().ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture) + FileExtension);
        // Written under another name first, so an interrupted backup never looks like a finished one.
        var partial = file + ".partial";
        var source = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString());
            await target.OpenAsync(cancellationToken);
            source.BackupDatabase(target);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        File.Move(partial, file);
        var removed = Prune();
        LogMade(logger, file, new FileInfo(file).Length, removed);
        return file;
    }

    /// <summary>The backups in the folder, newest first.</summary>
    public IReadOnlyList<FileInfo> List() =>
        Directory.Exists(Folder)
            ? new DirectoryInfo(Folder).GetFiles(FilePrefix + "*" + FileExtension).OrderByDescending(f => f.Name, StringComparer.Ordinal).ToList()
            : [];

    private int Prune()
    {
        var old = List().Skip(options.Value.Keep).ToList();
        foreach (var file in old)
        {
            file.Delete();
        }

        return old.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database backup written to {File} ({Bytes} bytes); {Removed} old backup(s) removed")]
    private static partial void LogMade(ILogger logger, string file, long bytes, int removed);

    [LoggerMessage(Level = LogLevel.Information, Message = "No backup made: the database provider is {Provider}, not SQLite; back it up with its own tools (see the README)")]
    private static partial void LogNotSqlite(ILogger logger, string? provider);
}

/// <summary>Makes a backup every <see cref="BackupOptions.Interval"/>, counted from the newest one in the folder, so a
/// restart neither skips a backup nor makes an extra one.</summary>
public sealed partial class BackupJob(DatabaseBackup backup, IOptions<BackupOptions> options, TimeProvider time, ILogger<BackupJob> logger) : BackgroundService
{
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        DateTime? retryAt = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var due = retryAt ?? (backup.List() is [var newest, ..] ? newest.LastWriteTimeUtc + options.Value.Interval : null);
            var wait = due is { } at ? at - time.GetUtcNow().UtcDateTime : TimeSpan.Zero;
            try
            {
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, stoppingToken);
                }

                if (await backup.MakeAsync(stoppingToken) is null)
                {
                    return;
                }

                retryAt = null;
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or SqliteException)
            {
                LogFailed(logger, exception);
                retryAt = time.GetUtcNow().UtcDateTime + RetryAfterFailure;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The scheduled database backup failed; it tries again in five minutes")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
