using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Glansrijk.Scan.Web.Features.Accounts;

public enum AccountRequestStatus
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
}

/// <summary>Someone asks for an Initiatiefnemer account; a Beheerder approves (an account is made and a
/// set-password link mailed) or rejects it with a reason. A request is decided once.</summary>
public sealed class AccountRequest
{
    public const int MaxNameLength = 100;
    public const int MaxOrganisationLength = 200;
    public const int MaxFunctionLength = 100;
    public const int MaxDomainIdLength = 50;
    public const int MaxEmailLength = 256;
    public const int MaxReasonLength = 2000;
    public const int MaxRejectionReasonLength = 2000;

    private AccountRequest()
    {
    }

    public AccountRequest(string name, string organisation, string function, string domainId, string email, string reason, DateTime createdAt)
    {
        Name = name;
        Organisation = organisation;
        Function = function;
        DomainId = domainId;
        Email = email;
        NormalizedEmail = Normalize(email);
        Reason = reason;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();
    public string Name { get; private set; } = "";
    public string Organisation { get; private set; } = "";
    public string Function { get; private set; } = "";
    public string DomainId { get; private set; } = "";
    public string Email { get; private set; } = "";

    /// <summary>Upper case, as Identity normalises, so one pending request per address whatever its casing.</summary>
    public string NormalizedEmail { get; private set; } = "";

    public string Reason { get; private set; } = "";
    public AccountRequestStatus Status { get; private set; }
    public DateTime CreatedAt { get; private set; }

    /// <summary>The Beheerder's account id.</summary>
    public string? DecidedById { get; private set; }

    public string? DecidedByName { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public string? RejectionReason { get; private set; }

    /// <summary>The account made on approval.</summary>
    public string? AccountId { get; private set; }

    public bool IsPending => Status == AccountRequestStatus.Pending;

    public static string Normalize(string email) => email.Trim().ToUpperInvariant();

    public void Approve(Account decidedBy, string accountId, DateTime now)
    {
        Decide(AccountRequestStatus.Approved, decidedBy, now);
        AccountId = accountId;
    }

    public void Reject(Account decidedBy, string reason, DateTime now)
    {
        Decide(AccountRequestStatus.Rejected, decidedBy, now);
        RejectionReason = reason;
    }

    private void Decide(AccountRequestStatus status, Account decidedBy, DateTime now)
    {
        if (!IsPending)
        {
            throw new InvalidOperationException($"Account request {Id} was already decided.");
        }

        Status = status;
        DecidedById = decidedBy.Id;
        DecidedByName = decidedBy.DisplayName;
        DecidedAt = now;
    }
}

internal sealed class AccountRequestConfiguration : IEntityTypeConfiguration<AccountRequest>
{
    public void Configure(EntityTypeBuilder<AccountRequest> builder)
    {
        builder.ToTable("AccountRequests");
        builder.Property(r => r.Name).HasMaxLength(AccountRequest.MaxNameLength);
        builder.Property(r => r.Organisation).HasMaxLength(AccountRequest.MaxOrganisationLength);
        builder.Property(r => r.Function).HasMaxLength(AccountRequest.MaxFunctionLength);
        builder.Property(r => r.DomainId).HasMaxLength(AccountRequest.MaxDomainIdLength);
        builder.Property(r => r.Email).HasMaxLength(AccountRequest.MaxEmailLength);
        builder.Property(r => r.NormalizedEmail).HasMaxLength(AccountRequest.MaxEmailLength);
        builder.Property(r => r.Reason).HasMaxLength(AccountRequest.MaxReasonLength);
        builder.Property(r => r.RejectionReason).HasMaxLength(AccountRequest.MaxRejectionReasonLength);
        builder.Property(r => r.DecidedByName).HasMaxLength(AccountRequest.MaxNameLength);

        // A double-submitted or raced decision updates "where Status = Pending" and finds nothing the second time.
        builder.Property(r => r.Status).IsConcurrencyToken();

        // At most one pending request per address, also when two are sent at the same moment.
        builder.HasIndex(r => r.NormalizedEmail).IsUnique().HasFilter($"\"Status\" = {(int)AccountRequestStatus.Pending}");
        builder.HasIndex(r => new { r.Status, r.CreatedAt });
    }
}
