using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Content;
using Glansrijk.Scan.Core.Scans;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Web.Content;
using Glansrijk.Scan.Web.Features.Agenda.Exports;
using Glansrijk.Scan.Web.Tests.Infrastructure;

namespace Glansrijk.Scan.Web.Tests.Features.Agenda.Exports;

/// <summary>A whole scan played through with the real content and the Core rules: session 1 votes on every norm and
/// checklist item, verbeterpunten, prioritising, a focus proposal, and a session 2 that ends in a closed agenda with
/// actions, process agreements, afhechting and confirmations. Tests change only what they are about.</summary>
internal sealed class SampleAgenda
{
    public static readonly ContentCatalog Catalog = ContentCatalog.Load(ContentServices.ReadFiles(Path.Combine(RepositoryRoot.Path, "content")));

    public static readonly ScanContext Context = new([.. Catalog.Domains.Select(d => d.Id)], [.. Catalog.Instruments.Select(i => i.Id)]);

    /// <summary>Session 1 on 10 February 2027, session 2 on 24 February 2027 (the agenda is closed at its end).</summary>
    public static readonly DateTime Session1 = new(2027, 2, 10, 14, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime Session2 = new(2027, 2, 24, 15, 0, 0, DateTimeKind.Utc);

    public static readonly string[] Organisations =
    [
        "Praktijkschool De Brug", "Gemeente Dordrecht", "Werkbedrijf Drechtsteden", "Leerplicht Drechtsteden", "RMC Zuid-Holland Zuid",
        "SBB", "Werkgeversservicepunt", "MEE Zuid-Holland", "Jeugdteam Dordrecht", "UWV", "Da Vinci College Entree", "Yulius",
    ];

    private static readonly string[] Names =
    [
        "Ilse Initiatief", "Karim El Amrani", "Joke de Vries", "Sanne Bakker", "Pieter Jansen", "Fatma Yilmaz",
        "Eva Smit", "Bram Visser", "Noor Hendriks", "Daan Mulder", "Lotte de Graaf", "Ruben Bos",
    ];

    private static readonly string[] DomainOfSeat =
        ["onderwijs", "sociale-dienst", "sociale-dienst", "leerplicht-rmc", "leerplicht-rmc", "werkgevers", "werkgevers", "zorg", "zorg", "overig", "onderwijs", "overig"];

    public Core.Scans.Scan Scan { get; }
    public LiveSession SessionOne { get; }
    public Prioritisation Prioritisation { get; }
    public ImprovementAgenda Agenda { get; }
    public IReadOnlyList<NormResult>? LastYear { get; set; }

    /// <summary>Seats in the order they were added: the initiator first.</summary>
    public IReadOnlyList<Seat> Seats => Scan.Seats;

    private SampleAgenda(Core.Scans.Scan scan)
    {
        Scan = scan;
        SessionOne = PlaySessionOne(scan);
        var overview = Overview;
        var seatIds = scan.ActiveSeats.Select(s => s.Id).ToArray();
        Prioritisation = Prioritisation.Start(scan.Id, overview.ItemsOf("kwaliteitsnormen").Select(i => i.Item.Id), seatIds, SessionOne.ChairSeatId, scan.InitiatorSeat.Id, Session1);
        for (var i = 0; i < seatIds.Length; i++)
        {
            // Most points go to warme overdracht (7) and jongeren in beeld (4), some to werkgevers (10).
            var points = (i % 3) switch
            {
                0 => new Dictionary<string, int> { ["norm-07"] = 2, ["norm-04"] = 1 },
                1 => new Dictionary<string, int> { ["norm-04"] = 2, ["norm-10"] = 1 },
                _ => new Dictionary<string, int> { ["norm-07"] = 1, ["norm-10"] = 1, ["norm-12"] = 1 },
            };
            Prioritisation.Distribute(seatIds[i], points, Guid.NewGuid(), Session1);
        }

        Prioritisation.Close(SessionOne.ChairSeatId, Guid.NewGuid(), Session1);
        var proposal = FocusProposal.Propose(SessionSignals.ForFocus(overview, "kwaliteitsnormen", Prioritisation));
        var chairTwo = scan.Session(2).ChairSeatId ?? scan.InitiatorSeat.Id;
        Agenda = ImprovementAgenda.Start(scan.Id, overview.Items.Select(i => i.Item.Id), proposal.NormIds, seatIds, chairTwo, scan.InitiatorSeat.Id, Session2);
        Agenda.ConfirmFocus(chairTwo, proposal.NormIds, Guid.NewGuid(), Session2);
    }

    public SessionOverview Overview => SessionOverview.Of(SessionOne, Catalog.Instruments);

    public Guid Chair => Agenda.ChairSeatId;

    public IReadOnlyList<string> FocusNormIds => [.. Agenda.FocusNorms.Select(f => f.NormId)];

    /// <summary>A scan in Drechtsteden 2027 with twelve people, two per domain; the chairs come from the municipality
    /// (session 1) and the werkbedrijf (session 2).</summary>
    public static Core.Scans.Scan NewScan()
    {
        var scan = Core.Scans.Scan.Create(
            new ScanDetails("Implementatiescan Drechtsteden 2027", "Drechtsteden", "Drechtsteden", 2027, ["kwaliteitsnormen", "route-doorontwikkeling"]),
            new SessionPlan(new DateOnly(2027, 2, 10), new TimeOnly(13, 0), new TimeOnly(16, 30), "Stadskantoor Dordrecht, zaal 3", null),
            new SessionPlan(new DateOnly(2027, 2, 24), new TimeOnly(13, 0), new TimeOnly(16, 30), "Stadskantoor Dordrecht, zaal 3", "https://meet.example.nl/drechtsteden"),
            "account-1",
            new PersonDetails(Names[0], Organisations[0], "Directeur", "ilse@debrug.nl", DomainOfSeat[0]),
            Context,
            Session1.AddDays(-60));
        for (var i = 1; i < Names.Length; i++)
        {
            var seat = scan.AddSeat(new PersonDetails(Names[i], Organisations[i], "Manager", $"deelnemer{i}@regio.nl", DomainOfSeat[i]), Context, Session1.AddDays(-60));
            scan.MarkInvited(seat.Id, Session1.AddDays(-50));
            scan.Answer(seat.Id, accepted: true, null, Session1.AddDays(-45));
        }

        scan.NameChair(1, scan.Seats[1].Id);
        scan.NameChair(2, scan.Seats[2].Id);
        return scan;
    }

    /// <summary>The sample on <paramref name="scan"/> (a new one when null), focus confirmed, no actions yet.</summary>
    public static SampleAgenda Open(Core.Scans.Scan? scan = null) => new(scan ?? NewScan());

    /// <summary>The sample with the standard actions, agreements, afhechting and confirmations, closed by the chair.</summary>
    public static SampleAgenda Closed(Core.Scans.Scan? scan = null, string? firstActionTitle = null)
    {
        var sample = Open(scan);
        sample.AddStandardActions(firstActionTitle);
        sample.AddAgreementsAndRatification();
        sample.ConfirmAll();
        sample.Agenda.Close(sample.Chair, Guid.NewGuid(), Session2);
        return sample;
    }

    public AgendaReport Report(DateOnly? nextScanDate = null) =>
        AgendaReport.From(Scan, Overview, SessionOne.ImprovementPoints, Agenda, Catalog, Session2.AddMinutes(30), Prioritisation, LastYear, nextScanDate);

    public AgendaAction AddAction(string normId, string title, int ownerSeat, DateOnly start, DateOnly deadline, DateOnly firstCheck, params string[] organisations)
    {
        Agenda.AddAction(
            Chair,
            new ActionDetails(normId, title, "Jongeren houden bij de overstap één vast aanspreekpunt.", Seats[ownerSeat].Id, organisations, start, deadline,
                "Negen van de tien schoolverlaters hebben binnen een maand een gesprek met het werkbedrijf.", firstCheck),
            [],
            Guid.NewGuid(),
            Session2);
        var action = Agenda.Actions[^1];
        Agenda.ConfirmOwnership(action.OwnerSeatId, action.Id, Guid.NewGuid(), Session2);
        return action;
    }

    public void AddStandardActions(string? firstActionTitle = null)
    {
        var focus = FocusNormIds;
        AddAction(focus[0], firstActionTitle ?? "Warme overdracht van school naar werkbedrijf vastleggen", 3,
            new DateOnly(2027, 3, 1), new DateOnly(2027, 12, 15), new DateOnly(2027, 6, 1), "Praktijkschool De Brug", "Werkbedrijf Drechtsteden");
        AddAction(focus[0], "Eén overdrachtsformulier voor PrO, VSO en Entree", 10,
            new DateOnly(2027, 3, 15), new DateOnly(2027, 9, 30), new DateOnly(2027, 5, 15), "Da Vinci College Entree", "Praktijkschool De Brug");
        AddAction(focus[1], "Jongeren van 16 tot 27 jaar samen in beeld met RMC-cijfers", 4,
            new DateOnly(2027, 4, 1), new DateOnly(2028, 2, 10), new DateOnly(2027, 10, 1), "RMC Zuid-Holland Zuid", "Gemeente Dordrecht");
        if (focus.Count > 2)
        {
            AddAction(focus[2], "Werkgeversbenadering met één gezicht naar buiten", 6,
                new DateOnly(2027, 4, 1), new DateOnly(2027, 11, 30), new DateOnly(2027, 7, 1), "SBB", "Werkgeversservicepunt", "UWV");
        }
    }

    public void AddAgreementsAndRatification()
    {
        Agenda.SetProcessAgreements(Chair, new ProcessAgreements(
            "Elk kwartaal, een uur voor het regionaal overleg",
            "Het regionale VSV-overleg",
            "De trekker zet de status in Glansrijk.Scan voor elk checkmoment en vertelt kort wat er is gebeurd",
            "Bij het voortgangsoverleg vertelt een jongere wat er voor hem of haar veranderde"), Guid.NewGuid(), Session2);
        Agenda.AddInternalApproval(Chair, "Gemeente Dordrecht", "College van B&W", Guid.NewGuid(), Session2);
        Agenda.AddInternalApproval(Chair, "Praktijkschool De Brug", "College van bestuur", Guid.NewGuid(), Session2);
        Agenda.AddExternalInvitation(Chair, "Jongerenwerk Drechtsteden", Seats[8].Id, Guid.NewGuid(), Session2);
    }

    /// <summary>Everyone says akkoord, except the eleventh seat, who gives a reason.</summary>
    public void ConfirmAll()
    {
        foreach (var seat in Agenda.ParticipantSeatIds)
        {
            var objects = seat == Seats[11].Id;
            Agenda.Confirm(seat, !objects, objects ? "Zorg ontbreekt nog bij de werkgeversacties." : null, Guid.NewGuid(), Session2);
        }
    }

    private static LiveSession PlaySessionOne(Core.Scans.Scan scan)
    {
        var session = LiveSession.Start(scan, 1, Catalog.Instruments.Where(i => scan.Details.InstrumentIds.Contains(i.Id)), new Random(3), Session1);
        var chair = session.ChairSeatId;
        var voters = session.Seats.Select(s => s.SeatId).ToArray();
        while (session.Current is { } entry)
        {
            // Norm 15 is left for lack of time: it has no result.
            if (entry.ItemId != "norm-15")
            {
                session.OpenRound(chair, Guid.NewGuid(), Session1);
                var round = session.CurrentRound!;
                for (var v = 0; v < voters.Length; v++)
                {
                    session.CastVote(voters[v], round.Id, Answer(entry, v), null, Guid.NewGuid(), Session1);
                }

                session.CloseRound(chair, round.Id, Guid.NewGuid(), Session1);
                session.RevealRound(chair, round.Id, Guid.NewGuid(), Session1);
            }

            if (entry.ItemId == "norm-07")
            {
                session.RecordImprovementPoint(chair, "norm-07", "Scholen en werkbedrijf dragen een jongere niet altijd persoonlijk over.", Guid.NewGuid(), Session1);
                session.RecordImprovementPoint(chair, "norm-07", "Niemand is na de zomer verantwoordelijk voor jongeren zonder plek.", Guid.NewGuid(), Session1);
            }

            if (entry.ItemId == "norm-04")
            {
                session.RecordImprovementPoint(chair, "norm-04", "Cijfers van RMC en gemeente worden niet samen bekeken.", Guid.NewGuid(), Session1);
            }

            if (session.CurrentIndex == session.Agenda.Count - 1)
            {
                break;
            }

            session.Next(chair, Guid.NewGuid(), Session1);
        }

        return session;
    }

    /// <summary>Norm 7 is sharply divided and low, norm 4 low and in agreement, the rest mostly "3"; in the checklist
    /// the bestuurlijk level is furthest.</summary>
    private static string Answer(AgendaEntry entry, int voter)
    {
        if (entry.InstrumentId == "route-doorontwikkeling")
        {
            var bestuurlijk = entry.ItemId.Contains("bestuurlijk", StringComparison.Ordinal);
            return (voter % 4, bestuurlijk) switch
            {
                (0, _) => "gerealiseerd",
                (1, true) => "gerealiseerd",
                (3, false) => "nog-niet",
                (2, _) when voter == 2 => "weet-niet",
                _ => "deels",
            };
        }

        return entry.ItemId switch
        {
            "norm-07" => voter < 6 ? "1" : "4",
            "norm-04" => voter % 2 == 0 ? "1" : "2",
            _ => voter % 5 == 0 ? "4" : voter % 7 == 0 ? "2" : "3",
        };
    }
}
