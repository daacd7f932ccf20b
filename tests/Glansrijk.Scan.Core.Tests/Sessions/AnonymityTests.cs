using Glansrijk.Scan.Core.Sessions;
using static Glansrijk.Scan.Core.Tests.Sessions.LiveSessionBuilder;

namespace Glansrijk.Scan.Core.Tests.Sessions;

public sealed class AnonymityTests
{
    private static readonly string[] Answers = ["1", "2", "3", "4", "weet-niet"];

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(12)]
    public void A_two_person_domain_is_never_visible_without_open_discussion(int voters)
    {
        var room = Start();
        var round = room.Revealed([.. Enumerable.Range(0, voters).Select(i => Answers[i % Answers.Length])]);

        var result = room.Tally(round).Result!;

        Assert.Empty(result.Domains);
        Assert.True(result.DomainsHidden);
        Assert.Equal(voters, result.Options.Sum(o => o.Count));
    }

    [Fact]
    public void No_combination_of_votes_ever_shows_a_group_smaller_than_three()
    {
        var random = new Random(2027);
        for (var run = 0; run < 200; run++)
        {
            var domains = Enumerable.Range(0, random.Next(2, 12)).Select(_ => Domain(random.Next(4))).ToArray();
            var room = Start(scan: ScanWithDomains(domains));
            var voters = random.Next(0, room.Everyone.Count + 1);
            var round = room.Revealed([.. Enumerable.Range(0, voters).Select(_ => Answers[random.Next(Answers.Length)])]);

            var tally = room.Tally(round);

            Assert.True(tally.Withheld == voters < Tally.MinimumGroup, $"run {run}");
            if (tally.Result is { } result)
            {
                Assert.All(result.Domains, d => Assert.True(d.Voted >= Tally.MinimumGroup, $"run {run}: {d.DomainId} has {d.Voted}"));
                var leftOut = voters - result.Domains.Sum(d => d.Voted);
                Assert.True(leftOut == 0 || leftOut >= Tally.MinimumGroup || result.Domains.Count == 0, $"run {run}: {leftOut} left out");
            }
        }
    }

    [Fact]
    public void Fewer_than_three_votes_withhold_the_whole_result()
    {
        var room = Start();
        var round = room.Revealed("1", "4");

        var tally = room.Tally(round);

        Assert.True(tally.Withheld);
        Assert.Null(tally.Result);
        Assert.Equal("2 van 12 gestemd", tally.Progress);
        Assert.Equal("Minder dan 3 mensen hebben gestemd. Om niemand herkenbaar te maken, tonen we deze uitslag niet.", Tally.WithheldMessage);
    }

    [Fact]
    public void A_round_without_votes_is_withheld_too()
    {
        var room = Start();

        Assert.True(room.Tally(room.Revealed()).Withheld);
    }

    [Fact]
    public void A_domain_of_three_voters_may_be_shown_when_the_rest_is_also_three_or_more()
    {
        var room = Start(scan: ScanWithDomains("onderwijs", "onderwijs", "zorg", "zorg", "overig", "overig"));
        var round = room.Revealed("1", "1", "2", "4", "4", "3", "3");

        var result = room.Tally(round).Result!;

        var domain = Assert.Single(result.Domains);
        Assert.Equal("onderwijs", domain.DomainId);
        Assert.Equal(3, domain.Voted);
        Assert.Equal(1.0, domain.Median);
        Assert.True(result.DomainsHidden);
    }

    [Fact]
    public void A_domain_of_three_is_hidden_when_the_others_could_be_found_by_subtraction()
    {
        var room = Start(scan: ScanWithDomains("onderwijs", "onderwijs", "zorg", "zorg"));
        var round = room.Revealed("1", "1", "2", "4", "4");

        var result = room.Tally(round).Result!;

        Assert.Empty(result.Domains);
        Assert.True(result.DomainsHidden);
    }

    [Fact]
    public void When_every_voter_sits_in_a_shown_domain_nothing_is_hidden()
    {
        var room = Start(scan: ScanWithDomains("onderwijs", "onderwijs"));
        var round = room.Revealed("1", "2", "2");

        var result = room.Tally(round).Result!;

        Assert.Single(result.Domains);
        Assert.False(result.DomainsHidden);
    }

    [Fact]
    public void With_open_discussion_every_domain_is_shown_even_two_people()
    {
        var room = Start();
        room.ChooseOpenDiscussion();
        var round = room.Revealed("1", "4", "2", "2", "3", "3", "weet-niet", "4", "4", "4", "1", "2");

        var result = room.Tally(round).Result!;

        Assert.Equal(["onderwijs", "sociale-dienst", "leerplicht-rmc", "werkgevers", "zorg", "overig"], result.Domains.Select(d => d.DomainId));
        Assert.All(result.Domains, d => Assert.Equal(2, d.Voted));
        var education = result.Domains[0];
        Assert.Equal(2.5, education.Median);
        Assert.Equal([1, 0, 0, 1, 0], education.Options.Select(o => o.Count));
        Assert.Equal(4.0, result.Domains[3].Median);
        Assert.False(result.DomainsHidden);
    }

    [Fact]
    public void With_open_discussion_a_domain_that_did_not_vote_shows_zero()
    {
        var room = Start();
        room.ChooseOpenDiscussion();
        var round = room.Revealed("1", "4", "2");

        var result = room.Tally(round).Result!;

        Assert.Equal(0, result.Domains.Single(d => d.DomainId == "zorg").Voted);
        Assert.Null(result.Domains.Single(d => d.DomainId == "zorg").Median);
    }

    [Fact]
    public void With_open_discussion_even_two_votes_are_shown()
    {
        var room = Start();
        room.ChooseOpenDiscussion();

        var tally = room.Tally(room.Revealed("1", "4"));

        Assert.False(tally.Withheld);
        Assert.Equal(2.5, tally.Result!.Median);
    }

    [Fact]
    public void Open_discussion_never_shows_anything_before_the_reveal()
    {
        var room = Start();
        room.ChooseOpenDiscussion();
        var round = room.Vote("1", "4", "2");

        Assert.Null(room.Tally(round).Result);
        room.Close();
        Assert.Null(room.Tally(round).Result);
    }

    [Fact]
    public void Choosing_open_discussion_is_written_in_the_session_log()
    {
        var room = Start();
        var version = room.Session.Version;

        room.Session.ChooseOpenDiscussion(room.Chair, Cmd(), Now);

        Assert.True(room.Session.OpenDiscussion);
        Assert.Equal(version + 1, room.Session.Version);
        var entry = room.Session.Log[^1];
        Assert.Equal(SessionEvent.OpenDiscussionChosen, entry.Kind);
        Assert.Equal(room.Chair, entry.ActorSeatId);
        Assert.Contains("open bespreken", entry.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_discussion_can_only_be_chosen_before_the_first_vote()
    {
        var room = Start();
        room.Open();
        var version = room.Session.Version;

        var error = Assert.Throws<SessionRuleException>(() => room.Session.ChooseOpenDiscussion(room.Chair, Cmd(), Now));

        Assert.Equal("Open bespreken kies je aan het begin, voordat er gestemd wordt.", error.Message);
        Assert.False(room.Session.OpenDiscussion);
        Assert.Equal(version, room.Session.Version);
        Assert.DoesNotContain(room.Session.Log, e => e.Kind == SessionEvent.OpenDiscussionChosen);
    }

    [Fact]
    public void Choosing_open_discussion_twice_logs_it_once()
    {
        var room = Start();
        room.ChooseOpenDiscussion();

        var outcome = room.Session.ChooseOpenDiscussion(room.Chair, Cmd(), Now);

        Assert.Equal(CommandOutcome.AlreadyApplied, outcome);
        Assert.Single(room.Session.Log, e => e.Kind == SessionEvent.OpenDiscussionChosen);
    }

    private static string Domain(int index) => new[] { "onderwijs", "zorg", "overig", "werkgevers" }[index];
}
