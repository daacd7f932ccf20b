using System.Security.Claims;
using Glansrijk.Scan.Web.Features.Administration;
using Glansrijk.Scan.Web.Features.Privacy;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Accounts;

/// <summary>A Beheerder deletes an account. Its scans go to another initiator, chosen here, or are deleted with
/// everything in them. The last Beheerder cannot be deleted, so nobody is locked out of /beheer.</summary>
[Authorize(Policy = AccountPolicies.Administrator)]
public sealed partial class DeleteAccountModel(
    ScanDbContext db,
    UserManager<Account> accounts,
    ScanErasure erasure,
    AuditLog audit,
    Sessions.LiveAccess live,
    ILogger<DeleteAccountModel> logger) : PageModel
{
    public const string DeleteScans = "verwijderen";
    public const string LastAdministrator = "Dit is de laatste beheerder. Maak eerst een andere beheerder aan; anders kan niemand meer beheren.";
    public const string ChooseWhatHappens = "Kies wat er met de scans van dit account gebeurt: overdragen aan een andere initiatiefnemer of verwijderen.";

    [BindProperty]
    public string? ScansGoTo { get; set; }

    public Account Account { get; private set; } = null!;
    public IReadOnlyList<Core.Scans.Scan> Scans { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (await accounts.IsInRoleAsync(Account, AccountRoles.Administrator) &&
            (await accounts.GetUsersInRoleAsync(AccountRoles.Administrator)).Count <= 1)
        {
            ModelState.AddModelError("", LastAdministrator);
            return Page();
        }

        Account? heir = null;
        if (Scans.Count > 0 && ScansGoTo != DeleteScans)
        {
            heir = Choices.Any(c => c.Value == ScansGoTo && c.Value != DeleteScans) ? await accounts.FindByIdAsync(ScansGoTo!) : null;
            if (heir is null)
            {
                ModelState.AddModelError(nameof(ScansGoTo), ChooseWhatHappens);
                return Page();
            }
        }

        foreach (var scan in Scans)
        {
            if (heir is null)
            {
                await erasure.DeleteAsync(scan, cancellationToken);
            }
        }

        if (heir is not null)
        {
            await db.Scans.Where(s => s.InitiatorAccountId == Account.Id)
                .ExecuteUpdateAsync(update => update.SetProperty(s => s.InitiatorAccountId, heir.Id), cancellationToken);
        }

        var email = AccountRequest.Normalize(Account.Email ?? "");
        await db.AccountRequests.Where(r => r.NormalizedEmail == email).ExecuteDeleteAsync(cancellationToken);
        var deleted = await accounts.DeleteAsync(Account);
        if (!deleted.Succeeded)
        {
            ModelState.AddModelError("", "Het account kon niet worden verwijderd. Probeer het nog eens.");
            return Page();
        }

        LogDeleted(logger, Account.Id, Scans.Count, heir?.Id, User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "");
        var administrator = (await accounts.GetUserAsync(User))?.DisplayName ?? "onbekende beheerder";
        await audit.RecordAsync(administrator, AuditActions.AccountDeleted, Account.DisplayName, cancellationToken);
        await live.EndAccountAsync(Account.Id, cancellationToken);
        TempData["Notice"] = heir is null
            ? $"Het account van {Account.DisplayName} is verwijderd{(Scans.Count > 0 ? $", met {Scans.Count} scan(s)" : "")}."
            : $"Het account van {Account.DisplayName} is verwijderd. {heir.DisplayName} is nu initiatiefnemer van de scans.";
        return Redirect("/beheer");
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (await accounts.FindByIdAsync(id) is not { } account)
        {
            return false;
        }

        Account = account;
        Scans = await db.Scans.Include(s => s.Seats).Include(s => s.Sessions).Where(s => s.InitiatorAccountId == id)
            .OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken);
        var initiators = await accounts.GetUsersInRoleAsync(AccountRoles.Initiator);
        Choices =
        [
            .. initiators.Where(a => a.Id != id).OrderBy(a => a.DisplayName)
                .Select(a => new SelectListItem($"Overdragen aan {a.DisplayName} ({a.Email})", a.Id)),
            new SelectListItem("De scans verwijderen, met alles erin", DeleteScans),
        ];
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {AccountId} deleted with {Scans} scan(s), handed to {Heir}, by {Administrator}")]
    private static partial void LogDeleted(ILogger logger, string accountId, int scans, string? heir, string administrator);
}
