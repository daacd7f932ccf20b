namespace Glansrijk.Scan.Core.Agenda;

/// <summary>Procesafspraken: how the twelve keep the agenda alive after session 2.</summary>
/// <param name="MeetingFrequency">How often the twelve meet on progress ("elk kwartaal").</param>
/// <param name="Platform">On which existing platform progress is watched (e.g. the VSV-overleg).</param>
/// <param name="Reporting">How the trekkers report.</param>
/// <param name="Celebrating">How successes are celebrated.</param>
public sealed record ProcessAgreements(string MeetingFrequency, string Platform, string Reporting, string Celebrating);

public enum ApprovalStatus
{
    /// <summary>"nog voorleggen"</summary>
    ToSubmit = 0,

    /// <summary>"voorgelegd"</summary>
    Submitted = 1,

    /// <summary>"goedgekeurd"</summary>
    Approved = 2,

    /// <summary>"afgewezen"</summary>
    Rejected = 3,
}

public enum InvitationStatus
{
    /// <summary>"nog vragen"</summary>
    ToAsk = 0,

    /// <summary>"gevraagd"</summary>
    Asked = 1,

    /// <summary>"doet mee"</summary>
    Joined = 2,

    /// <summary>"doet (nog) niet mee"</summary>
    Declined = 3,
}

/// <summary>Afhechting, intern: an organisation at the table that must still have the agenda approved, e.g. the
/// municipality's manager by the College van B&amp;W.</summary>
public sealed class InternalApproval
{
    private InternalApproval()
    {
    }

    internal InternalApproval(string organisation, string body, DateTime now)
    {
        Id = Guid.NewGuid();
        Organisation = organisation;
        Body = body;
        Status = ApprovalStatus.ToSubmit;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }
    public string Organisation { get; private set; } = "";

    /// <summary>Who approves: "College van B&amp;W", "directie", "bestuur".</summary>
    public string Body { get; private set; } = "";

    public ApprovalStatus Status { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    internal bool SetStatus(ApprovalStatus status, DateTime now)
    {
        if (Status == status)
        {
            return false;
        }

        Status = status;
        UpdatedAt = now;
        return true;
    }
}

/// <summary>Afhechting, extern: an organisation not at the table, to be asked to join the agreements, and who of the
/// twelve asks them.</summary>
public sealed class ExternalInvitation
{
    private ExternalInvitation()
    {
    }

    internal ExternalInvitation(string organisation, Guid contactSeatId, DateTime now)
    {
        Id = Guid.NewGuid();
        Organisation = organisation;
        ContactSeatId = contactSeatId;
        Status = InvitationStatus.ToAsk;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }
    public string Organisation { get; private set; } = "";
    public Guid ContactSeatId { get; private set; }
    public InvitationStatus Status { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    internal bool SetStatus(InvitationStatus status, DateTime now)
    {
        if (Status == status)
        {
            return false;
        }

        Status = status;
        UpdatedAt = now;
        return true;
    }
}

public enum ProposalState
{
    Open = 0,

    /// <summary>Taken into an action by the chair.</summary>
    Merged = 1,

    /// <summary>Put aside by the chair.</summary>
    Dismissed = 2,
}

/// <summary>An idea for an action, sent by a participant from their tablet during session 2.</summary>
public sealed class ActionProposal
{
    private ActionProposal()
    {
    }

    internal ActionProposal(string normId, Guid seatId, string text, DateTime now)
    {
        Id = Guid.NewGuid();
        NormId = normId;
        SeatId = seatId;
        Text = text;
        SubmittedAt = now;
    }

    public Guid Id { get; private set; }
    public string NormId { get; private set; } = "";
    public Guid SeatId { get; private set; }
    public string Text { get; private set; } = "";
    public DateTime SubmittedAt { get; private set; }
    public ProposalState State { get; private set; }

    /// <summary>The action it was merged into.</summary>
    public Guid? ActionId { get; private set; }

    internal void MergeInto(Guid actionId)
    {
        State = ProposalState.Merged;
        ActionId = actionId;
    }

    internal void Dismiss() => State = ProposalState.Dismissed;
}

/// <summary>A present participant's final word on the agenda: akkoord, or niet akkoord with a reason.</summary>
public sealed class Confirmation
{
    private Confirmation()
    {
    }

    internal Confirmation(Guid seatId, bool agrees, string? reason, DateTime now)
    {
        SeatId = seatId;
        Agrees = agrees;
        Reason = reason;
        At = now;
    }

    public Guid SeatId { get; private set; }
    public bool Agrees { get; private set; }
    public string? Reason { get; private set; }
    public DateTime At { get; private set; }
}

/// <summary>Someone the chair left out of the verbeteragenda, and why (kept for the record and shown to the chair).</summary>
public sealed class LeftOutSeat
{
    public const int MaxReasonLength = 300;

    private LeftOutSeat()
    {
    }

    internal LeftOutSeat(Guid seatId, string reason, DateTime now)
    {
        SeatId = seatId;
        Reason = reason;
        At = now;
    }

    public Guid SeatId { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTime At { get; private set; }
}

/// <summary>A focus norm of the agenda, in the chair's order.</summary>
public sealed class FocusNorm
{
    private FocusNorm()
    {
    }

    internal FocusNorm(string normId, int position, bool wasProposed)
    {
        NormId = normId;
        Position = position;
        WasProposed = wasProposed;
    }

    public string NormId { get; private set; } = "";
    public int Position { get; private set; }

    /// <summary>True when the tool had proposed it; false when the chair added it.</summary>
    public bool WasProposed { get; private set; }
}

/// <summary>One line of the follow-up overview.</summary>
public sealed record ActionOverview(
    Guid ActionId,
    string NormId,
    string Title,
    Guid OwnerSeatId,
    ActionStatus Status,
    ActionProgress Progress,
    DateOnly Deadline,
    DateOnly NextCheck);
