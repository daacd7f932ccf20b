namespace Glansrijk.Scan.Web.Tests.Infrastructure;

/// <summary>The real clock plus an offset the test moves forward, so a job that waits for a date (a check moment,
/// a deadline) can be run on that date while time still passes as usual.</summary>
public sealed class MovableClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow.AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
