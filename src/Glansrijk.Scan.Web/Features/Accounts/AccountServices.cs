using System.Security.Claims;
using Glansrijk.Scan.Web.Persistence;
using Glansrijk.Scan.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Glansrijk.Scan.Web.Features.Accounts;

public static class AccountServices
{
    public const int MinimumPasswordLength = 12;
    public const int MaximumPasswordLength = 128;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
    public const int MaxFailedSignIns = 5;

    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        // Keys in the database, so sign-in cookies, form tokens and reset links survive a restart and are read by
        // every node of the app, whichever made them.
        builder.Services.AddDataProtection().SetApplicationName("Glansrijk.Scan").PersistKeysToDbContext<ScanDbContext>();

        builder.Services
            .AddIdentity<Account, IdentityRole>(options =>
            {
                // ASVS 2.1: length, not composition rules; long passphrases welcome.
                options.Password.RequiredLength = MinimumPasswordLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedEmail = true;
                options.Tokens.AuthenticatorIssuer = TwoFactorModel.Issuer;
            })
            .AddEntityFrameworkStores<ScanDbContext>()
            .AddErrorDescriber<DutchIdentityErrors>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<WelcomeTokenProvider>(WelcomeTokenProvider.ProviderName)
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(SingleUseAuthenticatorTokenProvider.ProviderName);
        builder.Services.Configure<IdentityOptions>(options => options.Tokens.AuthenticatorTokenProvider = SingleUseAuthenticatorTokenProvider.ProviderName);

        builder.Services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromHours(2));
        builder.Services.AddOptions<WelcomeTokenProviderOptions>();
        builder.Services.AddScoped<WelcomeMail>();

        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "glansrijk.account";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = builder.SecureCookies();
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = "/inloggen";
            options.LogoutPath = "/uitloggen";
            options.AccessDeniedPath = "/geen-toegang";
            options.Events.OnValidatePrincipal = AccountCookieCheck.ValidateAsync;
            options.Events.OnRedirectToAccessDenied = context =>
            {
                LogRefused(context);
                return RedirectOrStatus(context, StatusCodes.Status403Forbidden);
            };
            options.Events.OnRedirectToLogin = context =>
            {
                LogRefused(context);
                return RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            };
        });

        // Who passed the password step and still has to give a code: a short-lived cookie of its own.
        builder.Services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
        {
            options.Cookie.Name = "glansrijk.tweestaps";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = builder.SecureCookies();
            options.Cookie.SameSite = SameSiteMode.Lax;
        });

        // The cookie is rebuilt from the database now and then; keep the mark that this sign-in used two factors.
        builder.Services.Configure<SecurityStampValidatorOptions>(options => options.OnRefreshingPrincipal = context =>
        {
            var method = context.CurrentPrincipal?.FindFirst(TwoFactorRequirement.AuthenticationMethodClaim);
            if (method is not null && context.NewPrincipal?.Identity is ClaimsIdentity identity && !identity.HasClaim(method.Type, method.Value))
            {
                identity.AddClaim(new Claim(method.Type, method.Value));
            }

            return Task.CompletedTask;
        });

        builder.Services.AddOptions<AccountOptions>().Bind(builder.Configuration.GetSection(AccountOptions.Section));
        builder.Services.AddAuthorization(options => options.AddAccountPolicies());
        builder.Services.AddSingleton<IAuthorizationHandler, TwoFactorRequirementHandler>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, TwoFactorEnrolmentRedirect>();
        builder.Services.AddScoped<SignInLanding>();
        builder.Services.AddScoped<Administration.AuditLog>();

        builder.Services.AddSingleton<FirstAdministratorSetup>();
        builder.Services.AddHostedService<FirstAdministratorSetupStarter>();
        return builder;
    }

    private static void LogRefused(RedirectContext<CookieAuthenticationOptions> context)
    {
        var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Glansrijk.Scan.Authorization");
        var principal = context.HttpContext.User.Identity?.IsAuthenticated == true
            ? "account " + context.HttpContext.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value
            : "anonymous";
        AccountLog.AccessRefused(logger, context.Request.Path, principal);
    }

    /// <summary>Pages get a redirect to the sign-in or "no access" page; scripts (fetch, SignalR) get the bare status.</summary>
    private static Task RedirectOrStatus(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var wantsHtml = context.Request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
        if (wantsHtml || string.IsNullOrEmpty(context.Request.Headers.Accept))
        {
            context.Response.Redirect(context.RedirectUri);
        }
        else
        {
            context.Response.StatusCode = status;
        }

        return Task.CompletedTask;
    }
}
