using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Glansrijk.Scan.Web.Features.Agenda.Exports;

/// <summary>The deadlines and check moments of the actions as all-day calendar items.
/// <para>Each item's UID is made of the action's id and the kind of moment (deadline, first check, next check), not
/// of the date: importing the file again after a date moved updates the item instead of adding a second one. The
/// SEQUENCE grows with the action's PDCA updates, so calendars take the newer version. A dropped action's items are
/// sent as cancelled, which removes them from calendars that imported them before.</para>
/// <para>The moments are dates without a time, so no time zone is involved: an all-day item on 10 February is 10
/// February in every calendar.</para></summary>
public static class AgendaCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";
    private const string UidDomain = "glansrijk-scan";

    public static string DeadlineUid(Guid actionId) => $"{actionId:N}-deadline@{UidDomain}";

    public static string FirstCheckUid(Guid actionId) => $"{actionId:N}-eerste-checkmoment@{UidDomain}";

    public static string NextCheckUid(Guid actionId) => $"{actionId:N}-volgende-checkmoment@{UidDomain}";

    public static byte[] Write(AgendaReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var calendar = new Ical.Net.Calendar { Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", report.Title);
        foreach (var action in report.Actions)
        {
            calendar.Events.Add(Item(report, action, DeadlineUid(action.Id), action.Deadline,
                $"Deadline: {action.Title}",
                $"Vandaag moet deze actie van de {report.Title} klaar zijn."));
            calendar.Events.Add(Item(report, action, FirstCheckUid(action.Id), action.FirstCheck,
                $"Checkmoment: {action.Title}",
                "Eerste checkmoment: kijk samen of de actie op schema ligt en werk de status bij via je persoonlijke link."));
            if (action.NextCheck != action.FirstCheck)
            {
                calendar.Events.Add(Item(report, action, NextCheckUid(action.Id), action.NextCheck,
                    $"Checkmoment: {action.Title}",
                    "Volgend checkmoment: kijk samen of de actie op schema ligt en werk de status bij via je persoonlijke link."));
            }
        }

        return Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar)!);
    }

    private static CalendarEvent Item(AgendaReport report, ReportAction action, string uid, DateOnly date, string summary, string lead)
    {
        var description = new StringBuilder()
            .AppendLine(lead)
            .AppendLine()
            .Append("Actie ").Append(action.Number).Append(": ").AppendLine(action.Title)
            .Append("Focusnorm: ").AppendLine(action.Norm)
            .Append("Trekker: ").Append(action.Owner).Append(action.OwnerOrganisation.Length > 0 ? $" ({action.OwnerOrganisation})" : "").AppendLine()
            .Append("Wat verandert er voor jongeren: ").AppendLine(action.ForYoungPeople)
            .Append("Zo merken we het: ").AppendLine(action.ResultIndicator)
            .Append("Deadline: ").AppendLine(ReportWords.Date(action.Deadline))
            .Append("Status: ").Append(action.Status);
        var item = new CalendarEvent
        {
            Uid = uid,
            Summary = summary,
            Description = description.ToString(),
            DtStart = new CalDateTime(date.Year, date.Month, date.Day),
            DtEnd = new CalDateTime(date.Year, date.Month, date.Day).AddDays(1),
            DtStamp = new CalDateTime(DateTime.SpecifyKind(report.ProducedAt, DateTimeKind.Utc)),
            Sequence = action.Revision,
            Transparency = "TRANSPARENT",
        };
        item.Categories.Add(report.Title);
        if (action.IsDropped)
        {
            item.Status = "CANCELLED";
        }

        return item;
    }
}
