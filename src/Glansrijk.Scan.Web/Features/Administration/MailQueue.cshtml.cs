using Glansrijk.Scan.Web.Features.Accounts;
using Glansrijk.Scan.Web.Mail;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Administration;

/// <summary>The mail that is not delivered yet: waiting (perhaps after a failed attempt) or given up. The Beheerder
/// sends one again now or drops it. Sent mail is not listed and cannot be touched here. Both actions are single
/// conditional updates, so a second click or a click racing the sender changes nothing twice.</summary>
[Authorize(Policy = AccountPolicies.Administrator)]
public sealed class MailQueueModel(ScanDbContext db, UserManager<Account> accounts, AuditLog audit, OutboxSignal signal, TimeProvider time) : PageModel
{
    private const int Shown = 200;

    public sealed record Row(Guid Id, string ToName, string ToAddress, string Subject, OutboxStatus Status, int Attempts, DateTime CreatedAt, DateTime NextAttemptAt, string? LastError);

    public IReadOnlyList<Row> Failed { get; private set; } = [];
    public IReadOnlyList<Row> Waiting { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status != OutboxStatus.Sent)
            .OrderByDescending(m => m.CreatedAt)
            .Take(Shown)
            .Select(m => new Row(m.Id, m.ToName, m.ToAddress, m.Subject, m.Status, m.Attempts, m.CreatedAt, m.NextAttemptAt, m.LastError))
            .ToListAsync(cancellationToken);
        Failed = [.. rows.Where(r => r.Status == OutboxStatus.Failed)];
        Waiting = [.. rows.Where(r => r.Status == OutboxStatus.Pending)];
    }

    /// <summary>A failed mail gets a fresh set of attempts; a waiting one is tried now instead of at its next retry.</summary>
    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken cancellationToken)
    {
        var message = await FindUnsentAsync(id, cancellationToken);
        if (message is null)
        {
            return Gone();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var changed = await db.OutboxMessages
            .Where(m => m.Id == id && m.Status != OutboxStatus.Sent)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.Status, OutboxStatus.Pending)
                .SetProperty(m => m.Attempts, m => m.Status == OutboxStatus.Failed ? 0 : m.Attempts)
                .SetProperty(m => m.NextAttemptAt, now), cancellationToken);
        if (changed == 0)
        {
            return Gone();
        }

        await audit.RecordAsync(await ActorNameAsync(), AuditActions.MailRetried, Describe(message), cancellationToken);
        signal.Notify();
        Notice = $"De mail ‘{message.Subject}’ wordt nu opnieuw verstuurd.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDropAsync(Guid id, CancellationToken cancellationToken)
    {
        var message = await FindUnsentAsync(id, cancellationToken);
        if (message is null)
        {
            return Gone();
        }

        var dropped = await db.OutboxMessages.Where(m => m.Id == id && m.Status != OutboxStatus.Sent).ExecuteDeleteAsync(cancellationToken);
        if (dropped == 0)
        {
            return Gone();
        }

        await audit.RecordAsync(await ActorNameAsync(), AuditActions.MailDropped, Describe(message), cancellationToken);
        Notice = $"De mail ‘{message.Subject}’ is verwijderd en wordt niet meer verstuurd.";
        return RedirectToPage();
    }

    /// <summary>For the audit log: the subject and the recipient's name, never the address or the body.</summary>
    private static string Describe(Row message) =>
        string.IsNullOrWhiteSpace(message.ToName) ? $"‘{message.Subject}’" : $"‘{message.Subject}’ aan {message.ToName}";

    private Task<Row?> FindUnsentAsync(Guid id, CancellationToken cancellationToken) =>
        db.OutboxMessages.AsNoTracking()
            .Where(m => m.Id == id && m.Status != OutboxStatus.Sent)
            .Select(m => new Row(m.Id, m.ToName, m.ToAddress, m.Subject, m.Status, m.Attempts, m.CreatedAt, m.NextAttemptAt, m.LastError))
            .SingleOrDefaultAsync(cancellationToken);

    private RedirectToPageResult Gone()
    {
        Notice = "Deze mail is inmiddels verstuurd of verwijderd. Er is niets veranderd.";
        return RedirectToPage();
    }

    private async Task<string> ActorNameAsync() => (await accounts.GetUserAsync(User))?.DisplayName ?? "onbekende beheerder";
}
