namespace Glansrijk.Scan.Core.Sessions;

/// <summary>The short code on the shared screen with which a room finds its session. Six characters from an alphabet
/// without look-alikes (no 0/O, 1/I/L), so it can be read from a beamer and typed on a tablet without mistakes. The
/// code is not a secret: participants still open the session with their personal link.</summary>
public static class ScreenCode
{
    public const int Length = 6;
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return string.Create(Length, random, static (chars, source) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = Alphabet[source.Next(Alphabet.Length)];
            }
        });
    }

    /// <summary>Reads a code as someone typed it: case and spaces do not matter. Null when it cannot be a code.</summary>
    public static string? Normalise(string? typed)
    {
        if (typed is null)
        {
            return null;
        }

        var code = string.Concat(typed.Where(c => !char.IsWhiteSpace(c) && c != '-')).ToUpperInvariant();
        return code.Length == Length && code.All(Alphabet.Contains) ? code : null;
    }
}
