using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.Scans;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Features.Invitations;
using Glansrijk.Scan.Web.Mail;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>Mails the session-1 report to everyone of the scan, once: when the chair ends session 1. That is the moment
/// the attendance and the scores are final; the mail links to the report page, which always shows the latest focus
/// list, so a focus confirmed after the end still reaches everyone. Each mail, with the participant's fresh personal
/// link, is saved in one transaction under an idempotency key per seat, so ending again, a retry or a second process
/// never sends a second copy.</summary>
public sealed partial class SessionOneReportMail(
    ScanDbContext db,
    MailOutbox outbox,
    PersonalLinks links,
    MailTemplates templates,
    ContentCatalog content,
    PrioritisingStates prioritising,
    IOptions<AppOptions> app,
    TimeProvider time,
    ILogger<SessionOneReportMail> logger)
{
    public const string Template = "verslag-sessie-1";

    public static string KeyFor(Guid scanId, Guid seatId) => $"verslag-sessie-1:{scanId}:{seatId}";

    /// <returns>How many mails were queued now.</returns>
    public async Task<int> SendOnceAsync(Guid scanId, CancellationToken cancellationToken)
    {
        var report = await SessionOneReport.LoadAsync(db, content, prioritising, scanId, cancellationToken);
        var scan = await db.Scans.AsNoTracking().Include(s => s.Seats).SingleOrDefaultAsync(s => s.Id == scanId, cancellationToken);
        if (report is null || scan is null)
        {
            return 0;
        }

        var attended = await db.LiveSessions.AsNoTracking().Where(s => s.ScanId == scanId && s.Kind == SessionKind.ScanSession && s.SessionNumber == 1)
            .SelectMany(s => s.Seats).Where(s => s.FirstPresentAt != null).Select(s => s.SeatId).ToListAsync(cancellationToken);
        var recipients = scan.ActiveSeats.Where(s => s.Status == SeatStatus.Accepted || attended.Contains(s.Id)).ToList();
        var now = time.GetUtcNow().UtcDateTime;
        var focus = report.Focus.Count == 0
            ? "die kiezen we nog; je ziet ze in het verslag zodra ze vaststaan"
            : string.Join("; ", report.Focus.Select(f => $"{f.Number}. {f.Title}")) + (report.FocusConfirmed ? "" : " (voorstel)");
        var sent = 0;
        foreach (var seat in recipients)
        {
            var key = KeyFor(scanId, seat.Id);
            if (await outbox.ContainsAsync(key, cancellationToken))
            {
                continue;
            }

            string link;
            if (seat.IsInitiator)
            {
                // The initiator signs in with their account; the page itself is their link.
                link = app.Value.Link($"scans/{scanId}/sessie-1");
            }
            else
            {
                link = links.Issue(scanId, seat, "sessie-1", now);
            }

            var values = new Dictionary<string, string>
            {
                ["naam"] = seat.Person.Name,
                ["scan"] = report.ScanName,
                ["regio"] = report.Region,
                ["datum"] = report.When,
                ["aanwezig"] = report.Attendance.Count == 1 ? "1 deelnemer" : $"{report.Attendance.Count} deelnemers",
                ["focus"] = focus,
                ["initiatiefnemer"] = scan.InitiatorSeat.Person.Name,
            };
            if (await outbox.SendAsync(new OutgoingMail(seat.Person.Email, seat.Person.Name, templates.Render(Template, values, link)) { Reference = $"verslag-sessie-1:{scanId}", ScanId = scanId, SeatId = seat.Id }, key, cancellationToken))
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
            LogSent(logger, scanId, sent);
        }

        return sent;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session-1 report of scan {ScanId} queued for {Count} people")]
    private static partial void LogSent(ILogger logger, Guid scanId, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session-1 report mail {Key} was queued by another run")]
    private static partial void LogRaced(ILogger logger, string key);
}
