using Glansrijk.Scan.Web.Features.Agenda;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>Session 2: whoever steers gives an action its indicators, from a template or written anew. The rules are
/// the agenda's (<see cref="Core.Agenda.ImprovementAgenda.AddIndicator"/>); a wrong value is refused in Dutch before
/// anything runs.</summary>
public sealed partial class SessionHub
{
    public Task<SessionResult> AddIndicator(Guid commandId, Guid actionId, IndicatorForm indicator)
    {
        if (indicator?.Read() is not { Details: { } details })
        {
            return Task.FromResult(SessionResult.Refused(indicator?.Read().Problem ?? "Vul de gegevens van de indicator in."));
        }

        return AgendaCommand(commandId, (a, seat, now) => a.AddIndicator(seat, actionId, details, commandId, now));
    }

    public Task<SessionResult> RemoveIndicator(Guid commandId, Guid actionId, Guid indicatorId) =>
        AgendaCommand(commandId, (a, seat, now) => a.RemoveIndicator(seat, actionId, indicatorId, commandId, now));
}
