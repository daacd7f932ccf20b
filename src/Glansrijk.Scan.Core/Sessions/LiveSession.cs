using Glansrijk.Scan.Core.Instruments;
using Glansrijk.Scan.Core.Scans;

namespace Glansrijk.Scan.Core.Sessions;

/// <summary>Session 1 or 2 of a scan, live: the agenda of items, the voting rounds, the improvement points, who is in
/// the room and who chairs. The server holds it; tablets, the chair's console and the screen send commands to it.
/// <para>Every command checks its rules first and throws a <see cref="SessionRuleException"/> without changing
/// anything; when it does change something, <see cref="Version"/> goes up by exactly one, so a client that sees a
/// gap knows it missed an update and asks for the full state. Commands carry a client-made command id: sending the
/// same command again (after a reconnect) changes nothing and returns <see cref="CommandOutcome.AlreadyApplied"/>.</para>
/// <para>Steering (rounds, agenda, improvement points, chair) is for the current chair and, always, the initiator.
/// Disconnecting does not cost the chair their role.</para></summary>
public sealed class LiveSession
{
    private readonly List<SessionSeat> _seats = [];
    private readonly List<AgendaEntry> _agenda = [];
    private readonly List<VotingRound> _rounds = [];
    private readonly List<ImprovementPoint> _improvementPoints = [];
    private readonly List<SessionLogEntry> _log = [];
    private readonly List<HandledCommand> _handledCommands = [];

    private LiveSession()
    {
    }

    public Guid Id { get; private set; }
    public Guid ScanId { get; private set; }

    public SessionKind Kind { get; private set; }

    /// <summary>Numbered per <see cref="Kind"/>: 1 or 2 for a scan session; 1, 2, … for progress meetings.</summary>
    public int SessionNumber { get; private set; }

    public bool IsProgressMeeting => Kind == SessionKind.ProgressMeeting;

    /// <summary>"Sessie 2" or "Voortgangsoverleg 1", as the pages and the log name it.</summary>
    public string Name => NameFor(Kind, SessionNumber);

    public static string NameFor(SessionKind kind, int number) => kind == SessionKind.ProgressMeeting ? $"Voortgangsoverleg {number}" : $"Sessie {number}";

    /// <summary>The code on the shared screen, see <see cref="ScreenCode"/>.</summary>
    public string Code { get; private set; } = "";

    public Guid ChairSeatId { get; private set; }
    public Guid InitiatorSeatId { get; private set; }

    /// <summary>The group chose "open bespreken" at the start: the result per domain may be shown, even for the two
    /// people of a domain. Off by default; see <see cref="Tally"/>.</summary>
    public bool OpenDiscussion { get; private set; }

    /// <summary>Close and reveal a round by itself as soon as everyone present has voted.</summary>
    public bool AutoReveal { get; private set; }

    /// <summary>0-based position on the agenda of the item now on the screen.</summary>
    public int CurrentIndex { get; private set; }

    public DateTime StartedAt { get; private set; }
    public DateTime? EndedAt { get; private set; }

    /// <summary>Goes up by one with every change; 1 right after the start.</summary>
    public long Version { get; private set; }

    public IReadOnlyList<SessionSeat> Seats => _seats;
    public IReadOnlyList<AgendaEntry> Agenda => _agenda;
    public IReadOnlyList<VotingRound> Rounds => _rounds;
    public IReadOnlyList<ImprovementPoint> ImprovementPoints => _improvementPoints;
    public IReadOnlyList<SessionLogEntry> Log => _log;
    public IReadOnlyList<HandledCommand> HandledCommands => _handledCommands;

    public bool IsEnded => EndedAt is not null;

    public IEnumerable<Guid> PresentSeatIds => _seats.Where(s => s.IsPresent).Select(s => s.SeatId);

    /// <summary>Everyone who has been in the session at some moment: the attendance for the report.</summary>
    public IEnumerable<SessionSeat> Attendance => _seats.Where(s => s.FirstPresentAt is not null);

    public AgendaEntry? Current => CurrentIndex < _agenda.Count ? _agenda[CurrentIndex] : null;

    /// <summary>The latest round of the item on the screen; null before its first round.</summary>
    public VotingRound? CurrentRound => Current is { } entry ? LatestRound(entry.ItemId) : null;

