using Glansrijk.Scan.Core.Instruments;

namespace Glansrijk.Scan.Core.Sessions;

/// <summary>How often an answer was given.</summary>
public sealed record OptionCount(string Code, string Label, int? Score, int Count);

/// <summary>The result of one domain, shown only when allowed (see <see cref="Tally"/>).</summary>
public sealed record DomainTally(string DomainId, int Voted, IReadOnlyList<OptionCount> Options, double? Median);

/// <summary>What the screen shows after the reveal.</summary>
/// <param name="Options">Every answer of the scale, in the scale's order, with its count; "Weet ik niet" included.</param>
/// <param name="Scores">The scores of the counted answers, lowest first; "Weet ik niet" left out.</param>
/// <param name="Median">Of <paramref name="Scores"/>; null when nobody gave a counted answer.</param>
/// <param name="MedianInWords">The answer at the median, or "tussen … en …" when it falls between two.</param>
/// <param name="Spread">Null with fewer than three counted answers.</param>
/// <param name="Domains">The per-domain picture, as far as it may be shown.</param>
/// <param name="DomainsHidden">True when domains with votes were left out to keep small groups anonymous.</param>
public sealed record TallyResult(
    IReadOnlyList<OptionCount> Options,
    IReadOnlyList<int> Scores,
    double? Median,
    string? MedianInWords,
    Spread? Spread,
    IReadOnlyList<DomainTally> Domains,
    bool DomainsHidden);

/// <summary>The count of a voting round, computed from the round, the item's scale and the seats' domains.
/// <para>Before the reveal it only says how many voted ("8 van 12 gestemd"), never what. After the reveal
/// <see cref="Result"/> holds the distribution, median and spread.</para>
/// <para>Anonymity: individual votes are never shown, and no group smaller than <see cref="MinimumGroup"/> is. With
/// two people per domain that means no per-domain picture, unless the group chose open discussion
/// (<see cref="LiveSession.OpenDiscussion"/>). A domain of three or more voters may be shown, but not when the voters
/// left out would then be one or two people who could be found by subtraction. When fewer than three people voted at
/// all, the whole result is <see cref="Withheld"/>, again unless the group chose open discussion.</para></summary>
public sealed record Tally(
    Guid RoundId,
    string ItemId,
    int RoundNumber,
    RoundState State,
    int Voted,
    int Eligible,
    int Present,
    TallyResult? Result,
    bool Withheld)
{
    public const int MinimumGroup = 3;

    public const string WithheldMessage =
        "Minder dan 3 mensen hebben gestemd. Om niemand herkenbaar te maken, tonen we deze uitslag niet.";

    /// <summary>"8 van 12 gestemd".</summary>
    public string Progress => $"{Voted} van {Eligible} gestemd";

    public bool IsRevealed => State == RoundState.Revealed;

    public static Tally Of(LiveSession session, VotingRound round, Scale scale)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(scale);
        if (session.Round(round.Id) != round)
        {
            throw new ArgumentException("The round belongs to another session.", nameof(round));
        }

        if (session.Entry(round.ItemId)?.ScaleId != scale.Id)
        {
            throw new ArgumentException($"Item '{round.ItemId}' is answered on another scale than '{scale.Id}'.", nameof(scale));
        }

        var votes = round.Votes.Where(v => session.Seat(v.SeatId) is not null).ToArray();
        var eligible = session.Seats.Count;
        var present = session.Seats.Count(s => s.IsPresent);
        var withheld = round.State == RoundState.Revealed && votes.Length < MinimumGroup && !session.OpenDiscussion;
        var result = round.State == RoundState.Revealed && !withheld ? ResultOf(session, votes, scale) : null;
        return new Tally(round.Id, round.ItemId, round.Number, round.State, votes.Length, eligible, present, result, withheld);
    }

    private static TallyResult ResultOf(LiveSession session, IReadOnlyCollection<Vote> votes, Scale scale)
    {
        var scores = ScoresOf(votes, scale);
        var median = Median.Of(scores);
        var (domains, hidden) = DomainsOf(session, votes, scale);
        return new TallyResult(Count(votes, scale), scores, median, InWords(median, scale), Spread.Of(scores, LabelOf(scale)), domains, hidden);
    }

    private static (IReadOnlyList<DomainTally> Shown, bool Hidden) DomainsOf(LiveSession session, IReadOnlyCollection<Vote> votes, Scale scale)
    {
        var all = session.Seats
            .Select(s => s.DomainId)
            .Distinct()
            .Select(domain =>
            {
                var ofDomain = votes.Where(v => session.Seat(v.SeatId)!.DomainId == domain).ToArray();
                return new DomainTally(domain, ofDomain.Length, Count(ofDomain, scale), Median.Of(ScoresOf(ofDomain, scale)));
            })
            .ToArray();
        if (session.OpenDiscussion)
        {
            return (all, false);
        }

        var shown = all.Where(d => d.Voted >= MinimumGroup).ToArray();
        var leftOut = votes.Count - shown.Sum(d => d.Voted);
        if (leftOut is > 0 and < MinimumGroup)
        {
            shown = [];
        }

        return (shown, shown.Sum(d => d.Voted) < votes.Count);
    }

    private static IReadOnlyList<OptionCount> Count(IEnumerable<Vote> votes, Scale scale)
    {
        var codes = votes.Select(v => v.OptionCode).ToArray();
        return [.. scale.Options.Select(o => new OptionCount(o.Code, o.Label, o.Score, codes.Count(c => c == o.Code)))];
    }

    private static Func<int, string> LabelOf(Scale scale) =>
        score => scale.CountedOptions.FirstOrDefault(o => o.Score == score)?.Label ?? score.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int[] ScoresOf(IEnumerable<Vote> votes, Scale scale) =>
        [.. votes.Select(v => scale.Find(v.OptionCode)?.Score).OfType<int>().Order()];

    private static string? InWords(double? median, Scale scale)
    {
        if (median is not { } value)
        {
            return null;
        }

        var lower = scale.CountedOptions.FirstOrDefault(o => o.Score == (int)Math.Floor(value));
        var upper = scale.CountedOptions.FirstOrDefault(o => o.Score == (int)Math.Ceiling(value));
        if (lower is null || upper is null)
        {
            return null;
        }

        return lower == upper ? lower.Label : $"tussen {lower.Label} en {upper.Label}";
    }
}
