using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Web.Mail;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Accounts;

/// <summary>The Beheerder's overview: accounts, the mail outbox and the loaded content.</summary>
[Authorize(Policy = AccountPolicies.Administrator)]
public sealed class AdministrationModel(ScanDbContext db, UserManager<Account> accounts, ContentCatalog content) : PageModel
{
    public sealed record AccountRow(string Id, string Name, string Email, string Roles, string Status, bool TwoFactor, DateTime CreatedAt);

    public sealed record OutboxSummary(int Pending, int Sent, int Failed, IReadOnlyList<OutboxMessage> Problems);

    public IReadOnlyList<AccountRow> Accounts { get; private set; } = [];
    public int PendingRequests { get; private set; }
    public OutboxSummary Outbox { get; private set; } = new(0, 0, 0, []);
    public ContentCatalog Catalog => content;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var rows = new List<AccountRow>();
        foreach (var account in await db.Users.OrderBy(a => a.DisplayName).ToListAsync(cancellationToken))
        {
            var roles = await accounts.GetRolesAsync(account);
            var status = !account.IsActive ? "Uitgezet" : account.LockoutEnd > now ? "Tijdelijk geblokkeerd" : !account.EmailConfirmed ? "Wacht op wachtwoord" : "Actief";
            rows.Add(new AccountRow(account.Id, account.DisplayName, account.Email ?? "", string.Join(", ", roles), status, account.TwoFactorEnabled, account.CreatedAt));
        }

        Accounts = rows;
        PendingRequests = await db.AccountRequests.CountAsync(r => r.Status == AccountRequestStatus.Pending, cancellationToken);
        var counts = await db.OutboxMessages.GroupBy(m => m.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var problems = await db.OutboxMessages
            .Where(m => m.Status == OutboxStatus.Failed || (m.Status == OutboxStatus.Pending && m.Attempts > 0))
            .OrderByDescending(m => m.CreatedAt)
            .Take(10)
            .ToListAsync(cancellationToken);
        int CountOf(OutboxStatus status) => counts.FirstOrDefault(c => c.Status == status)?.Count ?? 0;
        Outbox = new OutboxSummary(CountOf(OutboxStatus.Pending), CountOf(OutboxStatus.Sent), CountOf(OutboxStatus.Failed), problems);
    }
}
