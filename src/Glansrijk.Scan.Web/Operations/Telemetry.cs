using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Glansrijk.Scan.Web.Operations;

/// <summary>Logs as JSON lines on request, and traces and metrics over OTLP when an endpoint is configured.</summary>
public static class Telemetry
{
    /// <summary>The standard OpenTelemetry variable; OTEL_EXPORTER_OTLP_PROTOCOL, OTEL_SERVICE_NAME and the other
    /// OTEL_* variables are read by the exporter itself.</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static WebApplicationBuilder AddLogFormat(this WebApplicationBuilder builder)
    {
        // Logging:Format=json: one JSON object per line, for log collectors. The default stays the readable format.
        if (string.Equals(builder.Configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.AddJsonConsole(options =>
            {
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }

        return builder;
    }

    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointSetting]))
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? "glansrijk-scan"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
                .AddHttpClientInstrumentation()
                // Built into ASP.NET Core 9+ and Npgsql; SQLite has no activity source of its own.
                .AddSource("Microsoft.AspNetCore.SignalR.Server", "Npgsql")
                .AddOtlpExporter())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter(
                    AppMetrics.MeterName,
                    "Microsoft.AspNetCore.Http.Connections",
                    "Microsoft.AspNetCore.SignalR",
                    "Microsoft.EntityFrameworkCore",
                    "Npgsql",
                    "System.Runtime")
                .AddOtlpExporter());
        return builder;
    }
}
