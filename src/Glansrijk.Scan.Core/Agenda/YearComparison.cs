using Glansrijk.Scan.Core.Sessions;

namespace Glansrijk.Scan.Core.Agenda;

/// <summary>One year's result on one norm: the median and spread of its last revealed round (null when withheld).</summary>
public sealed record NormResult(string NormId, double? Median, SpreadClass? Spread);

public enum YearChange
{
    /// <summary>"beter": the median went up.</summary>
    Better = 0,

    /// <summary>"gelijk"</summary>
    Same = 1,

    /// <summary>"slechter": the median went down.</summary>
    Worse = 2,

    /// <summary>"nieuw": not in last year's scan.</summary>
    New = 3,

    /// <summary>"niet meer gescand": in last year's scan, not in this year's.</summary>
    Dropped = 4,

    /// <summary>"niet te vergelijken": a median is missing in one of the years.</summary>
    NotComparable = 5,
}

/// <summary>A norm this year next to last year.</summary>
public sealed record NormComparison(string NormId, NormResult? ThisYear, NormResult? LastYear, YearChange Change)
{
    public string ChangeInWords => Change switch
    {
        YearChange.Better => "beter",
        YearChange.Same => "gelijk",
        YearChange.Worse => "slechter",
        YearChange.New => "nieuw",
        YearChange.Dropped => "niet meer gescand",
        _ => "niet te vergelijken",
    };

    /// <summary>The change of the median, this year minus last year; null when either is missing.</summary>
    public double? MedianChange => ThisYear?.Median - LastYear?.Median;
}

/// <summary>This year's scan next to last year's, per norm, matched by norm id. This year's norms come first in this
/// year's order; norms only last year had follow in last year's order. Better and worse follow the median only; the
/// spread is shown beside it.</summary>
public static class YearComparison
{
    public static IReadOnlyList<NormComparison> Of(IEnumerable<NormResult> thisYear, IEnumerable<NormResult> lastYear)
    {
        ArgumentNullException.ThrowIfNull(thisYear);
        ArgumentNullException.ThrowIfNull(lastYear);
        var now = thisYear.ToArray();
        var before = lastYear.ToArray();
        var compared = now.Select(n => Compare(n, before.FirstOrDefault(b => b.NormId == n.NormId)));
        var dropped = before
            .Where(b => now.All(n => n.NormId != b.NormId))
            .Select(b => new NormComparison(b.NormId, null, b, YearChange.Dropped));
        return [.. compared.Concat(dropped)];
    }

    private static NormComparison Compare(NormResult current, NormResult? previous)
    {
        var change = previous is null ? YearChange.New
            : current.Median is not { } now || previous.Median is not { } before ? YearChange.NotComparable
            : now > before ? YearChange.Better
            : now < before ? YearChange.Worse
            : YearChange.Same;
        return new NormComparison(current.NormId, current, previous, change);
    }
}
