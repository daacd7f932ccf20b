using Glansrijk.Scan.Web.Operations;
using Glansrijk.Scan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Glansrijk.Scan.Web.Tests.Operations;

public sealed class ShutdownTests
{
    [Fact]
    public async Task Stopping_tells_every_live_client_that_the_server_restarts_and_closes_their_connections()
    {
        var app = new ScanAppFactory();
        var clients = new List<SessionClient>();
        var told = new List<TaskCompletionSource>();
        var closed = new List<TaskCompletionSource>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                var client = await SessionClient.ConnectWebSocketAsync(app, cookieHeader: null);
                var notice = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                var close = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                client.Connection.On(ShutdownNotice.Message, () => notice.TrySetResult());
                client.Connection.Closed += _ =>
                {
                    close.TrySetResult();
                    return Task.CompletedTask;
                };
                clients.Add(client);
                told.Add(notice);
                closed.Add(close);
            }

            await Eventually.TrueAsync(() => Task.FromResult(app.Services.GetRequiredService<LiveConnections>().Count == 3), "three live connections");

            await app.DisposeAsync();

            await Task.WhenAll(told.Select(t => t.Task)).WaitAsync(TimeSpan.FromSeconds(20));
            await Task.WhenAll(closed.Select(t => t.Task)).WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Contains(app.LogLines, line => line.Contains("told 3 live connection(s) that the server restarts", StringComparison.Ordinal));
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }

            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_host_waits_at_most_the_configured_shutdown_timeout()
    {
        await using var app = new ScanAppFactory { Settings = { ["Operations:ShutdownTimeout"] = "00:00:04" } };
        using var client = app.CreateClient();

        var host = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.Extensions.Hosting.HostOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(4), host.ShutdownTimeout);
    }
}
