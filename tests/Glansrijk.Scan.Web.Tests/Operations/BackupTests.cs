using System.Collections.Concurrent;
using Glansrijk.Scan.Web.Mail;
using Glansrijk.Scan.Web.Operations;
using Glansrijk.Scan.Web.Persistence;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Glansrijk.Scan.Web.Tests.Operations;

public sealed class BackupTests
{
    [Fact]
    public async Task A_backup_made_while_rows_are_written_restores_with_every_row_committed_before_it_began()
    {
        await using var app = new ScanAppFactory();
        using var client = app.CreateClient();
        var committed = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(() => WriteRowsAsync(app, committed, stop.Token));
        await Eventually.TrueAsync(() => Task.FromResult(committed.Count >= 40), "40 rows written");

        var before = committed.ToHashSet();
        var backup = await app.Services.GetRequiredService<DatabaseBackup>().MakeAsync(CancellationToken.None);
        var countAfterBackup = committed.Count;
        await Eventually.TrueAsync(() => Task.FromResult(committed.Count >= countAfterBackup + 20), "20 more rows written after the backup");
        await stop.CancelAsync();
        await writer;

        Assert.NotNull(backup);
        Assert.StartsWith(Path.Combine(app.DataFolder, "backups"), backup, StringComparison.Ordinal);

        // Restore as the README says: the backup becomes the database of a fresh installation, which starts on it.
        var restoredFolder = Directory.CreateTempSubdirectory("glansrijk-restore-").FullName;
        File.Copy(backup, Path.Combine(restoredFolder, "glansrijk-scan.db"));
        await using var restored = new ScanAppFactory(dataFolder: restoredFolder);
        using var restoredClient = restored.CreateClient();
        var rows = await restored.WithDatabaseAsync(db => db.OutboxMessages.Where(m => m.Subject.StartsWith("Rij ")).Select(m => m.Subject).ToListAsync());

        Assert.Equal(System.Net.HttpStatusCode.OK, (await restoredClient.GetAsync("/health/ready")).StatusCode);
        Assert.Superset(before, rows.ToHashSet());
        Assert.Subset(committed.ToHashSet(), rows.ToHashSet());
        Assert.True(rows.Count < committed.Count, $"The backup holds {rows.Count} rows, all {committed.Count} written: the writes went on after it.");
    }

    [Fact]
    public async Task Only_the_configured_number_of_newest_backups_is_kept()
    {
        var clock = new MovableClock();
        await using var app = new ScanAppFactory { Time = clock, Settings = { ["Backups:Keep"] = "2" } };
        using var client = app.CreateClient();
        var backups = app.Services.GetRequiredService<DatabaseBackup>();

        var made = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            made.Add((await backups.MakeAsync(CancellationToken.None))!);
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal(made.Skip(1).Reverse(), backups.List().Select(f => f.FullName));
        Assert.False(File.Exists(made[0]));
    }

    [Fact]
    public async Task The_scheduled_job_makes_a_backup_in_data_backups_when_none_is_recent()
    {
        await using var app = new ScanAppFactory { Settings = { ["Backups:Enabled"] = "true" } };
        using var client = app.CreateClient();

        // The file is renamed into place just before the job logs it: wait for both.
        await Eventually.TrueAsync(
            () => Task.FromResult(Directory.Exists(Path.Combine(app.DataFolder, "backups")) &&
                                  Directory.GetFiles(Path.Combine(app.DataFolder, "backups"), "glansrijk-scan-*.db").Length == 1 &&
                                  app.LogLines.Any(line => line.Contains("Database backup written to", StringComparison.Ordinal))),
            "one backup in data/backups/, and the log says so");
        Assert.Single(Directory.GetFiles(Path.Combine(app.DataFolder, "backups"), "glansrijk-scan-*.db"));
    }

    /// <summary>Commits one row at a time, as fast as it can, and notes each after its commit.</summary>
    private static async Task WriteRowsAsync(ScanAppFactory app, ConcurrentQueue<string> committed, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ScanDbContext>();
            var subject = $"Rij {i}";
            db.OutboxMessages.Add(new OutboxMessage
            {
                ToAddress = "rij@regio.nl",
                Subject = subject,
                HtmlBody = "<p>rij</p>",
                TextBody = "rij",
                CreatedAt = DateTime.UtcNow,
                // Far ahead, so the sender leaves these rows alone.
                NextAttemptAt = DateTime.UtcNow.AddYears(1),
            });
            await db.SaveChangesAsync(CancellationToken.None);
            committed.Enqueue(subject);
        }
    }
}
