using Glansrijk.Scan.Web.Features.Accounts;
using Glansrijk.Scan.Web.Features.Administration;
using Glansrijk.Scan.Web.Features.Agenda;
using Glansrijk.Scan.Web.Features.Invitations;
using Glansrijk.Scan.Web.Mail;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Persistence;

/// <summary>The one database of the app: Identity's tables plus the app's own. Each feature keeps its entity
/// configuration beside its entities; this class only collects them.</summary>
public sealed class ScanDbContext(DbContextOptions<ScanDbContext> options) : IdentityDbContext<Account>(options)
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<Core.Scans.Scan> Scans => Set<Core.Scans.Scan>();
    public DbSet<ParticipantLink> ParticipantLinks => Set<ParticipantLink>();
    public DbSet<AccountRequest> AccountRequests => Set<AccountRequest>();
    public DbSet<Core.Sessions.LiveSession> LiveSessions => Set<Core.Sessions.LiveSession>();
    public DbSet<Core.Agenda.ImprovementAgenda> ImprovementAgendas => Set<Core.Agenda.ImprovementAgenda>();
    public DbSet<Core.Agenda.Prioritisation> Prioritisations => Set<Core.Agenda.Prioritisation>();
    public DbSet<SentActionReminder> SentActionReminders => Set<SentActionReminder>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ScanDbContext).Assembly);
    }
}
