using System.Globalization;

namespace Glansrijk.Scan.Benchmarks;

/// <summary>The two-node run's shared parts: PostgreSQL (an Npgsql connection string) and Redis (a StackExchange.Redis
/// configuration string such as 127.0.0.1:6379).</summary>
public sealed record TwoNodeSettings(string PostgreSql, string Redis)
{
    /// <summary>The app's own configuration keys for its database provider and the SignalR Redis backplane.</summary>
    public IReadOnlyList<string> NodeSettings =>
        ["--Database:Provider=PostgreSql", $"--ConnectionStrings:Scan={PostgreSql}", $"--ConnectionStrings:Redis={Redis}"];
}

/// <summary>The command line: <c>--sessions 1,10,100 --rounds 5 --vote-window-ms 1000 --timeout-s 60</c>, and
/// <c>--compare-baseline</c>, <c>--items 51</c>, <c>--two-node --postgres … --redis …</c>.</summary>
public sealed record BenchmarkOptions(
    IReadOnlyList<int> Sessions,
    int Rounds,
    TimeSpan VoteWindow,
    TimeSpan Timeout,
    bool CompareBaseline = false,
    bool PerRound = false,
    TwoNodeSettings? TwoNode = null,
    int WarmUpRounds = BenchmarkOptions.DefaultWarmUpRounds)
{
    /// <summary>Enough for the JIT's tiers to settle on the product and on the baseline alike, and no more than the
    /// norms the warm-up scan has.</summary>
    public const int DefaultWarmUpRounds = 10;

    public static readonly BenchmarkOptions Default = new([1, 10, 100], 5, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));

    /// <summary>A scan for both instruments has 51 items: the 15 norms and the 36 steps of the route; one round per
    /// item. The warm-up rounds run in a scan of their own.</summary>
    public const int MaxRounds = Seeding.NormItems + Seeding.RouteItems;

    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = Default;
        string? postgres = null, redis = null;
        var twoNode = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--compare-baseline":
                    options = options with { CompareBaseline = true };
                    continue;
                case "--two-node":
                    twoNode = true;
                    continue;
            }

            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--sessions" => options with { Sessions = [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Positive)] },
                "--rounds" => options with { Rounds = Positive(value) },
                "--items" => options with { Rounds = Positive(value), PerRound = true },
                "--vote-window-ms" => options with { VoteWindow = TimeSpan.FromMilliseconds(Positive(value)) },
                "--timeout-s" => options with { Timeout = TimeSpan.FromSeconds(Positive(value)) },
                "--warm-up-rounds" => options with { WarmUpRounds = Positive(value) },
                "--postgres" => Set(options, () => postgres = value),
                "--redis" => Set(options, () => redis = value),
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
            i++;
        }

        if (twoNode)
        {
            options = options with
            {
                TwoNode = new TwoNodeSettings(
                    postgres ?? Environment.GetEnvironmentVariable("BENCH_POSTGRES") ?? throw new ArgumentException("--two-node needs --postgres <Npgsql connection string> (or BENCH_POSTGRES)."),
                    redis ?? Environment.GetEnvironmentVariable("BENCH_REDIS") ?? throw new ArgumentException("--two-node needs --redis <host:port> (or BENCH_REDIS).")),
            };
        }

        if (options.Sessions.Count == 0 || options.Rounds > MaxRounds)
        {
            throw new ArgumentException($"Give at least one session count and at most {MaxRounds} rounds (items).");
        }

        if (options.WarmUpRounds > (options.BothInstruments ? MaxRounds : Seeding.NormItems))
        {
            throw new ArgumentException($"The warm-up scan has {(options.BothInstruments ? MaxRounds : Seeding.NormItems)} items: give at most as many warm-up rounds.");
        }

        if (options.CompareBaseline && options.TwoNode is not null)
        {
            throw new ArgumentException("--compare-baseline runs on one node; leave out --two-node.");
        }

        return options;
    }

    /// <summary>The scans are for the norms only, unless there are more rounds than norms.</summary>
    public bool BothInstruments => Rounds > Seeding.NormItems;

    private static BenchmarkOptions Set(BenchmarkOptions options, Action set)
    {
        set();
        return options;
    }

    private static int Positive(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"'{text}' is not a positive whole number.");
}
