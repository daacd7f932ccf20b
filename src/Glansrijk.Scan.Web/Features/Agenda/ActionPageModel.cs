using System.Globalization;
using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Web.Features.Sessions;
using Glansrijk.Scan.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Glansrijk.Scan.Web.Features.Agenda;

/// <summary>One action with its PDCA history and, for its trekker or the initiator, the form to record progress.
/// The trekker reaches it through their personal link, the initiator through the scan's pages; the page for each
/// says who is asking (<see cref="WhoAsync"/>). Anyone else who posts gets the domain's Dutch refusal.</summary>
public abstract class ActionPageModel(ActionFollowUp followUp, TimeProvider time) : PageModel
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    [BindProperty]
    public ActionUpdateForm Form { get; set; } = new();

    [BindProperty]
    public IndicatorForm NewIndicator { get; set; } = new() { CommandId = Guid.NewGuid() };

    [BindProperty]
    public MeasurementForm NewMeasurement { get; set; } = new() { CommandId = Guid.NewGuid() };

    /// <summary>The indicator whose measurement form had a problem, so its message shows at that form.</summary>
    public Guid? MeasurementProblemFor { get; private set; }

    public string? MeasurementProblem { get; private set; }

    public FollowUpScope Scope { get; private set; } = null!;
    public AgendaAction Action { get; private set; } = null!;
    public Guid ActorSeatId { get; private set; }
    public DateOnly Today { get; private set; }

    /// <summary>Where "back" leads: the list of actions this visitor came from.</summary>
    public abstract string BackLink { get; }

    public bool IsTrekker => ActorSeatId == Action.OwnerSeatId;

    public bool CanUpdate => Scope.Agenda.IsClosed && !Action.IsFinished && (IsTrekker || ActorSeatId == Scope.Agenda.InitiatorSeatId);

    public IEnumerable<SelectListItem> StatusChoices => ActionFollowUp.StatusChoices(Action);

    public bool CanShapeIndicators => Scope.Agenda.MayShapeIndicators(ActorSeatId, Action);

    public bool CanMeasure => Scope.Agenda.MayMeasure(ActorSeatId, Action);

    /// <summary>Whether the visitor sees the indicators' figures: a participant or the initiator of the scan, who both
    /// have a seat in it; a Beheerder who looks on has none (<see cref="Scans.ScanAccess.IsInitiator"/>).</summary>
    public bool ShowFigures => ActorSeatId != Guid.Empty;

    /// <summary>Templates that fit the action's norm first, then the rest.</summary>
    public IEnumerable<SelectListItem> TemplateChoices =>
        Scope.Content.IndicatorTemplates.OrderBy(t => t.Norms.Contains(Action.NormId) ? 0 : 1)
            .Select(t => new SelectListItem($"{t.Name} ({t.Unit.InWords()}, {t.Frequency.InWords()})", t.Id, t.Id == NewIndicator.TemplateId));

    /// <summary>The periods a figure can be entered for: those that ended since the 0-meting and the running one,
    /// newest first; the one that is due is chosen.</summary>
    public IEnumerable<SelectListItem> PeriodChoices(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var due = indicator.DuePeriod(Today);
        return ReportingPeriod.Between(indicator.Frequency, indicator.BaselineDate, Today).Reverse()
            .Select(p => new SelectListItem($"{p.InWords} ({p.Label})", p.Label, p == due));
    }

    /// <summary>Why there is no form, for the visitor who sees none.</summary>
    public string WhyNoForm => !Scope.Agenda.IsClosed
        ? "De verbeteragenda is nog niet vastgesteld. De voortgang bijhouden kan zodra de voorzitter de agenda heeft afgesloten."
        : Action.IsFinished
            ? $"Deze actie is {Action.Status.InWords().ToLowerInvariant()}; de status ligt vast."
            : $"Alleen de trekker ({Scope.NameOf(Action.OwnerSeatId)}) of de initiatiefnemer werkt deze actie bij.";

    public static string Moment(DateTime utc) => utc.ToDutchTime().ToString("d MMMM yyyy 'om' HH.mm 'uur'", Dutch);

    /// <summary>The scan the visitor belongs to and the seat they act as; null when they may not see this at all.</summary>
    protected abstract Task<(Guid ScanId, Guid ActorSeatId)?> WhoAsync(CancellationToken cancellationToken);

    public async Task<IActionResult> OnGetAsync(
        Guid actionId, [FromQuery(Name = "sjabloon")] string? template, [FromQuery(Name = "bewerk")] Guid? edit, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(actionId, cancellationToken))
        {
            return NotFound();
        }

        Form = new ActionUpdateForm { Status = Action.Status.ToString(), CommandId = Guid.NewGuid() };
        NewIndicator = edit is { } id && Action.Indicator(id) is { } existing ? IndicatorForm.From(existing)
            : template is not null && Scope.Content.FindIndicatorTemplate(template) is { } chosen ? IndicatorForm.From(chosen)
            : new IndicatorForm { CommandId = Guid.NewGuid() };
        NewMeasurement = new MeasurementForm { CommandId = Guid.NewGuid() };
        return Page();
    }

    public async Task<IActionResult> OnPostIndicatorAsync(Guid actionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(actionId, cancellationToken))
        {
            return NotFound();
        }

        var (details, field, problem) = NewIndicator.Read();
        var result = details is null
            ? CommandResult.Refused(problem ?? "Vul de indicator in.")
            : await followUp.SaveIndicatorAsync(Scope.Agenda.Id, actionId, NewIndicator.IndicatorId, ActorSeatId, details, NewIndicator.CommandId, cancellationToken);
        if (!result.Ok)
        {
            ModelState.AddModelError(field is null ? "" : $"{nameof(NewIndicator)}.{field}", result.Message ?? "Dit lukte niet.");
            Form = new ActionUpdateForm { Status = Action.Status.ToString(), CommandId = Guid.NewGuid() };
            return Page();
        }

        TempData["Notice"] = NewIndicator.IndicatorId is null ? "De indicator staat bij de actie." : "De indicator is aangepast.";
        return Redirect(Request.Path);
    }

    public async Task<IActionResult> OnPostMeasurementAsync(Guid actionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(actionId, cancellationToken))
        {
            return NotFound();
        }

        var result = await followUp.RecordMeasurementAsync(Scope.Agenda.Id, actionId, ActorSeatId, NewMeasurement, cancellationToken);
        if (!result.Ok)
        {
            MeasurementProblemFor = NewMeasurement.IndicatorId;
            MeasurementProblem = result.Message ?? "Dit lukte niet.";
            ModelState.AddModelError("", MeasurementProblem);
            Form = new ActionUpdateForm { Status = Action.Status.ToString(), CommandId = Guid.NewGuid() };
            NewIndicator = new IndicatorForm { CommandId = Guid.NewGuid() };
            NewMeasurement.CommandId = Guid.NewGuid();
            return Page();
        }

        TempData["Notice"] = "De meting is opgeslagen.";
        return Redirect(Request.Path);
    }

    public async Task<IActionResult> OnPostAsync(Guid actionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(actionId, cancellationToken))
        {
            return NotFound();
        }

        var result = await followUp.UpdateAsync(Scope.Agenda.Id, actionId, ActorSeatId, Form, cancellationToken);
        if (!result.Ok)
        {
            ModelState.AddModelError("", result.Message ?? "Dit lukte niet.");
            return Page();
        }

        TempData["Notice"] = "Je update is opgeslagen en staat in de geschiedenis van de actie.";
        return Redirect(Request.Path);
    }

    private async Task<bool> LoadAsync(Guid actionId, CancellationToken cancellationToken)
    {
        if (await WhoAsync(cancellationToken) is not { } who || await followUp.LoadAsync(who.ScanId, cancellationToken) is not { } scope
            || scope.Agenda.Action(actionId) is not { } action)
        {
            return false;
        }

        Scope = scope;
        Action = action;
        ActorSeatId = who.ActorSeatId;
        Today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.ToDutchTime());
        return true;
    }
}
