using System.ComponentModel.DataAnnotations;
using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.Instruments;
using Glansrijk.Scan.Web.Mail;
using Glansrijk.Scan.Web.Persistence;
using Glansrijk.Scan.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Glansrijk.Scan.Web.Features.Accounts;

/// <summary>The public form on which someone asks for an Initiatiefnemer account. Nothing is stored unless every
/// field is right and there is neither an account nor a pending request for the address.</summary>
[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class RequestAccountModel(
    ScanDbContext db,
    UserManager<Account> accounts,
    ContentCatalog content,
    MailOutbox outbox,
    MailTemplates templates,
    IOptions<AppOptions> app,
    TimeProvider time,
    ILogger<RequestAccountModel> logger) : PageModel
{
    public const string PendingRequestExists = "Voor dit e-mailadres is al een aanvraag in behandeling. Je krijgt een mail zodra de beheerder een besluit heeft genomen.";
    public const string AccountExists = "Er is al een account met dit e-mailadres. Log in, of kies 'Wachtwoord vergeten' als je je wachtwoord niet meer weet.";
    public const string UnknownDomain = "Kies een van de domeinen uit de lijst.";
    public const string NotificationTemplateName = "nieuwe-accountaanvraag";

    [BindProperty]
    public RequestInput Input { get; set; } = new();

    public IReadOnlyList<Domain> Domains => content.Domains;

    public sealed class RequestInput
    {
        [Required(ErrorMessage = "Vul je naam in."), StringLength(AccountRequest.MaxNameLength, ErrorMessage = "Gebruik hoogstens 100 tekens.")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Vul de naam van je organisatie in."), StringLength(AccountRequest.MaxOrganisationLength, ErrorMessage = "Gebruik hoogstens 200 tekens.")]
        public string Organisation { get; set; } = "";

        [Required(ErrorMessage = "Vul je functie in."), StringLength(AccountRequest.MaxFunctionLength, ErrorMessage = "Gebruik hoogstens 100 tekens.")]
        public string Function { get; set; } = "";

        [Required(ErrorMessage = "Kies het domein waar je organisatie bij hoort."), StringLength(AccountRequest.MaxDomainIdLength, ErrorMessage = UnknownDomain)]
        public string DomainId { get; set; } = "";

        [Required(ErrorMessage = "Vul je e-mailadres van je werk in."), EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, zoals naam@organisatie.nl.")]
        [StringLength(AccountRequest.MaxEmailLength, ErrorMessage = "Dit e-mailadres is te lang.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Schrijf kort waarom je een account wilt.")]
        [StringLength(AccountRequest.MaxReasonLength, MinimumLength = 10, ErrorMessage = "Schrijf minstens 10 en hoogstens 2000 tekens.")]
        public string Reason { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(Input.DomainId) && content.FindDomain(Input.DomainId) is null)
        {
            ModelState.AddModelError("Input.DomainId", UnknownDomain);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Input.Email.Trim();
        if (await accounts.FindByEmailAsync(email) is not null)
        {
            ModelState.AddModelError("Input.Email", AccountExists);
            return Page();
        }

        var normalized = AccountRequest.Normalize(email);
        if (await db.AccountRequests.AnyAsync(r => r.NormalizedEmail == normalized && r.Status == AccountRequestStatus.Pending, cancellationToken))
        {
            ModelState.AddModelError("Input.Email", PendingRequestExists);
            return Page();
        }

        var request = new AccountRequest(
            Input.Name.Trim(), Input.Organisation.Trim(), Input.Function.Trim(), Input.DomainId, email, Input.Reason.Trim(), time.GetUtcNow().UtcDateTime);
        db.AccountRequests.Add(request);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same address was sent twice at the same moment; the unique index kept one.
            ModelState.AddModelError("Input.Email", PendingRequestExists);
            return Page();
        }

        AccountLog.AccountRequested(logger, request.Id);
        await NotifyAdministratorsAsync(request, cancellationToken);
        return Redirect("/account-aanvragen/verstuurd");
    }

    /// <summary>Tells every Beheerder that a request waits, so nobody has to keep looking. Only name and
    /// organisation go into the mail; the rest is on the page behind the sign-in.</summary>
    private async Task NotifyAdministratorsAsync(AccountRequest request, CancellationToken cancellationToken)
    {
        var link = app.Value.Link($"beheer/aanvragen/{request.Id}");
        foreach (var administrator in await accounts.GetUsersInRoleAsync(AccountRoles.Administrator))
        {
            if (!administrator.EmailConfirmed || administrator.Email is null)
            {
                continue;
            }

            var mail = templates.Render(NotificationTemplateName, new Dictionary<string, string>
            {
                ["beheerder"] = administrator.DisplayName,
                ["naam"] = request.Name,
                ["organisatie"] = request.Organisation,
            }, link);
            await outbox.SendAsync(new OutgoingMail(administrator.Email, administrator.DisplayName, mail), $"account-request:{request.Id}:notify:{administrator.Id}", cancellationToken);
        }
    }
}
