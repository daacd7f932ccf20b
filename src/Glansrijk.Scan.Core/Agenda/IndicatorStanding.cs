namespace Glansrijk.Scan.Core.Agenda;

/// <summary>An indicator in one line, for the lists that show many at once (the follow-up overview, the verbeteragenda,
/// its exports, the voortgangsoverleg): the latest value with its period, the status, and the trend in words from the
/// 0-meting over the last measured periods, ending at the target.</summary>
/// <param name="Latest">"52%", or null while nothing was measured.</param>
/// <param name="LatestPeriod">"2e kwartaal 2027", or null while nothing was measured.</param>
/// <param name="Trend">"0-meting 40% → 2027-K1 45% → 2027-K2 52% · streefwaarde 70% op 31-12-2028".</param>
/// <param name="TargetReached">Whether the latest value reaches the target (<see cref="Indicator.Reaches"/>); null
/// while nothing was measured.</param>
public sealed record IndicatorStanding(
    Guid Id,
    string Name,
    IndicatorStatus Status,
    string? Latest,
    string? LatestPeriod,
    string Baseline,
    string Target,
    DateOnly TargetDate,
    string Trend,
    bool? TargetReached)
{
    /// <summary>The periods a trend names; older ones are summed up as "…" so a line stays a line.</summary>
    public const int PeriodsInTrend = 4;

    public string StatusInWords => Status.InWords();

    /// <summary>"52% (2e kwartaal 2027)", or "geen meting".</summary>
    public string LatestInWords => Latest is null ? "geen meting" : $"{Latest} ({LatestPeriod})";

    /// <summary>"Wonen: 52% (2e kwartaal 2027), op koers" — for a table cell or a CSV field.</summary>
    public string InOneLine => Latest is null ? $"{Name}: geen meting" : $"{Name}: {LatestInWords}, {StatusInWords}";

    /// <summary>Last year's target against what was reached: "gehaald", "niet gehaald" or "geen meting".</summary>
    public string TargetReachedInWords => TargetReached switch
    {
        true => "gehaald",
        false => "niet gehaald",
        null => "geen meting",
    };

    public static IndicatorStanding Of(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var unit = indicator.Unit;
        var current = indicator.Current;
        var latest = indicator.Latest;
        var steps = current.TakeLast(PeriodsInTrend).Select(m => $"{m.Period} {unit.Format(m.Value)}");
        var trend = string.Join(" → ", steps
            .Prepend(current.Count > PeriodsInTrend ? "…" : null)
            .Prepend($"0-meting {unit.Format(indicator.Baseline)}")
            .OfType<string>());
        return new IndicatorStanding(
            indicator.Id,
            indicator.Name,
            indicator.Status,
            latest is null ? null : unit.Format(latest.Value),
            latest is null ? null : indicator.PeriodOf(latest).InWords,
            unit.Format(indicator.Baseline),
            unit.Format(indicator.Target),
            indicator.TargetDate,
            $"{trend} · streefwaarde {unit.Format(indicator.Target)} op {indicator.TargetDate:dd-MM-yyyy}",
            latest is null ? null : indicator.Reaches(latest.Value));
    }
}
