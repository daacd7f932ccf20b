using Glansrijk.Scan.Core.Sessions;

namespace Glansrijk.Scan.Core.Tests.Sessions;

/// <summary>The steering rules on their own, from a head as the host reads it from the database: no session aggregate.</summary>
public sealed class SessionRulesTests
{
    private static readonly DateTime Now = new(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Chair = Guid.NewGuid();
    private static readonly Guid Initiator = Guid.NewGuid();
    private static readonly Guid Participant = Guid.NewGuid();

    private static SessionHead Head(RoundHead? round = null, int index = 0, bool ended = false) =>
        new("Sessie 1", ended, Chair, Initiator, AutoReveal: false, OpenDiscussion: false, index, AgendaLength: 3, $"norm-0{index + 1}", round, round is not null);

    [Fact]
    public void Opening_the_first_round_decides_a_new_round_on_the_item_on_the_screen_and_nothing_else()
    {
        var step = SessionRules.OpenRound(Head(index: 1), Chair, Now);

        Assert.Equal(("norm-02", 1, RoundState.Open, Now), (step.NewRound!.ItemId, step.NewRound.Number, step.NewRound.State, step.NewRound.OpenedAt));
        Assert.False(step.ChangesSession);
        Assert.Null(step.Log);
    }

    [Fact]
    public void A_revote_numbers_on_from_the_latest_round_and_is_refused_while_it_is_open()
    {
        var revealed = new RoundHead(Guid.NewGuid(), "norm-01", 3, RoundState.Revealed);

        Assert.Equal(4, SessionRules.Revote(Head(revealed), Initiator, Now).NewRound!.Number);
        var refused = Assert.Throws<SessionRuleException>(() => SessionRules.Revote(Head(revealed with { State = RoundState.Open }), Chair, Now));
        Assert.Equal("Er loopt nog een stemronde. Sluit die eerst af.", refused.Message);
    }

    [Fact]
    public void Closing_a_round_of_another_item_or_one_that_does_not_exist_is_refused_in_Dutch()
    {
        var elsewhere = new RoundHead(Guid.NewGuid(), "norm-03", 1, RoundState.Open);

        Assert.Equal("Deze stemronde hoort bij een ander onderwerp. Ga eerst naar dat onderwerp.",
            Assert.Throws<SessionRuleException>(() => SessionRules.CloseRound(Head(), Chair, elsewhere)).Message);
        Assert.Equal("Deze stemronde bestaat niet.", Assert.Throws<SessionRuleException>(() => SessionRules.CloseRound(Head(), Chair, null)).Message);
        var open = elsewhere with { ItemId = "norm-01" };
        Assert.Equal(new RoundMove(open.Id, RoundState.Closed), SessionRules.CloseRound(Head(open), Chair, open).Round);
    }

    [Fact]
    public void Moving_to_the_item_already_on_the_screen_changes_nothing_and_an_open_round_keeps_the_item()
    {
        Assert.True(SessionRules.GoTo(Head(index: 1), Chair, 1).IsNothing);
        Assert.Equal(2, SessionRules.Next(Head(index: 1), Chair).MoveTo);
        var open = new RoundHead(Guid.NewGuid(), "norm-02", 1, RoundState.Open);
        Assert.Throws<SessionRuleException>(() => SessionRules.Next(Head(open, index: 1), Chair));
    }

    [Fact]
    public void Only_the_chair_or_the_initiator_steers_and_an_ended_session_refuses_everyone()
    {
        Assert.Equal("Alleen de voorzitter of de initiatiefnemer kan de sessie leiden.",
            Assert.Throws<SessionRuleException>(() => SessionRules.OpenRound(Head(), Participant, Now)).Message);
        Assert.Equal("Deze sessie is afgelopen.", Assert.Throws<SessionRuleException>(() => SessionRules.End(Head(ended: true), Chair)).Message);
    }

    [Fact]
    public void Handing_over_the_chair_names_both_people_in_the_log_line()
    {
        var step = SessionRules.HandOverChair(Head(), Chair, Participant, "Deelnemer 2", "Deelnemer 1");

        Assert.Equal(Participant, step.ChairSeatId);
        Assert.Equal(new LogLine(SessionEvent.ChairHandedOver, Chair, Participant, "Deelnemer 1 gaf het voorzitterschap aan Deelnemer 2."), step.Log);
        Assert.Throws<SessionRuleException>(() => SessionRules.HandOverChair(Head(), Chair, Guid.NewGuid(), null, "Deelnemer 1"));
    }

    [Fact]
    public void A_presence_change_counts_only_when_it_changes_something_and_a_stranger_is_refused()
    {
        Assert.True(SessionRules.ChangesPresence(false, true));
        Assert.False(SessionRules.ChangesPresence(true, true));
        Assert.Equal("Deze deelnemer hoort niet bij deze scan.", Assert.Throws<SessionRuleException>(() => SessionRules.ChangesPresence(null, true)).Message);
    }
}
