namespace Glansrijk.Scan.Core.Sessions;

/// <summary>A voting round as the rules see it.</summary>
public sealed record RoundHead(Guid Id, string ItemId, int Number, RoundState State)
{
    public static RoundHead Of(VotingRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return new RoundHead(round.Id, round.ItemId, round.Number, round.State);
    }
}

/// <summary>What a steering command needs to know about a live session: its own row, the length of its agenda, the item
/// on the screen and that item's latest round. Never the whole session, so the host reads it in one query whose cost
/// does not grow with the session's history; the in-memory <see cref="LiveSession"/> builds it from itself.</summary>
/// <param name="Name">"Sessie 1", "Voortgangsoverleg 2": as the log names the session.</param>
/// <param name="CurrentItemId">The item on the screen; null when the agenda is empty.</param>
/// <param name="CurrentRound">The latest round of the item on the screen; null before its first round.</param>
/// <param name="AnyRound">The session has had a round, on any item.</param>
public sealed record SessionHead(
    string Name,
    bool Ended,
    Guid ChairSeatId,
    Guid InitiatorSeatId,
    bool AutoReveal,
    bool OpenDiscussion,
    int CurrentIndex,
    int AgendaLength,
    string? CurrentItemId,
    RoundHead? CurrentRound,
    bool AnyRound)
{
    public bool CanSteer(Guid seatId) => seatId == ChairSeatId || seatId == InitiatorSeatId;
}

/// <summary>A line for the session log, see <see cref="SessionLogEntry"/>.</summary>
public sealed record LogLine(SessionEvent Kind, Guid? ActorSeatId, Guid? SubjectSeatId, string Text);

/// <summary>A round that moves on: closed, or revealed.</summary>
public sealed record RoundMove(Guid RoundId, RoundState To);

/// <summary>An improvement point whose text changes.</summary>
public sealed record PointRevision(Guid PointId, string Text);

/// <summary>What a steering command changes, as data: the in-memory session applies it to itself, the host writes it as
/// row updates. Every part left null stays as it is; <see cref="Nothing"/> means the session is already as asked and
/// the version stays.</summary>
public sealed record SessionStep
{
    public static readonly SessionStep Nothing = new();

    public VotingRound? NewRound { get; init; }
    public RoundMove? Round { get; init; }
    public int? MoveTo { get; init; }
    public bool? AutoReveal { get; init; }
    public bool? OpenDiscussion { get; init; }
    public Guid? ChairSeatId { get; init; }
    public bool Ends { get; init; }
    public ImprovementPoint? NewPoint { get; init; }
    public PointRevision? RevisedPoint { get; init; }
    public Guid? RemovedPointId { get; init; }
    public LogLine? Log { get; init; }

    public bool IsNothing => Equals(Nothing);

    /// <summary>The step changes the session's own row (and not only a round or a point).</summary>
    public bool ChangesSession => MoveTo is not null || AutoReveal is not null || OpenDiscussion is not null || ChairSeatId is not null || Ends;
}

/// <summary>The rules of steering a live session, as pure functions from a <see cref="SessionHead"/> (and the one or two
/// facts a command names) to a <see cref="SessionStep"/>. A refusal throws a <see cref="SessionRuleException"/> with the
/// reason in Dutch. Command ids and repeats are the caller's: the rules only see the session as it is.</summary>
public static class SessionRules
{
    /// <summary>Opens the first round on the item on the screen. For a second round, see <see cref="Revote"/>.</summary>
    public static SessionStep OpenRound(SessionHead head, Guid actorSeatId, DateTime now)
    {
        var itemId = CurrentItem(Steering(head, actorSeatId));
        if (head.CurrentRound is not null)
        {
            throw new SessionRuleException("Over dit onderwerp is al gestemd. Kies 'Opnieuw stemmen' voor een nieuwe ronde.");
        }

        return new SessionStep { NewRound = new VotingRound(itemId, 1, now) };
    }

    /// <summary>A new round on the item on the screen after the discussion; the earlier rounds stay for comparison.</summary>
    public static SessionStep Revote(SessionHead head, Guid actorSeatId, DateTime now)
    {
        var itemId = CurrentItem(Steering(head, actorSeatId));
        var latest = head.CurrentRound ?? throw new SessionRuleException("Er is over dit onderwerp nog niet gestemd. Open eerst een stemronde.");
        if (latest.State == RoundState.Open)
        {
            throw new SessionRuleException("Er loopt nog een stemronde. Sluit die eerst af.");
        }

        return new SessionStep { NewRound = new VotingRound(itemId, latest.Number + 1, now) };
    }

