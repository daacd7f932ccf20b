using Glansrijk.Scan.Core.Sessions;

namespace Glansrijk.Scan.Core.Agenda;

/// <summary>A measurement to import: one row of a file, for one indicator and one period.</summary>
public sealed record MeasurementImportRow(Guid IndicatorId, string Period, decimal Value, string? Note);

/// <summary>The indicators behind the actions and their measurements.
/// <para>Forming: in session 2 whoever steers adds, edits and removes indicators; after the agenda is fixed the
/// initiator and the action's trekker refine them (regions often settle their figures later). An indicator with
/// measurements keeps its unit and frequency and cannot be removed.</para>
/// <para>Measuring, after the agenda is fixed: the action's trekker or the initiator records a figure per period;
/// the initiator imports a file of them, all or nothing.</para></summary>
public sealed partial class ImprovementAgenda
{
    /// <summary>More than this per action is a dashboard, not a verbeteractie.</summary>
    public const int MaxIndicatorsPerAction = 8;

    public CommandOutcome AddIndicator(Guid actorSeatId, Guid actionId, IndicatorDetails details, Guid commandId, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(details);
        return Run(commandId, now, () =>
        {
            var action = ActionOrThrow(actionId);
            EnsureShapingIndicators(actorSeatId, action);
            if (action.Indicators.Count >= MaxIndicatorsPerAction)
            {
                throw new AgendaRuleException($"Een actie heeft hoogstens {MaxIndicatorsPerAction} indicatoren. Kies de cijfers die er het meest toe doen.");
            }

            var indicator = new Indicator(Indicator.Validate(details), now);
            if (action.Indicators.Any(i => string.Equals(i.Name, indicator.Name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new AgendaRuleException($"Deze actie heeft al een indicator '{indicator.Name}'.");
            }

            action.AddIndicator(indicator);
            return true;
        });
    }

    public CommandOutcome EditIndicator(Guid actorSeatId, Guid actionId, Guid indicatorId, IndicatorDetails details, Guid commandId, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(details);
        return Run(commandId, now, () =>
        {
            var action = ActionOrThrow(actionId);
            EnsureShapingIndicators(actorSeatId, action);
            var indicator = IndicatorOrThrow(action, indicatorId);
            var name = details.Name?.Trim() ?? "";
            if (action.Indicators.Any(i => i.Id != indicatorId && string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new AgendaRuleException($"Deze actie heeft al een indicator '{name}'.");
            }

            return indicator.Apply(details);
        });
    }

    public CommandOutcome RemoveIndicator(Guid actorSeatId, Guid actionId, Guid indicatorId, Guid commandId, DateTime now) =>
        Run(commandId, now, () =>
        {
            var action = ActionOrThrow(actionId);
            EnsureShapingIndicators(actorSeatId, action);
            if (action.Indicator(indicatorId) is not { } indicator)
            {
                return false;
            }

            if (indicator.Measurements.Count > 0)
            {
                throw new AgendaRuleException("Deze indicator heeft al metingen en blijft daarom staan.");
            }

            action.RemoveIndicator(indicator);
            return true;
        });

    /// <summary>The trekker of the action (or the initiator) records a figure for a period.</summary>
    public CommandOutcome RecordMeasurement(
        Guid actorSeatId,
        Guid actionId,
        Guid indicatorId,
        string period,
        decimal value,
        string? note,
        Guid commandId,
        DateTime now) =>
        Run(commandId, now, () =>
        {
            var action = ActionOrThrow(actionId);
            var indicator = IndicatorOrThrow(action, indicatorId);
            EnsureMeasuring(actorSeatId, action);
            return indicator.Record(actorSeatId, period, value, note, imported: false, now);
        });

    /// <summary>The initiator imports figures: every row must be right, or nothing is kept. A row equal to what counts
    /// now changes nothing, so the same file twice adds nothing the second time.</summary>
    /// <returns>Applied when at least one row added a figure.</returns>
    public CommandOutcome ImportMeasurements(Guid actorSeatId, IReadOnlyList<MeasurementImportRow> rows, Guid commandId, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return Run(commandId, now, () =>
        {
            if (actorSeatId != InitiatorSeatId)
            {
                throw new AgendaRuleException("Alleen de initiatiefnemer leest metingen in.");
            }

            EnsureClosedForMeasuring();
            var indicators = _actions.SelectMany(a => a.Indicators).ToDictionary(i => i.Id);
            var seen = new HashSet<(Guid, string)>();
            var checkedRows = new List<(Indicator Indicator, MeasurementImportRow Row)>();
            foreach (var (row, index) in rows.Select((r, i) => (r, i + 1)))
            {
                if (!indicators.TryGetValue(row.IndicatorId, out var indicator))
                {
                    throw new AgendaRuleException($"Rij {index}: deze indicator hoort niet bij deze verbeteragenda.");
                }

                try
                {
                    var (period, _, _) = indicator.Check(row.Period, row.Value, row.Note, now);
                    if (!seen.Add((indicator.Id, period.Label)))
                    {
                        throw new AgendaRuleException($"{period.InWords} staat al eerder in het bestand voor deze indicator.");
                    }
                }
                catch (AgendaRuleException e)
                {
                    throw new AgendaRuleException($"Rij {index}: {e.Message}");
                }

                checkedRows.Add((indicator, row));
            }

            // Only now that every row is right: nothing is half imported.
            var changed = false;
            foreach (var (indicator, row) in checkedRows)
            {
                changed |= indicator.Record(actorSeatId, row.Period, row.Value, row.Note, imported: true, now);
            }

            return changed;
        });
    }

    /// <summary>Who may record a figure for <paramref name="action"/>: its trekker or the initiator.</summary>
    public bool MayMeasure(Guid seatId, AgendaAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return IsClosed && (seatId == action.OwnerSeatId || seatId == InitiatorSeatId);
    }

    /// <summary>Who may add or change indicators of <paramref name="action"/> now.</summary>
    public bool MayShapeIndicators(Guid seatId, AgendaAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return IsClosed ? seatId == InitiatorSeatId || seatId == action.OwnerSeatId : CanSteer(seatId);
    }

    private void EnsureShapingIndicators(Guid actorSeatId, AgendaAction action)
    {
        if (!MayShapeIndicators(actorSeatId, action))
        {
            throw new AgendaRuleException(IsClosed
                ? "Alleen de trekker van deze actie of de initiatiefnemer past de indicatoren aan."
                : "Alleen de voorzitter of de initiatiefnemer kan dit.");
        }
    }

    private void EnsureMeasuring(Guid actorSeatId, AgendaAction action)
    {
        if (actorSeatId != action.OwnerSeatId && actorSeatId != InitiatorSeatId)
        {
            throw new AgendaRuleException("Alleen de trekker van deze actie of de initiatiefnemer vult metingen in.");
        }

        EnsureClosedForMeasuring();
    }

    private void EnsureClosedForMeasuring()
    {
        if (!IsClosed)
        {
            throw new AgendaRuleException("De verbeteragenda is nog niet vastgesteld; metingen invullen kan daarna.");
        }
    }

    private static Indicator IndicatorOrThrow(AgendaAction action, Guid indicatorId) =>
        action.Indicator(indicatorId) ?? throw new AgendaRuleException("Deze indicator bestaat niet (meer).");
}
