using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Sessions;

namespace Glansrijk.Scan.Core.Tests.Agenda;

public sealed class FocusProposalTests
{
    private static NormSignals Norm(string id, double? median = 3, SpreadClass? spread = SpreadClass.InAgreement, int points = 0) =>
        new(id, median, spread, points);

    [Fact]
    public void A_low_median_is_a_reason_to_propose_a_norm()
    {
        var proposal = FocusProposal.Propose([Norm("norm-01"), Norm("norm-02", median: 1.5), Norm("norm-03")]);

        var norm = Assert.Single(proposal.Norms);
        Assert.Equal("norm-02", norm.NormId);
        Assert.Equal(["lage score (mediaan 1,5)"], norm.Reasons);
        Assert.Equal(1, norm.Rank);
    }

    [Fact]
    public void A_median_of_exactly_two_counts_as_low_and_a_higher_one_does_not()
    {
        var proposal = FocusProposal.Propose([Norm("norm-01", median: 2), Norm("norm-02", median: 2.5)]);

        Assert.Equal(["norm-01"], proposal.NormIds);
        Assert.Equal(["lage score (mediaan 2)"], proposal.Norms[0].Reasons);
    }

    [Fact]
    public void A_strongly_divided_group_is_a_reason_but_merely_divided_is_not()
    {
        var proposal = FocusProposal.Propose(
            [Norm("norm-01", spread: SpreadClass.Divided), Norm("norm-02", spread: SpreadClass.StronglyDivided)]);

        var norm = Assert.Single(proposal.Norms);
        Assert.Equal("norm-02", norm.NormId);
        Assert.Equal(["sterk verdeeld"], norm.Reasons);
    }

    [Fact]
    public void Many_points_is_a_reason()
    {
        var proposal = FocusProposal.Propose(
            [Norm("norm-01", points: 2), Norm("norm-02", points: 7), Norm("norm-03"), Norm("norm-04"), Norm("norm-05")]);

        Assert.Equal(["norm-02", "norm-01"], proposal.NormIds);
        Assert.Equal(["veel punten (7)"], proposal.Norms[0].Reasons);
        Assert.Equal(["veel punten (2)"], proposal.Norms[1].Reasons);
    }

    [Fact]
    public void Points_at_or_below_the_average_are_not_many()
    {
        var proposal = FocusProposal.Propose([Norm("norm-01", points: 2), Norm("norm-02", points: 2)]);

        Assert.Empty(proposal.Norms);
    }

    [Fact]
    public void More_signals_come_first_then_more_points_then_the_norm_order()
    {
        var proposal = FocusProposal.Propose(
            [
                Norm("norm-01", median: 1, points: 1),
                Norm("norm-02", median: 1, spread: SpreadClass.StronglyDivided, points: 0),
                Norm("norm-03", median: 1.5, points: 1),
                Norm("norm-04", median: 2, points: 4),
                Norm("norm-05"),
                Norm("norm-06"),
                Norm("norm-07"),
            ],
            count: 4);

        Assert.Equal(["norm-04", "norm-01", "norm-03", "norm-02"], proposal.NormIds);
        Assert.Equal(["lage score (mediaan 2)", "veel punten (4)"], proposal.Norms[0].Reasons);
        Assert.Equal([1, 2, 3, 4], proposal.Norms.Select(n => n.Rank));
    }

    [Fact]
    public void Three_norms_are_proposed_by_default()
    {
        var proposal = FocusProposal.Propose(
            [Norm("norm-01", median: 1), Norm("norm-02", median: 1, points: 3), Norm("norm-03", median: 1, points: 2), Norm("norm-04", median: 1, points: 1)]);

        Assert.Equal(["norm-02", "norm-03", "norm-04"], proposal.NormIds);
        Assert.Empty(proposal.Notes);
    }

    [Fact]
    public void A_tie_at_the_cut_is_broken_by_norm_order_and_noted()
    {
        var proposal = FocusProposal.Propose(
            [Norm("norm-01", median: 1), Norm("norm-02", median: 1), Norm("norm-03", median: 1.5), Norm("norm-04", median: 2), Norm("norm-05", median: 4)]);

        Assert.Equal(["norm-01", "norm-02", "norm-03"], proposal.NormIds);
        var note = Assert.Single(proposal.Notes);
        Assert.Equal("norm-04 scoort even hoog als norm-03; de volgorde van de normen besliste. De voorzitter kan wisselen.", note);
    }

    [Fact]
    public void When_all_norms_score_the_same_the_norm_order_decides_with_a_note()
    {
        var proposal = FocusProposal.Propose(
            [Norm("norm-01", median: 1.5), Norm("norm-02", median: 1.5), Norm("norm-03", median: 1.5), Norm("norm-04", median: 1.5)]);

        Assert.Equal(["norm-01", "norm-02", "norm-03"], proposal.NormIds);
        Assert.Equal(["Alle normen scoren gelijk; het voorstel volgt de volgorde van de normen. Kies samen de focus."], proposal.Notes);
    }

    [Fact]
    public void When_nothing_stands_out_nothing_is_proposed_and_the_group_is_asked_to_choose()
    {
        var proposal = FocusProposal.Propose([Norm("norm-01"), Norm("norm-02"), Norm("norm-03"), Norm("norm-04")]);

        Assert.Empty(proposal.Norms);
        Assert.Equal(["Geen norm valt op door een lage score, sterke verdeeldheid of veel punten. Kies samen de focus."], proposal.Notes);
    }

    [Fact]
    public void A_norm_without_a_median_is_judged_on_spread_and_points_only()
    {
        var proposal = FocusProposal.Propose([Norm("norm-01", median: null, spread: null, points: 3), Norm("norm-02", median: null, spread: null)]);

        Assert.Equal(["norm-01"], proposal.NormIds);
        Assert.Equal(["veel punten (3)"], proposal.Norms[0].Reasons);
    }

    [Fact]
    public void The_number_and_the_low_score_bar_can_be_chosen()
    {
        var proposal = FocusProposal.Propose(
            [Norm("norm-01", median: 3), Norm("norm-02", median: 2.5), Norm("norm-03", median: 4)],
            count: 1,
            lowScoreAtMost: 3);

        Assert.Equal(["norm-01"], proposal.NormIds);
        Assert.Single(proposal.Notes);
    }

    [Fact]
    public void No_norms_give_an_empty_proposal_with_a_note()
    {
        var proposal = FocusProposal.Propose([]);

        Assert.Empty(proposal.Norms);
        Assert.Single(proposal.Notes);
    }
}