    /// <param name="round">The round the command names; null when the session has no such round.</param>
    public static SessionStep CloseRound(SessionHead head, Guid actorSeatId, RoundHead? round)
    {
        var named = OnCurrentItem(Steering(head, actorSeatId), round);
        EnsureCanClose(named.State);
        return new SessionStep { Round = new RoundMove(named.Id, RoundState.Closed) };
    }

    /// <param name="round">The round the command names; null when the session has no such round.</param>
    public static SessionStep RevealRound(SessionHead head, Guid actorSeatId, RoundHead? round)
    {
        var named = OnCurrentItem(Steering(head, actorSeatId), round);
        EnsureCanReveal(named.State);
        return new SessionStep { Round = new RoundMove(named.Id, RoundState.Revealed) };
    }

    public static SessionStep Next(SessionHead head, Guid actorSeatId) =>
        Move(head, actorSeatId, () => head.CurrentIndex + 1 < head.AgendaLength
            ? head.CurrentIndex + 1
            : throw new SessionRuleException("Dit is het laatste onderwerp van de agenda."));

    public static SessionStep Previous(SessionHead head, Guid actorSeatId) =>
        Move(head, actorSeatId, () => head.CurrentIndex > 0
            ? head.CurrentIndex - 1
            : throw new SessionRuleException("Dit is het eerste onderwerp van de agenda."));

    /// <summary>Jumps to a place on the agenda, e.g. from the overview back to a norm.</summary>
    public static SessionStep GoTo(SessionHead head, Guid actorSeatId, int position) =>
        Move(head, actorSeatId, () => position >= 0 && position < head.AgendaLength
            ? position
            : throw new SessionRuleException("Dit onderwerp staat niet op de agenda."));

    /// <summary>The group chooses, before the first vote, to discuss openly: the per-domain picture may then be shown.
    /// Written in the log; it cannot be undone in this session.</summary>
    public static SessionStep ChooseOpenDiscussion(SessionHead head, Guid actorSeatId)
    {
        if (Steering(head, actorSeatId).OpenDiscussion)
        {
            return SessionStep.Nothing;
        }

        if (head.AnyRound)
        {
            throw new SessionRuleException("Open bespreken kies je aan het begin, voordat er gestemd wordt.");
        }

        return new SessionStep
        {
            OpenDiscussion = true,
            Log = new LogLine(SessionEvent.OpenDiscussionChosen, actorSeatId, null,
                "De groep koos voor open bespreken: de uitslag per domein mag op het scherm, ook als een domein uit twee mensen bestaat."),
        };
    }

    public static SessionStep SetAutoReveal(SessionHead head, Guid actorSeatId, bool on)
    {
        if (Steering(head, actorSeatId).AutoReveal == on)
        {
            return SessionStep.Nothing;
        }

        return new SessionStep
        {
            AutoReveal = on,
            Log = new LogLine(SessionEvent.AutoRevealSwitched, actorSeatId, null,
                on ? "De uitslag verschijnt vanzelf zodra iedereen die er is heeft gestemd." : "De voorzitter laat de uitslag zelf zien."),
        };
    }

    /// <summary>The chair (or the initiator) passes the chair to another participant of the session.</summary>
    /// <param name="toName">The name of the seat <paramref name="toSeatId"/>; null when it does not take part.</param>
    /// <param name="chairName">The name of the chair now.</param>
    public static SessionStep HandOverChair(SessionHead head, Guid actorSeatId, Guid toSeatId, string? toName, string chairName)
    {
        Steering(head, actorSeatId);
        if (toName is null)
        {
            throw new SessionRuleException("Geef het voorzitterschap aan iemand die aan deze sessie meedoet.");
        }

        if (toSeatId == head.ChairSeatId)
        {
            return SessionStep.Nothing;
        }

        return new SessionStep
        {
            ChairSeatId = toSeatId,
            Log = new LogLine(SessionEvent.ChairHandedOver, actorSeatId, toSeatId, $"{chairName} gaf het voorzitterschap aan {toName}."),
        };
    }

    /// <summary>The initiator takes the chair back, whoever has it.</summary>
    public static SessionStep TakeBackChair(SessionHead head, Guid actorSeatId, string initiatorName, string chairName)
    {
        Running(head);
        if (actorSeatId != head.InitiatorSeatId)
        {
            throw new SessionRuleException("Alleen de initiatiefnemer kan het voorzitterschap terugnemen.");
        }

        if (head.ChairSeatId == head.InitiatorSeatId)
        {
            return SessionStep.Nothing;
        }

        return new SessionStep
        {
            ChairSeatId = head.InitiatorSeatId,
            Log = new LogLine(SessionEvent.ChairTakenBack, actorSeatId, head.ChairSeatId, $"{initiatorName} nam het voorzitterschap terug van {chairName}."),
        };
    }

