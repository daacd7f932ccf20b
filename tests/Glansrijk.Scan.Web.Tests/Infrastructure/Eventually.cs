namespace Glansrijk.Scan.Web.Tests.Infrastructure;

/// <summary>Background work (the mail sender, the delivery observer) finishes a moment later: read until the
/// condition holds, and fail with what was last seen after 20 seconds.</summary>
public static class Eventually
{
    public static async Task<T> ValueAsync<T>(Func<Task<T>> read, Func<T, bool> done, Func<T, string> describe)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Not reached within 20 seconds; last seen: {describe(value)}");
            await Task.Delay(100);
        }
    }

    public static Task TrueAsync(Func<Task<bool>> condition, string what) =>
        ValueAsync(condition, holds => holds, _ => what);
}
