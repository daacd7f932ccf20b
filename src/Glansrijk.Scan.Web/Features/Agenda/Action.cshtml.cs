using Glansrijk.Scan.Web.Features.Invitations;
using Microsoft.AspNetCore.Authorization;

namespace Glansrijk.Scan.Web.Features.Agenda;

/// <summary>An action as a participant sees it through their personal link. Only actions of the participant's own
/// scan exist here; any other id answers 404.</summary>
[Authorize(Policy = ParticipantAuthentication.Policy)]
public sealed class ActionModel(ActionFollowUp followUp, TimeProvider time) : ActionPageModel(followUp, time)
{
    public override string BackLink => "/deelnemer/acties";

    protected override Task<(Guid ScanId, Guid ActorSeatId)?> WhoAsync(CancellationToken cancellationToken) =>
        Task.FromResult(User.Participant() is { } participant ? ((Guid, Guid)?)(participant.ScanId, participant.SeatId) : null);
}