    /// <summary>Ends the session; after this every command is refused.</summary>
    public static SessionStep End(SessionHead head, Guid actorSeatId)
    {
        EnsureNoOpenRound(Steering(head, actorSeatId));
        return new SessionStep { Ends = true, Log = new LogLine(SessionEvent.Ended, actorSeatId, null, $"{head.Name} is afgesloten.") };
    }

    /// <summary>Writes down an improvement point on an item of the agenda; the point carries <paramref name="commandId"/>.</summary>
    /// <param name="onAgenda">The item <paramref name="itemId"/> is on the session's agenda.</param>
    public static SessionStep RecordImprovementPoint(SessionHead head, Guid actorSeatId, string itemId, bool onAgenda, string? text, Guid commandId, DateTime now)
    {
        Steering(head, actorSeatId);
        if (!onAgenda)
        {
            throw new SessionRuleException("Dit onderwerp staat niet op de agenda.");
        }

        return new SessionStep { NewPoint = new ImprovementPoint(itemId, ImprovementPoint.Checked(text), actorSeatId, commandId, now) };
    }

    /// <param name="exists">The session has the point <paramref name="pointId"/>.</param>
    public static SessionStep ReviseImprovementPoint(SessionHead head, Guid actorSeatId, Guid pointId, bool exists, string? text)
    {
        Steering(head, actorSeatId);
        EnsurePoint(exists);
        return new SessionStep { RevisedPoint = new PointRevision(pointId, ImprovementPoint.Checked(text)) };
    }

    /// <param name="exists">The session has the point <paramref name="pointId"/>.</param>
    public static SessionStep RemoveImprovementPoint(SessionHead head, Guid actorSeatId, Guid pointId, bool exists)
    {
        Steering(head, actorSeatId);
        EnsurePoint(exists);
        return new SessionStep { RemovedPointId = pointId };
    }

    /// <summary>Whether a seat coming in or leaving changes anything; a seat that does not take part is refused.</summary>
    /// <param name="isPresent">The seat's presence now; null when it does not take part in the session.</param>
    public static bool ChangesPresence(bool? isPresent, bool present) =>
        isPresent is { } now ? now != present : throw new SessionRuleException("Deze deelnemer hoort niet bij deze scan.");

    internal static void EnsureCanClose(RoundState state)
    {
        if (state != RoundState.Open)
        {
            throw new SessionRuleException(state == RoundState.Closed
                ? "Deze stemronde is al gesloten."
                : "Deze stemronde is al gesloten en de uitslag staat op het scherm.");
        }
    }

    internal static void EnsureCanReveal(RoundState state)
    {
        if (state != RoundState.Closed)
        {
            throw new SessionRuleException(state == RoundState.Open
                ? "Sluit eerst de stemronde; daarna kun je de uitslag laten zien."
                : "De uitslag van deze stemronde staat al op het scherm.");
        }
    }

    private static SessionStep Move(SessionHead head, Guid actorSeatId, Func<int> target)
    {
        if (Steering(head, actorSeatId).AgendaLength == 0)
        {
            throw new SessionRuleException("Er staat niets op de agenda.");
        }

        var position = target();
        if (position == head.CurrentIndex)
        {
            return SessionStep.Nothing;
        }

        EnsureNoOpenRound(head);
        return new SessionStep { MoveTo = position };
    }

    private static SessionHead Running(SessionHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        return head.Ended ? throw new SessionRuleException("Deze sessie is afgelopen.") : head;
    }

    private static SessionHead Steering(SessionHead head, Guid actorSeatId) =>
        Running(head).CanSteer(actorSeatId)
            ? head
            : throw new SessionRuleException("Alleen de voorzitter of de initiatiefnemer kan de sessie leiden.");

    private static void EnsureNoOpenRound(SessionHead head)
    {
        if (head.CurrentRound is { State: RoundState.Open })
        {
            throw new SessionRuleException("Er loopt nog een stemronde. Sluit die eerst af.");
        }
    }

    private static string CurrentItem(SessionHead head) => head.CurrentItemId ?? throw new SessionRuleException("Er staat niets op de agenda.");

    private static RoundHead OnCurrentItem(SessionHead head, RoundHead? round)
    {
        var named = round ?? throw new SessionRuleException("Deze stemronde bestaat niet.");
        return named.ItemId == head.CurrentItemId
            ? named
            : throw new SessionRuleException("Deze stemronde hoort bij een ander onderwerp. Ga eerst naar dat onderwerp.");
    }

    private static void EnsurePoint(bool exists)
    {
        if (!exists)
        {
            throw new SessionRuleException("Dit verbeterpunt bestaat niet (meer).");
        }
    }
}
