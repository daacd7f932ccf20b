using System.Globalization;
using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Web.Cluster;
using Glansrijk.Scan.Web.Features.Invitations;
using Glansrijk.Scan.Web.Features.Shared;
using Glansrijk.Scan.Web.Mail;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Options;

namespace Glansrijk.Scan.Web.Features.Agenda;

public enum ActionReminderKind
{
    /// <summary>A check moment is coming up.</summary>
    CheckMoment = 0,

    /// <summary>The deadline passed and the action is not finished.</summary>
    Overdue = 1,

    /// <summary>A period of one of the action's indicators ended without a figure.</summary>
    Measurement = 2,
}

/// <summary>A reminder that went out, remembered by its key (kind, action and the date it is about), so it is sent
/// once however often the job runs, restarts or runs in two processes at once.</summary>
public sealed class SentActionReminder
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Key { get; set; }
    public Guid AgendaId { get; set; }
    public Guid ActionId { get; set; }
    public Guid SeatId { get; set; }
    public ActionReminderKind Kind { get; set; }

    /// <summary>The check moment or the deadline the reminder is about.</summary>
    public DateOnly About { get; set; }

    public DateTime SentAt { get; set; }

    /// <summary>A new check moment or deadline is a new date, so it gets its own reminder.</summary>
    public static string KeyFor(ActionReminderKind kind, Guid actionId, DateOnly about) =>
        $"{(kind == ActionReminderKind.CheckMoment ? "actie-checkmoment" : "actie-achter")}:{actionId}:{about:yyyy-MM-dd}";

    /// <summary>One reminder per indicator per period.</summary>
    public static string KeyFor(Guid indicatorId, ReportingPeriod period) => $"indicator-meting:{indicatorId}:{period.Label}";
}

