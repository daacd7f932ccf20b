using Glansrijk.Scan.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Mail;

/// <summary>Stores a mail in the database and wakes the sender. Storing is the promise: once this returns,
/// the mail goes out even if SMTP is down now or the app restarts.</summary>
public sealed class MailOutbox(ScanDbContext db, OutboxSignal signal, TimeProvider time)
{
    /// <returns>False when a mail with the same idempotency key was stored before (nothing is added).</returns>
    public async Task<bool> SendAsync(OutgoingMail mail, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        if (idempotencyKey is not null && await db.OutboxMessages.AnyAsync(m => m.IdempotencyKey == idempotencyKey, cancellationToken))
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        db.OutboxMessages.Add(new OutboxMessage
        {
            IdempotencyKey = idempotencyKey,
            ToAddress = mail.ToAddress,
            ToName = mail.ToName,
            Subject = mail.Content.Subject,
            HtmlBody = mail.Content.HtmlBody,
            TextBody = mail.Content.TextBody,
            Attachments = [.. mail.Attachments.Select(a => new OutboxAttachment { FileName = a.FileName, ContentType = a.ContentType, Content = a.Content })],
            CreatedAt = now,
            NextAttemptAt = now,
        });

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // Two requests raced with the same key; the unique index let exactly one through.
            return false;
        }

        signal.Notify();
        return true;
    }
}

/// <summary>Lets a request wake the background sender at once instead of waiting for the next poll.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; the sender will pick up everything that is due.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _semaphore.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _semaphore.Dispose();
}
