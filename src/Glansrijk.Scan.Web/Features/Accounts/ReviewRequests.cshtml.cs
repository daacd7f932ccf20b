using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Accounts;

/// <summary>The Beheerder's list of account requests: the pending ones first, then the latest decisions.</summary>
[Authorize(Policy = AccountPolicies.Administrator)]
public sealed class ReviewRequestsModel(ScanDbContext db, ContentCatalog content) : PageModel
{
    private const int RecentDecisions = 20;

    public IReadOnlyList<AccountRequest> Pending { get; private set; } = [];
    public IReadOnlyList<AccountRequest> Decided { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public string DomainName(string id) => content.FindDomain(id)?.Name ?? id;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Pending = await db.AccountRequests.Where(r => r.Status == AccountRequestStatus.Pending).OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken);
        Decided = await db.AccountRequests.Where(r => r.Status != AccountRequestStatus.Pending)
            .OrderByDescending(r => r.DecidedAt).Take(RecentDecisions).ToListAsync(cancellationToken);
    }
}
