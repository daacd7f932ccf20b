using System.Security.Cryptography;
using System.Text;
using Glansrijk.Scan.Web.Operations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Glansrijk.Scan.Web.Features.Accounts;

/// <summary>The one-time link that creates the first Beheerder. There is no default password anywhere: on a start
/// without any Beheerder the app makes a random token, prints the link on its console (only the person who runs
/// the server sees it) and accepts it once. A restart makes a new link; the old one stops working.</summary>
public sealed class FirstAdministratorSetup
{
    private readonly Lock _lock = new();
    private byte[]? _tokenHash;

    /// <summary>Makes a new token and returns it; only the hash is kept.</summary>
    public string Open()
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        lock (_lock)
        {
            _tokenHash = Hash(token);
        }

        return token;
    }

    public bool IsOpen
    {
        get
        {
            lock (_lock)
            {
                return _tokenHash is not null;
            }
        }
    }

    public bool Accepts(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        lock (_lock)
        {
            return _tokenHash is not null && CryptographicOperations.FixedTimeEquals(_tokenHash, Hash(token));
        }
    }

    public void Close()
    {
        lock (_lock)
        {
            _tokenHash = null;
        }
    }

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}

/// <summary>At start-up: makes sure the roles exist and, when no Beheerder exists yet, prints the setup link.</summary>
public sealed partial class FirstAdministratorSetupStarter(
    IServiceScopeFactory scopes,
    FirstAdministratorSetup setup,
    IOptions<AppOptions> app,
    ConsoleNotice console,
    ILogger<FirstAdministratorSetupStarter> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in AccountRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var accounts = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        if ((await accounts.GetUsersInRoleAsync(AccountRoles.Administrator)).Count > 0)
        {
            return;
        }

        var token = setup.Open();
        // Deliberately written to the console, not to the log: log files are often shipped elsewhere, and this
        // link is a secret meant only for whoever runs the server.
        console.Write(typeof(FirstAdministratorSetupStarter).FullName!, "Er is nog geen beheerder. Maak de eerste beheerder aan via deze eenmalige link:", app.Value.Link($"installatie/{token}"));
        LogSetupOpened(logger);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "No Beheerder exists; a one-time setup link was printed on the console")]
    private static partial void LogSetupOpened(ILogger logger);
}
