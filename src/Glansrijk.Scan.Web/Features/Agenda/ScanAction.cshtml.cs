using System.Security.Claims;
using Glansrijk.Scan.Web.Features.Scans;

namespace Glansrijk.Scan.Web.Features.Agenda;

/// <summary>An action as the initiator sees it from their account. The initiator may record progress too (a trekker
/// who left, a report by phone); a Beheerder may look but not write, because an update is signed with a seat.</summary>
public sealed class ScanActionModel(ActionFollowUp followUp, ScanAccess access, TimeProvider time) : ActionPageModel(followUp, time)
{
    public override string BackLink => $"/scans/{RouteData.Values["id"]}/acties";

    protected override async Task<(Guid ScanId, Guid ActorSeatId)?> WhoAsync(CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(RouteData.Values["id"]?.ToString(), out var scanId) || await access.FindAsync(scanId, User, cancellationToken) is not { } scan)
        {
            return null;
        }

        var isInitiator = scan.InitiatorAccountId == User.FindFirstValue(ClaimTypes.NameIdentifier);
        return (scan.Id, isInitiator ? scan.InitiatorSeat.Id : Guid.Empty);
    }
}
