using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Glansrijk.Scan.Web.Features.Accounts;

/// <summary>A person who signs in with a password: a Beheerder or an Initiatiefnemer. Participants never get an
/// account; they use a personal link.</summary>
public sealed class Account : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public DateTime CreatedAt { get; set; }

    /// <summary>Where the person works; an initiator takes a seat in their own scan with this organisation.</summary>
    public string? Organisation { get; set; }

    public string? Function { get; set; }

    /// <summary>One of the content catalog's domains (onderwijs, zorg, …); empty for a Beheerder.</summary>
    public string? DomainId { get; set; }

    /// <summary>Set by a Beheerder: the account cannot sign in and its cookies stop working until it is reactivated.
    /// Its scans and history stay as they are.</summary>
    public DateTime? DeactivatedAt { get; set; }

    public bool IsActive => DeactivatedAt is null;
}

/// <summary>Role names as stored by Identity; these are also the Dutch names people see.</summary>
public static class AccountRoles
{
    public const string Administrator = "Beheerder";
    public const string Initiator = "Initiatiefnemer";

    public static readonly IReadOnlyList<string> All = [Administrator, Initiator];
}

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.Property(a => a.DisplayName).HasMaxLength(100);
        builder.Property(a => a.Organisation).HasMaxLength(AccountRequest.MaxOrganisationLength);
        builder.Property(a => a.Function).HasMaxLength(AccountRequest.MaxFunctionLength);
        builder.Property(a => a.DomainId).HasMaxLength(AccountRequest.MaxDomainIdLength);
        builder.Ignore(a => a.IsActive);
    }
}
