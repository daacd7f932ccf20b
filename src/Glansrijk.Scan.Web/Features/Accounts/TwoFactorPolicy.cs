using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Extensions.Options;

namespace Glansrijk.Scan.Web.Features.Accounts;

/// <summary>Authorization policies for pages that need an account; use them instead of bare roles, so the
/// two-factor rule comes along.</summary>
public static class AccountPolicies
{
    /// <summary>The Beheerder, signed in with two factors.</summary>
    public const string Administrator = "Accounts.Administrator";

    /// <summary>An initiator (signed in with two factors when <see cref="AccountOptions.RequireTwoFactorForInitiators"/>
    /// is on) or a Beheerder (always with two factors): whoever may work on scans.</summary>
    public const string Initiator = "Accounts.Initiator";

    public static void AddAccountPolicies(this AuthorizationOptions options)
    {
        options.AddPolicy(Administrator, policy => policy.RequireRole(AccountRoles.Administrator).AddRequirements(new TwoFactorRequirement()));
        options.AddPolicy(Initiator, policy => policy.RequireRole(AccountRoles.Initiator, AccountRoles.Administrator).AddRequirements(new TwoFactorRequirement()));
    }
}

/// <summary>Met when this sign-in used a second factor ("amr" = "mfa", which Identity adds after an authenticator
/// or recovery code), or when the account's roles do not require one.</summary>
public sealed class TwoFactorRequirement : IAuthorizationRequirement
{
    public const string AuthenticationMethodClaim = "amr";
    public const string MultiFactor = "mfa";
}

public sealed class TwoFactorRequirementHandler(IOptionsMonitor<AccountOptions> options) : AuthorizationHandler<TwoFactorRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TwoFactorRequirement requirement)
    {
        if (context.User.HasClaim(TwoFactorRequirement.AuthenticationMethodClaim, TwoFactorRequirement.MultiFactor)
            || !options.CurrentValue.RequiresTwoFactor(context.User))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Someone who has the right role but signed in without a second factor is sent to set one up (and back
/// afterwards) instead of to "no access". Every other outcome is handled as usual.</summary>
public sealed class TwoFactorEnrolmentRedirect : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var onlyTwoFactorMissing = authorizeResult.Forbidden
            && authorizeResult.AuthorizationFailure is { FailedRequirements: var failed }
            && failed.Any()
            && failed.All(requirement => requirement is TwoFactorRequirement);
        if (!onlyTwoFactorMissing)
        {
            return _default.HandleAsync(next, context, policy, authorizeResult);
        }

        // A SignalR client cannot follow a redirect to a page: it gets a plain 403 however it sets Accept.
        var accept = context.Request.Headers.Accept.ToString();
        var isHub = context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.SignalR.HubMetadata>() is not null;
        if (!isHub && (accept.Length == 0 || accept.Contains("text/html", StringComparison.OrdinalIgnoreCase)))
        {
            var here = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
            context.Response.Redirect(TwoFactorModel.EnrolmentPath(here));
        }
        else
        {
            // The status page would re-run the hub's POST as a page request, which antiforgery answers with a 400.
            if (isHub && context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } statusPages)
            {
                statusPages.Enabled = false;
            }

            context.Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        return Task.CompletedTask;
    }
}
