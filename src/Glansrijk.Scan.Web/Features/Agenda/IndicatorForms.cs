using System.Globalization;
using Glansrijk.Scan.Core.Agenda;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Glansrijk.Scan.Web.Features.Agenda;

/// <summary>An indicator as a form (the action page, the console in session 2) fills it in: strings, so that every
/// wrong value gets a Dutch message at its own field instead of a binder's English one.</summary>
public sealed class IndicatorForm
{
    /// <summary>Empty for a new indicator; the one being changed otherwise.</summary>
    public Guid? IndicatorId { get; set; }

    public string? TemplateId { get; set; }
    public string? Name { get; set; }
    public string? WhatIsCounted { get; set; }
    public string? Unit { get; set; }
    public string? Source { get; set; }
    public string? ResponsibleOrganisation { get; set; }
    public string? Frequency { get; set; }
    public string? Level { get; set; }
    public string? Baseline { get; set; }
    public string? BaselineDate { get; set; }
    public string? Target { get; set; }
    public string? TargetDate { get; set; }

    /// <summary>Made when the form is shown: sending it again changes nothing.</summary>
    public Guid CommandId { get; set; }

    public static IndicatorForm From(IndicatorTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new()
        {
            TemplateId = template.Id,
            Name = template.Name,
            WhatIsCounted = template.WhatIsCounted,
            Unit = template.Unit.Code(),
            Source = template.Source,
            ResponsibleOrganisation = template.ResponsibleOrganisation,
            Frequency = template.Frequency.Code(),
            Level = template.Level.Code(),
            CommandId = Guid.NewGuid(),
        };
    }

    public static IndicatorForm From(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return new()
        {
            IndicatorId = indicator.Id,
            TemplateId = indicator.TemplateId,
            Name = indicator.Name,
            WhatIsCounted = indicator.WhatIsCounted,
            Unit = indicator.Unit.Code(),
            Source = indicator.Source,
            ResponsibleOrganisation = indicator.ResponsibleOrganisation,
            Frequency = indicator.Frequency.Code(),
            Level = indicator.Level.Code(),
            Baseline = ValueText(indicator.Unit, indicator.Baseline),
            BaselineDate = indicator.BaselineDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Target = ValueText(indicator.Unit, indicator.Target),
            TargetDate = indicator.TargetDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            CommandId = Guid.NewGuid(),
        };
    }

    /// <summary>The indicator as the domain checks it, or the field that is wrong (its property name) and why.</summary>
    public (IndicatorDetails? Details, string? Field, string? Problem) Read()
    {
        if (!IndicatorWords.TryUnit(Unit, out var unit))
        {
            return (null, nameof(Unit), "Kies een eenheid: aantal, percentage, ja/nee of schaal.");
        }

        if (!IndicatorWords.TryFrequency(Frequency, out var frequency))
        {
            return (null, nameof(Frequency), "Kies hoe vaak er gemeten wordt.");
        }

        if (!IndicatorWords.TryLevel(Level, out var level))
        {
            return (null, nameof(Level), "Kies het niveau: bestuurlijk, beleidsmatig of operationeel.");
        }

        decimal baseline;
        decimal target;
        try
        {
            baseline = unit.ParseValue(Baseline);
        }
        catch (AgendaRuleException e)
        {
            return (null, nameof(Baseline), $"0-meting: {e.Message}");
        }

        try
        {
            target = unit.ParseValue(Target);
        }
        catch (AgendaRuleException e)
        {
            return (null, nameof(Target), $"Streefwaarde: {e.Message}");
        }

        if (DateOf(BaselineDate) is not { } baselineDate)
        {
            return (null, nameof(BaselineDate), "Vul de datum van de 0-meting in.");
        }

        if (DateOf(TargetDate) is not { } targetDate)
        {
            return (null, nameof(TargetDate), "Vul de streefdatum in.");
        }

        var details = new IndicatorDetails(
            Name ?? "", WhatIsCounted ?? "", unit, Source ?? "", ResponsibleOrganisation ?? "", frequency, level, baseline, baselineDate, target, targetDate, TemplateId);
        try
        {
            return (Indicator.Validate(details), null, null);
        }
        catch (AgendaRuleException e)
        {
            return (null, null, e.Message);
        }
    }

    public static IEnumerable<SelectListItem> UnitChoices =>
        Enum.GetValues<IndicatorUnit>().Select(u => new SelectListItem(u.InWords(), u.Code()));

    public static IEnumerable<SelectListItem> FrequencyChoices =>
        Enum.GetValues<MeasurementFrequency>().Select(f => new SelectListItem(f.InWords(), f.Code()));

    public static IEnumerable<SelectListItem> LevelChoices =>
        Enum.GetValues<IndicatorLevel>().Select(l => new SelectListItem(l.InWords(), l.Code()));

    /// <summary>A value the way a person types it back: "12,5", "ja".</summary>
    public static string ValueText(IndicatorUnit unit, decimal value) =>
        unit == IndicatorUnit.YesNo ? (value == 1 ? "ja" : "nee") : value.ToString("0.##", CultureInfo.GetCultureInfo("nl-NL"));

    private static DateOnly? DateOf(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}

/// <summary>One figure as the trekker types it on the action page.</summary>
public sealed class MeasurementForm
{
    public Guid IndicatorId { get; set; }
    public string? Period { get; set; }
    public string? Value { get; set; }
    public string? Note { get; set; }
    public Guid CommandId { get; set; }
}
