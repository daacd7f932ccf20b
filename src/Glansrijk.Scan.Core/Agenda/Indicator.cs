namespace Glansrijk.Scan.Core.Agenda;

/// <summary>What is written down for an indicator; checked by <see cref="Indicator.Validate"/>.</summary>
/// <param name="WhatIsCounted">What exactly is counted or asked, so two people count the same thing.</param>
/// <param name="Baseline">The 0-meting, measured on <paramref name="BaselineDate"/>.</param>
/// <param name="TemplateId">The content template it was made from, if any; only to trace where it came from.</param>
public sealed record IndicatorDetails(
    string Name,
    string WhatIsCounted,
    IndicatorUnit Unit,
    string Source,
    string ResponsibleOrganisation,
    MeasurementFrequency Frequency,
    IndicatorLevel Level,
    decimal Baseline,
    DateOnly BaselineDate,
    decimal Target,
    DateOnly TargetDate,
    string? TemplateId = null);

/// <summary>A counted result of an action, measured every period from its 0-meting towards its target.
/// <para><b>Status</b> (<see cref="Status"/>): "geen meting" while nothing was measured yet. Otherwise the latest
/// measured period is compared with the straight line from the 0-meting (at its date) to the target (at its date),
/// read at the end of that period; before the 0-meting the line is the 0-meting, after the target date it is the
/// target. "Op koers" when the value is on the line or past it in the direction from 0-meting to target (up when the
/// target is higher, down when it is lower), else "achter". A target equal to the 0-meting means "hold": only that
/// value is on course. A ja/nee indicator is on course when it has the target answer, or when the target date has
/// not passed yet.</para>
/// <para>Corrections keep history: every measurement stays in <see cref="Measurements"/>; for a period the last one
/// recorded counts.</para></summary>
public sealed class Indicator
{
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 1000;

    private readonly List<Measurement> _measurements = [];

    private Indicator()
    {
    }

