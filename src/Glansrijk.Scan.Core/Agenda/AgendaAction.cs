namespace Glansrijk.Scan.Core.Agenda;

/// <summary>What the chair writes down for an action; checked by <see cref="ImprovementAgenda"/>.</summary>
/// <param name="ForYoungPeople">What will be different for the young people.</param>
/// <param name="OwnerSeatId">The trekker: a participant, who confirms on their own tablet.</param>
/// <param name="ResultIndicator">How we will know it worked.</param>
/// <param name="FirstCheck">The first check moment, from <paramref name="Start"/> up to <paramref name="Deadline"/>.</param>
public sealed record ActionDetails(
    string NormId,
    string Title,
    string ForYoungPeople,
    Guid OwnerSeatId,
    IReadOnlyList<string> Organisations,
    DateOnly Start,
    DateOnly Deadline,
    string ResultIndicator,
    DateOnly FirstCheck);

/// <summary>A verbeteractie on the agenda, with its trekker (<see cref="OwnerSeatId"/>) and its PDCA follow-up.
/// <para>PDCA steps (<see cref="CanMove"/>): Plan → Do → Check → Act → Plan (the next round); from Check or Act an
/// action can be Afgerond; from any open status it can be Vervallen, with a reason. Afgerond and Vervallen are final.
/// An update may also keep the status and only add a progress note. Every update is kept in <see cref="History"/>
/// with who and when.</para></summary>
public sealed class AgendaAction
{
    /// <summary>A progress note is a short message, not a report; longer texts belong in the reporting agreed.</summary>
    public const int MaxNoteLength = 1000;

    private readonly List<string> _organisations = [];
    private readonly List<ActionUpdate> _history = [];
    private readonly List<Indicator> _indicators = [];

    private AgendaAction()
    {
    }

    internal AgendaAction(ActionDetails details, int position, DateTime now)
    {
        Id = Guid.NewGuid();
        Position = position;
        Status = ActionStatus.Plan;
        CreatedAt = now;
        Apply(details);
    }

    public Guid Id { get; private set; }

    /// <summary>0-based place on the agenda.</summary>
    public int Position { get; private set; }

