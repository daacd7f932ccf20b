using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Net;
using Glansrijk.Scan.Web.Features.Accounts;
using Glansrijk.Scan.Web.Mail;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace Glansrijk.Scan.Web.Tests.Infrastructure;

/// <summary>The app as it runs in production (environment "Testing", so HTTPS-only cookies and all security
/// middleware are on), with its own SQLite file in a fresh temp folder. Mail goes to a real SMTP server when a
/// port is given, else to the pickup folder. Every log line is kept so tests can check what was logged.
/// <para>To restart the app, dispose a factory with <see cref="KeepData"/> set and start a new one on its
/// <see cref="DataFolder"/>: the database and the data-protection keys (so cookies stay valid) carry over.</para></summary>
public sealed class ScanAppFactory(int? smtpPort = null, int signInPerMinute = 10, string environment = "Testing", string? dataFolder = null) : WebApplicationFactory<Program>
{
    public string DataFolder { get; } = dataFolder ?? Directory.CreateTempSubdirectory("glansrijk-test-").FullName;

    /// <summary>Leave the data folder in place on dispose, for a restart on the same data.</summary>
    public bool KeepData { get; set; }

    public ConcurrentQueue<string> LogLines { get; } = new();

    public const string PublicUrl = "https://scan.glansrijk.test";

    /// <summary>The app's clock; null for the real one. A <see cref="MovableClock"/> lets a test move time forward,
    /// e.g. to a check moment days away.</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>More settings for this app, such as <c>["Accounts:RequireTwoFactorForInitiators"] = "true"</c>.</summary>
    public Dictionary<string, string> Settings { get; init; } = [];

    /// <summary>Services the test puts in place of the app's own, e.g. a source of data the app does not store yet.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Paths:Data", DataFolder);
        builder.UseSetting("App:PublicUrl", PublicUrl);
        builder.UseSetting("RateLimits:SignInPerMinute", signInPerMinute.ToString());
        builder.UseSetting("Mail:PollInterval", "00:00:00.200");
        builder.UseSetting("Mail:RetryBaseDelay", "00:00:00.200");
        builder.UseSetting("Mail:RetryMaxDelay", "00:00:01");
        // No scheduled backup of every test's database; the backup tests turn it on.
        builder.UseSetting("Backups:Enabled", "false");
        if (smtpPort is { } port)
        {
            builder.UseSetting("Mail:Smtp:Host", "127.0.0.1");
            builder.UseSetting("Mail:Smtp:Port", port.ToString());
            builder.UseSetting("Mail:Smtp:Security", "None");
            builder.UseSetting("Mail:Smtp:Timeout", "00:00:05");
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(new CollectingLoggerProvider(LogLines)));
        builder.ConfigureTestServices(services =>
        {
            var real = services.Last(d => d.ServiceType == typeof(IMailTransport));
            services.Remove(real);
            services.AddSingleton<IMailTransport>(provider => new RecordingMailTransport(
                real.ImplementationFactory is { } factory ? (IMailTransport)factory(provider) : (IMailTransport)ActivatorUtilities.CreateInstance(provider, real.ImplementationType!),
                _delivered));
        });
        if (Time is { } time)
        {
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(time);
            });
        }

        if (TestServices is { } services)
        {
            builder.ConfigureTestServices(services);
        }
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.BaseAddress = new Uri(PublicUrl);
    }

    /// <summary>A client on the app's public HTTPS address (the base class would use http://localhost), following
    /// redirects and keeping cookies.</summary>
    public new HttpClient CreateClient() => CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(PublicUrl) });

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (tests look at them).</summary>
    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri(PublicUrl),
        HandleCookies = true,
    });

    /// <summary>A browser whose cookies the test can read, e.g. to hand them to a SignalR client.</summary>
    public HttpClient CreateBrowser(CookieContainer cookies) =>
        CreateDefaultClient(new Uri(PublicUrl), new CookieContainerHandler(cookies));

    public async Task<Account> CreateAccountAsync(string email, string password, string role, string name = "Test Persoon")
    {
        await using var scope = Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = new Account { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = DateTime.UtcNow };
        var result = await accounts.CreateAsync(account, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        await accounts.AddToRoleAsync(account, role);
        return account;
    }

    public const string AdministratorPassword = "beheer met een lange zin als wachtwoord";

    /// <summary>A browser signed in as a Beheerder (made on the spot, with two-factor sign-in set up), ready to use
    /// the /beheer pages.</summary>
    public async Task<HttpClient> CreateAdministratorBrowserAsync(string email = "beheer@regio.nl", string name = "Bea Beheer")
    {
        var account = await CreateAccountAsync(email, AdministratorPassword, AccountRoles.Administrator, name);
        var key = await EnableTwoFactorAsync(account);
        var browser = CreateBrowser();
        var password = await browser.SignInAsync(email, AdministratorPassword);
        Assert.StartsWith("/inloggen/code", password.Headers.Location?.ToString(), StringComparison.Ordinal);
        var code = await browser.PostFormAsync("/inloggen/code", new Dictionary<string, string> { ["Code"] = Authenticator.Code(key) });
        Assert.Equal("/beheer", code.Headers.Location?.ToString());
        return browser;
    }

    /// <summary>Sets up two-factor sign-in as if the person had scanned the QR code; returns the app's key.</summary>
    public async Task<string> EnableTwoFactorAsync(Account account)
    {
        await using var scope = Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var stored = await accounts.FindByIdAsync(account.Id) ?? throw new InvalidOperationException("Account not found.");
        await accounts.ResetAuthenticatorKeyAsync(stored);
        await accounts.SetTwoFactorEnabledAsync(stored, true);
        return await accounts.GetAuthenticatorKeyAsync(stored) ?? throw new InvalidOperationException("No authenticator key.");
    }

    private readonly ConcurrentDictionary<string, MimeMessage> _delivered = new();

    /// <summary>The latest stored mail that matches, as it was delivered. The outbox keeps no body after delivery, so
    /// tests read a mail's text and links here (the copy the mail server got), after waiting for the delivery.</summary>
    public async Task<MimeMessage> DeliveredMailAsync(Expression<Func<OutboxMessage, bool>> which)
    {
        var stored = await Eventually.ValueAsync(
            () => WithDatabaseAsync(db => db.OutboxMessages.Where(which).OrderByDescending(m => m.CreatedAt).Select(m => new { m.MessageId, m.Status }).FirstOrDefaultAsync()),
            m => m is not null && m.Status == OutboxStatus.Sent && _delivered.ContainsKey(m.MessageId),
            m => m is null ? "no such mail stored" : $"mail {m.MessageId} is {m.Status}");
        return _delivered[stored!.MessageId];
    }

    public async Task<T> WithDatabaseAsync<T>(Func<ScanDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ScanDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (KeepData)
        {
            return;
        }

        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left in the temp folder; the OS cleans it up.
        }
    }

    /// <summary>Delivers through the app's own transport and keeps a copy of every delivered mail.</summary>
    private sealed class RecordingMailTransport(IMailTransport inner, ConcurrentDictionary<string, MimeMessage> delivered) : IMailTransport
    {
        public async Task DeliverAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            await inner.DeliverAsync(message, cancellationToken);
            delivered[message.MessageId ?? ""] = message;
        }
    }

    private sealed class CollectingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CollectingLogger(categoryName, lines);

        public void Dispose()
        {
        }
    }

    private sealed class CollectingLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
