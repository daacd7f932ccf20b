namespace Glansrijk.Scan.Web.Mail;

public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>A mail as a feature hands it to the outbox.</summary>
public sealed record OutgoingMail(string ToAddress, string ToName, RenderedMail Content)
{
    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];

    /// <summary>See <see cref="OutboxMessage.Reference"/>.</summary>
    public string? Reference { get; init; }

    /// <summary>The scan and seat the mail is about, if any: deleting the scan deletes its mails, and a person's
    /// details leave the mails to them when they are withdrawn or replaced.</summary>
    public Guid? ScanId { get; init; }

    /// <summary>See <see cref="ScanId"/>.</summary>
    public Guid? SeatId { get; init; }
}

/// <summary>Subject and both bodies of a mail made from a template.</summary>
public sealed record RenderedMail(string Subject, string HtmlBody, string TextBody);
