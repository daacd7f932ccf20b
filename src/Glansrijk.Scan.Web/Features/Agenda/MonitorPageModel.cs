using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Web.Features.Invitations;
using Glansrijk.Scan.Web.Features.Scans;
using Glansrijk.Scan.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glansrijk.Scan.Web.Features.Agenda;

/// <summary>One indicator on the monitor, with the action and focus norm it belongs to.</summary>
public sealed record MonitorLine(string NormId, AgendaAction Action, Indicator Indicator);

/// <summary>The regional monitor: every indicator of the verbeteragenda grouped by focus norm, with its trend, status
/// and the organisation that supplies it; filtered by niveau (bestuurlijk, beleidsmatig, operationeel) and made to
/// print for the college or the board. The initiator reaches it from the scan, a participant through their link
/// (to read only); nobody else sees a scan's figures.</summary>
public abstract class MonitorPageModel(ActionFollowUp followUp, TimeProvider time) : PageModel
{
    public FollowUpScope? Scope { get; private set; }
    public IReadOnlyList<MonitorLine> Lines { get; private set; } = [];
    public IndicatorLevel? Level { get; private set; }
    public DateOnly Today { get; private set; }

    /// <summary>Where "back" leads for this visitor.</summary>
    public abstract string BackLink { get; }

    /// <summary>The scan the visitor may see the figures of; null when none.</summary>
    protected abstract Task<Guid?> ScanIdAsync(CancellationToken cancellationToken);

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "niveau")] string? level, CancellationToken cancellationToken)
    {
        if (await ScanIdAsync(cancellationToken) is not { } scanId)
        {
            return NotFound();
        }

        Today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.ToDutchTime());
        Level = IndicatorWords.TryLevel(level, out var chosen) ? chosen : null;
        Scope = await followUp.LoadAsync(scanId, cancellationToken);
        if (Scope is { } scope)
        {
            var focus = scope.Agenda.FocusNorms.Select(f => f.NormId).ToList();
            Lines = [.. scope.Agenda.Actions.OrderBy(a => focus.IndexOf(a.NormId)).ThenBy(a => a.Position)
                .SelectMany(a => a.Indicators.Where(i => Level is null || i.Level == Level).Select(i => new MonitorLine(a.NormId, a, i)))];
        }

        return Page();
    }

    public int Count(IndicatorStatus status) => Lines.Count(l => l.Indicator.Status == status);

    public IEnumerable<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> LevelChoices =>
        new[] { new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem("Alle niveaus", "", Level is null) }
            .Concat(Enum.GetValues<IndicatorLevel>().Select(l => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(l.InWords(), l.Code(), l == Level)));
}

/// <summary>The monitor for the initiator, at /scans/{id}/monitor.</summary>
public sealed class MonitorModel(ActionFollowUp followUp, ScanAccess access, TimeProvider time) : MonitorPageModel(followUp, time)
{
    public override string BackLink => $"/scans/{RouteData.Values["id"]}";

    protected override async Task<Guid?> ScanIdAsync(CancellationToken cancellationToken) =>
        Guid.TryParse(RouteData.Values["id"]?.ToString(), out var scanId) && await access.FindWithFiguresAsync(scanId, User, cancellationToken) is { } scan
            ? scan.Id
            : null;
}

/// <summary>The monitor for a participant of the scan, through their personal link; to read, not to change.</summary>
[Authorize(Policy = ParticipantAuthentication.Policy)]
public sealed class ParticipantMonitorModel(ActionFollowUp followUp, TimeProvider time) : MonitorPageModel(followUp, time)
{
    public override string BackLink => "/deelnemer/acties";

    protected override Task<Guid?> ScanIdAsync(CancellationToken cancellationToken) =>
        Task.FromResult(User.Participant()?.ScanId);
}
