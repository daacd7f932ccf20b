using System.Diagnostics.Metrics;
using Glansrijk.Scan.Web.Mail;
using Glansrijk.Scan.Web.Persistence;

namespace Glansrijk.Scan.Web.Operations;

/// <summary>The app's own metrics (meter "Glansrijk.Scan"), exported with the rest over OTLP when configured:
/// live connections, hub commands (their rate is the counter's rate) and how long they take, and the outbox.</summary>
public sealed class AppMetrics
{
    public const string MeterName = "Glansrijk.Scan";

    private readonly Counter<long> _commands;
    private readonly Histogram<double> _commandDuration;

    public AppMetrics(IMeterFactory meters, LiveConnections connections, IServiceScopeFactory scopes)
    {
        var meter = meters.Create(MeterName);
        meter.CreateObservableUpDownCounter("glansrijk.live.connections", () => connections.Count, "{connection}",
            "Open SignalR connections to the live sessions (tablets, consoles, screens) on this node.");
        _commands = meter.CreateCounter<long>("glansrijk.commands", "{command}",
            "Hub calls handled (votes, chair commands, joins), by method and outcome.");
        _commandDuration = meter.CreateHistogram<double>("glansrijk.command.duration", "s",
            "Time from a hub call's arrival to its answer, by method.");
        // The outbox lives in the database, so these are read when the exporter collects (about once a minute).
        meter.CreateObservableGauge("glansrijk.outbox.pending", () => CountOutbox(scopes, OutboxStatus.Pending), "{mail}",
            "Mails waiting in the outbox to be sent (including those waiting for a retry).");
        meter.CreateObservableGauge("glansrijk.outbox.failed", () => CountOutbox(scopes, OutboxStatus.Failed), "{mail}",
            "Mails the outbox gave up on; a Beheerder should look at them.");
    }

    public void CommandHandled(string method, bool succeeded, TimeSpan duration)
    {
        var methodTag = new KeyValuePair<string, object?>("method", method);
        _commands.Add(1, methodTag, new KeyValuePair<string, object?>("outcome", succeeded ? "ok" : "error"));
        _commandDuration.Record(duration.TotalSeconds, methodTag);
    }

    private static int CountOutbox(IServiceScopeFactory scopes, OutboxStatus status)
    {
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetRequiredService<ScanDbContext>().OutboxMessages.Count(m => m.Status == status);
    }
}
