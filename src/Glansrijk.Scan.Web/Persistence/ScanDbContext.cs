using Glansrijk.Scan.Web.Cluster;
using Glansrijk.Scan.Web.Features.Accounts;
using Glansrijk.Scan.Web.Features.Administration;
using Glansrijk.Scan.Web.Features.Agenda;
using Glansrijk.Scan.Web.Features.Invitations;
using Glansrijk.Scan.Web.Mail;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Persistence;

/// <summary>The one database of the app: Identity's tables plus the app's own. Each feature keeps its entity
/// configuration beside its entities; this class only collects them. This type is the SQLite context (its migrations
/// are in Migrations/); <see cref="PostgreSql.PostgreSqlScanDbContext"/> derives from it for PostgreSQL, so the app
/// always asks for a <see cref="ScanDbContext"/> and each provider keeps its own migrations.</summary>
public class ScanDbContext : IdentityDbContext<Account>, IDataProtectionKeyContext
{
    public ScanDbContext(DbContextOptions<ScanDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's own context type, whose migrations are kept apart.</summary>
    protected ScanDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<Core.Scans.Scan> Scans => Set<Core.Scans.Scan>();
    public DbSet<ParticipantLink> ParticipantLinks => Set<ParticipantLink>();
    public DbSet<AccountRequest> AccountRequests => Set<AccountRequest>();
    public DbSet<Core.Sessions.LiveSession> LiveSessions => Set<Core.Sessions.LiveSession>();
    public DbSet<Core.Agenda.ImprovementAgenda> ImprovementAgendas => Set<Core.Agenda.ImprovementAgenda>();
    public DbSet<Core.Agenda.Prioritisation> Prioritisations => Set<Core.Agenda.Prioritisation>();
    public DbSet<SentActionReminder> SentActionReminders => Set<SentActionReminder>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<SetupLink> SetupLinks => Set<SetupLink>();

    /// <summary>The data-protection key ring, shared by every node so a cookie or form token made on one is read on another.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ScanDbContext).Assembly);
    }
}
