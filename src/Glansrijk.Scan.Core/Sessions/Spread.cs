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

/// <summary>How far apart the counted answers of a round lie, on the ordinal scale of the item. A step is one point of
/// score (the scales number their counted answers 1, 2, 3, …); "Weet ik niet" has no score and never counts.
/// <list type="bullet">
/// <item>Fewer than <see cref="MinimumAnswers"/> counted answers: no classification; too few to speak of agreement.</item>
/// <item><b>eensgezind</b>: every counted answer lies within one step of every other (range ≤ 1).</item>
/// <item><b>sterk verdeeld</b>: the middle half of the answers spans two steps or more (interquartile range ≥ 2).</item>
/// <item><b>verdeeld</b>: everything in between.</item>
/// </list>
/// The quartiles are Tukey's hinges: the medians of the lower and the upper half of the sorted answers; with an odd
/// count the middle answer belongs to both halves. On a 1–4 scale: 3 3 4 4 is eensgezind; 1 2 2 3 is verdeeld;
/// 1 1 4 4 is sterk verdeeld; eleven times 1 and one 4 is verdeeld, because a single outlier does not split a group.
/// </summary>
public sealed record Spread(int Range, double InterquartileRange, SpreadClass Class)
{
    public const int MinimumAnswers = 3;

    public string InWords => Class switch
    {
        SpreadClass.InAgreement => "eensgezind",
        SpreadClass.Divided => "verdeeld",
        _ => "sterk verdeeld",
    };

    /// <summary>Null when fewer than <see cref="MinimumAnswers"/> scores are given.</summary>
    public static Spread? Of(IEnumerable<int> scores)
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
        var spreadClass = range <= 1 ? SpreadClass.InAgreement
            : interquartileRange >= 2 ? SpreadClass.StronglyDivided
            : SpreadClass.Divided;
        return new Spread(range, interquartileRange, spreadClass);
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
