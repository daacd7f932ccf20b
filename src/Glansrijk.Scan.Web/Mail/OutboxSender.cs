using Glansrijk.Scan.Web.Persistence;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Glansrijk.Scan.Web.Mail;

/// <summary>Sends due outbox mail in the background, retrying with back-off. Each message's new state is saved
/// right after its attempt, so a crash never makes the sender forget what it already sent.</summary>
public sealed partial class OutboxSender(
    IServiceScopeFactory scopes,
    IMailTransport transport,
    OutboxSignal signal,
    IOptions<MailOptions> options,
    TimeProvider time,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private const int BatchSize = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogSenderFailed(logger, exception);
            }

            try
            {
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Sends everything that is due now; returns how many were sent by this node. Every node of the app runs
    /// a sender: each mail is claimed with one conditional UPDATE before it is sent, so of two nodes that see the
    /// same due mail exactly one sends it.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ScanDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var due = await Due(db, now)
            .OrderBy(m => m.CreatedAt)
            .Select(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var id in due)
        {
            var message = await ClaimAsync(db, id, cancellationToken);
            if (message is null)
            {
                continue;
            }

            message.Attempts++;
            try
            {
                await transport.DeliverAsync(ToMime(message), cancellationToken);
                message.Status = OutboxStatus.Sent;
                message.SentAt = time.GetUtcNow().UtcDateTime;
                message.LastError = null;
                db.RemoveRange(message.Attachments);
                message.ForgetContent();
                sent++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                message.LastError = Shorten(Describe(exception));
                if (IsPermanent(exception) || message.Attempts >= options.Value.MaxAttempts)
                {
                    message.Status = OutboxStatus.Failed;
                    LogGaveUp(logger, message.Id, message.Attempts, message.LastError);
                    foreach (var observer in scope.ServiceProvider.GetServices<IMailDeliveryObserver>())
                    {
                        await observer.OnUndeliverableAsync(message, db, cancellationToken);
                    }
                }
                else
                {
                    message.NextAttemptAt = time.GetUtcNow().UtcDateTime + RetryDelay(message.Attempts);
                    LogWillRetry(logger, message.Id, message.Attempts, message.NextAttemptAt, message.LastError);
                }
            }

            message.ClaimToken = null;
            message.ClaimedUntil = null;
            try
            {
                await db.SaveChangesAsync(CancellationToken.None);
            }
            catch (DbUpdateConcurrencyException)
            {
                // The claim ran out while sending and another node took the mail over; its result stands.
                LogClaimLost(logger, message.Id);
            }

            db.ChangeTracker.Clear();
        }

        return sent;
    }

    private static IQueryable<OutboxMessage> Due(ScanDbContext db, DateTime now) =>
        db.OutboxMessages.Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil <= now));

    /// <summary>Claims the mail if it is still due and unclaimed (or its claim ran out) and loads it; null when
    /// another node got it first or it is no longer due.</summary>
    private async Task<OutboxMessage?> ClaimAsync(ScanDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var until = now + options.Value.ClaimDuration;
        var token = Guid.NewGuid();
        var claimed = await Due(db, now)
            .Where(m => m.Id == id)
            .ExecuteUpdateAsync(update => update.SetProperty(m => m.ClaimToken, token).SetProperty(m => m.ClaimedUntil, until), cancellationToken);
        return claimed == 1
            ? await db.OutboxMessages.Include(m => m.Attachments).SingleAsync(m => m.Id == id, cancellationToken)
            : null;
    }

    internal TimeSpan RetryDelay(int attempts)
    {
        var factor = Math.Pow(2, Math.Min(attempts - 1, 20));
        var delay = TimeSpan.FromTicks((long)Math.Min(options.Value.RetryBaseDelay.Ticks * factor, options.Value.RetryMaxDelay.Ticks));
        return delay;
    }

    /// <summary>Retrying will not help when the server refuses this recipient or this message for good (5xx), when
    /// the message is too large (552, also when refused at MAIL FROM), or when the address cannot be parsed. Other
    /// refusals, such as a sender policy, are usually a setting the operator fixes; those mails wait and retry.</summary>
    private static bool IsPermanent(Exception exception) => exception switch
    {
        ParseException => true,
        SmtpCommandException { StatusCode: SmtpStatusCode.ExceededStorageAllocation } => true,
        SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted } command => (int)command.StatusCode >= 500,
        _ => false,
    };

    private MimeMessage ToMime(OutboxMessage message)
    {
        var mail = options.Value;
        var mime = new MimeMessage { Subject = message.Subject, MessageId = message.MessageId };
        mime.From.Add(new MailboxAddress(mail.FromName, mail.FromAddress));
        mime.To.Add(new MailboxAddress(message.ToName, message.ToAddress));
        var body = new BodyBuilder { HtmlBody = message.HtmlBody, TextBody = message.TextBody };
        foreach (var attachment in message.Attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        mime.Body = body.ToMessageBody();
        return mime;
    }

    private static string Describe(Exception exception) => exception switch
    {
        SmtpCommandException command => $"SMTP {(int)command.StatusCode} ({command.ErrorCode}): {command.Message}",
        _ => $"{exception.GetType().Name}: {exception.Message}",
    };

    private static string Shorten(string text) => text.Length <= 500 ? text : text[..500];

    [LoggerMessage(Level = LogLevel.Error, Message = "The mail sender failed; it tries again at the next poll")]
    private static partial void LogSenderFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MessageId} failed (attempt {Attempts}); next try at {NextAttemptAt:u}: {Error}")]
    private static partial void LogWillRetry(ILogger logger, Guid messageId, int attempts, DateTime nextAttemptAt, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MessageId}: the claim ran out while sending and another node took it over")]
    private static partial void LogClaimLost(ILogger logger, Guid messageId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail {MessageId} given up after {Attempts} attempts: {Error}")]
    private static partial void LogGaveUp(ILogger logger, Guid messageId, int attempts, string error);
}
