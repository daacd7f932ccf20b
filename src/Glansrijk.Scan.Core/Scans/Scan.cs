namespace Glansrijk.Scan.Core.Scans;

/// <summary>One Implementatiescan of a region in a year: its details, two sessions and at most twelve seats.
/// Every change goes through a method that checks the rules and throws a <see cref="ScanRuleException"/>.</summary>
public sealed class Scan
{
    public const int MaxSeats = 12;
    public const int SeatsPerDomain = 2;

    private readonly List<Seat> _seats = [];
    private readonly List<ScanSession> _sessions = [];

    private Scan()
    {
    }

    public Guid Id { get; private set; }
    public ScanDetails Details { get; private set; } = null!;

    /// <summary>Lower-cased region, to find last year's scan of the same region.</summary>
    public string SeriesKey { get; private set; } = "";

    public string InitiatorAccountId { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    /// <summary>The finished scan this one was started from ("volgend jaar"): the chair rotates against its chairs and
    /// the reports compare with its results. Null for a first scan, or one set up by hand.</summary>
    public Guid? PreviousScanId { get; private set; }

    /// <summary>The invitation text as the initiator edited it (Markdown); null means the standard text.</summary>
    public string? InvitationText { get; private set; }

    /// <summary>When the retention period had passed and every person's details were removed.</summary>
    public DateTime? AnonymisedAt { get; private set; }

    /// <summary>When the initiator was told that the retention period ends soon (see <see cref="Retention"/>).</summary>
    public DateTime? RetentionNoticeSentAt { get; private set; }

    public IReadOnlyList<Seat> Seats => _seats;
    public IReadOnlyList<ScanSession> Sessions => _sessions;

    public IEnumerable<Seat> ActiveSeats => _seats.Where(s => s.IsActive);

    public Seat InitiatorSeat => _seats.Single(s => s.IsInitiator);

    public ScanSession Session(int number) =>
        _sessions.SingleOrDefault(s => s.Number == number) ?? throw new ScanRuleException($"Sessie {number} bestaat niet.");

    public Seat Seat(Guid seatId) =>
        _seats.SingleOrDefault(s => s.Id == seatId) ?? throw new ScanRuleException("Deze deelnemer hoort niet bij deze scan.");

    public static Scan Create(
        ScanDetails details,
        SessionPlan session1,
        SessionPlan session2,
        string initiatorAccountId,
        PersonDetails initiator,
        ScanContext context,
        DateTime now)
    {
        var scan = new Scan
        {
            Id = Guid.NewGuid(),
            InitiatorAccountId = initiatorAccountId,
            CreatedAt = now,
        };
        scan.UpdateDetails(details, context);
        scan._sessions.Add(new ScanSession(1, session1.Normalised(1)));
        scan._sessions.Add(new ScanSession(2, session2.Normalised(2)));
        scan.CheckSessionOrder();
        scan._seats.Add(new Seat(initiator.Normalised(context.DomainIds), isInitiator: true, now));
        return scan;
    }

    /// <summary>Next year's scan of the same table: the participants of <paramref name="previous"/> come along as
    /// concept seats (not invited yet, with their details as they were), so the initiator can correct, replace or
    /// withdraw them before inviting. The initiator takes a seat as in <see cref="Create"/>. No chair is carried over:
    /// the chair rotates, see <see cref="ChairRotation"/>. Withdrawn seats stay behind, and once all twelve places are
    /// taken the rest stays behind too (a different initiator takes a place of their own).</summary>
    public static Scan CreateNextYear(
        Scan previous,
        ScanDetails details,
        SessionPlan session1,
        SessionPlan session2,
        string initiatorAccountId,
        PersonDetails initiator,
        ScanContext context,
        DateTime now)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(context);
        if (details.Year <= previous.Details.Year)
        {
            throw new ScanRuleException($"Een scan voor volgend jaar komt na {previous.Details.Year}. Kies een later jaar.");
        }

        var scan = Create(details, session1, session2, initiatorAccountId, initiator, context, now);
        scan.PreviousScanId = previous.Id;
        var carried = previous.ActiveSeats
            .OrderByDescending(s => s.IsInitiator)
            .ThenBy(s => s.AddedAt)
            .Where(s => !string.Equals(s.Person.Email, scan.InitiatorSeat.Person.Email, StringComparison.OrdinalIgnoreCase))
            .Take(MaxSeats - 1);
        // A tick apart, so the scan's page (which lists seats in the order they were added) keeps last year's order.
        foreach (var (seat, index) in carried.Select((seat, index) => (seat, index)))
        {
            scan.AddSeat(seat.Person, context, now.AddTicks(index + 1));
        }

        return scan;
    }

