using Glansrijk.Scan.Core.Sessions;

namespace Glansrijk.Scan.Core.Agenda;

/// <summary>Prioritising at the end of session 1: each participant distributes a fixed number of points
/// (<see cref="Budget"/>, 3 unless chosen otherwise) over the norms on their tablet; the screen shows the ranking.
/// <para>A seat sends its whole distribution each time and may change it until the chair closes; spending fewer
/// points than the budget is allowed. Commands carry a client-made id: the same command sent again changes nothing.
/// Every change raises <see cref="Version"/> by one.</para></summary>
public sealed class Prioritisation
{
    public const int DefaultBudget = 3;
    public const int MaximumBudget = 20;

    private readonly List<string> _normIds = [];
    private readonly List<Guid> _participantSeatIds = [];
    private readonly List<PointAllocation> _allocations = [];
    private readonly List<HandledCommand> _handledCommands = [];

    private Prioritisation()
    {
    }

    public Guid Id { get; private set; }
    public Guid ScanId { get; private set; }
    public int Budget { get; private set; }

    /// <summary>The norms that may get points, in the instruments' order; that order breaks ties.</summary>
    public IReadOnlyList<string> NormIds => _normIds;

    /// <summary>The seats that may distribute points: those present at the end of session 1.</summary>
    public IReadOnlyList<Guid> ParticipantSeatIds => _participantSeatIds;

    public Guid ChairSeatId { get; private set; }
    public Guid InitiatorSeatId { get; private set; }
    public DateTime StartedAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    public long Version { get; private set; }

    public IReadOnlyList<PointAllocation> Allocations => _allocations;
    public IReadOnlyList<HandledCommand> HandledCommands => _handledCommands;

    public bool IsClosed => ClosedAt is not null;

    /// <summary>How many seats have given at least one point.</summary>
    public int SeatsDistributed => _allocations.Select(a => a.SeatId).Distinct().Count();

    /// <summary>"7 van 12 verdeeld".</summary>
    public string ProgressInWords => $"{SeatsDistributed} van {_participantSeatIds.Count} verdeeld";

    public static Prioritisation Start(
        Guid scanId,
        IEnumerable<string> normIds,
        IEnumerable<Guid> participantSeatIds,
        Guid chairSeatId,
        Guid initiatorSeatId,
        DateTime now,
        int budget = DefaultBudget)
    {
        ArgumentNullException.ThrowIfNull(normIds);
        ArgumentNullException.ThrowIfNull(participantSeatIds);
        AgendaTime.EnsureUtc(now);
        if (budget is < 1 or > MaximumBudget)
        {
            throw new AgendaRuleException($"Het aantal punten per deelnemer moet tussen 1 en {MaximumBudget} liggen.");
        }

        var norms = normIds.Distinct().ToList();
        if (norms.Count == 0)
        {
            throw new AgendaRuleException("Er zijn geen normen om punten aan te geven.");
        }

        var prioritisation = new Prioritisation
        {
            Id = Guid.NewGuid(),
            ScanId = scanId,
            Budget = budget,
            ChairSeatId = chairSeatId,
            InitiatorSeatId = initiatorSeatId,
            StartedAt = now,
            Version = 1,
        };
        prioritisation._normIds.AddRange(norms);
        prioritisation._participantSeatIds.AddRange(participantSeatIds.Distinct());
        return prioritisation;
    }

    /// <summary>Replaces the seat's distribution by <paramref name="points"/> (norm id → points); norms left out or
    /// given 0 get nothing from this seat.</summary>
    /// <summary>At the table everyone spends exactly their budget, so the ranking weighs each voice the same (the
    /// aggregate itself lets a seat spend less, see <see cref="Distribute"/>). A closed prioritising is left to
    /// <see cref="Distribute"/>, which refuses it with its own reason.</summary>
    public void EnsureWholeBudget(IReadOnlyDictionary<string, int> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var total = points.Values.Where(p => p > 0).Sum();
        if (IsClosed || total == Budget)
        {
            return;
        }

        var budget = Budget == 1 ? "1 punt" : $"{Budget} punten";
        throw new AgendaRuleException(total < Budget
            ? $"Verdeel precies {budget}. Je hebt er nog {Budget - total} over."
            : $"Verdeel precies {budget}. Je hebt er {total - Budget} te veel gegeven.");
    }

