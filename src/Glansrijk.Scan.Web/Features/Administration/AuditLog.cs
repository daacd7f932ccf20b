using Glansrijk.Scan.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Glansrijk.Scan.Web.Features.Administration;

/// <summary>One administrative action: who did what to whom, and when. Only the names of the people involved are
/// kept (no e-mail addresses, reasons or links), so the log can be shown to every Beheerder and kept for years.</summary>
public sealed class AuditEntry
{
    public const int MaxNameLength = 200;
    public const int MaxActionLength = 200;

    public long Id { get; set; }
    public DateTime At { get; set; }
    public required string ActorName { get; set; }
    public required string Action { get; set; }
    public required string SubjectName { get; set; }
}

/// <summary>The Dutch wording of the actions, as the log shows them; one place so a test can look for them.</summary>
public static class AuditActions
{
    public const string AccountRequestApproved = "Accountaanvraag goedgekeurd";
    public const string AccountRequestRejected = "Accountaanvraag afgewezen";
    public const string AccountDeactivated = "Account uitgezet";
    public const string AccountReactivated = "Account weer aangezet";
    public const string AccountUnlocked = "Blokkering opgeheven";
    public const string TwoFactorReset = "Tweestapsverificatie opnieuw ingesteld";
    public const string MailRetried = "Mail opnieuw in de wachtrij gezet";
    public const string MailDropped = "Mail uit de wachtrij verwijderd";
    public const string AccountDeleted = "Account verwijderd";
    public const string ScanDeleted = "Scan verwijderd";
}

/// <summary>Writes the audit log. <see cref="RecordAsync"/> saves through the request's own database context, so an
/// action whose changes are still pending on that context is stored together with its log line.</summary>
public sealed class AuditLog(ScanDbContext db, TimeProvider time)
{
    public async Task RecordAsync(string actorName, string action, string subjectName, CancellationToken cancellationToken = default)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow().UtcDateTime,
            ActorName = Truncate(actorName, AuditEntry.MaxNameLength),
            Action = Truncate(action, AuditEntry.MaxActionLength),
            SubjectName = Truncate(subjectName, AuditEntry.MaxNameLength),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasIndex(e => e.At);
        builder.Property(e => e.ActorName).HasMaxLength(AuditEntry.MaxNameLength);
        builder.Property(e => e.Action).HasMaxLength(AuditEntry.MaxActionLength);
        builder.Property(e => e.SubjectName).HasMaxLength(AuditEntry.MaxNameLength);
    }
}
