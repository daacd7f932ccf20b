using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Glansrijk.Scan.Web.Mail;
using Glansrijk.Scan.Web.Operations;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Glansrijk.Scan.Web.Tests.Operations;

public sealed class MetricsTests
{
    [Fact]
    public async Task The_app_measures_live_connections_hub_commands_and_the_outbox()
    {
        await using var app = new ScanAppFactory();
        using var http = app.CreateClient();
        using var metrics = new AppMeasurements(app.Services);
        await AddOutboxAsync(app, OutboxStatus.Pending, OutboxStatus.Pending, OutboxStatus.Failed);

        await using var first = await SessionClient.ConnectWebSocketAsync(app, cookieHeader: null);
        await using var second = await SessionClient.ConnectWebSocketAsync(app, cookieHeader: null);
        var refused = await first.InvokeAsync("JoinScreen", "GEEN01");
        await second.InvokeAsync("JoinScreen", "GEEN02");

        metrics.Listener.RecordObservableInstruments();
        Assert.False(refused.Ok);
        Assert.Equal(2, metrics.Latest("glansrijk.live.connections"));
        Assert.Equal(2, metrics.Latest("glansrijk.outbox.pending"));
        Assert.Equal(1, metrics.Latest("glansrijk.outbox.failed"));
        Assert.Equal(2, metrics.Sum("glansrijk.commands", "method", "JoinScreen"));
        Assert.Equal(2, metrics.Count("glansrijk.command.duration", "method", "JoinScreen"));
        Assert.All(metrics.Values("glansrijk.command.duration"), seconds => Assert.True(seconds > 0));
    }

    [Fact]
    public async Task Traces_and_metrics_are_exported_only_when_an_OTLP_endpoint_is_configured()
    {
        await using var plain = new ScanAppFactory();
        await using var exported = new ScanAppFactory { Settings = { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:4317" } };
        using var plainClient = plain.CreateClient();
        using var exportedClient = exported.CreateClient();

        Assert.Null(plain.Services.GetService<MeterProvider>());
        Assert.Null(plain.Services.GetService<TracerProvider>());
        Assert.NotNull(exported.Services.GetService<MeterProvider>());
        Assert.NotNull(exported.Services.GetService<TracerProvider>());
    }

    private static async Task AddOutboxAsync(ScanAppFactory app, params OutboxStatus[] statuses) =>
        await app.WithDatabaseAsync(async db =>
        {
            foreach (var status in statuses)
            {
                db.OutboxMessages.Add(new OutboxMessage
                {
                    ToAddress = "meting@regio.nl",
                    Subject = "Meting",
                    HtmlBody = "<p>meting</p>",
                    TextBody = "meting",
                    Status = status,
                    CreatedAt = DateTime.UtcNow,
                    NextAttemptAt = DateTime.UtcNow.AddYears(1),
                });
            }

            return await db.SaveChangesAsync();
        });

    /// <summary>Listens to this app's own meter only (the meter factory is per app, so parallel tests do not mix in).</summary>
    private sealed class AppMeasurements : IDisposable
    {
        private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = new();

        public AppMeasurements(IServiceProvider services)
        {
            var factory = services.GetRequiredService<IMeterFactory>();
            _ = services.GetRequiredService<AppMetrics>();
            Listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == AppMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            Listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Keep(instrument, value, tags));
            Listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Keep(instrument, value, tags));
            Listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Keep(instrument, value, tags));
            Listener.Start();
        }

        public MeterListener Listener { get; } = new();

        public void Dispose() => Listener.Dispose();

        public double Latest(string instrument) => _measurements.Last(m => m.Instrument == instrument).Value;

        public double Sum(string instrument, string tag, string value) => Matching(instrument, tag, value).Sum(m => m.Value);

        public int Count(string instrument, string tag, string value) => Matching(instrument, tag, value).Count();

        public IEnumerable<double> Values(string instrument) => _measurements.Where(m => m.Instrument == instrument).Select(m => m.Value);

        private IEnumerable<(string Instrument, double Value, Dictionary<string, object?> Tags)> Matching(string instrument, string tag, string value) =>
            _measurements.Where(m => m.Instrument == instrument && Equals(m.Tags.GetValueOrDefault(tag), value));

        private void Keep(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var copy = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                copy[tag.Key] = tag.Value;
            }

            _measurements.Enqueue((instrument.Name, value, copy));
        }
    }
}
