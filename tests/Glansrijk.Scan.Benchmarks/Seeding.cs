using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.Scans;
using Glansrijk.Scan.Web.Content;
using Glansrijk.Scan.Web.Features.Accounts;
using Glansrijk.Scan.Web.Features.Invitations;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Glansrijk.Scan.Benchmarks;

/// <summary>One scan ready for a live session: its initiator's sign-in and the eleven participants' personal-link
/// tokens (which only exist at the moment the link is made; the database keeps their hashes).</summary>
public sealed record SeededScan(int Number, Guid ScanId, string InitiatorEmail, IReadOnlyList<string> ParticipantTokens);

/// <summary>Fills a fresh database, before the server starts, with what an initiator would have made through the
/// forms: an account, a scan for the norms (and the route, for a whole session 1 of 51 items) with twelve seats (the
/// initiator and eleven invited people, two per domain as far as six domains allow) and a personal link per
/// participant. It uses the app's own persistence set-up (the same configuration keys, so SQLite or PostgreSQL as the
/// server will use it), DbContext, domain and link code, so the rows are the ones the app writes itself.</summary>
public static class Seeding
{
    public const string Password = "een lange zin als wachtwoord voor de meting";
    public const string Norms = "kwaliteitsnormen";
    public const string Route = "route-doorontwikkeling";
    public const int NormItems = 15;
    public const int RouteItems = 36;
    public const int Participants = Core.Scans.Scan.MaxSeats - 1;

    /// <summary><paramref name="settings"/> are the server's own database keys (ConnectionStrings:Scan and, for
    /// PostgreSQL, Database:Provider). Accounts get a tag of this run in their address, so that a database that is
    /// used again (PostgreSQL) takes a second run.</summary>
    public static async Task<IReadOnlyList<SeededScan>> SeedAsync(IReadOnlyDictionary<string, string?> settings, string repositoryRoot, int scans, bool bothInstruments)
    {
        var content = ContentCatalog.Load(ContentServices.ReadFiles(Path.Combine(repositoryRoot, "content")));
        string[] instruments = bothInstruments ? [Norms, Route] : [Norms];
        foreach (var (id, items) in new[] { (Norms, NormItems), (Route, RouteItems) })
        {
            if (content.FindInstrument(id) is not { } instrument || instrument.Items.Count != items)
            {
                throw new InvalidOperationException($"The benchmark expects the instrument '{id}' with {items} items.");
            }
        }

        var domainIds = content.Domains.Select(d => d.Id).ToArray();
        var context = new ScanContext(domainIds, [.. content.Instruments.Select(i => i.Id)]);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = repositoryRoot });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.AddPersistence();
        builder.Services.AddIdentityCore<Account>(options =>
            {
                options.Password.RequiredLength = AccountServices.MinimumPasswordLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ScanDbContext>();

        await using var provider = builder.Build();
        await using (var scope = provider.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ScanDbContext>().Database.MigrateAsync();
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            foreach (var role in AccountRoles.All.Where(r => !roles.Roles.Any(existing => existing.Name == r)))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }

        var run = Guid.NewGuid().ToString("N")[..8];
        var seeded = new List<SeededScan>(scans);
        var now = DateTime.UtcNow;
        var session1 = new SessionPlan(DateOnly.FromDateTime(now).AddDays(14), new TimeOnly(13, 0), new TimeOnly(16, 30), "Stadskantoor, zaal 3", null);
        var session2 = session1 with { Date = session1.Date.AddDays(14) };
        for (var number = 1; number <= scans; number++)
        {
            await using var scope = provider.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ScanDbContext>();
            var accounts = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();

            var email = $"initiatief{number}.{run}@meting.test";
            var account = new Account
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = $"Initiatiefnemer {number}",
                Organisation = "Praktijkschool De Brug",
                Function = "Directeur",
                DomainId = domainIds[0],
                CreatedAt = now,
            };
            Check(await accounts.CreateAsync(account, Password));
            Check(await accounts.AddToRoleAsync(account, AccountRoles.Initiator));

            var scan = Core.Scans.Scan.Create(
                new ScanDetails($"Implementatiescan Meetregio {number} {now.Year + 1}", $"Meetregio {number}", null, now.Year + 1, instruments),
                session1,
                session2,
                account.Id,
                new PersonDetails(account.DisplayName, account.Organisation, account.Function, email, domainIds[0]),
                context,
                now);
            var tokens = new List<string>(Participants);
            for (var person = 1; person <= Participants; person++)
            {
                var seat = scan.AddSeat(
                    new PersonDetails($"Deelnemer {person}", $"Organisatie {person}", "Manager", $"deelnemer{person}.scan{number}.{run}@meting.test", domainIds[(person + 1) / 2 % domainIds.Length]),
                    context,
                    now);
                scan.MarkInvited(seat.Id, now);
                var (link, token) = ParticipantLink.Create(scan.Id, seat.Id, seat.Occupancy, now);
                db.ParticipantLinks.Add(link);
                tokens.Add(token);
            }

            db.Scans.Add(scan);
            await db.SaveChangesAsync();
            seeded.Add(new SeededScan(number, scan.Id, email, tokens));
        }

        // The server opens the same file next; no pooled connection of ours may hold it.
        SqliteConnection.ClearAllPools();
        return seeded;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
