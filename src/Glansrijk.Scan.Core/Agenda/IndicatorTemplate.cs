namespace Glansrijk.Scan.Core.Agenda;

/// <summary>A ready-made indicator from content/indicators/: the chair or the initiator picks one when forming an
/// action and fills in the 0-meting and the target; everything else can still be changed.</summary>
/// <param name="Id">The file name without ".md".</param>
/// <param name="Norms">Focus norms this indicator fits best; it is offered first for actions on them.</param>
/// <param name="Explanation">Plain-Dutch Markdown: what it says and what to watch out for when counting.</param>
public sealed record IndicatorTemplate(
    string Id,
    string Name,
    string WhatIsCounted,
    IndicatorUnit Unit,
    string Source,
    string ResponsibleOrganisation,
    MeasurementFrequency Frequency,
    IndicatorLevel Level,
    IReadOnlyList<string> Norms,
    string Explanation);
