using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Glansrijk.Scan.Web.Operations;

/// <summary>A message for whoever runs the server, written to the console only and never to a log provider (log
/// records may be shipped elsewhere; the first-Beheerder link is a secret). With JSON console logs
/// (<c>Logging:Format=json</c>) it is one record shaped like the others, so the stream stays valid JSON lines.</summary>
public sealed class ConsoleNotice(IOptionsMonitor<ConsoleLoggerOptions> console, TimeProvider time)
{
    private TextWriter Output { get; init; } = Console.Out;

    /// <summary>The same notice written to another writer, for tests.</summary>
    public ConsoleNotice WritingTo(TextWriter output) => new(console, time) { Output = output };

    public void Write(string category, string message, string link)
    {
        if (string.Equals(console.CurrentValue.FormatterName, ConsoleFormatterNames.Json, StringComparison.OrdinalIgnoreCase))
        {
            Output.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["Timestamp"] = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
                ["EventId"] = 0,
                ["LogLevel"] = nameof(LogLevel.Warning),
                ["Category"] = category,
                ["Message"] = $"{message} {link}",
                ["State"] = new Dictionary<string, string> { ["Message"] = message, ["Link"] = link },
            }));
            return;
        }

        Output.WriteLine();
        Output.WriteLine($"  {message}");
        Output.WriteLine($"  {link}");
        Output.WriteLine();
    }
}
