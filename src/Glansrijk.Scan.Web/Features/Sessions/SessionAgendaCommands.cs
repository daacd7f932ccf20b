using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Features.Agenda;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>Runs a command of session 2 on the scan's verbeteragenda: the agenda service loads, checks and saves it;
/// only then every audience of the session gets its new state. Closing the agenda also mails it to everyone (once per
/// person, however often the chair presses the button).</summary>
public sealed partial class SessionAgendaCommands(
    IServiceScopeFactory scopes,
    LiveSessionService sessions,
    ImprovementAgendaService agendas,
    ILogger<SessionAgendaCommands> logger)
{
    public async Task<SessionResult> RunAsync(
        Guid sessionId, Func<ImprovementAgenda, DateTime, CommandOutcome> command, bool closes, CancellationToken cancellationToken)
    {
        Guid scanId;
        Guid? agendaId;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ScanDbContext>();
            var session = await db.LiveSessions.AsNoTracking().Where(s => s.Id == sessionId)
                .Select(s => new { s.ScanId, s.SessionNumber, s.Kind }).SingleOrDefaultAsync(cancellationToken);
            if (session is null)
            {
                return SessionResult.Refused("Deze sessie bestaat niet (meer).");
            }

            if (SessionParts.RefusalFor(session.Kind, session.SessionNumber, SessionPart.ImprovementAgenda) is { } wrongSession)
            {
                return SessionResult.Refused(wrongSession);
            }

            scanId = session.ScanId;
            agendaId = await db.ImprovementAgendas.AsNoTracking().Where(a => a.ScanId == scanId).Select(a => (Guid?)a.Id).SingleOrDefaultAsync(cancellationToken);
        }

        if (agendaId is not { } id)
        {
            return SessionResult.Refused("Deze scan heeft nog geen verbeteragenda. Die begint als de focusnormen aan het eind van sessie 1 zijn gekozen.");
        }

        var result = await agendas.ApplyAsync(id, command, cancellationToken);
        if (!result.Ok)
        {
            return SessionResult.Refused(result.Message ?? "Dat kan niet.");
        }

        var version = await sessions.BroadcastAsync(sessionId, cancellationToken) ?? result.Version;
        if (closes)
        {
            await MailAdoptedAsync(scanId, cancellationToken);
        }

        return new SessionResult(true, version, null, sessionId);
    }

    /// <summary>The agenda is closed and saved whatever happens here; a failure is logged, and pressing close again
    /// (or a retried command) mails whoever was missed.</summary>
    private async Task MailAdoptedAsync(Guid scanId, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AgendaAdoptedMail>().SendAsync(scanId, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogMailFailed(logger, e, scanId);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The adopted verbeteragenda of scan {ScanId} could not be mailed; closing again retries")]
    private static partial void LogMailFailed(ILogger logger, Exception exception, Guid scanId);
}
