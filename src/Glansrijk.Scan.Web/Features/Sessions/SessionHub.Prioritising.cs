using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Sessions;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>The end of session 1: prioritising on the tablets and the focus list. Same rules as the other commands:
/// a client-made command id, the caller's seat from the connection, never from the screen, refusals in Dutch. Steering
/// (start, close, confirm the focus) is for whoever steers the live session: its chair or the initiator.</summary>
public sealed partial class SessionHub
{
    /// <summary>Starts prioritising with <paramref name="budget"/> points per present participant (3 when 0).</summary>
    public Task<SessionResult> StartPrioritising(Guid commandId, int budget) =>
        Steering(commandId, "Alleen de voorzitter of de initiatiefnemer start het prioriteren.", async session =>
        {
            if (SessionParts.RefusalFor(session, SessionPart.Prioritising) is { } wrongSession)
            {
                return SessionResult.Refused(wrongSession);
            }

            if (session.IsEnded)
            {
                return SessionResult.Refused("De sessie is afgelopen.");
            }

            var points = budget == 0 ? Prioritisation.DefaultBudget : budget;
            var started = await prioritisations.StartAsync(session, states.Prioritising.NormIdsOf(session), points, Context.ConnectionAborted);
            return started.Ok ? await BroadcastAfterAsync(session.Id) : SessionResult.Refused(started.Message!);
        });

    /// <summary>A participant's whole distribution (norm id → points); it replaces what they sent before and must use
    /// exactly the budget.</summary>
    public Task<SessionResult> DistributePoints(Guid commandId, Dictionary<string, int> points) =>
        Seated(commandId, async (session, seat) =>
        {
            if (points is null)
            {
                return SessionResult.Refused("Er ging iets mis met dit verzoek. Ververs de pagina en probeer het opnieuw.");
            }

            var applied = await prioritisations.ApplyAsync(session.ScanId, (p, now) =>
            {
                p.EnsureWholeBudget(points);
                return p.Distribute(seat, points, commandId, now);
            }, Context.ConnectionAborted);
            return applied.Ok ? await BroadcastAfterAsync(session.Id) : SessionResult.Refused(applied.Message!);
        });

    /// <summary>Ends the distributing and shows the ranking to everyone.</summary>
    public Task<SessionResult> ClosePrioritising(Guid commandId) =>
        Steering(commandId, "Alleen de voorzitter of de initiatiefnemer sluit het prioriteren af.", async session =>
        {
            var applied = await prioritisations.ApplyAsync(
                session.ScanId, (p, now) => p.Close(ActorFor(p.ChairSeatId, p.InitiatorSeatId), commandId, now), Context.ConnectionAborted);
            return applied.Ok ? await BroadcastAfterAsync(session.Id) : SessionResult.Refused(applied.Message!);
        });

    /// <summary>Lets a participant who came in late distribute too.</summary>
    public Task<SessionResult> AdmitToPrioritising(Guid commandId, Guid seatId) =>
        Steering(commandId, "Alleen de voorzitter of de initiatiefnemer laat iemand meedoen.", async session =>
        {
            if (session.Seat(seatId) is null)
            {
                return SessionResult.Refused("Deze deelnemer hoort niet bij de sessie.");
            }

            var applied = await prioritisations.ApplyAsync(
                session.ScanId, (p, now) => p.Admit(ActorFor(p.ChairSeatId, p.InitiatorSeatId), seatId, commandId, now), Context.ConnectionAborted);
            return applied.Ok ? await BroadcastAfterAsync(session.Id) : SessionResult.Refused(applied.Message!);
        });

    /// <summary>The chair confirms the focus list (as the tool proposed it, or changed): 1 to
    /// <see cref="PrioritisingStates.MaximumFocus"/> norms, in order. This starts the scan's verbeteragenda with the tool's
    /// proposal and confirms the chosen focus on it.</summary>
    public Task<SessionResult> ConfirmFocus(Guid commandId, string[] normIds) =>
        Steering(commandId, "Alleen de voorzitter of de initiatiefnemer stelt de focusnormen vast.", async session =>
        {
            var chosen = (normIds ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct().ToArray();
            if (ImprovementAgenda.FocusCountRefusal(chosen.Length) is { } refusal)
            {
                return SessionResult.Refused(refusal);
            }

            if (chosen.Any(n => !states.Prioritising.NormIdsOf(session).Contains(n)))
            {
                return SessionResult.Refused("Een van de gekozen normen hoort niet bij deze sessie.");
            }

            var aggregates = await sessions.AggregatesAsync(session, Context.ConnectionAborted);
            if (aggregates.Prioritisation is not { IsClosed: true })
            {
                return SessionResult.Refused("Sluit eerst het prioriteren af; het voorstel gebruikt de punten.");
            }

            var started = await agendas.StartFromSession1Async(session.ScanId, Context.ConnectionAborted);
            if (!started.Ok || started.Id is not { } agendaId)
            {
                return SessionResult.Refused(started.Message ?? "De verbeteragenda kon niet beginnen.");
            }

            var confirmed = await agendas.ApplyAsync(
                agendaId, (a, now) => a.ConfirmFocus(ActorFor(a.ChairSeatId, a.InitiatorSeatId), chosen, commandId, now), Context.ConnectionAborted);
            return confirmed.Ok ? await BroadcastAfterAsync(session.Id) : SessionResult.Refused(confirmed.Message!);
        });

    /// <summary>After session 1 ended: its report goes to everyone, once (the outbox's idempotency keys see to that).</summary>
    private async Task<SessionResult> AfterEndAsync(SessionResult ended)
    {
        if (ended.SessionId is { } sessionId && await sessions.FindAsync(sessionId, Context.ConnectionAborted) is { Kind: SessionKind.ScanSession, SessionNumber: 1, IsEnded: true } session)
        {
            await reportMail.SendOnceAsync(session.ScanId, Context.ConnectionAborted);
        }

        return ended;
    }

    /// <summary>Who the aggregate sees acting: the caller steers the live session (checked), but the aggregate may
    /// know another chair, e.g. when the chair handed over, or when session 2 has a chair of its own. Then the
    /// initiator, who may always steer, stands in.</summary>
    private Guid ActorFor(Guid aggregateChair, Guid aggregateInitiator) =>
        Caller?.SeatId is { } seat && (seat == aggregateChair || seat == aggregateInitiator) ? seat : aggregateInitiator;

    private async Task<SessionResult> BroadcastAfterAsync(Guid sessionId)
    {
        var version = await sessions.BroadcastAsync(sessionId, Context.ConnectionAborted);
        return version is { } shown ? new SessionResult(true, shown, null, sessionId) : SessionResult.Refused("Deze sessie bestaat niet (meer).");
    }

    private Task<SessionResult> Steering(Guid commandId, string notSteering, Func<LiveSession, Task<SessionResult>> command) =>
        Seated(commandId, (session, seat) => session.CanSteer(seat) ? command(session) : Task.FromResult(SessionResult.Refused(notSteering)));

    private async Task<SessionResult> Seated(Guid commandId, Func<LiveSession, Guid, Task<SessionResult>> command)
    {
        var guard = await GuardAsync(commandId);
        if (guard.Refusal is { } refused)
        {
            return refused;
        }

        var session = await sessions.FindAsync(guard.SessionId, Context.ConnectionAborted);
        return session is null ? SessionResult.Refused("Deze sessie bestaat niet (meer).") : await command(session, guard.Seat);
    }
}