internal sealed class SentActionReminderConfiguration : IEntityTypeConfiguration<SentActionReminder>
{
    public void Configure(EntityTypeBuilder<SentActionReminder> builder)
    {
        builder.ToTable("SentActionReminders");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Key).HasMaxLength(120);
        builder.HasIndex(r => r.Key).IsUnique();
        builder.HasIndex(r => r.ActionId);
        builder.HasOne<ImprovementAgenda>().WithMany().HasForeignKey(r => r.AgendaId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>Finds the reminders that are due and puts each in the mail outbox, once. Each reminder, its record and
/// the trekker's fresh personal link are saved in one transaction; the record's unique key and the outbox's
/// idempotency key both stop a second copy, also when a crashed run is repeated.</summary>
public sealed partial class ActionReminderMail(
    ScanDbContext db,
    MailOutbox outbox,
    PersonalLinks links,
    MailTemplates templates,
    ContentCatalog content,
    IOptions<AgendaOptions> options,
    TimeProvider time,
    ILogger<ActionReminderMail> logger)
{
    public const string CheckMomentTemplate = "actie-checkmoment";
    public const string OverdueTemplate = "actie-over-deadline";
    public const string MeasurementTemplate = "indicator-meting";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <returns>How many reminders were queued.</returns>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now.ToDutchTime());
        var lead = options.Value.ReminderDaysBeforeCheck;
        var agendas = await db.ImprovementAgendas.AsNoTracking().AsSplitQuery().Where(a => a.ClosedAt != null).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var agenda in agendas)
        {
            var due = agenda.Actions.Where(a => !a.IsFinished).SelectMany(a => DueFor(a, today, lead))
                .Select(d => (d.Action, d.Kind, d.About, Indicator: (Indicator?)null, Key: SentActionReminder.KeyFor(d.Kind, d.Action.Id, d.About)))
                .Concat(agenda.Actions.Where(a => !a.IsFinished).SelectMany(a => a.Indicators
                    .Where(i => i.DuePeriod(today) is not null)
                    .Select(i => (Action: a, Kind: ActionReminderKind.Measurement, About: i.DuePeriod(today)!.Value.End, Indicator: (Indicator?)i, Key: SentActionReminder.KeyFor(i.Id, i.DuePeriod(today)!.Value)))))
                .ToList();
            if (due.Count == 0)
            {
                continue;
            }

            var scan = await db.Scans.AsNoTracking().Include(s => s.Seats).Include(s => s.Sessions).SingleAsync(s => s.Id == agenda.ScanId, cancellationToken);
            foreach (var (action, kind, about, indicator, key) in due)
            {
                if (await db.SentActionReminders.AnyAsync(r => r.Key == key, cancellationToken) || await outbox.ContainsAsync(key, cancellationToken))
                {
                    continue;
                }

                if (scan.Seats.FirstOrDefault(s => s.Id == action.OwnerSeatId) is not { IsActive: true, IsAnonymised: false } seat)
                {
                    // A trekker who left the scan has no link; the initiator sees the action as late on the overview.
                    continue;
                }

                var values = new Dictionary<string, string>
                {
                    ["naam"] = seat.Person.Name,
                    ["actie"] = action.Title,
                    ["norm"] = content.FindItem(action.NormId)?.Item.Title ?? action.NormId,
                    ["checkmoment"] = action.NextCheck.ToString("dddd d MMMM yyyy", Dutch),
                    ["deadline"] = action.Deadline.ToString("dddd d MMMM yyyy", Dutch),
                    ["status"] = action.Status.InWords(),
                    ["scan"] = scan.Details.Name,
                    ["initiatiefnemer"] = scan.InitiatorSeat.Person.Name,
                    ["indicator"] = indicator?.Name ?? "",
                    ["periode"] = indicator?.DuePeriod(today)?.InWords ?? "",
                    ["bron"] = indicator?.Source ?? "",
                };
                var template = kind switch
                {
                    ActionReminderKind.CheckMoment => CheckMomentTemplate,
                    ActionReminderKind.Measurement => MeasurementTemplate,
                    _ => OverdueTemplate,
                };
                var mail = new OutgoingMail(seat.Person.Email, seat.Person.Name, templates.Render(template, values, links.Issue(scan.Id, seat, "acties", now)))
                {
                    ScanId = scan.Id,
                    SeatId = seat.Id,
                };
                db.SentActionReminders.Add(new SentActionReminder
                {
                    Key = key,
                    AgendaId = agenda.Id,
                    ActionId = action.Id,
                    SeatId = seat.Id,
                    Kind = kind,
                    About = about,
                    SentAt = now,
                });
                if (await outbox.SendAsync(mail, key, cancellationToken))
                {
                    sent++;
                }
                else
                {
                    LogRaced(logger, key);
                }
            }
        }

        return sent;
    }

    /// <summary>A reminder from <paramref name="lead"/> days before the check moment up to the day itself, and one
    /// once the deadline has passed.</summary>
    private static IEnumerable<(AgendaAction Action, ActionReminderKind Kind, DateOnly About)> DueFor(AgendaAction action, DateOnly today, int lead)
    {
        if (today > action.Deadline)
        {
            yield return (action, ActionReminderKind.Overdue, action.Deadline);
        }
        else if (today >= action.NextCheck.AddDays(-lead) && today <= action.NextCheck)
        {
            yield return (action, ActionReminderKind.CheckMoment, action.NextCheck);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Action reminder {Key} was stored by another run")]
    private static partial void LogRaced(ILogger logger, string key);
}

/// <summary>Looks for due action reminders now and then, on one node of the cluster.</summary>
public sealed partial class ActionReminderJob(
    IServiceScopeFactory scopes,
    JobLeases leases,
    IOptions<AgendaOptions> options,
    ILogger<ActionReminderJob> logger) : OncePerClusterJob(scopes, leases, logger)
{
    protected override string Name => "action-reminders";

    protected override TimeSpan Interval => options.Value.ReminderCheckInterval;

    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var sent = await services.GetRequiredService<ActionReminderMail>().SendDueAsync(cancellationToken);
        if (sent > 0)
        {
            LogReminders(logger, sent);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued {Count} action reminder(s)")]
    private static partial void LogReminders(ILogger logger, int count);
}
