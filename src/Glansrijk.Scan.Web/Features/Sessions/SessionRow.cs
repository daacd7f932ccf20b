using Glansrijk.Scan.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>The two writes every row-level command of the live engine starts with (<see cref="LiveVotes"/>,
/// <see cref="LiveSteering"/>), inside its transaction. The SQL is plain enough for SQLite and PostgreSQL alike.</summary>
public static class SessionRow
{
    /// <summary>First the write that holds the session row: whatever the rules read next cannot change under the
    /// command. False when the session does not exist (any more).</summary>
    public static async Task<bool> RaiseVersionAsync(ScanDbContext db, Guid sessionId, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"""
            UPDATE "LiveSessions" SET "Version" = "Version" + 1 WHERE "Id" = {sessionId}
            """, cancellationToken) == 1;

    /// <summary>Claims the command id as its own row. False when it was handled before (a client re-sends after a
    /// reconnect): the caller answers as then and changes nothing.</summary>
    public static async Task<bool> ClaimCommandAsync(
        ScanDbContext db, Guid sessionId, Guid commandId, long version, DateTime now, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "HandledCommands" ("LiveSessionId", "CommandId", "Version", "At") VALUES ({sessionId}, {commandId}, {version}, {now})
            ON CONFLICT DO NOTHING
            """, cancellationToken) == 1;
}
