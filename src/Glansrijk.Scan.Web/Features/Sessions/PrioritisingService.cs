using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>The answer to a prioritising command: a refusal carries the rule's Dutch message and changed nothing.</summary>
public sealed record PrioritisingResult(bool Ok, string? Message, Guid? PrioritisationId = null)
{
    public static PrioritisingResult Refused(string message, Guid? prioritisationId = null) => new(false, message, prioritisationId);
}

/// <summary>Stores the prioritising of session 1 and runs its commands the way the live session does: load, run the
/// domain method, save. Commands on one prioritisation run one at a time in this process; its version is a
/// concurrency token, so when another process saved first the command runs again on the fresh state. Broadcasting is
/// the caller's (the hub's) job, after this returns.</summary>
public sealed partial class PrioritisingService(
    IServiceScopeFactory scopes,
    SessionLocks locks,
    TimeProvider clock,
    ILogger<PrioritisingService> logger)
{
    private const int Attempts = 8;

    /// <summary>Starts the prioritising of the session's scan with the present seats, or returns the one that exists
    /// (one per scan: starting again, also with another budget, changes nothing). The caller has checked who asks.</summary>
    public async Task<PrioritisingResult> StartAsync(LiveSession session, IReadOnlyList<string> normIds, int budget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(normIds);
        using var held = await locks.EnterAsync(session.ScanId, cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ScanDbContext>();
        var existing = await db.Prioritisations.AsNoTracking().Where(p => p.ScanId == session.ScanId).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return new PrioritisingResult(true, null, existing);
        }

        Prioritisation prioritisation;
        try
        {
            prioritisation = Prioritisation.Start(
                session.ScanId, normIds, session.PresentSeatIds, session.ChairSeatId, session.InitiatorSeatId, clock.GetUtcNow().UtcDateTime, budget);
        }
        catch (AgendaRuleException e)
        {
            return PrioritisingResult.Refused(e.Message);
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
            return new PrioritisingResult(true, null, theirs);
        }

        LogStarted(logger, prioritisation.Id, session.ScanId, prioritisation.Budget, prioritisation.ParticipantSeatIds.Count);
        return new PrioritisingResult(true, null, prioritisation.Id);
    }

    /// <summary>Runs <paramref name="command"/> on the scan's stored prioritisation. A refusal comes back with the rule's
    /// Dutch message and changes nothing; a repeat (same command id) is answered as a success.</summary>
    public async Task<PrioritisingResult> ApplyAsync(Guid scanId, Func<Prioritisation, DateTime, CommandOutcome> command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        using var held = await locks.EnterAsync(scanId, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ScanDbContext>();
            var prioritisation = await db.Prioritisations.SingleOrDefaultAsync(p => p.ScanId == scanId, cancellationToken);
            if (prioritisation is null)
            {
                return PrioritisingResult.Refused("Het prioriteren is nog niet begonnen.");
            }

            var loaded = db.ChangeTracker.Entries().Select(e => e.Entity).ToHashSet(ReferenceEqualityComparer.Instance);
            CommandOutcome outcome;
            try
            {
                outcome = command(prioritisation, clock.GetUtcNow().UtcDateTime);
            }
            catch (AgendaRuleException e)
            {
                return PrioritisingResult.Refused(e.Message, prioritisation.Id);
            }

            MarkNewPartsAdded(db, loaded);
            try
            {
                // A repeat that only remembered its command id saves that too, so it is recognised after a restart.
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                LogConflict(logger, prioritisation.Id, attempt);
                continue;
            }

            return new PrioritisingResult(true, null, prioritisation.Id);
        }
    }

    /// <summary>A new allocation or handled command is new in the database even when it carries its own key.</summary>
    private static void MarkNewPartsAdded(ScanDbContext db, HashSet<object> loaded)
    {
        db.ChangeTracker.DetectChanges();
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Modified && !loaded.Contains(e.Entity)))
        {
            entry.State = EntityState.Added;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Prioritising {PrioritisationId} started for scan {ScanId}: {Budget} points for {Seats} seats")]
    private static partial void LogStarted(ILogger logger, Guid prioritisationId, Guid scanId, int budget, int seats);

    [LoggerMessage(Level = LogLevel.Information, Message = "Prioritising {PrioritisationId} was changed elsewhere; attempt {Attempt} runs the command again")]
    private static partial void LogConflict(ILogger logger, Guid prioritisationId, int attempt);
}
