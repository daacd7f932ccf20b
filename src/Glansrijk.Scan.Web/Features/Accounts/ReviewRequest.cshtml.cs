using System.ComponentModel.DataAnnotations;
using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Web.Features.Administration;
using Glansrijk.Scan.Web.Mail;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Glansrijk.Scan.Web.Features.Accounts;

/// <summary>One account request: the Beheerder reads it and approves it (an Initiatiefnemer account is made and a
/// set-password link mailed) or rejects it with a reason (mailed too). A decision happens once: a second submit,
/// also one racing the first, changes nothing and sends no second mail.</summary>
[Authorize(Policy = AccountPolicies.Administrator)]
public sealed class ReviewRequestModel(
    ScanDbContext db,
    UserManager<Account> accounts,
    WelcomeMail welcome,
    MailOutbox outbox,
    OutboxSignal outboxSignal,
    MailTemplates templates,
    ContentCatalog content,
    TimeProvider time,
    AuditLog audit,
    ILogger<ReviewRequestModel> logger) : PageModel
{
    public const string RejectedTemplateName = "account-afgewezen";
    public const string AlreadyDecided = "Over deze aanvraag is al een besluit genomen. Er is niets veranderd en er is geen nieuwe mail verstuurd.";
    public const string ReasonRequired = "Schrijf op waarom je de aanvraag afwijst. De aanvrager krijgt deze reden in een mail.";

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>Only the reject form sends it; approving ignores it.</summary>
    [BindProperty]
    [Required(ErrorMessage = ReasonRequired), StringLength(AccountRequest.MaxRejectionReasonLength, ErrorMessage = "Gebruik hoogstens 2000 tekens.")]
    public string? RejectionReason { get; set; }

    public AccountRequest AccountRequest { get; private set; } = null!;

    public string? Notice { get; private set; }

    public string DomainName => content.FindDomain(AccountRequest.DomainId)?.Name ?? AccountRequest.DomainId;

    public static string DecisionKey(Guid requestId) => $"account-request:{requestId}:decision";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var request = await db.AccountRequests.SingleOrDefaultAsync(r => r.Id == Id, cancellationToken);
        if (request is null)
        {
            return NotFound();
        }

        AccountRequest = request;
        return Page();
    }

    /// <summary>Starts the decision's transaction holding the request's row, so a second submit (on any node) waits
    /// here and then finds the request decided. The UPDATE that changes nothing takes the row lock on PostgreSQL and
    /// the write lock on SQLite alike.</summary>
    private async Task<IDbContextTransaction> LockRequestAsync(CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.AccountRequests.Where(r => r.Id == Id).ExecuteUpdateAsync(update => update.SetProperty(r => r.Status, r => r.Status), cancellationToken);
        return transaction;
    }

    public async Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        await using var transaction = await LockRequestAsync(cancellationToken);
        var request = await db.AccountRequests.SingleOrDefaultAsync(r => r.Id == Id, cancellationToken);
        if (request is null)
        {
            return NotFound();
        }

        AccountRequest = request;
        if (!request.IsPending)
        {
            Notice = AlreadyDecided;
            return Page();
        }

        var account = new Account
        {
            UserName = request.Email,
            Email = request.Email,
            EmailConfirmed = false,
            DisplayName = request.Name,
            Organisation = request.Organisation,
            Function = request.Function,
            DomainId = request.DomainId,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        var created = await accounts.CreateAsync(account);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError("", error.Description);
            }

            return Page();
        }

        await accounts.AddToRoleAsync(account, AccountRoles.Initiator);
        var administrator = await accounts.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in Beheerder has no account.");
        request.Approve(administrator, account.Id, time.GetUtcNow().UtcDateTime);
        // The log line is saved with the decision, in the same SaveChanges.
        await audit.RecordAsync(administrator.DisplayName, AuditActions.AccountRequestApproved, request.Name, cancellationToken);
        await welcome.SendAsync(account, DecisionKey(request.Id), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // The outbox woke the sender before the commit made the mail visible; wake it again now.
        outboxSignal.Notify();

        AccountLog.AccountRequestApproved(logger, request.Id, administrator.Id, account.Id);
        TempData["Notice"] = $"De aanvraag van {request.Name} is goedgekeurd. {request.Name} krijgt een mail met een link om een wachtwoord te kiezen.";
        return Redirect("/beheer/aanvragen");
    }

    public async Task<IActionResult> OnPostRejectAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await LockRequestAsync(cancellationToken);
        var request = await db.AccountRequests.SingleOrDefaultAsync(r => r.Id == Id, cancellationToken);
        if (request is null)
        {
            return NotFound();
        }

        AccountRequest = request;
        if (!request.IsPending)
        {
            Notice = AlreadyDecided;
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var reason = RejectionReason!.Trim();
        var administrator = await accounts.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in Beheerder has no account.");
        request.Reject(administrator, reason, time.GetUtcNow().UtcDateTime);
        await audit.RecordAsync(administrator.DisplayName, AuditActions.AccountRequestRejected, request.Name, cancellationToken);
        var mail = templates.Render(RejectedTemplateName, new Dictionary<string, string> { ["naam"] = request.Name, ["reden"] = reason });
        await outbox.SendAsync(new OutgoingMail(request.Email, request.Name, mail), DecisionKey(request.Id), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outboxSignal.Notify();

        AccountLog.AccountRequestRejected(logger, request.Id, administrator.Id);
        TempData["Notice"] = $"De aanvraag van {request.Name} is afgewezen. {request.Name} krijgt een mail met de reden.";
        return Redirect("/beheer/aanvragen");
    }
}
