using Microsoft.AspNetCore.SignalR;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>What the server pushes to tablets, the chair console and the screen.</summary>
public interface ISessionClient
{
    Task SessionState(object state);
}

/// <summary>The one hub of the live sessions. The live-session commands (vote, open/close/reveal a round, …)
/// arrive with the live-session work; the endpoint and its transport settings are in place now.</summary>
public sealed class SessionHub : Hub<ISessionClient>
{
    public const string Path = "/hubs/sessie";
}

public static class SessionEndpoints
{
    public static WebApplicationBuilder AddSessions(this WebApplicationBuilder builder)
    {
        builder.Services.AddSignalR(options =>
        {
            options.MaximumReceiveMessageSize = 16 * 1024;
            options.EnableDetailedErrors = builder.Environment.IsDevelopment();
        });
        return builder;
    }

    public static WebApplication MapSessions(this WebApplication app)
    {
        app.MapHub<SessionHub>(SessionHub.Path);
        return app;
    }
}
