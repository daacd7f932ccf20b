using System.Text;
using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Web.Features.Agenda.Exports;
using Ical.Net.CalendarComponents;

namespace Glansrijk.Scan.Web.Tests.Features.Agenda.Exports;

public sealed class AgendaCalendarTests
{
    [Fact]
    public void Each_action_has_an_all_day_item_for_its_deadline_and_its_check_moment()
    {
        var report = SampleAgenda.Closed().Report();

        var events = Parse(AgendaCalendar.Write(report));

        Assert.Equal(report.Actions.Count * 2, events.Count);
        var first = report.Actions[0];
        var deadline = Assert.Single(events, e => e.Uid == AgendaCalendar.DeadlineUid(first.Id));
        Assert.Equal("Deadline: Warme overdracht van school naar werkbedrijf vastleggen", deadline.Summary);
        Assert.False(deadline.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2027, 12, 15), DateOnly.FromDateTime(deadline.DtStart.Value));
        Assert.Contains("Trekker: Sanne Bakker (Leerplicht Drechtsteden)", deadline.Description, StringComparison.Ordinal);
        Assert.Contains("Deadline: 15 december 2027", deadline.Description, StringComparison.Ordinal);
        var check = Assert.Single(events, e => e.Uid == AgendaCalendar.FirstCheckUid(first.Id));
        Assert.Equal("Checkmoment: Warme overdracht van school naar werkbedrijf vastleggen", check.Summary);
        Assert.Equal(new DateOnly(2027, 6, 1), DateOnly.FromDateTime(check.DtStart!.Value));
    }

    [Fact]
    public void Exporting_again_after_an_update_keeps_the_uids_so_a_calendar_updates_its_items()
    {
        var sample = SampleAgenda.Closed();
        var before = Parse(AgendaCalendar.Write(sample.Report()));
        var action = sample.Agenda.Actions[0];
        sample.Agenda.UpdateAction(action.OwnerSeatId, action.Id, ActionStatus.Do, "Van start.", Guid.NewGuid(),
            new DateTime(2027, 3, 20, 9, 0, 0, DateTimeKind.Utc), new DateOnly(2027, 9, 1));

        var after = Parse(AgendaCalendar.Write(sample.Report()));

        Assert.Superset(before.Select(e => e.Uid).ToHashSet(), after.Select(e => e.Uid).ToHashSet());
        var next = Assert.Single(after, e => e.Uid == AgendaCalendar.NextCheckUid(action.Id));
        Assert.Equal(new DateOnly(2027, 9, 1), DateOnly.FromDateTime(next.DtStart!.Value));
        Assert.True(after.Single(e => e.Uid == AgendaCalendar.DeadlineUid(action.Id)).Sequence
            > before.Single(e => e.Uid == AgendaCalendar.DeadlineUid(action.Id)).Sequence);
    }

    [Fact]
    public void The_items_of_a_dropped_action_are_sent_as_cancelled()
    {
        var sample = SampleAgenda.Closed();
        var action = sample.Agenda.Actions[1];
        sample.Agenda.UpdateAction(action.OwnerSeatId, action.Id, ActionStatus.Dropped, "Opgegaan in actie 1.", Guid.NewGuid(),
            new DateTime(2027, 3, 20, 9, 0, 0, DateTimeKind.Utc));

        var events = Parse(AgendaCalendar.Write(sample.Report()));

        Assert.All(events.Where(e => e.Uid!.StartsWith($"{action.Id:N}", StringComparison.Ordinal)), e => Assert.Equal("CANCELLED", e.Status));
        Assert.DoesNotContain(events.Where(e => !e.Uid!.StartsWith($"{action.Id:N}", StringComparison.Ordinal)), e => e.Status == "CANCELLED");
    }

    private static List<CalendarEvent> Parse(byte[] bytes)
    {
        var calendar = Ical.Net.Calendar.Load(Encoding.UTF8.GetString(bytes))!;
        Assert.Equal("PUBLISH", calendar.Method);
        return [.. calendar.Events];
    }
}
