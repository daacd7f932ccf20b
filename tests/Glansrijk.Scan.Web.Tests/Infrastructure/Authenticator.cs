using OtpNet;

namespace Glansrijk.Scan.Web.Tests.Infrastructure;

/// <summary>What an authenticator app on a phone shows for a key.</summary>
public static class Authenticator
{
    /// <summary>The code for now, or for a 30-second step later (a code works once; the app's next code is accepted
    /// too, so a test that signs in twice uses <paramref name="stepsAhead"/> = 1 the second time).</summary>
    public static string Code(string key, int stepsAhead = 0) =>
        new Totp(Base32Encoding.ToBytes(key.Replace(" ", "", StringComparison.Ordinal))).ComputeTotp(DateTime.UtcNow.AddSeconds(30 * stepsAhead));
}
