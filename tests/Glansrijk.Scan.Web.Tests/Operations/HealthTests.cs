using System.Net;
using System.Text.Json;
using Glansrijk.Scan.Web.Tests.Infrastructure;

namespace Glansrijk.Scan.Web.Tests.Operations;

public sealed class HealthTests
{
    [Fact]
    public async Task Ready_reports_the_database_mail_and_disk_healthy_on_a_started_app()
    {
        await using var app = new ScanAppFactory();
        using var client = app.CreateClient();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", report.RootElement.GetProperty("status").GetString());
        var checks = report.RootElement.GetProperty("checks");
        Assert.Equal(["database", "disk", "mail"], checks.EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.All(checks.EnumerateObject(), check => Assert.Equal("Healthy", check.Value.GetString()));
    }

    [Fact]
    public async Task Ready_answers_503_when_the_disk_has_less_room_than_the_minimum_while_live_stays_healthy()
    {
        await using var app = new ScanAppFactory { Settings = { ["Operations:MinimumFreeDiskMegabytes"] = int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture) } };
        using var client = app.CreateClient();

        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        using var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", report.RootElement.GetProperty("checks").GetProperty("disk").GetString());
        Assert.Equal("Healthy", report.RootElement.GetProperty("checks").GetProperty("database").GetString());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Ready_answers_503_when_mail_has_nowhere_to_go()
    {
        await using var app = new ScanAppFactory();
        using var client = app.CreateClient();
        // The pickup folder's place taken by a file: no SMTP server and no folder to write mail to.
        if (Directory.Exists(Path.Combine(app.DataFolder, "mail")))
        {
            Directory.Delete(Path.Combine(app.DataFolder, "mail"), recursive: true);
        }

        await File.WriteAllTextAsync(Path.Combine(app.DataFolder, "mail"), "");

        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        using var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", report.RootElement.GetProperty("checks").GetProperty("mail").GetString());
    }

    [Fact]
    public async Task The_health_checks_answer_over_plain_HTTP_in_production_for_Docker_and_load_balancers()
    {
        await using var app = new ScanAppFactory(environment: "Production");
        using var client = app.CreateDefaultClient(new Uri("http://glansrijk-app:8080"));

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }
}
