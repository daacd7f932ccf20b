namespace Glansrijk.Scan.Web.Tests.Infrastructure;

/// <summary>One app for all tests of a class that only read (public pages, headers, templates): use it as
/// <c>IClassFixture&lt;SharedApp&gt;</c>. Tests that change data start their own <see cref="ScanAppFactory"/>.</summary>
public sealed class SharedApp : IAsyncLifetime
{
    public ScanAppFactory Factory { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