    public CommandOutcome Distribute(Guid seatId, IReadOnlyDictionary<string, int> points, Guid commandId, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (IsRepeat(commandId, now))
        {
            return CommandOutcome.AlreadyApplied;
        }

        EnsureOpen();
        if (!_participantSeatIds.Contains(seatId))
        {
            throw new AgendaRuleException("Alleen deelnemers die bij de sessie zijn, verdelen punten.");
        }

        if (points.Values.Any(p => p < 0))
        {
            throw new AgendaRuleException("Een norm kan geen negatief aantal punten krijgen.");
        }

        if (points.Keys.FirstOrDefault(n => !_normIds.Contains(n)) is { } unknown)
        {
            throw new AgendaRuleException($"Norm '{unknown}' staat niet in deze scan.");
        }

        var total = points.Values.Sum();
        if (total > Budget)
        {
            throw new AgendaRuleException($"U kunt {Budget} punten verdelen, niet {total}.");
        }

        var wanted = points.Where(p => p.Value > 0).ToDictionary(p => p.Key, p => p.Value);
        var current = DistributionOf(seatId);
        if (wanted.Count == current.Count && wanted.All(p => current.TryGetValue(p.Key, out var c) && c == p.Value))
        {
            _handledCommands.Add(new HandledCommand(commandId, Version, now));
            return CommandOutcome.AlreadyApplied;
        }

        _allocations.RemoveAll(a => a.SeatId == seatId);
        foreach (var normId in NormIds.Where(wanted.ContainsKey))
        {
            _allocations.Add(new PointAllocation(seatId, normId, wanted[normId], now));
        }

        Commit(commandId, now);
        return CommandOutcome.Applied;
    }

    /// <summary>Someone who came in late joins the distributing; only the chair or the initiator lets them in.</summary>
    public CommandOutcome Admit(Guid actorSeatId, Guid seatId, Guid commandId, DateTime now)
    {
        if (IsRepeat(commandId, now))
        {
            return CommandOutcome.AlreadyApplied;
        }

        EnsureOpen();
        if (actorSeatId != ChairSeatId && actorSeatId != InitiatorSeatId)
        {
            throw new AgendaRuleException("Alleen de voorzitter of de initiatiefnemer laat iemand meedoen.");
        }

        if (_participantSeatIds.Contains(seatId))
        {
            return CommandOutcome.AlreadyApplied;
        }

        _participantSeatIds.Add(seatId);
        Commit(commandId, now);
        return CommandOutcome.Applied;
    }

    /// <summary>Ends the distributing; only the chair or the initiator may. Closing again changes nothing.</summary>
    public CommandOutcome Close(Guid actorSeatId, Guid commandId, DateTime now)
    {
        if (IsRepeat(commandId, now))
        {
            return CommandOutcome.AlreadyApplied;
        }

        if (actorSeatId != ChairSeatId && actorSeatId != InitiatorSeatId)
        {
            throw new AgendaRuleException("Alleen de voorzitter of de initiatiefnemer sluit het prioriteren af.");
        }

        if (IsClosed)
        {
            return CommandOutcome.AlreadyApplied;
        }

        ClosedAt = now;
        Commit(commandId, now);
        return CommandOutcome.Applied;
    }

    /// <summary>The seat's points per norm; empty when it has not distributed.</summary>
    public IReadOnlyDictionary<string, int> DistributionOf(Guid seatId) =>
        _allocations.Where(a => a.SeatId == seatId).ToDictionary(a => a.NormId, a => a.Points);

    public int PointsLeft(Guid seatId) => Budget - _allocations.Where(a => a.SeatId == seatId).Sum(a => a.Points);

    public int PointsFor(string normId) => _allocations.Where(a => a.NormId == normId).Sum(a => a.Points);

    /// <summary>Every norm, most points first; equal points share a rank and keep the norm order.</summary>
    public IReadOnlyList<NormPoints> Ranking()
    {
        var totals = NormIds
            .Select((normId, index) => (NormId: normId, Index: index, Points: PointsFor(normId),
                Givers: _allocations.Count(a => a.NormId == normId)))
            .OrderByDescending(n => n.Points)
            .ThenBy(n => n.Index)
            .ToArray();
        return [.. totals.Select(n => new NormPoints(n.NormId, n.Points, n.Givers, 1 + totals.Count(o => o.Points > n.Points)))];
    }

    private bool IsRepeat(Guid commandId, DateTime now)
    {
        AgendaTime.EnsureUtc(now);
        if (commandId == Guid.Empty)
        {
            throw new ArgumentException("A command needs its own id; the client makes one per command.", nameof(commandId));
        }

        return _handledCommands.Any(c => c.CommandId == commandId);
    }

    private void EnsureOpen()
    {
        if (IsClosed)
        {
            throw new AgendaRuleException("Het prioriteren is afgesloten.");
        }
    }

    private void Commit(Guid commandId, DateTime now)
    {
        Version++;
        _handledCommands.Add(new HandledCommand(commandId, Version, now));
    }
}
