using Microsoft.AspNetCore.Identity;

namespace Glansrijk.Scan.Web.Features.Accounts;

/// <summary>A person who signs in with a password: a Beheerder or an Initiatiefnemer. Participants never get an
/// account; they use a personal link.</summary>
public sealed class Account : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

/// <summary>Role names as stored by Identity; these are also the Dutch names people see.</summary>
public static class AccountRoles
{
    public const string Administrator = "Beheerder";
    public const string Initiator = "Initiatiefnemer";

    public static readonly IReadOnlyList<string> All = [Administrator, Initiator];
}
