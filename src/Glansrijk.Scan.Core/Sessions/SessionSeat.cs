namespace Glansrijk.Scan.Core.Sessions;

/// <summary>A seat of the scan that may take part in this session, copied from the scan when the session started,
/// and whether its person is in the room (or on the call) right now.</summary>
public sealed class SessionSeat
{
    private SessionSeat()
    {
    }

    internal SessionSeat(Guid seatId, string name, string domainId, bool isInitiator)
    {
        SeatId = seatId;
        Name = name;
        DomainId = domainId;
        IsInitiator = isInitiator;
    }

    public Guid SeatId { get; private set; }
    public string Name { get; private set; } = "";
    public string DomainId { get; private set; } = "";
    public bool IsInitiator { get; private set; }
    public bool IsPresent { get; private set; }

    /// <summary>When the seat first came in: null means it did not attend this session.</summary>
    public DateTime? FirstPresentAt { get; private set; }

    /// <summary>When the seat last came in or left.</summary>
    public DateTime? PresenceChangedAt { get; private set; }

    internal void Anonymise() => Name = Scans.PersonDetails.FormerParticipant;

    internal bool SetPresent(bool present, DateTime now)
    {
        if (IsPresent == present)
        {
            return false;
        }

        IsPresent = present;
        PresenceChangedAt = now;
        if (present)
        {
            FirstPresentAt ??= now;
        }

        return true;
    }
}
