using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Glansrijk.Scan.Web.Mail;

public enum OutboxStatus
{
    Pending = 0,
    Sent = 1,
    /// <summary>Refused permanently by the mail server, or out of attempts.</summary>
    Failed = 2,
}

/// <summary>A mail stored before it is sent, so it survives a restart or an SMTP outage.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Set by callers that may retry (e.g. "invitation:{seat}:{version}"): a second message with the
    /// same key is not stored, so a retried command never sends a mail twice.</summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>What the mail is about, e.g. "seat:{id}", so a feature can react when delivery fails for good.</summary>
    public string? Reference { get; set; }

    /// <summary>The scan the mail is about (see <see cref="OutgoingMail.ScanId"/>).</summary>
    public Guid? ScanId { get; set; }

    /// <summary>The seat the mail was sent to (see <see cref="OutgoingMail.SeatId"/>).</summary>
    public Guid? SeatId { get; set; }

    public required string ToAddress { get; set; }
    public string ToName { get; set; } = "";
    public required string Subject { get; set; }
    public required string HtmlBody { get; set; }
    public required string TextBody { get; set; }
    public List<OutboxAttachment> Attachments { get; set; } = [];

    /// <summary>The RFC 5322 Message-Id, fixed when stored, so a resend after a lost answer carries the same id.</summary>
    public string MessageId { get; set; } = $"{Guid.NewGuid():N}@glansrijk-scan";

    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public DateTime? SentAt { get; set; }
    public string? LastError { get; set; }

    /// <summary>Set by the node that is sending this mail right now (with <see cref="ClaimedUntil"/>), so no other
    /// node sends it too. A concurrency token: a node whose claim ran out and was taken over cannot save over the
    /// new owner's result.</summary>
    public Guid? ClaimToken { get; set; }

    /// <summary>Until when the claim holds; a node that died while sending leaves it, and the mail is sent again
    /// once this moment has passed.</summary>
    public DateTime? ClaimedUntil { get; set; }

    /// <summary>After delivery only what the Beheerder needs stays (to, subject, status, times): the body and the
    /// attachments go, because they held personal links that would work for anyone who reads the database. The caller
    /// removes the attachment rows from its unit of work.</summary>
    public void ForgetContent()
    {
        HtmlBody = "";
        TextBody = "";
        Attachments.Clear();
    }
}

public sealed class OutboxAttachment
{
    public int Id { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasIndex(m => m.IdempotencyKey).IsUnique();
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        builder.Property(m => m.ClaimToken).IsConcurrencyToken();
        builder.HasIndex(m => m.ScanId);
        builder.HasIndex(m => m.SeatId);
        builder.Property(m => m.ToAddress).HasMaxLength(320);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.IdempotencyKey).HasMaxLength(200);
        builder.Property(m => m.Reference).HasMaxLength(100);
        builder.HasMany(m => m.Attachments).WithOne().HasForeignKey("OutboxMessageId").OnDelete(DeleteBehavior.Cascade);
    }
}
