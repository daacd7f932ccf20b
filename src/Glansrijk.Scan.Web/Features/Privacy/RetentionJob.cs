using System.Globalization;
using Glansrijk.Scan.Core.Scans;
using Glansrijk.Scan.Web.Features.Shared;
using Glansrijk.Scan.Web.Mail;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Glansrijk.Scan.Web.Features.Privacy;

/// <summary>What one run of the retention job did.</summary>
public sealed record RetentionRunResult(int Announced, int Anonymised);

/// <summary>One run of the retention rule over all scans: a month before a scan's retention period ends its initiator
/// gets one mail; once it has ended (and the mail went at least a month earlier) the scan's personal data is removed.
/// All the work is in <see cref="RunOnceAsync"/>, so a cluster-wide lease can call it on one node.</summary>
public sealed partial class RetentionRun(
    ScanDbContext db,
    ScanErasure erasure,
    MailOutbox outbox,
    OutboxSignal signal,
    MailTemplates templates,
    IOptions<PrivacyOptions> options,
    IOptions<AppOptions> app,
    TimeProvider time,
    ILogger<RetentionRun> logger)
{
    public const string NoticeTemplate = "bewaartermijn";
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public async Task<RetentionRunResult> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var rule = options.Value.Rule;
        // A scan's last activity is never before it was made, so younger scans cannot be due for anything yet.
        var madeBefore = now - rule.Period + rule.Notice;
        var candidates = await db.Scans.Where(s => s.AnonymisedAt == null && s.CreatedAt <= madeBefore).Select(s => s.Id).ToListAsync(cancellationToken);
        int announced = 0, anonymised = 0;
        foreach (var scanId in candidates)
        {
            db.ChangeTracker.Clear();
            var scan = await db.Scans.Include(s => s.Seats).Include(s => s.Sessions).SingleAsync(s => s.Id == scanId, cancellationToken);
            var lastActivity = await LastActivityAsync(scan, cancellationToken);
            var decision = rule.Decide(lastActivity, scan.RetentionNoticeSentAt, scan.AnonymisedAt, now);
            switch (decision.Step)
            {
                case RetentionStep.Announce:
                    await AnnounceAsync(scan, lastActivity, decision.RemoveOn, now, cancellationToken);
                    announced++;
                    break;
                case RetentionStep.Anonymise:
                    await erasure.AnonymiseAsync(scan, now, cancellationToken);
                    LogAnonymised(logger, scan.Id, lastActivity);
                    anonymised++;
                    break;
            }
        }

        if (announced > 0)
        {
            signal.Notify();
        }

        return new RetentionRunResult(announced, anonymised);
    }

    /// <summary>The last moment anyone did something with the scan: made it, was invited or answered, met (planned or
    /// live), opened a personal link, or updated an action.</summary>
    public async Task<DateTime> LastActivityAsync(Core.Scans.Scan scan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var sessions = db.LiveSessions.Where(s => s.ScanId == scan.Id);
        var agendas = db.ImprovementAgendas.Where(a => a.ScanId == scan.Id);
        DateTime?[] moments =
        [
            scan.CreatedAt,
            .. scan.Seats.Select(s => s.RespondedAt),
            .. scan.Seats.Select(s => s.InvitedAt),
            .. scan.Sessions.Select(s => (DateTime?)s.Plan.EndsAt.ToUtcFromDutch()),
            await sessions.MaxAsync(s => (DateTime?)s.StartedAt, cancellationToken),
            await sessions.MaxAsync(s => s.EndedAt, cancellationToken),
            await db.ParticipantLinks.Where(l => l.ScanId == scan.Id).MaxAsync(l => l.LastUsedAt, cancellationToken),
            await agendas.MaxAsync(a => a.ClosedAt, cancellationToken),
            await agendas.SelectMany(a => a.Actions).SelectMany(a => a.History).MaxAsync(u => (DateTime?)u.At, cancellationToken),
        ];
        return moments.Where(m => m is not null).Max(m => m!.Value);
    }

    private async Task AnnounceAsync(Core.Scans.Scan scan, DateTime lastActivity, DateTime removeOn, DateTime now, CancellationToken cancellationToken)
    {
        var account = await db.Users.SingleOrDefaultAsync(a => a.Id == scan.InitiatorAccountId, cancellationToken);
        var (address, name) = account is { Email: { } email } ? (email, account.DisplayName) : (scan.InitiatorSeat.Person.Email, scan.InitiatorSeat.Person.Name);
        scan.MarkRetentionNoticeSent(now);
        if (address.Length > 0)
        {
            var content = templates.Render(NoticeTemplate, new Dictionary<string, string>
            {
                ["naam"] = name,
                ["scan"] = scan.Details.Name,
                ["datum"] = removeOn.ToDutchTime().ToString("d MMMM yyyy", Dutch),
            }, app.Value.Link($"scans/{scan.Id}"));
            // Once per retention period: activity after the notice starts a new period with a new notice.
            var key = $"bewaartermijn:{scan.Id}:{lastActivity:yyyyMMddHHmmss}";
            await outbox.EnqueueAsync(new OutgoingMail(address, name, content) { ScanId = scan.Id }, key, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        LogAnnounced(logger, scan.Id, removeOn);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: initiator of scan {ScanId} told that its personal data goes on {RemoveOn:u}")]
    private static partial void LogAnnounced(ILogger logger, Guid scanId, DateTime removeOn);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: personal data of scan {ScanId} removed (last activity {LastActivity:u})")]
    private static partial void LogAnonymised(ILogger logger, Guid scanId, DateTime lastActivity);
}

/// <summary>Runs <see cref="RetentionRun"/> now and then.</summary>
public sealed partial class RetentionJob(
    IServiceScopeFactory scopes,
    IOptions<PrivacyOptions> options,
    ILogger<RetentionJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetentionCheckInterval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<RetentionRun>().RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The retention job failed; it tries again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
