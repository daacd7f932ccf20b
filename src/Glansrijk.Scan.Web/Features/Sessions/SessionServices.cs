using Glansrijk.Scan.Web.Features.Accounts;
using Glansrijk.Scan.Web.Features.Invitations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;

namespace Glansrijk.Scan.Web.Features.Sessions;

public static class SessionServices
{
    /// <summary>The hub authenticates a connection with both cookies (account and personal link) and lets anyone
    /// connect (the screen has no cookie and joins with its code; every hub method checks who the caller is), except an
    /// account that still has to set up its second factor: that one is refused here, as on every initiator page.</summary>
    public const string HubPolicy = "SessieVerbinding";

    public static WebApplicationBuilder AddSessions(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SessionOptions>().Bind(builder.Configuration.GetSection(SessionOptions.Section));
        builder.Services.AddSingleton<SessionStates>();
        builder.Services.AddSingleton<PrioritisingStates>();
        builder.Services.AddSingleton<PrioritisingService>();
        builder.Services.AddScoped<SessionOneReportMail>();
        builder.Services.AddSingleton<SessionLocks>();
        builder.Services.AddSingleton<StoredCommands>();
        builder.Services.AddSingleton<SessionConnections>();
        builder.Services.AddSingleton<LiveSessionService>();
        builder.Services.AddSingleton<LiveVotes>();
        builder.Services.AddSingleton<LiveSteering>();
        builder.Services.AddSingleton<SessionAgendaCommands>();
        builder.Services.AddSingleton<SessionHubGuard>();
        builder.Services.AddSingleton<LiveAccess>();
        builder.Services.AddAuthorizationBuilder().AddPolicy(HubPolicy, policy => policy
            .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, ParticipantAuthentication.Scheme)
            .AddRequirements(new TwoFactorRequirement()));
        builder.Services.AddSignalR(options =>
        {
            options.MaximumReceiveMessageSize = 16 * 1024;
            options.EnableDetailedErrors = builder.Environment.IsDevelopment();
            options.AddFilter<SessionHubGuard>();
            options.AddFilter<LiveAccess>();
        });
        return builder;
    }

    public static WebApplication MapSessions(this WebApplication app)
    {
        app.UseMiddleware<SessionOriginCheck>();
        app.MapHub<SessionHub>(SessionHub.Path).RequireAuthorization(HubPolicy);
        return app;
    }
}
