using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Core.Tests.Scans;

namespace Glansrijk.Scan.Core.Tests.Sessions;

public sealed class ProgressMeetingTests
{
    private static readonly DateTime Now = LiveSessionBuilder.Now;

    [Fact]
    public void A_progress_meeting_cannot_start_before_the_verbeteragenda_is_closed()
    {
        var (scan, agenda) = ScanWithAgenda(close: false);

        var refused = Assert.Throws<SessionRuleException>(() => LiveSession.StartProgressMeeting(scan, agenda, ProgressMeetingsHeld.None, new Random(1), Now));

        Assert.Equal("Een voortgangsoverleg kan pas als de verbeteragenda is vastgesteld.", refused.Message);
    }

    [Fact]
    public void A_second_progress_meeting_cannot_start_while_one_runs()
    {
        var (scan, agenda) = ScanWithAgenda();

        var refused = Assert.Throws<SessionRuleException>(() => LiveSession.StartProgressMeeting(scan, agenda, new ProgressMeetingsHeld(1, true), new Random(1), Now));

        Assert.Equal("Er loopt al een voortgangsoverleg. Sluit dat eerst af.", refused.Message);
    }

    [Fact]
    public void Progress_meetings_are_numbered_on_their_own_after_the_ones_held()
    {
        var (scan, agenda) = ScanWithAgenda();

        var first = LiveSession.StartProgressMeeting(scan, agenda, ProgressMeetingsHeld.None, new Random(1), Now);
        var third = LiveSession.StartProgressMeeting(scan, agenda, new ProgressMeetingsHeld(2, false), new Random(1), Now);

        Assert.Equal((SessionKind.ProgressMeeting, 1, "Voortgangsoverleg 1"), (first.Kind, first.SessionNumber, first.Name));
        Assert.Equal(3, third.SessionNumber);
        Assert.Equal("Voortgangsoverleg 1 is begonnen. Voorzitter: Persoon 3.", first.Log[0].Text);
    }

    [Fact]
    public void The_agenda_of_a_progress_meeting_is_one_item_per_action_in_agenda_order_on_the_status_scale()
    {
        var (scan, agenda) = ScanWithAgenda();

        var meeting = LiveSession.StartProgressMeeting(scan, agenda, ProgressMeetingsHeld.None, new Random(1), Now);

        Assert.Equal(agenda.Actions.OrderBy(a => a.Position).Select(a => ProgressMeeting.ItemIdOf(a.Id)), meeting.Agenda.Select(e => e.ItemId));
        Assert.All(meeting.Agenda, e => Assert.Equal((ProgressMeeting.InstrumentId, "voortgang-status"), (e.InstrumentId, e.ScaleId)));
        Assert.Equal(["loopt-achter", "op-schema", "afgerond", "weet-niet"], meeting.Agenda[0].OptionCodes);
        Assert.Equal(agenda.Actions[0].Id, ProgressMeeting.ActionIdOf(meeting.Agenda[0].ItemId));
        Assert.Null(ProgressMeeting.ActionIdOf("norm-01"));
    }

    [Fact]
    public void The_chair_of_a_progress_meeting_is_the_chair_of_the_verbeteragenda()
    {
        var (scan, agenda) = ScanWithAgenda();

        var meeting = LiveSession.StartProgressMeeting(scan, agenda, ProgressMeetingsHeld.None, new Random(1), Now);

        Assert.Equal(agenda.ChairSeatId, meeting.ChairSeatId);
        Assert.NotEqual(meeting.InitiatorSeatId, meeting.ChairSeatId);
    }

    [Fact]
    public void An_item_tells_what_the_action_is_for_who_pulls_it_where_it_stands_and_the_last_note()
    {
        var (scan, agenda) = ScanWithAgenda();
        var action = agenda.Actions[0];
        var owner = action.OwnerSeatId;
        agenda.UpdateAction(owner, action.Id, ActionStatus.Do, "Eerste overleg met de scholen gehad", Guid.NewGuid(), new DateTime(2026, 5, 3, 9, 0, 0, DateTimeKind.Utc));

        var item = ProgressMeeting.InstrumentOf(agenda, id => id == owner ? "Persoon 1" : "?", new DateOnly(2026, 5, 4)).Items[0];

        Assert.Equal((1, "Warme overdracht", ProgressMeeting.Question), (item.Number, item.Title, item.Question));
        Assert.Equal(
            "Wat er voor jongeren verandert: Niemand valt tussen school en werk\n"
            + "Trekker: Persoon 1. Deadline: 31 december 2026.\n"
            + "Status nu: Do (op schema).\n"
            + "Laatste voortgang (3 mei 2026): Eerste overleg met de scholen gehad",
            item.Explanation);
    }

