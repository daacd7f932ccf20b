using System.Security.Claims;
using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.Scans;
using Glansrijk.Scan.Web.Features.Accounts;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Scans;

public static class ScanServices
{
    public static WebApplicationBuilder AddScans(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(services =>
        {
            var content = services.GetRequiredService<ContentCatalog>();
            return new ScanContext([.. content.Domains.Select(d => d.Id)], [.. content.Instruments.Select(i => i.Id)]);
        });
        builder.Services.AddScoped<ScanAccess>();
        builder.Services.AddScoped<NextYearScan>();
        builder.Services.AddSingleton<YearOverYear>();
        // Initiators and Beheerders, with the two-factor rule of their account policy.
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(options =>
            options.Conventions.AuthorizeFolder("/Scans", AccountPolicies.Initiator));
        return builder;
    }
}

/// <summary>Finds a scan for the signed-in account: its initiator, or a Beheerder. Anyone else gets null, so the
/// page answers 404 and does not even reveal that the scan exists.</summary>
public sealed partial class ScanAccess(ScanDbContext db, ILogger<ScanAccess> logger)
{
    public IQueryable<Core.Scans.Scan> VisibleTo(ClaimsPrincipal user)
    {
        var scans = db.Scans.Include(s => s.Seats).Include(s => s.Sessions);
        if (user.IsInRole(AccountRoles.Administrator))
        {
            return scans;
        }

        var accountId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        return scans.Where(s => s.InitiatorAccountId == accountId);
    }

    /// <summary>Whether <paramref name="user"/> is the initiator of <paramref name="scan"/>. A scan's figures (the
    /// indicators' measurements) are for its initiator, its trekkers and, to read, its participants: a Beheerder who
    /// is not the initiator reaches the scan to help, not its figures.</summary>
    public static bool IsInitiator(Core.Scans.Scan scan, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(ClaimTypes.NameIdentifier) is { } accountId && scan.InitiatorAccountId == accountId;
    }

    /// <summary>As <see cref="FindAsync"/>, for the pages with a scan's figures: only its initiator, never a Beheerder
    /// as such (see <see cref="IsInitiator"/>).</summary>
    public async Task<Core.Scans.Scan?> FindWithFiguresAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await FindAsync(id, user, cancellationToken) is { } scan && IsInitiator(scan, user) ? scan : null;

    public async Task<Core.Scans.Scan?> FindAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var scan = await db.Scans.Include(s => s.Seats).Include(s => s.Sessions).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (scan is null)
        {
            return null;
        }

        if (user.IsInRole(AccountRoles.Administrator) || scan.InitiatorAccountId == user.FindFirstValue(ClaimTypes.NameIdentifier))
        {
            return scan;
        }

        LogRefused(logger, id, user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous");
        return null;
    }

    /// <summary>Last year's scan: the one this scan was started from, else the latest earlier scan of the same region
    /// by the same initiator (see <see cref="ChairRotation.LastYear"/>). The chair rotates across the series.</summary>
    public async Task<Core.Scans.Scan?> LastYearAsync(Core.Scans.Scan scan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var candidates = await EarlierInSeries(db.Scans.Include(s => s.Seats).Include(s => s.Sessions), scan).ToListAsync(cancellationToken);
        return ChairRotation.LastYear(scan, candidates);
    }

    /// <summary>The scans that may count as an earlier year of <paramref name="scan"/>: the one it was started from (its
    /// initiator could see that one when starting it), and the same region's scans of the same initiator. A scan of
    /// another initiator that merely has the same region name never counts: its results and chairs are not theirs to see.</summary>
    public static IQueryable<Core.Scans.Scan> EarlierInSeries(IQueryable<Core.Scans.Scan> scans, Core.Scans.Scan scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        return scans.Where(s => s.Id != scan.Id
            && (s.Id == scan.PreviousScanId || (s.SeriesKey == scan.SeriesKey && s.InitiatorAccountId == scan.InitiatorAccountId)));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Access refused to scan {ScanId} for account {AccountId}")]
    private static partial void LogRefused(ILogger logger, Guid scanId, string accountId);
}
