using System.Linq.Expressions;
using Glansrijk.Scan.Web.Mail;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Tests.Infrastructure;

/// <summary>What the outbox holds is the proof that nothing more will be sent: once every row for a recipient is
/// settled (sent, or failed for good), the sender has nothing left to deliver, so counting those rows shows "exactly
/// this many mails, and no more" without waiting to see whether another one turns up.</summary>
public static class OutboxRows
{
    /// <summary>The rows that match <paramref name="which"/>, once there is at least one and none is still waiting
    /// to be sent.</summary>
    public static async Task<IReadOnlyList<OutboxMessage>> SettledAsync(this ScanAppFactory app, Expression<Func<OutboxMessage, bool>> which) =>
        await Eventually.ValueAsync(
            () => app.WithDatabaseAsync(db => db.OutboxMessages.AsNoTracking().Where(which).OrderBy(m => m.CreatedAt).ToListAsync()),
            rows => rows.Count > 0 && rows.All(m => m.Status is OutboxStatus.Sent or OutboxStatus.Failed),
            rows => rows.Count == 0 ? "no row" : string.Join(", ", rows.Select(m => $"'{m.Subject}' {m.Status} after {m.Attempts} attempt(s)")));

    public static Task<IReadOnlyList<OutboxMessage>> SettledToAsync(this ScanAppFactory app, string address) =>
        app.SettledAsync(m => m.ToAddress == address);
}
