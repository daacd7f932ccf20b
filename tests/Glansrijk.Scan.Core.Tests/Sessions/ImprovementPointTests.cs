using Glansrijk.Scan.Core.Sessions;
using static Glansrijk.Scan.Core.Tests.Sessions.LiveSessionBuilder;

namespace Glansrijk.Scan.Core.Tests.Sessions;

public sealed class ImprovementPointTests
{
    [Fact]
    public void The_chair_records_an_improvement_point_on_an_item()
    {
        var room = Start();
        var command = Cmd();
        var version = room.Session.Version;

        room.Session.RecordImprovementPoint(room.Chair, "norm-02", "  Eén gezamenlijke ambitie op papier  ", command, Now);

        var point = Assert.Single(room.Session.ImprovementPoints);
        Assert.Equal("norm-02", point.ItemId);
        Assert.Equal("Eén gezamenlijke ambitie op papier", point.Text);
        Assert.Equal(room.Chair, point.RecordedBySeatId);
        Assert.Equal(command, point.CommandId);
        Assert.Equal(Now, point.RecordedAt);
        Assert.Equal(version + 1, room.Session.Version);
        Assert.Equal([point], room.Session.ImprovementPointsOf("norm-02"));
        Assert.Empty(room.Session.ImprovementPointsOf("norm-01"));
    }

    [Fact]
    public void An_improvement_point_sent_twice_is_recorded_once()
    {
        var room = Start();
        var command = Cmd();

        room.Session.RecordImprovementPoint(room.Chair, "norm-01", "Warme overdracht regelen", command, Now);
        var outcome = room.Session.RecordImprovementPoint(room.Chair, "norm-01", "Warme overdracht regelen", command, Now);

        Assert.Equal(CommandOutcome.AlreadyApplied, outcome);
        Assert.Single(room.Session.ImprovementPoints);
    }

    [Fact]
    public void Several_points_on_one_item_are_kept_in_order()
    {
        var room = Start();

        room.Session.RecordImprovementPoint(room.Chair, "norm-01", "Eerste", Cmd(), Now);
        room.Session.RecordImprovementPoint(room.Initiator, "norm-01", "Tweede", Cmd(), Now);

        Assert.Equal(["Eerste", "Tweede"], room.Session.ImprovementPointsOf("norm-01").Select(p => p.Text));
    }

    [Fact]
    public void A_point_on_an_item_that_is_not_on_the_agenda_is_refused()
    {
        var room = Start();
        var version = room.Session.Version;

        var error = Assert.Throws<SessionRuleException>(() =>
            room.Session.RecordImprovementPoint(room.Chair, "norm-99", "Iets", Cmd(), Now));

        Assert.Equal("Dit onderwerp staat niet op de agenda.", error.Message);
        Assert.Empty(room.Session.ImprovementPoints);
        Assert.Equal(version, room.Session.Version);
    }

    [Fact]
    public void A_point_of_500_characters_fits_and_one_more_is_refused()
    {
        var room = Start();

        room.Session.RecordImprovementPoint(room.Chair, "norm-01", new string('x', 500), Cmd(), Now);
        var error = Assert.Throws<SessionRuleException>(() =>
            room.Session.RecordImprovementPoint(room.Chair, "norm-01", new string('x', 501), Cmd(), Now));

        Assert.Equal("Een verbeterpunt is hoogstens 500 tekens. Maak het korter of splits het in twee.", error.Message);
        Assert.Single(room.Session.ImprovementPoints);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_point_is_refused(string text)
    {
        var room = Start();

        var error = Assert.Throws<SessionRuleException>(() =>
            room.Session.RecordImprovementPoint(room.Chair, "norm-01", text, Cmd(), Now));

        Assert.Equal("Schrijf het verbeterpunt op.", error.Message);
    }

    [Fact]
    public void The_chair_revises_a_point()
    {
        var room = Start();
        room.Session.RecordImprovementPoint(room.Chair, "norm-01", "Eerst", Cmd(), Now);
        var point = room.Session.ImprovementPoints[0];

        room.Session.ReviseImprovementPoint(room.Chair, point.Id, "Beter gezegd", Cmd(), Now.AddMinutes(2));

        Assert.Equal("Beter gezegd", point.Text);
        Assert.Equal(Now.AddMinutes(2), point.RevisedAt);
    }

    [Fact]
    public void The_chair_removes_a_point()
    {
        var room = Start();
        room.Session.RecordImprovementPoint(room.Chair, "norm-01", "Weg ermee", Cmd(), Now);
        var version = room.Session.Version;

        room.Session.RemoveImprovementPoint(room.Chair, room.Session.ImprovementPoints[0].Id, Cmd(), Now);

        Assert.Empty(room.Session.ImprovementPoints);
        Assert.Equal(version + 1, room.Session.Version);
    }

    [Fact]
    public void Revising_or_removing_a_point_that_does_not_exist_is_refused()
    {
        var room = Start();

        var revise = Assert.Throws<SessionRuleException>(() => room.Session.ReviseImprovementPoint(room.Chair, Guid.NewGuid(), "x", Cmd(), Now));
        var remove = Assert.Throws<SessionRuleException>(() => room.Session.RemoveImprovementPoint(room.Chair, Guid.NewGuid(), Cmd(), Now));

        Assert.Equal("Dit verbeterpunt bestaat niet (meer).", revise.Message);
        Assert.Equal(revise.Message, remove.Message);
    }
}
