using System.Globalization;
using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Web.Features.Sessions;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Agenda;

/// <summary>A scan with its verbeteragenda, as the follow-up pages show it.</summary>
public sealed record FollowUpScope(Core.Scans.Scan Scan, ImprovementAgenda Agenda, ContentCatalog Content)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public string NameOf(Guid seatId) =>
        Scan.Seats.FirstOrDefault(s => s.Id == seatId) is { } seat ? seat.Person.Name : "een onbekende deelnemer";

    public string NormTitle(string normId) => Content.FindItem(normId)?.Item.Title ?? normId;

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);
}

/// <summary>What a trekker (or the initiator) fills in to record progress on an action. Strings, so that a wrong
/// value gets a Dutch message instead of a binder's English one.</summary>
public sealed class ActionUpdateForm
{
    public string? Status { get; set; }
    public string? Note { get; set; }
    public string? NextCheck { get; set; }

    /// <summary>Made when the form is shown: sending the same form again (a double click, a retry) changes nothing.</summary>
    public Guid CommandId { get; set; }
}

/// <summary>Loads agendas for the follow-up pages and records PDCA updates through
/// <see cref="ImprovementAgendaService"/>, so every update is validated by the domain, stored with who and when, and
/// idempotent by its command id.</summary>
public sealed class ActionFollowUp(ScanDbContext db, ImprovementAgendaService agendas, ContentCatalog content)
{
    /// <summary>The scan and its agenda; null when the scan has no agenda (yet).</summary>
    public async Task<FollowUpScope?> LoadAsync(Guid scanId, CancellationToken cancellationToken)
    {
        var scan = await db.Scans.AsNoTracking().Include(s => s.Seats).Include(s => s.Sessions).SingleOrDefaultAsync(s => s.Id == scanId, cancellationToken);
        if (scan is null)
        {
            return null;
        }

        var agenda = await agendas.FindByScanAsync(scanId, cancellationToken);
        return agenda is null ? null : new FollowUpScope(scan, agenda, content);
    }

    /// <summary>Records the update as <paramref name="actorSeatId"/>; a refusal comes back with a Dutch message and
    /// nothing stored.</summary>
    public async Task<CommandResult> UpdateAsync(Guid agendaId, Guid actionId, Guid actorSeatId, ActionUpdateForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.Status is null || !Enum.GetNames<ActionStatus>().Contains(form.Status, StringComparer.Ordinal))
        {
            return CommandResult.Refused("Kies een status uit de lijst.");
        }

        var status = Enum.Parse<ActionStatus>(form.Status);
        DateOnly? nextCheck = null;
        if (!string.IsNullOrWhiteSpace(form.NextCheck))
        {
            if (!DateOnly.TryParseExact(form.NextCheck.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var check))
            {
                return CommandResult.Refused("Vul het volgende checkmoment in als datum.");
            }

            nextCheck = check;
        }

        if (form.CommandId == Guid.Empty)
        {
            return CommandResult.Refused("Het formulier is niet compleet. Laad de pagina opnieuw en probeer het nog eens.");
        }

        return await agendas.ApplyAsync(
            agendaId,
            (agenda, now) => agenda.UpdateAction(actorSeatId, actionId, status, form.Note, form.CommandId, now, nextCheck),
            cancellationToken);
    }

    /// <summary>Adds the indicator, or changes it when <paramref name="indicatorId"/> is given, as
    /// <paramref name="actorSeatId"/>; the agenda checks who may.</summary>
    public Task<CommandResult> SaveIndicatorAsync(
        Guid agendaId, Guid actionId, Guid? indicatorId, Guid actorSeatId, IndicatorDetails details, Guid commandId, CancellationToken cancellationToken) =>
        commandId == Guid.Empty
            ? Task.FromResult(CommandResult.Refused("Het formulier is niet compleet. Laad de pagina opnieuw en probeer het nog eens."))
            : agendas.ApplyAsync(
                agendaId,
                (agenda, now) => indicatorId is { } id
                    ? agenda.EditIndicator(actorSeatId, actionId, id, details, commandId, now)
                    : agenda.AddIndicator(actorSeatId, actionId, details, commandId, now),
                cancellationToken);

    /// <summary>Records one figure typed on the action page; the value is read in the indicator's own unit.</summary>
    public Task<CommandResult> RecordMeasurementAsync(Guid agendaId, Guid actionId, Guid actorSeatId, MeasurementForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.CommandId == Guid.Empty)
        {
            return Task.FromResult(CommandResult.Refused("Het formulier is niet compleet. Laad de pagina opnieuw en probeer het nog eens."));
        }

        return agendas.ApplyAsync(
            agendaId,
            (agenda, now) =>
            {
                var indicator = agenda.Action(actionId)?.Indicator(form.IndicatorId)
                    ?? throw new AgendaRuleException("Deze indicator hoort niet bij deze actie.");
                var value = indicator.Unit.ParseValue(form.Value);
                return agenda.RecordMeasurement(actorSeatId, actionId, form.IndicatorId, form.Period ?? "", value, form.Note, form.CommandId, now);
            },
            cancellationToken);
    }

    public static string StatusClass(IndicatorStatus status) => status switch
    {
        IndicatorStatus.OnTrack => "site-progress site-progress--on-track",
        IndicatorStatus.Behind => "site-progress site-progress--late",
        _ => "site-progress site-progress--dropped",
    };

    /// <summary>The statuses the form offers: staying (a progress note only) and each legal next step.</summary>
    public static IEnumerable<SelectListItem> StatusChoices(AgendaAction action) =>
        new[] { new SelectListItem($"{action.Status.InWords()} (blijft zo, alleen een notitie)", action.Status.ToString()) }
            .Concat(action.NextStatuses.Select(s => new SelectListItem($"{s.InWords()}: {Explain(s)}", s.ToString())));

    /// <summary>What each PDCA status means for the people doing the work.</summary>
    public static string Explain(ActionStatus status) => status switch
    {
        ActionStatus.Plan => "we bereiden de actie voor",
        ActionStatus.Do => "we voeren de actie uit",
        ActionStatus.Check => "we kijken of het werkt",
        ActionStatus.Act => "we stellen bij wat beter kan",
        ActionStatus.Done => "de actie is klaar",
        _ => "de actie gaat niet door",
    };

    public static string ProgressClass(ActionProgress progress) => progress switch
    {
        ActionProgress.Late => "site-progress site-progress--late",
        ActionProgress.Done => "site-progress site-progress--done",
        ActionProgress.Dropped => "site-progress site-progress--dropped",
        _ => "site-progress site-progress--on-track",
    };
}
