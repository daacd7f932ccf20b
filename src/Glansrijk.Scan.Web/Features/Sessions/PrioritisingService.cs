using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>Stores the prioritising of session 1 and runs its commands through <see cref="StoredCommands"/>: load, run
/// the domain method, save. Broadcasting is the caller's (the hub's) job, after this returns.</summary>
public sealed partial class PrioritisingService(
    IServiceScopeFactory scopes,
    SessionLocks locks,
    StoredCommands commands,
    TimeProvider clock,
    ILogger<PrioritisingService> logger)
{

    /// <summary>Starts the prioritising of the session's scan with the present seats, or returns the one that exists
    /// (one per scan: starting again, also with another budget, changes nothing). The caller has checked who asks.</summary>
    public async Task<CommandResult> StartAsync(LiveSession session, IReadOnlyList<string> normIds, int budget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(normIds);
        using var held = await locks.EnterAsync(session.ScanId, cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ScanDbContext>();
        var existing = await db.Prioritisations.AsNoTracking().Where(p => p.ScanId == session.ScanId).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return new CommandResult(true, 0, null, existing);
        }

        Prioritisation prioritisation;
        try
        {
            prioritisation = Prioritisation.Start(
                session.ScanId, normIds, session.PresentSeatIds, session.ChairSeatId, session.InitiatorSeatId, clock.GetUtcNow().UtcDateTime, budget);
        }
        catch (AgendaRuleException e)
        {
            return CommandResult.Refused(e.Message);
        }

        db.Prioritisations.Add(prioritisation);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another process started it in the meantime (one per scan): use theirs.
            await using var again = scopes.CreateAsyncScope();
            var theirs = await again.ServiceProvider.GetRequiredService<ScanDbContext>().Prioritisations.AsNoTracking()
                .Where(p => p.ScanId == session.ScanId).Select(p => p.Id).SingleAsync(cancellationToken);
            return new CommandResult(true, 0, null, theirs);
        }

        LogStarted(logger, prioritisation.Id, session.ScanId, prioritisation.Budget, prioritisation.ParticipantSeatIds.Count);
        return new CommandResult(true, prioritisation.Version, null, prioritisation.Id);
    }

    /// <summary>Runs <paramref name="command"/> on the scan's stored prioritisation. A refusal comes back with the rule's
    /// Dutch message and changes nothing; a repeat (same command id) is answered as a success.</summary>
    public Task<CommandResult> ApplyAsync(Guid scanId, Func<Prioritisation, DateTime, CommandOutcome> command, CancellationToken cancellationToken) =>
        commands.RunAsync(
            scanId,
            new StoredAggregate<Prioritisation>(
                (db, token) => db.Prioritisations.SingleOrDefaultAsync(p => p.ScanId == scanId, token), p => (p.Id, p.Version), "Het prioriteren is nog niet begonnen."),
            command,
            cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Prioritising {PrioritisationId} started for scan {ScanId}: {Budget} points for {Seats} seats")]
    private static partial void LogStarted(ILogger logger, Guid prioritisationId, Guid scanId, int budget, int seats);

}
