using System.Security.Cryptography;
using System.Text;
using Glansrijk.Scan.Web.Operations;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Options;

namespace Glansrijk.Scan.Web.Features.Accounts;

/// <summary>The hash of a one-time setup link, stored so that every node of the app accepts a link any node printed.</summary>
public sealed class SetupLink
{
    public required byte[] TokenHash { get; set; }
    public DateTime CreatedAt { get; set; }
}

internal sealed class SetupLinkConfiguration : IEntityTypeConfiguration<SetupLink>
{
    public void Configure(EntityTypeBuilder<SetupLink> builder)
    {
        builder.ToTable("SetupLinks");
        builder.HasKey(l => l.TokenHash);
        builder.Property(l => l.TokenHash).HasMaxLength(32);
    }
}

/// <summary>The one-time link that creates the first Beheerder. There is no default password anywhere: on a start
/// without any Beheerder the app makes a random token, prints the link on its console (only the person who runs
/// the server sees it) and accepts it once. Only the token's hash is stored, in the database, so with several nodes
/// each node's link works on all of them; all links stop working as soon as the first Beheerder exists.</summary>
public sealed class FirstAdministratorSetup(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>Makes a new token and returns it; only the hash is kept.</summary>
    public async Task<string> OpenAsync(CancellationToken cancellationToken = default)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ScanDbContext>();
        db.SetupLinks.Add(new SetupLink { TokenHash = Hash(token), CreatedAt = time.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    public async Task<bool> IsOpenAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ScanDbContext>().SetupLinks.AnyAsync(cancellationToken);
    }

    public async Task<bool> AcceptsAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        var hash = Hash(token);
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ScanDbContext>().SetupLinks.AnyAsync(l => l.TokenHash == hash, cancellationToken);
    }

    /// <summary>Uses the link up: one DELETE, so of two people (on any nodes) using it at the same moment exactly one
    /// gets true. The caller puts it back with <see cref="ReturnAsync"/> when the account could not be made.</summary>
    public async Task<bool> TryTakeAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        var hash = Hash(token);
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ScanDbContext>().SetupLinks.Where(l => l.TokenHash == hash).ExecuteDeleteAsync(cancellationToken) == 1;
    }

    public async Task ReturnAsync(string token, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ScanDbContext>();
        db.SetupLinks.Add(new SetupLink { TokenHash = Hash(token), CreatedAt = time.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The first Beheerder exists: every other node's link stops working too.</summary>
    public async Task CloseAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ScanDbContext>().SetupLinks.ExecuteDeleteAsync(cancellationToken);
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
                await CreateRoleAsync(roles, role);
            }
        }

        var accounts = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        if ((await accounts.GetUsersInRoleAsync(AccountRoles.Administrator)).Count > 0)
        {
            return;
        }

        var token = await setup.OpenAsync(cancellationToken);
        // Deliberately written to the console, not to the log: log files are often shipped elsewhere, and this
        // link is a secret meant only for whoever runs the server.
        console.Write(typeof(FirstAdministratorSetupStarter).FullName!, "Er is nog geen beheerder. Maak de eerste beheerder aan via deze eenmalige link:", app.Value.Link($"installatie/{token}"));
        LogSetupOpened(logger);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Two nodes starting on a fresh database both find a role missing; the unique name lets one insert
    /// through, and the other's refusal means the role is there.</summary>
    private static async Task CreateRoleAsync(RoleManager<IdentityRole> roles, string role)
    {
        try
        {
            await roles.CreateAsync(new IdentityRole(role));
        }
        catch (DbUpdateException)
        {
            // Made by another node at the same moment.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No Beheerder exists; a one-time setup link was printed on the console")]
    private static partial void LogSetupOpened(ILogger logger);
}
