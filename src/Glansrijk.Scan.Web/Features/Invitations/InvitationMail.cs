using System.Globalization;
using System.Text;
using Glansrijk.Scan.Core.Scans;
using Glansrijk.Scan.Web.Features.Shared;
using Glansrijk.Scan.Web.Mail;

using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Glansrijk.Scan.Web.Features.Invitations;

public sealed record InvitationPreview(string ToName, string ToAddress, string Subject, string BodyHtml, string Action);

/// <summary>Builds the invitation and reminder mails of a scan, and the calendar file with both sessions.</summary>
public sealed class InvitationMail(MailTemplates templates)
{
    public const string InvitationTemplate = "uitnodiging";
    public const string ReminderTemplate = "herinnering";

    /// <summary>The placeholders an initiator may use in an edited invitation text.</summary>
    public static readonly IReadOnlyList<string> Placeholders = ["naam", "scan", "regio", "sessie-1", "sessie-2", "initiatiefnemer", "organisatie"];

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public string StandardText => templates.Get(InvitationTemplate).Body;

    public OutgoingMail Invitation(Core.Scans.Scan scan, Seat seat, string link) =>
        Mail(scan, seat, templates.Get(InvitationTemplate) is var template && scan.InvitationText is { } edited ? template with { Body = edited } : template, link);

    public OutgoingMail Reminder(Core.Scans.Scan scan, Seat seat, string link) => Mail(scan, seat, templates.Get(ReminderTemplate), link);

    /// <summary>The invitation as the first invited person will get it, for the preview on the invitation page.</summary>
    public InvitationPreview Preview(Core.Scans.Scan scan)
    {
        var seat = scan.ActiveSeats.Where(s => !s.IsInitiator).MinBy(s => s.AddedAt) ?? scan.InitiatorSeat;
        var template = templates.Get(InvitationTemplate);
        var (subject, body, action) = templates.RenderForPreview(scan.InvitationText is { } text ? template with { Body = text } : template, Values(scan, seat));
        return new InvitationPreview(seat.Person.Name, seat.Person.Email, subject, body, action ?? "Open de link");
    }

    private OutgoingMail Mail(Core.Scans.Scan scan, Seat seat, MailTemplate template, string link) =>
        new(seat.Person.Email, seat.Person.Name, templates.Render(template, Values(scan, seat), link))
        {
            Attachments = [new MailAttachment("implementatiescan.ics", "text/calendar; charset=utf-8; method=PUBLISH", Calendar(scan))],
            Reference = SeatReference(seat.Id),
            ScanId = scan.Id,
            SeatId = seat.Id,
        };

    public static string SeatReference(Guid seatId) => $"seat:{seatId}";

    private static Dictionary<string, string> Values(Core.Scans.Scan scan, Seat seat) => new()
    {
        ["naam"] = seat.Person.Name,
        ["scan"] = scan.Details.Name,
        ["regio"] = scan.Details.Region,
        ["sessie-1"] = Describe(scan.Session(1).Plan),
        ["sessie-2"] = Describe(scan.Session(2).Plan),
        ["initiatiefnemer"] = scan.InitiatorSeat.Person.Name,
        ["organisatie"] = scan.InitiatorSeat.Person.Organisation,
    };

    /// <summary>"dinsdag 10 februari 2027, 13.00–16.00 uur, Stadskantoor (online: https://…)".</summary>
    public static string Describe(SessionPlan plan)
    {
        var text = new StringBuilder()
            .Append(plan.Date.ToString("dddd d MMMM yyyy", Dutch))
            .Append(", ").Append(plan.Start.ToString("HH.mm", Dutch)).Append('–').Append(plan.End.ToString("HH.mm", Dutch)).Append(" uur");
        if (plan.Place is not null)
        {
            text.Append(", ").Append(plan.Place);
        }

        if (plan.VideoLink is not null)
        {
            text.Append(plan.Place is null ? ", online: " : " (ook online: ").Append(plan.VideoLink).Append(plan.Place is null ? "" : ")");
        }

        return text.ToString();
    }

    /// <summary>Both sessions as an iCalendar file. UIDs are stable per scan and session, so a changed date sent
    /// again updates the event in the participant's calendar instead of adding a second one.</summary>
    public static byte[] Calendar(Core.Scans.Scan scan)
    {
        var calendar = new Ical.Net.Calendar { Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", scan.Details.Name);
        foreach (var session in scan.Sessions.OrderBy(s => s.Number))
        {
            var plan = session.Plan;
            var calendarEvent = new CalendarEvent
            {
                Uid = $"{scan.Id:N}-sessie-{session.Number}@glansrijk-scan",
                Summary = $"{scan.Details.Name}: sessie {session.Number}",
                Description = session.Number == 1
                    ? "Sessie 1 van de Implementatiescan: de kwaliteitsnormen en de route doorontwikkeling scoren. Neem een tablet of laptop mee."
                    : "Sessie 2 van de Implementatiescan: de gezamenlijke verbeteragenda maken. Neem een tablet of laptop mee.",
                Location = plan.Place ?? plan.VideoLink,
                DtStart = new CalDateTime(plan.StartsAt.ToUtcFromDutch()),
                DtEnd = new CalDateTime(plan.EndsAt.ToUtcFromDutch()),
                DtStamp = new CalDateTime(DateTime.SpecifyKind(scan.CreatedAt, DateTimeKind.Utc)),
            };
            if (plan.VideoLink is not null)
            {
                calendarEvent.Url = new Uri(plan.VideoLink);
            }

            calendar.Events.Add(calendarEvent);
        }

        return Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar)!);
    }
}
