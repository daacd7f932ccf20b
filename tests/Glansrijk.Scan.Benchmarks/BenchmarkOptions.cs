using System.Globalization;

namespace Glansrijk.Scan.Benchmarks;

/// <summary>The command line: <c>--sessions 1,10,100 --rounds 5 --vote-window-ms 1000 --timeout-s 60</c>.</summary>
public sealed record BenchmarkOptions(IReadOnlyList<int> Sessions, int Rounds, TimeSpan VoteWindow, TimeSpan Timeout)
{
    public static readonly BenchmarkOptions Default = new([1, 10, 100], 5, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));

    /// <summary>The agenda of the norms has 15 items: one round per item, and one item for the warm-up round.</summary>
    public const int MaxRounds = 14;

    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = Default;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--sessions" => options with { Sessions = [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Positive)] },
                "--rounds" => options with { Rounds = Positive(value) },
                "--vote-window-ms" => options with { VoteWindow = TimeSpan.FromMilliseconds(Positive(value)) },
                "--timeout-s" => options with { Timeout = TimeSpan.FromSeconds(Positive(value)) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
            i++;
        }

        if (options.Sessions.Count == 0 || options.Rounds > MaxRounds)
        {
            throw new ArgumentException($"Give at least one session count and at most {MaxRounds} rounds.");
        }

        return options;
    }

    private static int Positive(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"'{text}' is not a positive whole number.");
}
