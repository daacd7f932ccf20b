using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>The answer to a command on a stored aggregate (the prioritising, the verbeteragenda): a refusal carries the
/// rule's Dutch message and changed nothing. <see cref="Id"/> is the aggregate's id, <see cref="Version"/> its version
/// after the command.</summary>
public sealed record CommandResult(bool Ok, long Version, string? Message, Guid? Id = null)
{
    public static CommandResult Refused(string message, long version = 0, Guid? id = null) => new(false, version, message, id);
}

/// <summary>How to find one kind of aggregate that is saved whole: <paramref name="Load"/> reads it tracked (null when
/// there is none), <paramref name="Identify"/> gives its id and version, <paramref name="Missing"/> is the Dutch answer
/// when there is none.</summary>
public sealed record StoredAggregate<T>(Func<ScanDbContext, CancellationToken, Task<T?>> Load, Func<T, (Guid Id, long Version)> Identify, string Missing)
    where T : class;

/// <summary>The one load → run → save loop for the aggregates that are still saved whole (the prioritising of session 1
/// and the verbeteragenda; the live session's commands write rows, see <see cref="LiveSteering"/>). Commands on one
/// aggregate run one at a time in this process (<see cref="SessionLocks"/>); its version is a concurrency token, so when
/// another process saved first, the command runs again on the fresh state. A repeat (same command id) is answered as a
/// success: the domain remembers the ids it handled.</summary>
public sealed partial class StoredCommands(IServiceScopeFactory scopes, SessionLocks locks, TimeProvider clock, ILogger<StoredCommands> logger)
{
    private const int Attempts = 8;

    /// <param name="key">What the commands queue on in this process: the aggregate's id, or the scan's.</param>
    public async Task<CommandResult> RunAsync<T>(
        Guid key, StoredAggregate<T> aggregate, Func<T, DateTime, CommandOutcome> command, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        ArgumentNullException.ThrowIfNull(command);
        using var held = await locks.EnterAsync(key, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ScanDbContext>();
            if (await aggregate.Load(db, cancellationToken) is not { } loadedAggregate)
            {
                return CommandResult.Refused(aggregate.Missing);
            }

            var loaded = db.ChangeTracker.Entries().Select(e => e.Entity).ToHashSet(ReferenceEqualityComparer.Instance);
            try
            {
                command(loadedAggregate, clock.GetUtcNow().UtcDateTime);
            }
            catch (Exception e) when (e is AgendaRuleException or SessionRuleException)
            {
                var (id, version) = aggregate.Identify(loadedAggregate);
                return CommandResult.Refused(e.Message, version, id);
            }

            MarkNewPartsAdded(db, loaded);
            try
            {
                // Nothing changed (a repeat, or already as asked) saves nothing; a repeat that only remembered its
                // command id saves that, so it is recognised after a restart too.
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                LogConflict(logger, typeof(T).Name, aggregate.Identify(loadedAggregate).Id, attempt);
                continue;
            }

            var (savedId, savedVersion) = aggregate.Identify(loadedAggregate);
            return new CommandResult(true, savedVersion, null, savedId);
        }
    }

    /// <summary>A new part (an action, an allocation, a handled command) carries its own key, so EF takes it for an
    /// existing row; whatever the command created (it was not loaded) is new.</summary>
    private static void MarkNewPartsAdded(ScanDbContext db, HashSet<object> loaded)
    {
        db.ChangeTracker.DetectChanges();
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Modified && !loaded.Contains(e.Entity)))
        {
            entry.State = EntityState.Added;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind} {Id} was changed elsewhere; attempt {Attempt} runs the command again")]
    private static partial void LogConflict(ILogger logger, string kind, Guid id, int attempt);
}
