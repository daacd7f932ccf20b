namespace Glansrijk.Scan.Testing;

/// <summary>Background work (the mail sender, a pushed state, a process starting) finishes a moment later: read until
/// the condition holds, and fail with what was last seen when it does not within the time given (20 seconds unless
/// told). The one way the tests wait; linked into every test project so that none keeps a loop of its own.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    private static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(100);

    public static async Task<T> ValueAsync<T>(
        Func<Task<T>> read,
        Func<T, bool> done,
        Func<T, string> describe,
        TimeSpan? timeout = null,
        TimeSpan? interval = null)
    {
        var limit = timeout ?? DefaultTimeout;
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"Not reached within {limit.TotalSeconds:0} seconds; last seen: {describe(value)}");
            }

            await Task.Delay(interval ?? DefaultInterval);
        }
    }

    public static Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null) =>
        ValueAsync(condition, holds => holds, _ => what, timeout);
}
