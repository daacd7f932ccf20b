using Glansrijk.Scan.Web.Mail;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Glansrijk.Scan.Web.Operations;

/// <summary>The paths a load balancer, Docker or Kubernetes asks. Live: the process answers (no dependencies, so a
/// slow database never gets a healthy process restarted). Ready: it can do its work.</summary>
public static class HealthEndpoints
{
    public const string Live = "/health/live";
    public const string Ready = "/health/ready";
    public const string ReadyTag = "ready";
}

/// <summary>The database answers and has every migration of this build applied.</summary>
public sealed class DatabaseHealthCheck(ScanDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy("The database cannot be reached.");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy($"{db.Database.ProviderName}, all migrations applied.")
            : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied: {string.Join(", ", pending)}.");
    }
}

/// <summary>Mail can leave: an SMTP server is configured, or the pickup folder (the embedded default) is writable.
/// Whether the SMTP server answers right now is not asked: the outbox keeps mail through an outage.</summary>
public sealed class MailHealthCheck(IOptions<MailOptions> options, AppPaths paths) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var mail = options.Value;
        if (mail.UsesSmtp)
        {
            return Task.FromResult(HealthCheckResult.Healthy($"SMTP server {mail.Smtp.Host}:{mail.Smtp.Port}."));
        }

        try
        {
            Directory.CreateDirectory(paths.MailPickup);
            var probe = Path.Combine(paths.MailPickup, $".health-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return Task.FromResult(HealthCheckResult.Healthy($"No SMTP server: mail is written to {paths.MailPickup}."));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"No SMTP server, and the mail folder {paths.MailPickup} is not writable.", exception));
        }
    }
}

/// <summary>The disk that holds the data folder (database, backups, mail) has room left.</summary>
public sealed class DiskSpaceHealthCheck(AppPaths paths, IOptions<OperationsOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var drive = new DriveInfo(paths.Data);
        var freeMegabytes = drive.AvailableFreeSpace / (1024 * 1024);
        var minimum = options.Value.MinimumFreeDiskMegabytes;
        var description = $"{freeMegabytes} MB free for {paths.Data} (minimum {minimum} MB).";
        return Task.FromResult(freeMegabytes >= minimum ? HealthCheckResult.Healthy(description) : HealthCheckResult.Unhealthy(description));
    }
}
