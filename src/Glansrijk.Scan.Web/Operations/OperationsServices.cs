using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Glansrijk.Scan.Web.Operations;

/// <summary>What an operator needs around the features: health checks, backups, a quick stop, logs and metrics.</summary>
public static class OperationsServices
{
    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IValidateOptions<AppOptions>, AppOptionsValidation>();
        builder.Services.AddOptions<OperationsOptions>().Bind(builder.Configuration.GetSection(OperationsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<HostOptions>().Configure<IOptions<OperationsOptions>>((host, operations) => host.ShutdownTimeout = operations.Value.ShutdownTimeout);
        builder.AddLogFormat().AddTelemetry().AddCompression();
        builder.Services.AddSingleton<ConsoleNotice>();

        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [HealthEndpoints.ReadyTag])
            .AddCheck<MailHealthCheck>("mail", tags: [HealthEndpoints.ReadyTag])
            .AddCheck<DiskSpaceHealthCheck>("disk", tags: [HealthEndpoints.ReadyTag]);

        builder.Services.AddSingleton<LiveConnections>();
        builder.Services.AddSingleton<AppMetrics>();
        builder.Services.Configure<HubOptions>(options => options.AddFilter<LiveConnections>());
        builder.Services.AddHostedService<ShutdownNotice>();

        builder.Services.AddOptions<BackupOptions>().Bind(builder.Configuration.GetSection(BackupOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<DatabaseBackup>();
        builder.Services.AddHostedService<BackupJob>();
        return builder;
    }

    public static WebApplication MapOperations(this WebApplication app)
    {
        app.MapHealthChecks(HealthEndpoints.Live, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks(HealthEndpoints.Ready, new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthEndpoints.ReadyTag), ResponseWriter = WriteAsync });
        return app;
    }

    /// <summary>Commands run instead of the web app, e.g. <c>dotnet Glansrijk.Scan.Web.dll backup</c>; true when one ran.</summary>
    public static async Task<bool> RunCommandAsync(this WebApplication app, string[] args)
    {
        if (args is not ["backup", ..])
        {
            return false;
        }

        var file = await app.Services.GetRequiredService<DatabaseBackup>().MakeAsync(CancellationToken.None);
        Console.WriteLine(file is null ? "Geen back-up gemaakt: de database is geen SQLite (zie de README)." : $"Back-up gemaakt: {file}");
        return true;
    }

    /// <summary>Status per check, without descriptions: those name paths and servers, and the endpoint is public. An
    /// unhealthy check's description is logged.</summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(entry => entry.Key, entry => entry.Value.Status.ToString()),
        }));
    }
}
