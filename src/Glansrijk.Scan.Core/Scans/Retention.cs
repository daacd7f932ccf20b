namespace Glansrijk.Scan.Core.Scans;

public enum RetentionStep
{
    /// <summary>Nothing to do yet (or any more).</summary>
    None = 0,

    /// <summary>Tell the initiator that the personal data of the scan will be removed on <see cref="RetentionDecision.RemoveOn"/>.</summary>
    Announce = 1,

    /// <summary>Remove the personal data now.</summary>
    Anonymise = 2,
}

/// <summary>What the retention job does with one scan, and from when the data may go.</summary>
public sealed record RetentionDecision(RetentionStep Step, DateTime RemoveOn);

/// <summary>The retention rule: a scan's personal data goes <see cref="Period"/> after its last activity, and never
/// before the initiator was told at least <see cref="Notice"/> in advance. Activity after the notice makes the notice
/// void: the period starts again, and so does the notice.</summary>
public sealed record Retention(TimeSpan Period, TimeSpan Notice)
{
    public RetentionDecision Decide(DateTime lastActivity, DateTime? noticeSentAt, DateTime? anonymisedAt, DateTime now)
    {
        var removeOn = lastActivity + Period;
        if (anonymisedAt is not null)
        {
            return new RetentionDecision(RetentionStep.None, removeOn);
        }

        var noticeStillHolds = noticeSentAt is { } sent && sent >= lastActivity;
        if (!noticeStillHolds)
        {
            return now >= removeOn - Notice
                ? new RetentionDecision(RetentionStep.Announce, Later(removeOn, now + Notice))
                : new RetentionDecision(RetentionStep.None, removeOn);
        }

        removeOn = Later(removeOn, noticeSentAt!.Value + Notice);
        return new RetentionDecision(now >= removeOn ? RetentionStep.Anonymise : RetentionStep.None, removeOn);
    }

    private static DateTime Later(DateTime a, DateTime b) => a >= b ? a : b;
}