    public void UpdateDetails(ScanDetails details, ScanContext context)
    {
        Details = details.Normalised(context.InstrumentIds);
        SeriesKey = Details.SeriesKey;
    }

    public void PlanSessions(SessionPlan session1, SessionPlan session2)
    {
        var first = session1.Normalised(1);
        var second = session2.Normalised(2);
        if (second.StartsAt <= first.EndsAt)
        {
            throw new ScanRuleException("Sessie 2 moet na sessie 1 plaatsvinden.");
        }

        Session(1).Replan(first);
        Session(2).Replan(second);
    }

    public Seat AddSeat(PersonDetails person, ScanContext context, DateTime now)
    {
        var normalised = person.Normalised(context.DomainIds);
        if (ActiveSeats.Count() >= MaxSeats)
        {
            throw new ScanRuleException($"Er kunnen hoogstens {MaxSeats} mensen meedoen: de initiatiefnemer en elf anderen. Met meer mensen wordt het gesprek een vergadering.");
        }

        EnsureEmailIsFree(normalised.Email, exceptSeat: null);
        var seat = new Seat(normalised, isInitiator: false, now);
        _seats.Add(seat);
        return seat;
    }

    /// <summary>Corrects name, organisation, function or domain; the e-mail address (the person) stays.</summary>
    public void CorrectSeat(Guid seatId, PersonDetails person, ScanContext context)
    {
        var seat = Seat(seatId);
        seat.UpdateDetails(person.Normalised(context.DomainIds));
    }

    /// <summary>Puts another person on the seat. Their invitation starts over; the old person's links stop working
    /// (the host revokes links of earlier occupancies).</summary>
    public void ReplacePerson(Guid seatId, PersonDetails person, ScanContext context)
    {
        var seat = Seat(seatId);
        var normalised = person.Normalised(context.DomainIds);
        EnsureEmailIsFree(normalised.Email, exceptSeat: seatId);
        seat.Replace(normalised);
        ClearChairIfHeldBy(seatId);
    }

    /// <summary>Takes the person off the scan. The seat stays for the record (votes keep counting) but without the
    /// person's name, function and e-mail address.</summary>
    public void Withdraw(Guid seatId)
    {
        var seat = Seat(seatId);
        seat.Withdraw();
        seat.Anonymise();
        ClearChairIfHeldBy(seatId);
    }

    public void MarkRetentionNoticeSent(DateTime now) => RetentionNoticeSentAt = now;

    /// <summary>The retention period has passed: every seat, the initiator's too, loses its person's details.</summary>
    public void Anonymise(DateTime now)
    {
        foreach (var seat in _seats)
        {
            seat.Anonymise();
        }

        AnonymisedAt ??= now;
    }

    public void MarkInvited(Guid seatId, DateTime now) => Seat(seatId).MarkInvited(now);

    public void MarkUndeliverable(Guid seatId) => Seat(seatId).MarkUndeliverable();

    public void MarkReminded(Guid seatId, DateTime now) => Seat(seatId).MarkReminded(now);

    public void Answer(Guid seatId, bool accepted, string? message, DateTime now)
    {
        if (message?.Length > 1000)
        {
            throw new ScanRuleException("Je bericht is te lang; gebruik hoogstens 1000 tekens.");
        }

        Seat(seatId).Answer(accepted, message, now);
    }

