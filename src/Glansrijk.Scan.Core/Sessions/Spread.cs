namespace Glansrijk.Scan.Core.Sessions;

/// <summary>How much the group agrees, in words on the screen.</summary>
public enum SpreadClass
{
    /// <summary>"eensgezind"</summary>
    InAgreement = 0,

    /// <summary>"verdeeld"</summary>
    Divided = 1,

    /// <summary>"sterk verdeeld"</summary>
    StronglyDivided = 2,
}

/// <summary>How far apart the counted answers of a round lie, on the ordinal scale of the item, in words a manager can
/// trust. A step is one point of score (the scales number their counted answers 1, 2, 3, …); "Weet ik niet" has no
/// score and never counts.
/// <list type="bullet">
/// <item>Fewer than <see cref="MinimumAnswers"/> counted answers: no classification; too few to speak of agreement.</item>
/// <item><b>eensgezind</b>: a clear majority (at least two thirds) gave the same answer and every other answer lies
/// one step from it at most.</item>
/// <item><b>sterk verdeeld</b>: the middle half of the answers spans two steps or more (interquartile range ≥ 2).</item>
/// <item><b>verdeeld</b>: everything in between; when all answers fall on two neighbouring answers without a clear
/// majority, the words say over which two ("verdeeld over Grotendeels en Volledig"), because six against six reads as a
/// split to the room, not as agreement.</item>
/// </list>
/// The quartiles are Tukey's hinges: the medians of the lower and the upper half of the sorted answers; with an odd
/// count the middle answer belongs to both halves. On a 1–4 scale: 3 3 3 4 is eensgezind; 3 3 4 4 is verdeeld over 3
/// and 4; 1 2 2 3 is verdeeld; 1 1 4 4 is sterk verdeeld; eleven times 1 and one 4 is verdeeld, because a single
/// outlier does not split a group.
/// </summary>
/// <param name="SplitOver">When the group is split over two neighbouring answers: their labels, "Grotendeels en
/// Volledig"; otherwise null.</param>
public sealed record Spread(int Range, double InterquartileRange, SpreadClass Class, string? SplitOver = null)
{
    public const int MinimumAnswers = 3;

    /// <summary>The rule in one line, for under a chart.</summary>
    public const string Rule =
        "Eensgezind: twee derde of meer gaf hetzelfde antwoord, de rest één stap ernaast. " +
        "Sterk verdeeld: de middelste helft ligt twee stappen of meer uit elkaar.";

    public string InWords => Class switch
    {
        SpreadClass.InAgreement => "eensgezind",
        SpreadClass.Divided when SplitOver is not null => $"verdeeld over {SplitOver}",
        SpreadClass.Divided => "verdeeld",
        _ => "sterk verdeeld",
    };

    /// <summary>Null when fewer than <see cref="MinimumAnswers"/> scores are given.</summary>
    /// <param name="labelOf">The answer's label for a score, to say over which answers a group is split; without it
    /// the scores themselves are named.</param>
    public static Spread? Of(IEnumerable<int> scores, Func<int, string>? labelOf = null)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var sorted = scores.Order().ToArray();
        if (sorted.Length < MinimumAnswers)
        {
            return null;
        }

        var range = sorted[^1] - sorted[0];
        var half = (sorted.Length + 1) / 2;
        var interquartileRange = Median.Of(sorted[^half..])!.Value - Median.Of(sorted[..half])!.Value;
        var mostGiven = sorted.CountBy(s => s).MaxBy(c => c.Value);
        var clearMajority = mostGiven.Value * 3 >= sorted.Length * 2;
        var restNearby = sorted.All(s => Math.Abs(s - mostGiven.Key) <= 1);
        var spreadClass = clearMajority && restNearby ? SpreadClass.InAgreement
            : interquartileRange >= 2 ? SpreadClass.StronglyDivided
            : SpreadClass.Divided;
        var label = labelOf ?? (s => s.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var splitOver = spreadClass == SpreadClass.Divided && range == 1 ? $"{label(sorted[0])} en {label(sorted[^1])}" : null;
        return new Spread(range, interquartileRange, spreadClass, splitOver);
    }
}

public static class Median
{
    /// <summary>The middle score; with an even count the mean of the two middle scores. Null without scores.</summary>
    public static double? Of(IEnumerable<int> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var sorted = scores.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
