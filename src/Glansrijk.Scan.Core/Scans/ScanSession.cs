namespace Glansrijk.Scan.Core.Scans;

/// <summary>When and where a session takes place. A place, a video link, or both.</summary>
public sealed record SessionPlan(DateOnly Date, TimeOnly Start, TimeOnly End, string? Place, string? VideoLink)
{
    public DateTime StartsAt => Date.ToDateTime(Start);
    public DateTime EndsAt => Date.ToDateTime(End);

    internal SessionPlan Normalised(int number)
    {
        var plan = this with
        {
            Place = string.IsNullOrWhiteSpace(Place) ? null : Place.Trim(),
            VideoLink = string.IsNullOrWhiteSpace(VideoLink) ? null : VideoLink.Trim(),
        };
        if (plan.End <= plan.Start)
        {
            throw new ScanRuleException($"Sessie {number}: de eindtijd moet na de begintijd liggen.");
        }

        if (plan.Place is null && plan.VideoLink is null)
        {
            throw new ScanRuleException($"Sessie {number}: vul een plaats of een videolink in.");
        }

        if (plan.VideoLink is not null &&
            (!Uri.TryCreate(plan.VideoLink, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ScanRuleException($"Sessie {number}: een videolink begint met https://.");
        }

        return plan;
    }
}

/// <summary>Session 1 or 2 of a scan: its plan and its chair.</summary>
public sealed class ScanSession
{
    private ScanSession()
    {
    }

    internal ScanSession(int number, SessionPlan plan)
    {
        Number = number;
        Plan = plan;
    }

    public int Number { get; private set; }
    public SessionPlan Plan { get; private set; } = null!;
    public Guid? ChairSeatId { get; private set; }

    /// <summary>Why this chair was chosen although their organisation also chaired last year.</summary>
    public string? ChairRotationNote { get; private set; }

    internal void Replan(SessionPlan plan) => Plan = plan;

    internal void SetChair(Guid? seatId, string? rotationNote)
    {
        ChairSeatId = seatId;
        ChairRotationNote = string.IsNullOrWhiteSpace(rotationNote) ? null : rotationNote.Trim();
    }
}
