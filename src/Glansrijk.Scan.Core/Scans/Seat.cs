namespace Glansrijk.Scan.Core.Scans;

public enum SeatStatus
{
    /// <summary>Added, not yet invited.</summary>
    Concept = 0,
    Invited = 1,
    Accepted = 2,
    Declined = 3,
    /// <summary>The mail server refused the invitation for good.</summary>
    Undeliverable = 4,
    /// <summary>Taken off the scan by the initiator; kept for the record, without the person's details.</summary>
    Withdrawn = 5,
}

/// <summary>One of the (at most) twelve places at the table, and the person on it.</summary>
public sealed class Seat
{
    private Seat()
    {
    }

    internal Seat(PersonDetails person, bool isInitiator, DateTime now)
    {
        Id = Guid.NewGuid();
        Person = person;
        IsInitiator = isInitiator;
        Status = isInitiator ? SeatStatus.Accepted : SeatStatus.Concept;
        AddedAt = now;
        RespondedAt = isInitiator ? now : null;
    }

    public Guid Id { get; private set; }
    public PersonDetails Person { get; private set; } = null!;
    public bool IsInitiator { get; private set; }
    public SeatStatus Status { get; private set; }
    public DateTime AddedAt { get; private set; }
    public DateTime? InvitedAt { get; private set; }
    public int InvitationsSent { get; private set; }
    public DateTime? RespondedAt { get; private set; }
    public string? ResponseMessage { get; private set; }
    public DateTime? ReminderSentAt { get; private set; }

    /// <summary>Counts the people who have sat on this seat; a replacement starts a new occupancy, so the old
    /// person's links and pending reminders no longer apply.</summary>
    public int Occupancy { get; private set; } = 1;

    public bool IsActive => Status != SeatStatus.Withdrawn;

    /// <summary>Whether the person's details were removed (withdrawn, or past the retention period).</summary>
    public bool IsAnonymised => Person.Name == PersonDetails.FormerParticipant && Person.Email.Length == 0;

    public bool AwaitsAnswer => Status == SeatStatus.Invited;

    internal void MarkInvited(DateTime now)
    {
        EnsureActive();
        if (IsInitiator)
        {
            throw new ScanRuleException("De initiatiefnemer hoeft zichzelf niet uit te nodigen.");
        }

        InvitedAt = now;
        InvitationsSent++;
        if (Status is SeatStatus.Concept or SeatStatus.Undeliverable)
        {
            Status = SeatStatus.Invited;
        }
    }

    internal void MarkUndeliverable()
    {
        if (Status == SeatStatus.Invited)
        {
            Status = SeatStatus.Undeliverable;
        }
    }

    internal void MarkReminded(DateTime now) => ReminderSentAt = now;

    internal void Answer(bool accepted, string? message, DateTime now)
    {
        EnsureActive();
        if (Status == SeatStatus.Concept)
        {
            throw new ScanRuleException("Deze uitnodiging is nog niet verstuurd.");
        }

        Status = accepted ? SeatStatus.Accepted : SeatStatus.Declined;
        ResponseMessage = string.IsNullOrWhiteSpace(message) ? null : message.Trim();
        RespondedAt = now;
    }

    internal void Replace(PersonDetails person)
    {
        EnsureActive();
        Person = person;
        Status = IsInitiator ? SeatStatus.Accepted : SeatStatus.Concept;
        InvitedAt = null;
        InvitationsSent = 0;
        RespondedAt = null;
        ResponseMessage = null;
        ReminderSentAt = null;
        Occupancy++;
    }

    internal void UpdateDetails(PersonDetails person)
    {
        EnsureActive();
        if (!string.Equals(person.Email, Person.Email, StringComparison.OrdinalIgnoreCase))
        {
            throw new ScanRuleException("Een ander e-mailadres betekent een andere persoon. Gebruik 'Persoon vervangen'.");
        }

        Person = person;
    }

    internal void Withdraw()
    {
        EnsureActive();
        if (IsInitiator)
        {
            throw new ScanRuleException("De initiatiefnemer kan zichzelf niet van de scan halen.");
        }

        Status = SeatStatus.Withdrawn;
    }

    /// <summary>Removes what identifies the person; the seat, its domain and organisation stay, so votes keep counting
    /// and the per-domain picture and the chair rotation still work.</summary>
    internal void Anonymise()
    {
        Person = Person.Anonymised();
        ResponseMessage = null;
    }

    private void EnsureActive()
    {
        if (!IsActive)
        {
            throw new ScanRuleException("Deze plaats is ingetrokken.");
        }
    }
}
