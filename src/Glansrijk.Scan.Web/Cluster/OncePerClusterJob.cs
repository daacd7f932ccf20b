namespace Glansrijk.Scan.Web.Cluster;

/// <summary>A background job that runs on one node of the cluster at a time: at every tick the node takes or renews
/// the job's lease and runs the job only while it holds it. When that node stops (or dies), another takes over once
/// the lease has been given back (or has run out). On a single node this simply runs every tick.</summary>
public abstract partial class OncePerClusterJob(IServiceScopeFactory scopes, JobLeases leases, ILogger logger) : BackgroundService
{
    /// <summary>The lease's name, e.g. "invitation-reminders".</summary>
    protected abstract string Name { get; }

    protected abstract TimeSpan Interval { get; }

    /// <summary>One run, in a fresh scope.</summary>
    protected abstract Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>Long enough that the holder renews before it runs out, short enough that another node takes over
    /// soon after the holder is gone.</summary>
    internal TimeSpan LeaseDuration => Interval + TimeSpan.FromTicks(Math.Max(Interval.Ticks / 2, TimeSpan.FromSeconds(30).Ticks));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                if (await leases.TryHoldAsync(Name, LeaseDuration, stoppingToken))
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await RunAsync(scope.ServiceProvider, stoppingToken);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, Name, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await leases.ReleaseAsync(Name, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The lease then runs out by itself.
            LogReleaseFailed(logger, Name, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The job {Job} failed; it tries again at the next interval")]
    private static partial void LogFailed(ILogger logger, string job, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The lease of job {Job} could not be given back; it runs out by itself")]
    private static partial void LogReleaseFailed(ILogger logger, string job, Exception exception);
}
