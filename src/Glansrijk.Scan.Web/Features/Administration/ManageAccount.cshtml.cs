using Glansrijk.Scan.Web.Features.Accounts;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Glansrijk.Scan.Web.Features.Administration;

/// <summary>One account as the Beheerder manages it: switch it off and on again, lift a lockout, or make the person
/// set up their second factor again. Each action is a form of its own, runs in one transaction with its audit line,
/// and changes nothing when it would leave no active Beheerder (SQLite's transactions take the write lock at the start,
/// so two Beheerders switching each other off at once cannot both pass that check).</summary>
[Authorize(Policy = AccountPolicies.Administrator)]
public sealed class ManageAccountModel(ScanDbContext db, UserManager<Account> accounts, AuditLog audit, TimeProvider time, Sessions.LiveAccess live) : PageModel
{
    public const string LastAdministrator =
        "Dit kan niet: er is dan geen actieve beheerder meer die kan inloggen. Maak eerst een andere beheerder aan, of laat een andere beheerder dit doen.";

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public Account Account { get; private set; } = null!;
    public IReadOnlyList<string> Roles { get; private set; } = [];
    public bool IsLockedOut { get; private set; }
    public bool IsSelf { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    /// <summary>Switches the account off; once that is saved, its open live connections (a console, a tablet) end too.</summary>
    public async Task<IActionResult> OnPostDeactivateAsync(CancellationToken cancellationToken)
    {
        var deactivated = false;
        var result = await ActAsync(async account =>
        {
            var confirmation = await DeactivateAsync(account, cancellationToken);
            deactivated = confirmation is not null && account.DeactivatedAt is not null;
            return confirmation;
        }, cancellationToken);
        if (deactivated)
        {
            await live.EndAccountAsync(Id, cancellationToken);
        }

        return result;
    }

    private async Task<string?> DeactivateAsync(Account account, CancellationToken cancellationToken)
    {
        if (!account.IsActive)
        {
            return $"{account.DisplayName} was al uitgezet. Er is niets veranderd.";
        }

        if (await IsLastActiveAdministratorAsync(account))
        {
            return null;
        }

        account.DeactivatedAt = time.GetUtcNow().UtcDateTime;
        // A new stamp makes the cookies this account already has stop working at once (see AccountCookieCheck).
        await accounts.UpdateSecurityStampAsync(account);
        await audit.RecordAsync(await ActorNameAsync(), AuditActions.AccountDeactivated, account.DisplayName, cancellationToken);
        return $"{account.DisplayName} is uitgezet en kan niet meer inloggen. Wie nu nog ingelogd is, wordt meteen uitgelogd.";
    }

    public Task<IActionResult> OnPostReactivateAsync(CancellationToken cancellationToken) => ActAsync(async account =>
    {
        if (account.IsActive)
        {
            return $"{account.DisplayName} staat al aan. Er is niets veranderd.";
        }

        account.DeactivatedAt = null;
        await accounts.UpdateAsync(account);
        await audit.RecordAsync(await ActorNameAsync(), AuditActions.AccountReactivated, account.DisplayName, cancellationToken);
        return $"{account.DisplayName} staat weer aan en kan weer inloggen.";
    }, cancellationToken);

    public Task<IActionResult> OnPostUnlockAsync(CancellationToken cancellationToken) => ActAsync(async account =>
    {
        if (!await accounts.IsLockedOutAsync(account))
        {
            return $"{account.DisplayName} was niet geblokkeerd. Er is niets veranderd.";
        }

        await accounts.SetLockoutEndDateAsync(account, null);
        await accounts.ResetAccessFailedCountAsync(account);
        await audit.RecordAsync(await ActorNameAsync(), AuditActions.AccountUnlocked, account.DisplayName, cancellationToken);
        return $"De blokkering van {account.DisplayName} is opgeheven. {account.DisplayName} kan meteen weer inloggen.";
    }, cancellationToken);

    public Task<IActionResult> OnPostResetTwoFactorAsync(CancellationToken cancellationToken) => ActAsync(async account =>
    {
        if (!await accounts.GetTwoFactorEnabledAsync(account))
        {
            return $"Tweestapsverificatie van {account.DisplayName} stond al uit. Er is niets veranderd.";
        }

        if (await IsLastActiveAdministratorAsync(account))
        {
            return null;
        }

        // The old app and the recovery codes stop working; both changes give the account a new security stamp, so
        // its cookies stop working too and the next sign-in asks to set up an app again.
        await accounts.SetTwoFactorEnabledAsync(account, false);
        await accounts.ResetAuthenticatorKeyAsync(account);
        await accounts.RemoveAuthenticationTokenAsync(account, "[AspNetUserStore]", "RecoveryCodes");
        await audit.RecordAsync(await ActorNameAsync(), AuditActions.TwoFactorReset, account.DisplayName, cancellationToken);
        return $"Tweestapsverificatie van {account.DisplayName} is opnieuw ingesteld. Bij de volgende keer inloggen koppelt {account.DisplayName} een nieuwe app.";
    }, cancellationToken);

    /// <summary>Runs one action on the account in a transaction. The action returns the confirmation to show, or null
    /// when it was refused because it would leave no active Beheerder.</summary>
    private async Task<IActionResult> ActAsync(Func<Account, Task<string?>> action, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var confirmation = await action(Account);
        if (confirmation is null)
        {
            ModelState.AddModelError("", LastAdministrator);
            return Page();
        }

        await transaction.CommitAsync(cancellationToken);
        Notice = confirmation;
        return RedirectToPage(new { id = Id });
    }

    /// <summary>True when <paramref name="account"/> is a Beheerder and no other active Beheerder is left.</summary>
    private async Task<bool> IsLastActiveAdministratorAsync(Account account)
    {
        if (!await accounts.IsInRoleAsync(account, AccountRoles.Administrator))
        {
            return false;
        }

        var administrators = await accounts.GetUsersInRoleAsync(AccountRoles.Administrator);
        return !administrators.Any(a => a.Id != account.Id && a.IsActive);
    }

    private async Task<string> ActorNameAsync() => (await accounts.GetUserAsync(User))?.DisplayName ?? "onbekende beheerder";

    private async Task<bool> LoadAsync()
    {
        if (await accounts.FindByIdAsync(Id) is not { } account)
        {
            return false;
        }

        Account = account;
        Roles = [.. await accounts.GetRolesAsync(account)];
        IsLockedOut = await accounts.IsLockedOutAsync(account);
        IsSelf = accounts.GetUserId(User) == account.Id;
        return true;
    }
}