    [Fact]
    public void The_status_agreed_in_a_progress_meeting_is_kept_in_the_history_with_the_meeting_date()
    {
        var (scan, agenda) = ScanWithAgenda();
        var action = agenda.Actions[0];
        var chair = agenda.ChairSeatId;

        agenda.RecordProgressMeetingAgreement(chair, action.Id, ActionStatus.Do, "Gestart met twee scholen", new DateOnly(2026, 6, 10), Guid.NewGuid(), new DateTime(2026, 6, 10, 15, 0, 0, DateTimeKind.Utc));

        var update = Assert.Single(action.History);
        Assert.Equal((chair, ActionStatus.Plan, ActionStatus.Do, "Gestart met twee scholen", (DateOnly?)new DateOnly(2026, 6, 10)),
            (update.BySeatId, update.From, update.To, update.Note, update.AgreedInProgressMeetingOn));
        Assert.Equal(ActionStatus.Do, action.Status);
    }

    [Fact]
    public void A_progress_meeting_agreement_follows_the_pdca_steps_and_changes_nothing_when_refused()
    {
        var (scan, agenda) = ScanWithAgenda();
        var action = agenda.Actions[0];
        var version = agenda.Version;

        var refused = Assert.Throws<AgendaRuleException>(() =>
            agenda.RecordProgressMeetingAgreement(agenda.ChairSeatId, action.Id, ActionStatus.Done, null, new DateOnly(2026, 6, 10), Guid.NewGuid(), Now));

        Assert.Equal("Van Plan kan een actie niet naar Afgerond.", refused.Message);
        Assert.Empty(action.History);
        Assert.Equal(version, agenda.Version);
    }

    [Fact]
    public void A_progress_meeting_ends_with_its_own_name_in_the_log()
    {
        var (scan, agenda) = ScanWithAgenda();
        var meeting = LiveSession.StartProgressMeeting(scan, agenda, ProgressMeetingsHeld.None, new Random(1), Now);

        meeting.End(meeting.ChairSeatId, Guid.NewGuid(), Now);

        Assert.Equal("Voortgangsoverleg 1 is afgesloten.", meeting.Log[^1].Text);
    }

    /// <summary>A scan with the initiator and five more seats; the fourth seat (Persoon 3) chaired the verbeteragenda,
    /// which has two actions: Persoon 1 pulls the first, Persoon 2 the second.</summary>
    private static (Core.Scans.Scan Scan, ImprovementAgenda Agenda) ScanWithAgenda(bool close = true)
    {
        var scan = ScanBuilder.WithSeats(5);
        var seats = scan.Seats.Select(s => s.Id).ToList();
        var agenda = ImprovementAgenda.Start(scan.Id, ["norm-01", "norm-02"], ["norm-02"], seats, seats[3], scan.InitiatorSeat.Id, Now);
        agenda.ConfirmFocus(seats[3], ["norm-02"], Guid.NewGuid(), Now);
        agenda.AddAction(seats[3], Details("Warme overdracht", seats[1]), [], Guid.NewGuid(), Now);
        agenda.AddAction(seats[3], Details("Eén loket", seats[2]), [], Guid.NewGuid(), Now);
        if (close)
        {
            agenda.Close(seats[3], Guid.NewGuid(), Now);
        }

        return (scan, agenda);
    }

    private static ActionDetails Details(string title, Guid owner) =>
        new("norm-02", title, "Niemand valt tussen school en werk", owner, ["Werkbedrijf"],
            new DateOnly(2026, 5, 1), new DateOnly(2026, 12, 31), "Elke schoolverlater heeft een contactpersoon", new DateOnly(2026, 7, 1));
}
