using Glansrijk.Scan.Core.Sessions;
using static Glansrijk.Scan.Core.Tests.Sessions.LiveSessionBuilder;

namespace Glansrijk.Scan.Core.Tests.Sessions;

public sealed class SessionOverviewTests
{
    [Fact]
    public void The_overview_lists_every_item_with_its_revealed_median_and_spread()
    {
        var room = Start();
        room.Revealed("1", "1", "2");
        room.Next();
        room.Revealed("1", "4", "4", "1");
        room.Next();
        room.Vote("3", "3", "3");

        var overview = room.Overview();

        Assert.Equal(["norm-01", "norm-02", "norm-03"], overview.Items.Select(i => i.Item.Id));
        Assert.Equal([1.0, 2.5, null], overview.Items.Select(i => i.Median));
        Assert.Equal([SpreadClass.InAgreement, SpreadClass.StronglyDivided, null], overview.Items.Select(i => i.Spread));
        Assert.Null(overview.Items[2].Latest);
        Assert.Equal("Norm 1", overview.Items[0].Item.Title);
        Assert.All(overview.Items, i => Assert.Equal("kwaliteitsnormen", i.InstrumentId));
    }

    [Fact]
    public void The_overview_shows_the_latest_revealed_round_of_an_item()
    {
        var room = Start();
        room.Revealed("1", "1", "2");
        room.Session.Revote(room.Chair, Cmd(), Now);
        room.Vote("3", "3", "3");

        Assert.Equal(1.0, room.Overview().Items[0].Median);

        room.Close();
        room.Session.RevealRound(room.Chair, room.Session.CurrentRound!.Id, Cmd(), Now);

        var item = room.Overview().Items[0];
        Assert.Equal(3.0, item.Median);
        Assert.Equal(2, item.Latest!.RoundNumber);
    }

    [Fact]
    public void A_withheld_result_stays_out_of_the_overview()
    {
        var room = Start();
        room.Revealed("1", "4");

        Assert.Null(room.Overview().Items[0].Latest);
    }

    [Fact]
    public void Only_a_matrix_instrument_gets_a_heat_map()
    {
        Assert.Empty(Start().Overview().HeatMaps);

        var heatMap = Assert.Single(Start(instruments: [Norms(1), Checklist()]).Overview().HeatMaps);
        Assert.Equal("route-doorontwikkeling", heatMap.InstrumentId);
        Assert.Equal("Gerealiseerd", heatMap.TopLabel);
        Assert.Equal(["bestuurlijk", "operationeel"], heatMap.Levels.Select(l => l.Code));
        Assert.Equal(["richten", "inrichten"], heatMap.Phases.Select(p => p.Code));
    }

    [Fact]
    public void The_heat_map_pools_the_answers_per_level_and_phase()
    {
        var room = Start(instruments: [Checklist()]);
        room.Revealed("gerealiseerd", "gerealiseerd", "gerealiseerd");
        room.Next();
        room.Revealed("deels", "nog-niet", "gerealiseerd", "weet-niet");
        room.Next();
        room.Revealed("weet-niet", "weet-niet", "weet-niet");
        room.Next();
        room.Vote("gerealiseerd", "gerealiseerd", "gerealiseerd");

        var heatMap = Assert.Single(room.Overview().HeatMaps);

        Assert.Equal(
            [("bestuurlijk", "richten"), ("bestuurlijk", "inrichten"), ("operationeel", "richten"), ("operationeel", "inrichten")],
            heatMap.Cells.Select(c => (c.LevelCode, c.PhaseCode)));

        var governing = heatMap.Cell("bestuurlijk", "richten");
        Assert.Equal(2, governing.Items);
        Assert.Equal(2, governing.ItemsRevealed);
        Assert.Equal(6, governing.CountedAnswers);
        Assert.Equal(2.5, governing.MeanScore);
        Assert.Equal(4.0 / 6, governing.TopShare);

        var unknown = heatMap.Cell("bestuurlijk", "inrichten");
        Assert.Equal((1, 1, 0), (unknown.Items, unknown.ItemsRevealed, unknown.CountedAnswers));
        Assert.Null(unknown.MeanScore);
        Assert.Null(unknown.TopShare);

        var notYet = heatMap.Cell("operationeel", "richten");
        Assert.Equal((1, 0), (notYet.Items, notYet.ItemsRevealed));
        Assert.Null(notYet.MeanScore);

        var empty = heatMap.Cell("operationeel", "inrichten");
        Assert.Equal(0, empty.Items);
    }

    [Fact]
    public void Items_whose_content_is_gone_are_left_out()
    {
        var room = Start(instruments: [Norms(3)]);
        room.Revealed("1", "2", "3");

        var overview = SessionOverview.Of(room.Session, [Norms(2), Checklist()]);

        Assert.Equal(["norm-01", "norm-02"], overview.Items.Select(i => i.Item.Id));
        Assert.Empty(overview.HeatMaps);
    }

    [Fact]
    public void ItemsOf_gives_the_items_of_one_instrument()
    {
        var overview = Start(instruments: [Norms(2), Checklist()]).Overview();

        Assert.Equal(2, overview.ItemsOf("kwaliteitsnormen").Count());
        Assert.Equal(4, overview.ItemsOf("route-doorontwikkeling").Count());
    }
}
