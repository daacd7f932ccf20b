using Glansrijk.Scan.Web.Features.Invitations;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Glansrijk.Scan.Web.Features.Scans;

public sealed class IndexModel(ScanAccess access, IOptions<InvitationOptions> options, TimeProvider time) : PageModel
{
    public IReadOnlyList<Core.Scans.Scan> Scans { get; private set; } = [];
    public int MinimumAccepted => options.Value.MinimumAcceptedForSession1;
    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scans = await access.VisibleTo(User).ToListAsync(cancellationToken);
        Scans = [.. scans.OrderByDescending(s => s.Details.Year).ThenBy(s => s.Session(1).Plan.Date)];
    }
}
