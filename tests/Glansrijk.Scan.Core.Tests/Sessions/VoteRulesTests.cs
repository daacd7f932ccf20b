using Glansrijk.Scan.Core.Sessions;

namespace Glansrijk.Scan.Core.Tests.Sessions;

/// <summary>The rules of a vote over the rows it reads, as the host's fast path applies them.</summary>
public sealed class VoteRulesTests
{
    private static readonly VoteContext Open = new(Ended: false, SeatTakesPart: true, Round: RoundState.Open, IsCurrentRound: true, OptionAllowed: true);

    [Fact]
    public void A_vote_in_the_open_round_on_the_screen_counts_with_its_comment_trimmed()
    {
        Assert.Equal("Goed op weg", VoteRules.Check(Open, "3", "  Goed op weg "));
        Assert.Null(VoteRules.Check(Open, "3", "   "));
    }

    public static TheoryData<VoteContext, string> Refusals => new()
    {
        { Open with { Ended = true }, "Deze sessie is afgelopen." },
        { Open with { SeatTakesPart = false }, "Je hoort niet bij deze scan, dus je stem telt hier niet mee." },
        { Open with { Round = null }, "Deze stemronde bestaat niet. Je stem is niet meegeteld." },
        { Open with { Round = RoundState.Closed }, "Deze stemronde is gesloten. Je stem is niet meegeteld." },
        { Open with { Round = RoundState.Revealed }, "Deze stemronde is gesloten. Je stem is niet meegeteld." },
        { Open with { IsCurrentRound = false }, "Er wordt nu over een ander onderwerp gestemd. Je stem is niet meegeteld." },
        { Open with { OptionAllowed = false }, "Kies een van de antwoorden die bij deze vraag horen." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_vote_that_may_not_count_is_refused_with_a_Dutch_reason(VoteContext context, string reason)
    {
        var refused = Assert.Throws<SessionRuleException>(() => VoteRules.Check(context, "3", null));

        Assert.Equal(reason, refused.Message);
    }

    [Fact]
    public void A_too_long_comment_is_refused()
    {
        Assert.Throws<SessionRuleException>(() => VoteRules.Check(Open, "3", new string('x', Vote.MaxCommentLength + 1)));
    }

    [Fact]
    public void With_auto_reveal_the_last_person_present_completes_the_round()
    {
        Guid anna = Guid.NewGuid(), bram = Guid.NewGuid(), absent = Guid.NewGuid();

        Assert.True(VoteRules.CompletesRound(true, [anna, bram], new HashSet<Guid> { anna, bram }));
        Assert.False(VoteRules.CompletesRound(true, [anna, bram], new HashSet<Guid> { anna, absent }));
        Assert.False(VoteRules.CompletesRound(false, [anna, bram], new HashSet<Guid> { anna, bram }));
    }

    [Theory]
    [InlineData(SessionKind.ScanSession, 1, SessionPart.Prioritising, true)]
    [InlineData(SessionKind.ScanSession, 2, SessionPart.Prioritising, false)]
    [InlineData(SessionKind.ProgressMeeting, 1, SessionPart.Prioritising, false)]
    [InlineData(SessionKind.ScanSession, 2, SessionPart.ImprovementAgenda, true)]
    [InlineData(SessionKind.ScanSession, 1, SessionPart.ImprovementAgenda, false)]
    [InlineData(SessionKind.ProgressMeeting, 2, SessionPart.ImprovementAgenda, false)]
    [InlineData(SessionKind.ProgressMeeting, 3, SessionPart.ActionStatus, true)]
    [InlineData(SessionKind.ScanSession, 2, SessionPart.ActionStatus, false)]
    public void Each_part_of_the_work_belongs_to_one_kind_of_session(SessionKind kind, int number, SessionPart part, bool allowed)
    {
        Assert.Equal(allowed, SessionParts.RefusalFor(kind, number, part) is null);
    }
}