    internal Indicator(IndicatorDetails details, DateTime now)
    {
        Id = Guid.NewGuid();
        CreatedAt = now;
        Apply(details);
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string WhatIsCounted { get; private set; } = "";
    public IndicatorUnit Unit { get; private set; }
    public string Source { get; private set; } = "";
    public string ResponsibleOrganisation { get; private set; } = "";
    public MeasurementFrequency Frequency { get; private set; }
    public IndicatorLevel Level { get; private set; }
    public decimal Baseline { get; private set; }
    public DateOnly BaselineDate { get; private set; }
    public decimal Target { get; private set; }
    public DateOnly TargetDate { get; private set; }
    public string? TemplateId { get; private set; }
    public DateTime CreatedAt { get; private set; }

    /// <summary>Every measurement ever recorded, corrections included, in the order they were recorded.</summary>
    public IReadOnlyList<Measurement> Measurements => _measurements;

    public IndicatorDetails Details => new(
        Name, WhatIsCounted, Unit, Source, ResponsibleOrganisation, Frequency, Level, Baseline, BaselineDate, Target, TargetDate, TemplateId);

    /// <summary>The measurement that counts for each period (the last recorded), oldest period first.</summary>
    public IReadOnlyList<Measurement> Current =>
        [.. _measurements.GroupBy(m => m.Period).Select(g => g.Last()).OrderBy(m => PeriodOf(m).Start)];

    public Measurement? Latest => Current.Count == 0 ? null : Current[^1];

    public Measurement? CurrentFor(ReportingPeriod period) => _measurements.LastOrDefault(m => m.Period == period.Label);

    public ReportingPeriod PeriodOf(Measurement measurement)
    {
        ArgumentNullException.ThrowIfNull(measurement);
        return ReportingPeriod.Parse(Frequency, measurement.Period);
    }

    /// <summary>The first period that can be measured: the one the 0-meting falls in.</summary>
    public ReportingPeriod FirstPeriod => ReportingPeriod.Containing(Frequency, BaselineDate);

    /// <summary>Periods that have ended by <paramref name="today"/> and should have a measurement: those ending after the
    /// 0-meting (a 0-meting on the last day of a period is that period's figure), up to the period of the target
    /// date.</summary>
    public IEnumerable<ReportingPeriod> ExpectedPeriods(DateOnly today)
    {
        var first = FirstPeriod.End > BaselineDate ? FirstPeriod : FirstPeriod.Next();
        var lastEnded = ReportingPeriod.Containing(Frequency, today).Previous();
        var last = lastEnded.Start <= TargetDate ? lastEnded.End : ReportingPeriod.Containing(Frequency, TargetDate).End;
        return ReportingPeriod.Between(Frequency, first.Start, last);
    }

    /// <summary>The period a measurement is due for on <paramref name="today"/>: the last period that ended, when it
    /// was expected and nothing was recorded for it. One at a time, so a reminder asks for one figure.</summary>
    public ReportingPeriod? DuePeriod(DateOnly today)
    {
        var last = ExpectedPeriods(today).LastOrDefault();
        return last != default && CurrentFor(last) is null ? last : null;
    }

    /// <summary>Where the straight line from the 0-meting to the target is on <paramref name="date"/>.</summary>
    public decimal ExpectedOn(DateOnly date)
    {
        if (date <= BaselineDate)
        {
            return Baseline;
        }

        if (date >= TargetDate)
        {
            return Target;
        }

        var fraction = (decimal)(date.DayNumber - BaselineDate.DayNumber) / (TargetDate.DayNumber - BaselineDate.DayNumber);
        return Baseline + ((Target - Baseline) * fraction);
    }

    /// <summary>See the class summary for the rule.</summary>
    public IndicatorStatus Status
    {
        get
        {
            if (Latest is not { } latest)
            {
                return IndicatorStatus.NoMeasurement;
            }

            var end = PeriodOf(latest).End;
            return IsOnCourse(latest.Value, end) ? IndicatorStatus.OnTrack : IndicatorStatus.Behind;
        }
    }

    /// <summary>Whether <paramref name="value"/> reaches the target: the target itself or past it, in the direction from
    /// the 0-meting to the target; for ja/nee and for a target equal to the 0-meting only the target itself.</summary>
    public bool Reaches(decimal value)
    {
        var direction = Math.Sign(Target - Baseline);
        return Unit == IndicatorUnit.YesNo || direction == 0 ? value == Target : (value - Target) * direction >= 0;
    }

    /// <summary>Whether <paramref name="value"/>, measured for a period ending on <paramref name="periodEnd"/>, is on
    /// course (see the class summary).</summary>
    public bool IsOnCourse(decimal value, DateOnly periodEnd)
    {
        if (Unit == IndicatorUnit.YesNo)
        {
            return value == Target || periodEnd < TargetDate;
        }

        var direction = Math.Sign(Target - Baseline);
        return direction == 0 ? value == Target : (value - ExpectedOn(periodEnd)) * direction >= 0;
    }

    /// <summary>Checks what was written down; throws with a Dutch message naming the first problem.</summary>
    public static IndicatorDetails Validate(IndicatorDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var name = Required(details.Name, "Geef de indicator een naam.", MaxNameLength);
        var what = Required(details.WhatIsCounted, "Beschrijf wat er geteld of gevraagd wordt.", MaxTextLength);
        var source = Required(details.Source, "Noem de bron: waar komt het cijfer vandaan?", MaxNameLength);
        var responsible = Required(details.ResponsibleOrganisation, "Noem de organisatie die het cijfer aanlevert.", MaxNameLength);
        if (!Enum.IsDefined(details.Unit) || !Enum.IsDefined(details.Frequency) || !Enum.IsDefined(details.Level))
        {
            throw new AgendaRuleException("Kies de eenheid, de frequentie en het niveau uit de lijst.");
        }

        EnsureValue(details.Unit, details.Baseline, "De 0-meting");
        EnsureValue(details.Unit, details.Target, "De streefwaarde");
        if (details.TargetDate <= details.BaselineDate)
        {
            throw new AgendaRuleException("De streefdatum ligt na de datum van de 0-meting.");
        }

        return details with
        {
            Name = name,
            WhatIsCounted = what,
            Source = source,
            ResponsibleOrganisation = responsible,
            TemplateId = string.IsNullOrWhiteSpace(details.TemplateId) ? null : details.TemplateId.Trim(),
        };
    }

    internal bool Apply(IndicatorDetails details)
    {
        var valid = Validate(details);
        if (valid == Details)
        {
            return false;
        }

        if (_measurements.Count > 0 && valid.Frequency != Frequency)
        {
            throw new AgendaRuleException("Er zijn al metingen per periode; de frequentie kan dan niet meer veranderen.");
        }

        if (_measurements.Count > 0 && valid.Unit != Unit)
        {
            throw new AgendaRuleException("Er zijn al metingen; de eenheid kan dan niet meer veranderen.");
        }

        Name = valid.Name;
        WhatIsCounted = valid.WhatIsCounted;
        Unit = valid.Unit;
        Source = valid.Source;
        ResponsibleOrganisation = valid.ResponsibleOrganisation;
        Frequency = valid.Frequency;
        Level = valid.Level;
        Baseline = valid.Baseline;
        BaselineDate = valid.BaselineDate;
        Target = valid.Target;
        TargetDate = valid.TargetDate;
        TemplateId = valid.TemplateId;
        return true;
    }

    /// <summary>Records <paramref name="value"/> for <paramref name="periodLabel"/>. The same value and note as what
    /// counts now changes nothing (false); another value is a correction and is added, the earlier one kept.</summary>
    internal bool Record(Guid bySeatId, string periodLabel, decimal value, string? note, bool imported, DateTime now)
    {
        var (period, text, changes) = Check(periodLabel, value, note, now);
        if (changes)
        {
            _measurements.Add(new Measurement(period.Label, value, text, bySeatId, imported, now));
        }

        return changes;
    }

    /// <summary>Everything <see cref="Record"/> checks, without recording: throws with a Dutch message, or says which
    /// period it is and whether it would change what counts.</summary>
    public (ReportingPeriod Period, string? Note, bool Changes) Check(string periodLabel, decimal value, string? note, DateTime now)
    {
        var period = ReportingPeriod.Parse(Frequency, periodLabel);
        EnsureValue(Unit, value, "De waarde");
        if (period.End < BaselineDate)
        {
            throw new AgendaRuleException($"{period.InWords} ligt vóór de 0-meting; meet vanaf {FirstPeriod.InWords}.");
        }

        if (period.Start > DateOnly.FromDateTime(now))
        {
            throw new AgendaRuleException($"{period.InWords} is nog niet begonnen.");
        }

        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (text is { Length: > MaxTextLength })
        {
            throw new AgendaRuleException($"Houd de toelichting kort: hoogstens {MaxTextLength} tekens.");
        }

        var same = CurrentFor(period) is { } current && current.Value == value && (text is null || current.Note == text);
        return (period, text, !same);
    }

    private static void EnsureValue(IndicatorUnit unit, decimal value, string what)
    {
        try
        {
            unit.EnsureInRange(value);
        }
        catch (AgendaRuleException e)
        {
            throw new AgendaRuleException($"{what} klopt niet. {e.Message}");
        }
    }

    private static string Required(string? text, string message, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new AgendaRuleException(message);
        }

        var trimmed = text.Trim();
        return trimmed.Length > max ? throw new AgendaRuleException($"Houd het kort: hoogstens {max} tekens ('{trimmed[..20]}…').") : trimmed;
    }
}

/// <summary>One figure for one period, with who recorded it and when. Never changed: a correction is a new one.</summary>
public sealed class Measurement
{
    private Measurement()
    {
    }

    internal Measurement(string period, decimal value, string? note, Guid bySeatId, bool imported, DateTime at)
    {
        Id = Guid.NewGuid();
        Period = period;
        Value = value;
        Note = note;
        BySeatId = bySeatId;
        Imported = imported;
        At = at;
    }

    public Guid Id { get; private set; }

    /// <summary>The period's label, "2027-K1" (see <see cref="ReportingPeriod"/>).</summary>
    public string Period { get; private set; } = "";

    public decimal Value { get; private set; }
    public string? Note { get; private set; }
    public Guid BySeatId { get; private set; }

    /// <summary>Came in with a CSV file rather than typed on the action page.</summary>
    public bool Imported { get; private set; }

    public DateTime At { get; private set; }
}
