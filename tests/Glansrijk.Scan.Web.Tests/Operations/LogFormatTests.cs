using System.Text.Json;
using Glansrijk.Scan.Web.Operations;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Glansrijk.Scan.Web.Tests.Operations;

public sealed class LogFormatTests
{
    [Fact]
    public async Task With_Logging_Format_json_the_console_writes_JSON_and_the_setup_link_is_one_JSON_record()
    {
        await using var app = new ScanAppFactory { Settings = { ["Logging:Format"] = "json" } };
        using var client = app.CreateClient();
        using var output = new StringWriter();

        app.Services.GetRequiredService<ConsoleNotice>().WritingTo(output).Write("Setup", "Er is nog geen beheerder.", "https://scan.glansrijk.test/installatie/abc");

        Assert.Equal(ConsoleFormatterNames.Json, app.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName);
        var line = Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var record = JsonDocument.Parse(line);
        Assert.Equal("Warning", record.RootElement.GetProperty("LogLevel").GetString());
        Assert.Equal("https://scan.glansrijk.test/installatie/abc", record.RootElement.GetProperty("State").GetProperty("Link").GetString());
    }

    [Fact]
    public async Task By_default_the_setup_link_stands_on_its_own_line_for_a_person_to_copy()
    {
        await using var app = new ScanAppFactory();
        using var client = app.CreateClient();
        using var output = new StringWriter();

        app.Services.GetRequiredService<ConsoleNotice>().WritingTo(output).Write("Setup", "Er is nog geen beheerder.", "https://scan.glansrijk.test/installatie/abc");

        Assert.Contains("\n  https://scan.glansrijk.test/installatie/abc\n", output.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
