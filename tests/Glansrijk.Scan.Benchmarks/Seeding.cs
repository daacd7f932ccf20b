using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.Scans;
using Glansrijk.Scan.Web.Content;
using Glansrijk.Scan.Web.Features.Accounts;
using Glansrijk.Scan.Web.Features.Invitations;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Glansrijk.Scan.Benchmarks;

/// <summary>One scan ready for a live session: its initiator's sign-in and the eleven participants' personal-link
/// tokens (which only exist at the moment the link is made; the database keeps their hashes).</summary>
public sealed record SeededScan(int Number, Guid ScanId, string InitiatorEmail, IReadOnlyList<string> ParticipantTokens);

/// <summary>Fills a fresh SQLite file, before the server starts, with what an initiator would have made through the
/// forms: an account, a scan for the norms with twelve seats (the initiator and eleven invited people, two per
/// domain as far as six domains allow) and a personal link per participant. It uses the app's own DbContext, domain
/// and link code, so the rows are the ones the app writes itself.</summary>
public static class Seeding
{
    public const string Password = "een lange zin als wachtwoord voor de meting";
    public const string Instrument = "kwaliteitsnormen";
    public const int Participants = Core.Scans.Scan.MaxSeats - 1;

    public static async Task<IReadOnlyList<SeededScan>> SeedAsync(string connectionString, string repositoryRoot, int scans)
    {
        var content = ContentCatalog.Load(ContentServices.ReadFiles(Path.Combine(repositoryRoot, "content")));
        if (content.FindInstrument(Instrument) is null)
        {
            throw new InvalidOperationException($"The content has no instrument '{Instrument}'.");
        }

        var domainIds = content.Domains.Select(d => d.Id).ToArray();
        var context = new ScanContext(domainIds, [.. content.Instruments.Select(i => i.Id)]);

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<ScanDbContext>(options => options.UseSqlite(connectionString));
        services.AddIdentityCore<Account>(options =>
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

        await using var provider = services.BuildServiceProvider();
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ScanDbContext>().Database.MigrateAsync();
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            foreach (var role in AccountRoles.All)
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }

        var seeded = new List<SeededScan>(scans);
        var now = DateTime.UtcNow;
        var session1 = new SessionPlan(DateOnly.FromDateTime(now).AddDays(14), new TimeOnly(13, 0), new TimeOnly(16, 30), "Stadskantoor, zaal 3", null);
        var session2 = session1 with { Date = session1.Date.AddDays(14) };
        for (var number = 1; number <= scans; number++)
        {
            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ScanDbContext>();
            var accounts = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();

            var email = $"initiatief{number}@meting.test";
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
                new ScanDetails($"Implementatiescan Meetregio {number} {now.Year + 1}", $"Meetregio {number}", null, now.Year + 1, [Instrument]),
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
                    new PersonDetails($"Deelnemer {person}", $"Organisatie {person}", "Manager", $"deelnemer{person}.scan{number}@meting.test", domainIds[(person + 1) / 2 % domainIds.Length]),
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
