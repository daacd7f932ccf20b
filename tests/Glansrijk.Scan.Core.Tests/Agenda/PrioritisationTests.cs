using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Sessions;

namespace Glansrijk.Scan.Core.Tests.Agenda;

public sealed class PrioritisationTests
{
    private static readonly DateTime Now = new(2026, 3, 10, 15, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Chair = Guid.NewGuid();
    private static readonly Guid Initiator = Guid.NewGuid();
    private static readonly Guid Anna = Guid.NewGuid();
    private static readonly Guid Bram = Guid.NewGuid();

    private static Prioritisation Start(int budget = Prioritisation.DefaultBudget) =>
        Prioritisation.Start(Guid.NewGuid(), ["norm-01", "norm-02", "norm-03", "norm-04"], [Chair, Initiator, Anna, Bram], Chair, Initiator, Now, budget);

    private static Dictionary<string, int> Points(params (string Norm, int Points)[] points) =>
        points.ToDictionary(p => p.Norm, p => p.Points);

    [Fact]
    public void The_budget_is_three_points_unless_chosen_otherwise()
    {
        Assert.Equal(3, Start().Budget);
        Assert.Equal(5, Start(5).Budget);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void A_budget_outside_one_to_twenty_is_refused(int budget)
    {
        Assert.Throws<AgendaRuleException>(() => Start(budget));
    }

    [Theory]
    [InlineData(2, "Verdeel precies 3 punten. Je hebt er nog 1 over.")]
    [InlineData(4, "Verdeel precies 3 punten. Je hebt er 1 te veel gegeven.")]
    public void At_the_table_everyone_spends_exactly_the_budget(int spent, string reason)
    {
        var prioritisation = Start();

        var refused = Assert.Throws<AgendaRuleException>(() => prioritisation.EnsureWholeBudget(Points(("norm-01", spent))));

        Assert.Equal(reason, refused.Message);
        prioritisation.EnsureWholeBudget(Points(("norm-01", 2), ("norm-02", 1)));
    }

    [Fact]
    public void A_participant_distributes_points_over_norms()
    {
        var prioritisation = Start();

        var outcome = prioritisation.Distribute(Anna, Points(("norm-02", 2), ("norm-04", 1)), Guid.NewGuid(), Now);

        Assert.Equal(CommandOutcome.Applied, outcome);
        Assert.Equal(2, prioritisation.Version);
        Assert.Equal(Points(("norm-02", 2), ("norm-04", 1)), prioritisation.DistributionOf(Anna));
        Assert.Equal(0, prioritisation.PointsLeft(Anna));
        Assert.Equal("1 van 4 verdeeld", prioritisation.ProgressInWords);
    }

    [Fact]
    public void Spending_fewer_points_than_the_budget_is_allowed()
    {
        var prioritisation = Start();

        prioritisation.Distribute(Anna, Points(("norm-01", 1)), Guid.NewGuid(), Now);

        Assert.Equal(2, prioritisation.PointsLeft(Anna));
    }

    [Fact]
    public void More_points_than_the_budget_are_refused_and_nothing_changes()
    {
        var prioritisation = Start();

        var error = Assert.Throws<AgendaRuleException>(() =>
            prioritisation.Distribute(Anna, Points(("norm-01", 2), ("norm-02", 2)), Guid.NewGuid(), Now));

        Assert.Equal("U kunt 3 punten verdelen, niet 4.", error.Message);
        Assert.Empty(prioritisation.Allocations);
        Assert.Equal(1, prioritisation.Version);
    }

    [Fact]
    public void Negative_points_are_refused()
    {
        var prioritisation = Start();

        Assert.Throws<AgendaRuleException>(() =>
            prioritisation.Distribute(Anna, Points(("norm-01", 4), ("norm-02", -1)), Guid.NewGuid(), Now));
    }

    [Fact]
    public void Points_for_a_norm_that_is_not_in_the_scan_are_refused()
    {
        var prioritisation = Start();

        var error = Assert.Throws<AgendaRuleException>(() =>
            prioritisation.Distribute(Anna, Points(("norm-99", 1)), Guid.NewGuid(), Now));

        Assert.Contains("norm-99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Someone_who_is_not_a_participant_cannot_distribute()
    {
        var prioritisation = Start();

        Assert.Throws<AgendaRuleException>(() =>
            prioritisation.Distribute(Guid.NewGuid(), Points(("norm-01", 1)), Guid.NewGuid(), Now));
    }

    [Fact]
    public void A_participant_may_redistribute_until_closed()
    {
        var prioritisation = Start();
        prioritisation.Distribute(Anna, Points(("norm-01", 3)), Guid.NewGuid(), Now);

        prioritisation.Distribute(Anna, Points(("norm-02", 1), ("norm-03", 2)), Guid.NewGuid(), Now);

        Assert.Equal(Points(("norm-02", 1), ("norm-03", 2)), prioritisation.DistributionOf(Anna));
        Assert.Equal(0, prioritisation.PointsFor("norm-01"));
    }

    [Fact]
    public void After_closing_nobody_can_distribute()
    {
        var prioritisation = Start();
        prioritisation.Close(Chair, Guid.NewGuid(), Now);

        var error = Assert.Throws<AgendaRuleException>(() =>
            prioritisation.Distribute(Anna, Points(("norm-01", 1)), Guid.NewGuid(), Now));

        Assert.Equal("Het prioriteren is afgesloten.", error.Message);
    }

    [Fact]
    public void Only_the_chair_or_the_initiator_closes()
    {
        var prioritisation = Start();

        Assert.Throws<AgendaRuleException>(() => prioritisation.Close(Anna, Guid.NewGuid(), Now));
        Assert.Equal(CommandOutcome.Applied, prioritisation.Close(Initiator, Guid.NewGuid(), Now));
        Assert.Equal(CommandOutcome.AlreadyApplied, prioritisation.Close(Chair, Guid.NewGuid(), Now));
        Assert.True(prioritisation.IsClosed);
    }

    [Fact]
    public void A_distribution_sent_twice_counts_once()
    {
        var prioritisation = Start();
        var command = Guid.NewGuid();
        prioritisation.Distribute(Anna, Points(("norm-01", 3)), command, Now);
        prioritisation.Distribute(Anna, Points(("norm-02", 3)), Guid.NewGuid(), Now);

        var outcome = prioritisation.Distribute(Anna, Points(("norm-01", 3)), command, Now);

        Assert.Equal(CommandOutcome.AlreadyApplied, outcome);
        Assert.Equal(Points(("norm-02", 3)), prioritisation.DistributionOf(Anna));
        Assert.Equal(3, prioritisation.Version);
    }

    [Fact]
    public void The_same_distribution_again_changes_nothing()
    {
        var prioritisation = Start();
        prioritisation.Distribute(Anna, Points(("norm-01", 3)), Guid.NewGuid(), Now);

        var outcome = prioritisation.Distribute(Anna, Points(("norm-01", 3), ("norm-02", 0)), Guid.NewGuid(), Now);

        Assert.Equal(CommandOutcome.AlreadyApplied, outcome);
        Assert.Equal(2, prioritisation.Version);
    }

    [Fact]
    public void The_ranking_puts_most_points_first_and_ties_share_a_rank_in_norm_order()
    {
        var prioritisation = Start();
        prioritisation.Distribute(Anna, Points(("norm-03", 2), ("norm-02", 1)), Guid.NewGuid(), Now);
        prioritisation.Distribute(Bram, Points(("norm-04", 2), ("norm-02", 1)), Guid.NewGuid(), Now);

        var ranking = prioritisation.Ranking();

        Assert.Equal(
            [
                new NormPoints("norm-02", 2, 2, 1),
                new NormPoints("norm-03", 2, 1, 1),
                new NormPoints("norm-04", 2, 1, 1),
                new NormPoints("norm-01", 0, 0, 4),
            ],
            ranking);
    }

    [Fact]
    public void The_chair_lets_a_latecomer_join_the_distributing()
    {
        var prioritisation = Start();
        var latecomer = Guid.NewGuid();

        Assert.Throws<AgendaRuleException>(() => prioritisation.Admit(Anna, latecomer, Guid.NewGuid(), Now));
        prioritisation.Admit(Chair, latecomer, Guid.NewGuid(), Now);
        prioritisation.Distribute(latecomer, Points(("norm-01", 1)), Guid.NewGuid(), Now);

        Assert.Equal(1, prioritisation.PointsFor("norm-01"));
        Assert.Equal(CommandOutcome.AlreadyApplied, prioritisation.Admit(Chair, latecomer, Guid.NewGuid(), Now));
    }

    [Fact]
    public void A_time_that_is_not_utc_is_refused()
    {
        var prioritisation = Start();

        Assert.Throws<ArgumentException>(() =>
            prioritisation.Distribute(Anna, Points(("norm-01", 1)), Guid.NewGuid(), DateTime.Now));
    }
}