    /// <summary>Names the chair of a session. Any active participant may chair, the initiator too. A rotation
    /// warning (see <see cref="ChairRotation"/>) needs a reason, which is kept with the session.</summary>
    public void NameChair(int sessionNumber, Guid? seatId, string? rotationNote = null)
    {
        if (seatId is { } id)
        {
            var seat = Seat(id);
            if (!seat.IsActive || seat.Status is SeatStatus.Declined or SeatStatus.Undeliverable)
            {
                throw new ScanRuleException("Kies als voorzitter iemand die meedoet aan de scan.");
            }
        }

        if (rotationNote?.Length > 500)
        {
            throw new ScanRuleException("Gebruik voor de toelichting hoogstens 500 tekens.");
        }

        Session(sessionNumber).SetChair(seatId, rotationNote);
    }

    public void EditInvitationText(string? markdown)
    {
        if (markdown?.Length > 8000)
        {
            throw new ScanRuleException("De uitnodigingstekst is te lang; gebruik hoogstens 8000 tekens.");
        }

        InvitationText = string.IsNullOrWhiteSpace(markdown) ? null : markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
    }

    public Seat? ChairOf(int sessionNumber) =>
        Session(sessionNumber).ChairSeatId is { } id ? _seats.SingleOrDefault(s => s.Id == id) : null;

    /// <summary>Seats per domain among those still taking part, with a note where it is not the norm of two.</summary>
    public IReadOnlyList<DomainBalance> DomainBalance(IEnumerable<string> domainIds) =>
        [.. domainIds.Select(domain => new DomainBalance(domain, ActiveSeats.Count(s => s.Person.DomainId == domain && s.Status != SeatStatus.Declined)))];

    /// <summary>A scan is finished once its session 2 has ended: the live session 2 was closed, or the planned end of
    /// session 2 has passed (a region may hold session 2 without the live tool, or close it before the planned date).</summary>
    public bool IsFinished(DateTime dutchNow, bool liveSession2Ended) =>
        liveSession2Ended || Session(2).Plan.EndsAt <= dutchNow;

    public ScanReadiness Readiness(int minimumAccepted, DateOnly today) => new(
        Accepted: ActiveSeats.Count(s => s.Status == SeatStatus.Accepted),
        Invited: ActiveSeats.Count(s => s.Status == SeatStatus.Invited),
        Declined: ActiveSeats.Count(s => s.Status == SeatStatus.Declined),
        Undeliverable: ActiveSeats.Count(s => s.Status == SeatStatus.Undeliverable),
        NotInvited: ActiveSeats.Count(s => s.Status == SeatStatus.Concept),
        MinimumAccepted: minimumAccepted,
        ChairNamed: Session(1).ChairSeatId is not null,
        DaysUntilSession1: Session(1).Plan.Date.DayNumber - today.DayNumber);

    private void CheckSessionOrder()
    {
        if (Session(2).Plan.StartsAt <= Session(1).Plan.EndsAt)
        {
            throw new ScanRuleException("Sessie 2 moet na sessie 1 plaatsvinden.");
        }
    }

    private void EnsureEmailIsFree(string email, Guid? exceptSeat)
    {
        if (ActiveSeats.Any(s => s.Id != exceptSeat && string.Equals(s.Person.Email, email, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ScanRuleException($"{email} doet al mee aan deze scan. Iedereen heeft één plaats.");
        }
    }

    private void ClearChairIfHeldBy(Guid seatId)
    {
        foreach (var session in _sessions.Where(s => s.ChairSeatId == seatId))
        {
            session.SetChair(null, null);
        }
    }
}

/// <summary>What the content defines that a scan must respect: the known domains and instruments.</summary>
public sealed record ScanContext(IReadOnlyCollection<string> DomainIds, IReadOnlyCollection<string> InstrumentIds);

public sealed record DomainBalance(string DomainId, int Seats)
{
    public bool IsNorm => Seats == Scan.SeatsPerDomain;
}

/// <summary>"Klaar voor sessie 1" once enough people accepted and session 1 has a chair.</summary>
public sealed record ScanReadiness(
    int Accepted,
    int Invited,
    int Declined,
    int Undeliverable,
    int NotInvited,
    int MinimumAccepted,
    bool ChairNamed,
    int DaysUntilSession1)
{
    public bool IsReadyForSession1 => Accepted >= MinimumAccepted && ChairNamed;
}