    public SessionSeat? Seat(Guid seatId) => _seats.FirstOrDefault(s => s.SeatId == seatId);

    public AgendaEntry? Entry(string itemId) => _agenda.FirstOrDefault(e => e.ItemId == itemId);

    public VotingRound? Round(Guid roundId) => _rounds.FirstOrDefault(r => r.Id == roundId);

    public IEnumerable<VotingRound> RoundsOf(string itemId) => _rounds.Where(r => r.ItemId == itemId).OrderBy(r => r.Number);

    public VotingRound? LatestRound(string itemId) => RoundsOf(itemId).LastOrDefault();

    public VotingRound? LatestRevealedRound(string itemId) => RoundsOf(itemId).LastOrDefault(r => r.State == RoundState.Revealed);

    public IEnumerable<ImprovementPoint> ImprovementPointsOf(string itemId) => _improvementPoints.Where(p => p.ItemId == itemId);

    public bool CanSteer(Guid seatId) => seatId == ChairSeatId || seatId == InitiatorSeatId;

    public bool HasHandled(Guid commandId) => _handledCommands.Any(c => c.CommandId == commandId);

    /// <summary>Starts a session of <paramref name="scan"/>. The seats that may vote are the scan's active seats of
    /// people who have not declined; the chair is the one the initiator named for this session, or the initiator when
    /// none (or someone who declined) was named. The agenda is every item of the given instruments, in the
    /// instruments' order and then the items' order.</summary>
    public static LiveSession Start(
        Core.Scans.Scan scan,
        int sessionNumber,
        IEnumerable<Instrument> instruments,
        Random random,
        DateTime now,
        bool autoReveal = false)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(instruments);
        EnsureUtc(now);
        if (sessionNumber is not (1 or 2))
        {
            throw new SessionRuleException($"Sessie {sessionNumber} bestaat niet; een scan heeft sessie 1 en sessie 2.");
        }

        var session = new LiveSession
        {
            Id = Guid.NewGuid(),
            ScanId = scan.Id,
            SessionNumber = sessionNumber,
            Code = ScreenCode.New(random),
            InitiatorSeatId = scan.InitiatorSeat.Id,
            AutoReveal = autoReveal,
            StartedAt = now,
        };
        session._seats.AddRange(scan.ActiveSeats
            .Where(s => s.Status != SeatStatus.Declined)
            .Select(s => new SessionSeat(s.Id, s.Person.Name, s.Person.DomainId, s.IsInitiator)));
        session.BuildAgenda(scan, instruments);

