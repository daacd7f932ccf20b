using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Web.Features.Invitations;
using Glansrijk.Scan.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glansrijk.Scan.Web.Features.Agenda;

/// <summary>"Mijn acties": the actions a participant is trekker of, and the rest of the agenda to read along.</summary>
[Authorize(Policy = ParticipantAuthentication.Policy)]
public sealed class MyActionsModel(ActionFollowUp followUp, TimeProvider time) : PageModel
{
    public FollowUpScope? Scope { get; private set; }
    public IReadOnlyList<AgendaAction> Mine { get; private set; } = [];
    public IReadOnlyList<AgendaAction> Others { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.Participant() is not { } participant)
        {
            return Forbid();
        }

        Today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.ToDutchTime());
        Scope = await followUp.LoadAsync(participant.ScanId, cancellationToken);
        if (Scope is { } scope)
        {
            var actions = scope.Agenda.Actions.OrderBy(a => a.Position).ToList();
            Mine = [.. actions.Where(a => a.OwnerSeatId == participant.SeatId)];
            Others = [.. actions.Where(a => a.OwnerSeatId != participant.SeatId)];
        }

        return Page();
    }
}