    public string NormId { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string ForYoungPeople { get; private set; } = "";
    public Guid OwnerSeatId { get; private set; }

    /// <summary>When the trekker confirmed on their own tablet; reset when another trekker is chosen.</summary>
    public DateTime? OwnerConfirmedAt { get; private set; }

    public IReadOnlyList<string> Organisations => _organisations;
    public DateOnly Start { get; private set; }
    public DateOnly Deadline { get; private set; }
    public string ResultIndicator { get; private set; } = "";
    public DateOnly FirstCheck { get; private set; }

    /// <summary>The coming check moment: <see cref="FirstCheck"/> until an update sets another.</summary>
    public DateOnly NextCheck { get; private set; }

    public ActionStatus Status { get; private set; }

    /// <summary>Why the action was dropped (Vervallen).</summary>
    public string? DroppedReason { get; private set; }

    public DateTime CreatedAt { get; private set; }
    public IReadOnlyList<ActionUpdate> History => _history;

    /// <summary>The counted results of this action, next to the free-text <see cref="ResultIndicator"/>.</summary>
    public IReadOnlyList<Indicator> Indicators => _indicators;

    public Indicator? Indicator(Guid indicatorId) => _indicators.FirstOrDefault(i => i.Id == indicatorId);

    public bool IsOwnerConfirmed => OwnerConfirmedAt is not null;
    public bool IsFinished => Status is ActionStatus.Done or ActionStatus.Dropped;
    public ActionUpdate? LastUpdate => _history.Count == 0 ? null : _history[^1];

    /// <summary>Whether an action in <paramref name="from"/> may move to <paramref name="to"/>; staying is allowed
    /// (a progress note) for open statuses.</summary>
    public static bool CanMove(ActionStatus from, ActionStatus to) => (from, to) switch
    {
        (ActionStatus.Done or ActionStatus.Dropped, _) => false,
        _ when from == to => true,
        (_, ActionStatus.Dropped) => true,
        (ActionStatus.Plan, ActionStatus.Do) => true,
        (ActionStatus.Do, ActionStatus.Check) => true,
        (ActionStatus.Check, ActionStatus.Act or ActionStatus.Done) => true,
        (ActionStatus.Act, ActionStatus.Plan or ActionStatus.Done) => true,
        _ => false,
    };

    public IEnumerable<ActionStatus> NextStatuses => Enum.GetValues<ActionStatus>().Where(s => s != Status && CanMove(Status, s));

    /// <summary>On track, late or done on <paramref name="today"/>. Late: the deadline passed while the action is not
    /// finished, or the check moment passed without an update on or after it.</summary>
    public ActionProgress Progress(DateOnly today) => Status switch
    {
        ActionStatus.Done => ActionProgress.Done,
        ActionStatus.Dropped => ActionProgress.Dropped,
        _ when today > Deadline => ActionProgress.Late,
        _ when today > NextCheck && !_history.Any(u => DateOnly.FromDateTime(u.At) >= NextCheck) => ActionProgress.Late,
        _ => ActionProgress.OnTrack,
    };

    internal bool Apply(ActionDetails details)
    {
        var organisations = details.Organisations.Select(o => o.Trim()).Where(o => o.Length > 0).Distinct().ToList();
        var changed = NormId != details.NormId || Title != details.Title.Trim() || ForYoungPeople != details.ForYoungPeople.Trim()
            || OwnerSeatId != details.OwnerSeatId || !Organisations.SequenceEqual(organisations) || Start != details.Start
            || Deadline != details.Deadline || ResultIndicator != details.ResultIndicator.Trim() || FirstCheck != details.FirstCheck;
        if (OwnerSeatId != details.OwnerSeatId)
        {
            OwnerConfirmedAt = null;
        }

        if (FirstCheck != details.FirstCheck || NextCheck == default)
        {
            NextCheck = details.FirstCheck;
        }

        NormId = details.NormId;
        Title = details.Title.Trim();
        ForYoungPeople = details.ForYoungPeople.Trim();
        OwnerSeatId = details.OwnerSeatId;
        _organisations.Clear();
        _organisations.AddRange(organisations);
        Start = details.Start;
        Deadline = details.Deadline;
        ResultIndicator = details.ResultIndicator.Trim();
        FirstCheck = details.FirstCheck;
        return changed;
    }

    internal bool ConfirmOwnership(DateTime now)
    {
        if (IsOwnerConfirmed)
        {
            return false;
        }

        OwnerConfirmedAt = now;
        return true;
    }

    internal void Update(Guid bySeatId, ActionStatus to, string? note, DateOnly? nextCheck, DateTime now, DateOnly? agreedInProgressMeetingOn = null)
    {
        if (IsFinished)
        {
            throw new AgendaRuleException($"Deze actie is {Status.InWords().ToLowerInvariant()}; de status ligt vast.");
        }

        if (!CanMove(Status, to))
        {
            throw new AgendaRuleException($"Van {Status.InWords()} kan een actie niet naar {to.InWords()}.");
        }

        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (text is { Length: > MaxNoteLength })
        {
            throw new AgendaRuleException($"Houd de notitie kort: hoogstens {MaxNoteLength} tekens.");
        }

        if (to == ActionStatus.Dropped && text is null)
        {
            throw new AgendaRuleException("Geef aan waarom de actie vervalt.");
        }

        if (to == Status && text is null && nextCheck is null)
        {
            throw new AgendaRuleException("Schrijf kort hoe het ervoor staat.");
        }

        if (nextCheck is { } check && (check < DateOnly.FromDateTime(now) || check > Deadline))
        {
            throw new AgendaRuleException("Het volgende checkmoment ligt tussen vandaag en de deadline.");
        }

        _history.Add(new ActionUpdate(bySeatId, now, Status, to, text, nextCheck, agreedInProgressMeetingOn));
        Status = to;
        DroppedReason = to == ActionStatus.Dropped ? text : null;
        if (nextCheck is { } next)
        {
            NextCheck = next;
        }
    }

    internal void MoveTo(int position) => Position = position;

    internal void AddIndicator(Indicator indicator) => _indicators.Add(indicator);

    internal void RemoveIndicator(Indicator indicator) => _indicators.Remove(indicator);
}
