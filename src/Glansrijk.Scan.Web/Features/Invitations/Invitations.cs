using Glansrijk.Scan.Core.Scans;
using Glansrijk.Scan.Web.Cluster;
using Glansrijk.Scan.Web.Mail;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Glansrijk.Scan.Web.Features.Invitations;

/// <summary>Sends invitations and reminders, and revokes links. Each mail, its personal link and the seat's new
/// state are saved in one transaction, and every mail has an idempotency key, so a retried request or a restarted
/// job never sends a mail twice.</summary>
public sealed class Invitations(
    ScanDbContext db,
    MailOutbox outbox,
    OutboxSignal signal,
    InvitationMail mails,
    IOptions<AppOptions> app,
    TimeProvider time)
{
    /// <summary>Invites the given seats. <paramref name="commandId"/> comes from the form, so submitting the same
    /// form twice (a double click, a retry after a time-out) sends each mail once.</summary>
    /// <returns>How many invitations were queued.</returns>
    public async Task<int> InviteAsync(Core.Scans.Scan scan, IReadOnlyCollection<Guid> seatIds, Guid commandId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var queued = 0;
        foreach (var seatId in seatIds)
        {
            var seat = scan.Seat(seatId);
            var key = $"invitation:{seat.Id}:{seat.Occupancy}:{commandId}";
            if (await outbox.ContainsAsync(key, cancellationToken))
            {
                // Already sent by an earlier submission of this very form.
                continue;
            }

            var (link, token) = ParticipantLink.Create(scan.Id, seat.Id, seat.Occupancy, now);
            scan.MarkInvited(seat.Id, now);
            await outbox.EnqueueAsync(mails.Invitation(scan, seat, LinkFor(token)), key, cancellationToken);
            db.ParticipantLinks.Add(link);
            queued++;
        }

        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return queued;
    }

    /// <summary>Sends one reminder to each seat that was invited at least <paramref name="after"/> ago, has not
    /// answered and was not reminded yet.</summary>
    public async Task<int> RemindAsync(TimeSpan after, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var due = now - after;
        var scans = await db.Scans.Include(s => s.Seats).Include(s => s.Sessions)
            .Where(s => s.Seats.Any(seat => seat.Status == SeatStatus.Invited && seat.ReminderSentAt == null && seat.InvitedAt <= due))
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var scan in scans)
        {
            if (scan.Session(1).Plan.Date < DateOnly.FromDateTime(now))
            {
                continue;
            }

            foreach (var seat in scan.ActiveSeats.Where(s => s.AwaitsAnswer && s.ReminderSentAt is null && s.InvitedAt <= due).ToList())
            {
                var key = $"reminder:{seat.Id}:{seat.Occupancy}";
                scan.MarkReminded(seat.Id, now);
                if (await outbox.ContainsAsync(key, cancellationToken))
                {
                    continue;
                }

                var (link, token) = ParticipantLink.Create(scan.Id, seat.Id, seat.Occupancy, now);
                await outbox.EnqueueAsync(mails.Reminder(scan, seat, LinkFor(token)), key, cancellationToken);
                db.ParticipantLinks.Add(link);
                sent++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return sent;
    }

    /// <summary>Stops every link of a seat (after the person is replaced or withdrawn).</summary>
    public async Task RevokeLinksAsync(Guid seatId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await db.ParticipantLinks.Where(l => l.SeatId == seatId && l.RevokedAt == null)
            .ExecuteUpdateAsync(update => update.SetProperty(l => l.RevokedAt, now), cancellationToken);
    }

    private string LinkFor(string token) => app.Value.Link($"deelnemer/{token}");
}

/// <summary>Marks a seat "onbestelbaar" when the mail server refuses its invitation for good.</summary>
public sealed class InvitationDeliveryObserver : IMailDeliveryObserver
{
    public async Task OnUndeliverableAsync(OutboxMessage message, ScanDbContext db, CancellationToken cancellationToken)
    {
        if (message.Reference?.StartsWith("seat:", StringComparison.Ordinal) != true ||
            !Guid.TryParse(message.Reference["seat:".Length..], out var seatId))
        {
            return;
        }

        var scan = await db.Scans.Include(s => s.Seats).Include(s => s.Sessions)
            .SingleOrDefaultAsync(s => s.Seats.Any(seat => seat.Id == seatId), cancellationToken);
        scan?.MarkUndeliverable(seatId);
    }
}

/// <summary>Looks for unanswered invitations now and then and sends each one reminder, on one node of the cluster.</summary>
public sealed partial class InvitationReminders(
    IServiceScopeFactory scopes,
    JobLeases leases,
    IOptions<InvitationOptions> options,
    ILogger<InvitationReminders> logger) : OncePerClusterJob(scopes, leases, logger)
{
    protected override string Name => "invitation-reminders";

    protected override TimeSpan Interval => options.Value.ReminderCheckInterval;

    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var sent = await services.GetRequiredService<Invitations>()
            .RemindAsync(TimeSpan.FromDays(options.Value.ReminderAfterDays), cancellationToken);
        if (sent > 0)
        {
            LogReminders(logger, sent);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued {Count} invitation reminder(s)")]
    private static partial void LogReminders(ILogger logger, int count);
}
