using Glansrijk.Scan.Core.Scans;
using Glansrijk.Scan.Web.Features.Agenda.Exports;
using Glansrijk.Scan.Web.Features.Invitations;
using Glansrijk.Scan.Web.Mail;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Glansrijk.Scan.Web.Features.Agenda;

/// <summary>Once the chair has closed the verbeteragenda, every participant of the scan gets it by mail: the Word
/// document and the calendar items attached, and a personal link to the page. Each mail has an idempotency key per
/// agenda and seat, so closing again, a retried command or a crash half-way sends nobody a second copy; running this
/// again only fills in who was missed.</summary>
public sealed partial class AgendaAdoptedMail(
    ScanDbContext db,
    IAgendaReportSource reports,
    MailOutbox outbox,
    PersonalLinks links,
    MailTemplates templates,
    IOptions<AppOptions> app,
    TimeProvider time,
    ILogger<AgendaAdoptedMail> logger)
{
    public const string Template = "verbeteragenda-vastgesteld";

    public static string KeyFor(Guid agendaId, Guid seatId) => $"verbeteragenda:{agendaId}:{seatId}";

    /// <returns>How many mails were queued now.</returns>
    public async Task<int> SendAsync(Guid scanId, CancellationToken cancellationToken)
    {
        var agenda = await db.ImprovementAgendas.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(a => a.ScanId == scanId, cancellationToken);
        if (agenda is not { IsClosed: true })
        {
            return 0;
        }

        var scan = await db.Scans.AsNoTracking().Include(s => s.Seats).Include(s => s.Sessions).SingleAsync(s => s.Id == scanId, cancellationToken);
        var recipients = new List<Seat>();
        foreach (var seat in scan.ActiveSeats.Where(s => s.IsInitiator || s.Status is SeatStatus.Invited or SeatStatus.Accepted))
        {
            if (!await outbox.ContainsAsync(KeyFor(agenda.Id, seat.Id), cancellationToken))
            {
                recipients.Add(seat);
            }
        }

        if (recipients.Count == 0 || await reports.FindAsync(scan, cancellationToken) is not { } report)
        {
            return 0;
        }

        var attachments = new[]
        {
            new MailAttachment($"{report.FileStem}.docx", AgendaDocument.ContentType, AgendaDocument.Write(report)),
            new MailAttachment($"{report.FileStem}.ics", AgendaCalendar.ContentType, AgendaCalendar.Write(report)),
        };
        var now = time.GetUtcNow().UtcDateTime;
        var sent = 0;
        foreach (var seat in recipients)
        {
            var values = new Dictionary<string, string>
            {
                ["naam"] = seat.Person.Name,
                ["scan"] = scan.Details.Name,
                ["regio"] = report.Region,
                ["akkoord"] = report.Confirmations.InWords,
                ["acties"] = report.Actions.Count == 1 ? "1 actie" : $"{report.Actions.Count} acties",
                ["eigenacties"] = OwnActions(agenda, seat.Id),
                ["initiatiefnemer"] = scan.InitiatorSeat.Person.Name,
            };
            string link;
            if (seat.IsInitiator)
            {
                link = app.Value.Link($"scans/{scan.Id}/verbeteragenda");
            }
            else
            {
                link = links.Issue(scan.Id, seat, "verbeteragenda", now);
            }

            var mail = new OutgoingMail(seat.Person.Email, seat.Person.Name, templates.Render(Template, values, link))
            {
                Attachments = attachments,
                ScanId = scan.Id,
                SeatId = seat.Id,
            };
            var key = KeyFor(agenda.Id, seat.Id);
            if (await outbox.SendAsync(mail, key, cancellationToken))
            {
                sent++;
            }
            else
            {
                LogRaced(logger, key);
            }
        }

        if (sent > 0)
        {
            LogSent(logger, sent, scan.Id);
        }

        return sent;
    }

    private static string OwnActions(Core.Agenda.ImprovementAgenda agenda, Guid seatId)
    {
        var own = agenda.Actions.Where(a => a.OwnerSeatId == seatId).OrderBy(a => a.Position).Select(a => $"'{a.Title}'").ToList();
        return own.Count switch
        {
            0 => "Je bent van geen van de acties trekker.",
            1 => $"Je bent trekker van {own[0]}.",
            _ => $"Je bent trekker van {string.Join(", ", own[..^1])} en {own[^1]}.",
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The adopted verbeteragenda mail {Key} was stored by another run")]
    private static partial void LogRaced(ILogger logger, string key);

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued {Count} verbeteragenda mail(s) for scan {ScanId}")]
    private static partial void LogSent(ILogger logger, int count, Guid scanId);
}
