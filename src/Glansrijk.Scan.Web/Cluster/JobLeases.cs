using Glansrijk.Scan.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Glansrijk.Scan.Web.Cluster;

/// <summary>Which node runs a once-per-cluster job until when. A node takes the lease only when it is free or
/// expired, with one conditional UPDATE, so two nodes can never both hold it.</summary>
public sealed class JobLease
{
    public required string Name { get; set; }
    public required string Holder { get; set; }
    public DateTime ExpiresAt { get; set; }
}

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.ToTable("JobLeases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(100);
        builder.Property(l => l.Holder).HasMaxLength(200);
    }
}

/// <summary>This process among the app's nodes: host name, process id and a random part, so a restarted node
/// never mistakes its predecessor's lease for its own.</summary>
public sealed record ClusterNode(string Id)
{
    public static ClusterNode ForThisProcess()
    {
        var host = Environment.MachineName.Length > 100 ? Environment.MachineName[..100] : Environment.MachineName;
        return new($"{host}/{Environment.ProcessId}/{Guid.NewGuid():N}");
    }
}

/// <summary>Takes, renews and gives back job leases in the database. Works the same on SQLite and PostgreSQL: the
/// take is an UPDATE … WHERE (free, expired or ours), and the first take of a job is an INSERT that the primary key
/// lets through once.</summary>
public sealed class JobLeases(IServiceScopeFactory scopes, ClusterNode node, TimeProvider time)
{
    public string Node => node.Id;

    /// <summary>Takes or renews the lease on <paramref name="job"/> for <paramref name="duration"/>; false when
    /// another node holds it and it has not expired.</summary>
    public async Task<bool> TryHoldAsync(string job, TimeSpan duration, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ScanDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var until = now + duration;
        var holder = node.Id;
        var taken = await db.JobLeases
            .Where(l => l.Name == job && (l.Holder == holder || l.ExpiresAt <= now))
            .ExecuteUpdateAsync(update => update.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), cancellationToken);
        if (taken == 1)
        {
            return true;
        }

        if (await db.JobLeases.AnyAsync(l => l.Name == job, cancellationToken))
        {
            return false;
        }

        db.JobLeases.Add(new JobLease { Name = job, Holder = holder, ExpiresAt = until });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another node inserted the first lease at the same moment; the key let only one through.
            return false;
        }
    }

    /// <summary>Gives the lease back (when stopping), so another node takes the job at its next tick instead of
    /// after the lease has run out.</summary>
    public async Task ReleaseAsync(string job, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ScanDbContext>();
        var holder = node.Id;
        // A moment long past rather than "now": whatever clock the next node goes by, the lease is free.
        var expired = DateTime.UnixEpoch;
        await db.JobLeases
            .Where(l => l.Name == job && l.Holder == holder)
            .ExecuteUpdateAsync(update => update.SetProperty(l => l.ExpiresAt, expired), cancellationToken);
    }
}
