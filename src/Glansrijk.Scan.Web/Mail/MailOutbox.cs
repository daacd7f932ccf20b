using Glansrijk.Scan.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Mail;

/// <summary>Stores a mail in the database and wakes the sender. Storing is the promise: once this returns,
/// the mail goes out even if SMTP is down now or the app restarts.</summary>
public sealed class MailOutbox(ScanDbContext db, OutboxSignal signal, TimeProvider time)
{
    /// <summary>Stores the mail, with whatever else the caller added to this unit of work (a fresh personal link, a
    /// record that a reminder went out), and wakes the sender.</summary>
    /// <returns>False when a mail with the same idempotency key was stored before, by an earlier or a racing run:
    /// then nothing of this unit of work is stored and its pending changes are dropped, so a caller that sends a
    /// series of mails can go on with the next one.</returns>
    public async Task<bool> SendAsync(OutgoingMail mail, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        if (!await EnqueueAsync(mail, idempotencyKey, cancellationToken))
        {
            db.ChangeTracker.Clear();
            return false;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // Two requests raced with the same key; the unique index let exactly one through.
            db.ChangeTracker.Clear();
            return false;
        }

        signal.Notify();
        return true;
    }

    /// <summary>Adds the mail to the caller's unit of work without saving, so it is stored in the same transaction
    /// as the change it belongs to (an invitation and the seat's new status). Call <see cref="OutboxSignal.Notify"/>
    /// after saving.</summary>
    /// <returns>False when a mail with the same idempotency key exists already (nothing is added).</returns>
    public async Task<bool> EnqueueAsync(OutgoingMail mail, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        if (idempotencyKey is not null && await ContainsAsync(idempotencyKey, cancellationToken))
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        db.OutboxMessages.Add(new OutboxMessage
        {
            IdempotencyKey = idempotencyKey,
            Reference = mail.Reference,
            ScanId = mail.ScanId,
            SeatId = mail.SeatId,
            ToAddress = mail.ToAddress,
            ToName = mail.ToName,
            Subject = mail.Content.Subject,
            HtmlBody = mail.Content.HtmlBody,
            TextBody = mail.Content.TextBody,
            Attachments = [.. mail.Attachments.Select(a => new OutboxAttachment { FileName = a.FileName, ContentType = a.ContentType, Content = a.Content })],
            CreatedAt = now,
            NextAttemptAt = now,
        });
        return true;
    }

    /// <summary>Whether a mail with this idempotency key is stored, or added in this unit of work.</summary>
    public async Task<bool> ContainsAsync(string idempotencyKey, CancellationToken cancellationToken) =>
        db.OutboxMessages.Local.Any(m => m.IdempotencyKey == idempotencyKey) ||
        await db.OutboxMessages.AnyAsync(m => m.IdempotencyKey == idempotencyKey, cancellationToken);
}

/// <summary>A feature that wants to know when one of its mails cannot be delivered (e.g. to mark a seat
/// "onbestelbaar"). Called in the sender's unit of work, before the failure is saved.</summary>
public interface IMailDeliveryObserver
{
    Task OnUndeliverableAsync(OutboxMessage message, ScanDbContext db, CancellationToken cancellationToken);
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
