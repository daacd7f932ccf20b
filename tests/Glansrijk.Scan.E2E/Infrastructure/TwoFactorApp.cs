using System.Text.RegularExpressions;
using OtpNet;

namespace Glansrijk.Scan.E2E.Infrastructure;

/// <summary>Plays the authenticator app on a phone: reads the key the enrolment page shows and gives the code.</summary>
public static partial class TwoFactorApp
{
    /// <summary>The code for now, or for a 30-second step later (each code works once; the next one is accepted too).</summary>
    public static string Code(string sharedKey, int stepsAhead = 0) =>
        new Totp(Base32Encoding.ToBytes(sharedKey.Replace(" ", "", StringComparison.Ordinal))).ComputeTotp(DateTime.UtcNow.AddSeconds(30 * stepsAhead));

    /// <summary>The key as the page shows it: eight groups of four.</summary>
    [GeneratedRegex("^[a-z2-7]{4}( [a-z2-7]{4}){7}$")]
    public static partial Regex SharedKeyPattern();
}