        var named = scan.Session(sessionNumber).ChairSeatId;
        session.ChairSeatId = named is { } id && session.Seat(id) is not null ? id : session.InitiatorSeatId;
        session.Version = 1;
        session.Write(SessionEvent.Started, null, session.ChairSeatId, $"Sessie {sessionNumber} is begonnen. Voorzitter: {session.NameOf(session.ChairSeatId)}.", now);
        return session;
    }

    /// <summary>Starts a voortgangsoverleg of <paramref name="scan"/>: only once its verbeteragenda is closed, and one at
    /// a time; a scan may have as many as it likes. The agenda is one item per action (see <see cref="ProgressMeeting"/>),
    /// the seats are those of a scan session, and the chair is the verbeteragenda's chair when they still take part,
    /// else the initiator.</summary>
    public static LiveSession StartProgressMeeting(
        Core.Scans.Scan scan,
        Agenda.ImprovementAgenda agenda,
        ProgressMeetingsHeld held,
        Random random,
        DateTime now)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(agenda);
        ArgumentNullException.ThrowIfNull(held);
        EnsureUtc(now);
        if (agenda.ScanId != scan.Id)
        {
            throw new ArgumentException("The agenda belongs to another scan.", nameof(agenda));
        }

        if (!agenda.IsClosed)
        {
            throw new SessionRuleException("Een voortgangsoverleg kan pas als de verbeteragenda is vastgesteld.");
        }

        if (agenda.Actions.Count == 0)
        {
            throw new SessionRuleException("Er staan geen acties op de verbeteragenda, dus er is geen voortgang om te bespreken.");
        }

        if (held.OneRunning)
        {
            throw new SessionRuleException("Er loopt al een voortgangsoverleg. Sluit dat eerst af.");
        }

        var session = new LiveSession
        {
            Id = Guid.NewGuid(),
            ScanId = scan.Id,
            Kind = SessionKind.ProgressMeeting,
            SessionNumber = held.Count + 1,
            Code = ScreenCode.New(random),
            InitiatorSeatId = scan.InitiatorSeat.Id,
            StartedAt = now,
        };
        session._seats.AddRange(scan.ActiveSeats
            .Where(s => s.Status != SeatStatus.Declined)
            .Select(s => new SessionSeat(s.Id, s.Person.Name, s.Person.DomainId, s.IsInitiator)));
        session.AddItems(ProgressMeeting.InstrumentOf(agenda, session.NameOf, DateOnly.FromDateTime(now)));
        session.ChairSeatId = session.Seat(agenda.ChairSeatId) is not null ? agenda.ChairSeatId : session.InitiatorSeatId;
        session.Version = 1;
        session.Write(SessionEvent.Started, null, session.ChairSeatId, $"{session.Name} is begonnen. Voorzitter: {session.NameOf(session.ChairSeatId)}.", now);
        return session;
    }

    /// <summary>Gives the session a new screen code, e.g. when the host finds the code in use by another running
    /// session. Participants' links keep working; only the screen shows the new code.</summary>
    public void RenewCode(Random random)
    {
        Code = ScreenCode.New(random);
        Version++;
    }

    /// <summary>A participant votes in the open round of the item on the screen, or changes their vote: each seat has
    /// one vote per round. Casting a vote also marks the seat present. With <see cref="AutoReveal"/> on, the vote of
    /// the last person present closes the round and reveals the result.</summary>
    public CommandOutcome CastVote(Guid seatId, Guid roundId, string optionCode, string? comment, Guid commandId, DateTime now)
    {
        if (IsRepeat(commandId, now))
        {
            return CommandOutcome.AlreadyApplied;
        }

        var seat = Seat(seatId);
        var round = Round(roundId);
        var context = new VoteContext(
            IsEnded,
            seat is not null,
            round?.State,
            round is not null && round == CurrentRound,
            optionCode is not null && round is not null && EntryOf(round).Allows(optionCode));
        var checkedComment = VoteRules.Check(context, optionCode, comment);

        round!.Cast(seatId, optionCode!, checkedComment, commandId, now);
        seat!.SetPresent(true, now);
        if (VoteRules.CompletesRound(AutoReveal, PresentSeatIds, round.Votes.Select(v => v.SeatId).ToHashSet()))
        {
            round.Close(now);
            round.Reveal(now);
        }

        Commit(commandId, now);
        return CommandOutcome.Applied;
    }

    /// <summary>Opens the first round on the item on the screen. For a second round, use <see cref="Revote"/>.</summary>
    public CommandOutcome OpenRound(Guid actorSeatId, Guid commandId, DateTime now) =>
        Run(commandId, now, head => SessionRules.OpenRound(head, actorSeatId, now));

    /// <summary>Starts a new round on the item on the screen after the discussion. The earlier rounds stay as they
    /// are, so the screen can compare.</summary>
    public CommandOutcome Revote(Guid actorSeatId, Guid commandId, DateTime now) =>
        Run(commandId, now, head => SessionRules.Revote(head, actorSeatId, now));

    public CommandOutcome CloseRound(Guid actorSeatId, Guid roundId, Guid commandId, DateTime now) =>
        Run(commandId, now, head => SessionRules.CloseRound(head, actorSeatId, Round(roundId) is { } round ? RoundHead.Of(round) : null));

    public CommandOutcome RevealRound(Guid actorSeatId, Guid roundId, Guid commandId, DateTime now) =>
        Run(commandId, now, head => SessionRules.RevealRound(head, actorSeatId, Round(roundId) is { } round ? RoundHead.Of(round) : null));

    public CommandOutcome Next(Guid actorSeatId, Guid commandId, DateTime now) =>
        Run(commandId, now, head => SessionRules.Next(head, actorSeatId));

    public CommandOutcome Previous(Guid actorSeatId, Guid commandId, DateTime now) =>
        Run(commandId, now, head => SessionRules.Previous(head, actorSeatId));

    /// <summary>Jumps to a place on the agenda, e.g. from the overview back to a norm.</summary>
    public CommandOutcome GoTo(Guid actorSeatId, int position, Guid commandId, DateTime now) =>
        Run(commandId, now, head => SessionRules.GoTo(head, actorSeatId, position));

    /// <summary>The group chooses, at the start and before the first vote, to discuss openly: the per-domain picture
    /// may then be shown. The choice is written in the session log and cannot be undone in this session.</summary>
    public CommandOutcome ChooseOpenDiscussion(Guid actorSeatId, Guid commandId, DateTime now) =>
        Run(commandId, now, head => SessionRules.ChooseOpenDiscussion(head, actorSeatId));

    public CommandOutcome SetAutoReveal(Guid actorSeatId, bool on, Guid commandId, DateTime now) =>
        Run(commandId, now, head => SessionRules.SetAutoReveal(head, actorSeatId, on));

    /// <summary>The chair (or the initiator) passes the chair to another participant of the session.</summary>
    public CommandOutcome HandOverChair(Guid actorSeatId, Guid toSeatId, Guid commandId, DateTime now) =>
        Run(commandId, now, head => SessionRules.HandOverChair(head, actorSeatId, toSeatId, Seat(toSeatId)?.Name, NameOf(ChairSeatId)));

    /// <summary>The initiator takes the chair back, whoever has it.</summary>
    public CommandOutcome TakeBackChair(Guid initiatorSeatId, Guid commandId, DateTime now) =>
        Run(commandId, now, head => SessionRules.TakeBackChair(head, initiatorSeatId, NameOf(InitiatorSeatId), NameOf(ChairSeatId)));

    /// <summary>The seat's person came in (their tablet connected). Already present changes nothing.</summary>
    public CommandOutcome MarkPresent(Guid seatId, DateTime now) => SetPresence(seatId, true, now);

    /// <summary>The seat's person left or lost the connection. A chair who is away stays chair.</summary>
    public CommandOutcome MarkAbsent(Guid seatId, DateTime now) => SetPresence(seatId, false, now);

    /// <summary>Writes down an improvement point on an item of the agenda; everyone sees it. The new point carries
    /// <paramref name="commandId"/>, so the host can find it.</summary>
    public CommandOutcome RecordImprovementPoint(Guid actorSeatId, string itemId, string text, Guid commandId, DateTime now) =>
        Run(commandId, now, head => SessionRules.RecordImprovementPoint(head, actorSeatId, itemId, Entry(itemId) is not null, text, commandId, now));

    public CommandOutcome ReviseImprovementPoint(Guid actorSeatId, Guid pointId, string text, Guid commandId, DateTime now) =>
        Run(commandId, now, head => SessionRules.ReviseImprovementPoint(head, actorSeatId, pointId, Point(pointId) is not null, text));

    public CommandOutcome RemoveImprovementPoint(Guid actorSeatId, Guid pointId, Guid commandId, DateTime now) =>
        Run(commandId, now, head => SessionRules.RemoveImprovementPoint(head, actorSeatId, pointId, Point(pointId) is not null));

    /// <summary>Ends the session. After this it only answers questions; every command is refused.</summary>
    public CommandOutcome End(Guid actorSeatId, Guid commandId, DateTime now) =>
        Run(commandId, now, head => SessionRules.End(head, actorSeatId));

    /// <summary>What the steering rules see of this session.</summary>
    public SessionHead Head => new(
        Name, IsEnded, ChairSeatId, InitiatorSeatId, AutoReveal, OpenDiscussion, CurrentIndex, _agenda.Count, Current?.ItemId,
        CurrentRound is { } round ? RoundHead.Of(round) : null, _rounds.Count > 0);

    private CommandOutcome Run(Guid commandId, DateTime now, Func<SessionHead, SessionStep> rule)
    {
        if (IsRepeat(commandId, now))
        {
            return CommandOutcome.AlreadyApplied;
        }

        var step = rule(Head);
        if (step.IsNothing)
        {
            return CommandOutcome.AlreadyApplied;
        }

        Apply(step, now);
        Commit(commandId, now);
        if (step.Log is { } log)
        {
            Write(log.Kind, log.ActorSeatId, log.SubjectSeatId, log.Text, now);
        }

        return CommandOutcome.Applied;
    }

    private void Apply(SessionStep step, DateTime now)
    {
        if (step.NewRound is { } added)
        {
            _rounds.Add(added);
        }

        if (step.Round is { } move)
        {
            Round(move.RoundId)!.MoveTo(move.To, now);
        }

        CurrentIndex = step.MoveTo ?? CurrentIndex;
        AutoReveal = step.AutoReveal ?? AutoReveal;
        OpenDiscussion = step.OpenDiscussion ?? OpenDiscussion;
        ChairSeatId = step.ChairSeatId ?? ChairSeatId;
        EndedAt = step.Ends ? now : EndedAt;
        if (step.NewPoint is { } point)
        {
            _improvementPoints.Add(point);
        }

        if (step.RevisedPoint is { } revision)
        {
            Point(revision.PointId)!.Revise(revision.Text, now);
        }

        if (step.RemovedPointId is { } removed)
        {
            _improvementPoints.Remove(Point(removed)!);
        }
    }

    private CommandOutcome SetPresence(Guid seatId, bool present, DateTime now)
    {
        EnsureUtc(now);
        var seat = Seat(seatId);
        if (!SessionRules.ChangesPresence(seat?.IsPresent, present))
        {
            return CommandOutcome.AlreadyApplied;
        }

        seat!.SetPresent(present, now);
        Version++;
        return CommandOutcome.Applied;
    }

    private void BuildAgenda(Core.Scans.Scan scan, IEnumerable<Instrument> instruments)
    {
        foreach (var instrument in instruments.OrderBy(i => i.Order).ThenBy(i => i.Id, StringComparer.Ordinal))
        {
            if (!scan.Details.InstrumentIds.Contains(instrument.Id))
            {
                throw new SessionRuleException($"Het instrument '{instrument.Name}' hoort niet bij deze scan.");
            }

            AddItems(instrument);
        }
    }

    private void AddItems(Instrument instrument)
    {
        foreach (var item in instrument.Items)
        {
            if (Entry(item.Id) is not null)
            {
                throw new SessionRuleException($"Het onderwerp '{item.Id}' staat twee keer op de agenda.");
            }

            _agenda.Add(new AgendaEntry(_agenda.Count, instrument.Id, item.Id, instrument.Scale.Id, instrument.Scale.Options.Select(o => o.Code)));
        }
    }

    private bool IsRepeat(Guid commandId, DateTime now)
    {
        EnsureUtc(now);
        if (commandId == Guid.Empty)
        {
            throw new ArgumentException("A command needs its own id; the client makes one per command.", nameof(commandId));
        }

        return HasHandled(commandId);
    }

    /// <summary>The person on this seat had their details removed (withdrawn, replaced, or past the retention period):
    /// the copy of their name in this session and in its log becomes "Oud-deelnemer". Votes and points stay.</summary>
    public void ForgetPerson(Guid seatId)
    {
        if (Seat(seatId) is not { } seat || seat.Name == PersonDetails.FormerParticipant)
        {
            return;
        }

        foreach (var entry in _log.Where(e => e.ActorSeatId == seatId || e.SubjectSeatId == seatId))
        {
            entry.Redact(seat.Name);
        }

        seat.Anonymise();
    }

    private void Commit(Guid commandId, DateTime now)
    {
        Version++;
        _handledCommands.Add(new HandledCommand(commandId, Version, now));
    }

    private void Write(SessionEvent kind, Guid? actorSeatId, Guid? subjectSeatId, string text, DateTime now) =>
        _log.Add(new SessionLogEntry(Version, kind, actorSeatId, subjectSeatId, text, now));

    private AgendaEntry EntryOf(VotingRound round) => Entry(round.ItemId)!;

    private ImprovementPoint? Point(Guid pointId) => _improvementPoints.FirstOrDefault(p => p.Id == pointId);

    private string NameOf(Guid seatId) => Seat(seatId)?.Name ?? "Onbekend";

    private static void EnsureUtc(DateTime now)
    {
        if (now.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("Pass the time in UTC.", nameof(now));
        }
    }
}
