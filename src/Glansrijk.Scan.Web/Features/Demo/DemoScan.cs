using Glansrijk.Scan.Core.Scans;
using Glansrijk.Scan.Web.Features.Invitations;
using Glansrijk.Scan.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Glansrijk.Scan.Web.Features.Demo;

/// <summary>In Development only: a fictional scan with twelve participants across the six domains and a chair, so a
/// newcomer can open a few browser tabs right after <c>dotnet run</c>. Personal links are made anew at every start
/// (only their hashes are stored) and listed on /demo.</summary>
public sealed class DemoScan
{
    public const string Region = "Regio Voorbeeldstad (demo)";

    private readonly Lock _lock = new();
    private IReadOnlyList<DemoParticipant> _participants = [];

    public Guid? ScanId { get; private set; }

    public IReadOnlyList<DemoParticipant> Participants
    {
        get
        {
            lock (_lock)
            {
                return _participants;
            }
        }
    }

    internal void Publish(Guid scanId, IReadOnlyList<DemoParticipant> participants)
    {
        lock (_lock)
        {
            ScanId = scanId;
            _participants = participants;
        }
    }

    internal static readonly (string Name, string Organisation, string Function, string Domain)[] People =
    [
        ("Ilse de Wit", "Praktijkschool De Brug", "Directeur", "onderwijs"),
        ("Bram Bakker", "VSO De Horizon", "Teamleider uitstroom", "onderwijs"),
        ("Dewi Santoso", "Werkbedrijf Voorbeeldstad", "Manager werkgeversdienstverlening", "sociale-dienst"),
        ("Erik Visser", "Sociale Dienst Voorbeeldstad", "Beleidsadviseur participatie", "sociale-dienst"),
        ("Fatima el Amrani", "RMC-regio Voorbeeldstad", "Coördinator RMC", "leerplicht-rmc"),
        ("Gijs Hendriks", "Leerplicht Voorbeeldstad", "Teamleider leerplicht", "leerplicht-rmc"),
        ("Hanna de Boer", "Werkgeversservicepunt Voorbeeldstad", "Accountmanager", "werkgevers"),
        ("Ivo Peters", "SBB", "Adviseur praktijkleren", "werkgevers"),
        ("Julia Smit", "MEE Voorbeeldregio", "Regiomanager", "zorg"),
        ("Kees Mulder", "Gemeente Voorbeeldstad, Wmo", "Beleidsadviseur jeugd", "zorg"),
        ("Lotte Jansen", "UWV Voorbeeldregio", "Adviseur jongeren", "overig"),
        ("Mo Yilmaz", "Jongerenloket Voorbeeldstad", "Coördinator", "overig"),
    ];
}

public sealed record DemoParticipant(string Name, string Organisation, string Domain, bool IsChair, string Link);

/// <summary>Creates the demo scan once and makes fresh personal links at every start.</summary>
public sealed class DemoScanSeeder(IServiceScopeFactory scopes, DemoScan demo, ScanContext context, IConfiguration configuration, TimeProvider time) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ScanDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var scan = await db.Scans.Include(s => s.Seats).Include(s => s.Sessions)
            .SingleOrDefaultAsync(s => s.InitiatorAccountId == "demo", cancellationToken);
        if (scan is null)
        {
            scan = Create(now);
            db.Scans.Add(scan);
        }

        await db.ParticipantLinks.Where(l => l.ScanId == scan.Id && l.RevokedAt == null)
            .ExecuteUpdateAsync(update => update.SetProperty(l => l.RevokedAt, now), cancellationToken);
        var publicUrl = (configuration["App:PublicUrl"] ?? "http://localhost:5000").TrimEnd('/');
        var chair = scan.ChairOf(1);
        var participants = new List<DemoParticipant>();
        foreach (var seat in scan.ActiveSeats.OrderBy(s => s.AddedAt))
        {
            var (link, token) = ParticipantLink.Create(scan.Id, seat.Id, seat.Occupancy, now);
            db.ParticipantLinks.Add(link);
            participants.Add(new DemoParticipant(seat.Person.Name, seat.Person.Organisation, seat.Person.DomainId, seat.Id == chair?.Id, $"{publicUrl}/deelnemer/{token}"));
        }

        await db.SaveChangesAsync(cancellationToken);
        demo.Publish(scan.Id, participants);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private Core.Scans.Scan Create(DateTime now)
    {
        var today = DateOnly.FromDateTime(now);
        var (initiatorName, initiatorOrganisation, initiatorFunction, initiatorDomain) = DemoScan.People[0];
        var scan = Core.Scans.Scan.Create(
            new ScanDetails($"Implementatiescan {DemoScan.Region}", DemoScan.Region, "Voorbeeldregio", today.Year, [.. context.InstrumentIds]),
            new SessionPlan(today, new TimeOnly(13, 0), new TimeOnly(16, 30), "Stadhuis Voorbeeldstad, raadzaal", null),
            new SessionPlan(today.AddDays(21), new TimeOnly(13, 0), new TimeOnly(16, 30), "Stadhuis Voorbeeldstad, raadzaal", null),
            "demo",
            new PersonDetails(initiatorName, initiatorOrganisation, initiatorFunction, "ilse.dewit@demo.invalid", initiatorDomain),
            context, now);
        foreach (var (name, organisation, function, domain) in DemoScan.People.Skip(1))
        {
            var email = $"{name.ToLowerInvariant().Replace(' ', '.')}@demo.invalid";
            var seat = scan.AddSeat(new PersonDetails(name, organisation, function, email, domain), context, now);
            scan.MarkInvited(seat.Id, now);
            scan.Answer(seat.Id, accepted: true, null, now);
        }

        var chair = scan.ActiveSeats.Single(s => s.Person.Name == "Fatima el Amrani");
        scan.NameChair(1, chair.Id);
        scan.NameChair(2, scan.ActiveSeats.Single(s => s.Person.Name == "Hanna de Boer").Id);
        return scan;
    }
}

public static class DemoServices
{
    /// <summary>Only in Development; never seeded anywhere else.</summary>
    public static WebApplicationBuilder AddDemo(this WebApplicationBuilder builder)
    {
        if (builder.Environment.IsDevelopment())
        {
            builder.Services.AddSingleton<DemoScan>();
            builder.Services.AddHostedService<DemoScanSeeder>();
        }

        return builder;
    }
}
