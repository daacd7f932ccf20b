using Glansrijk.Scan.Core.Instruments;
using Glansrijk.Scan.Core.Sessions;
using Glansrijk.Scan.Core.Tests.Scans;

namespace Glansrijk.Scan.Core.Tests.Sessions;

/// <summary>Live sessions in a known state, built on <see cref="ScanBuilder"/> and two tiny instruments: norms on a
/// 1–4 scale plus "Weet ik niet", and a 2 × 2 checklist on Gerealiseerd / Deels / Nog niet / Weet ik niet.</summary>
internal static class LiveSessionBuilder
{
    public static readonly DateTime Now = ScanBuilder.Now;

    public static readonly Scale NormScale = new("norm-4", "Mate", [
        new ScaleOption("1", "Nog niet", "", 1),
        new ScaleOption("2", "In beperkte mate", "", 2),
        new ScaleOption("3", "Grotendeels", "", 3),
        new ScaleOption("4", "Volledig", "", 4),
        new ScaleOption("weet-niet", "Weet ik niet", "", null),
    ]);

    public static readonly Scale StatusScale = new("status-4", "Status", [
        new ScaleOption("gerealiseerd", "Gerealiseerd", "", 3),
        new ScaleOption("deels", "Deels", "", 2),
        new ScaleOption("nog-niet", "Nog niet", "", 1),
        new ScaleOption("weet-niet", "Weet ik niet", "", null),
    ]);

    public static Instrument Norms(int count = 3) =>
        new("kwaliteitsnormen", "Kwaliteitsnormen", 1, "", NormScale, [new("A", "Visie en regie")], [], [],
            [.. Enumerable.Range(1, count).Select(n => new Item($"norm-{n:00}", n, $"Norm {n}", "Vraag?", "", "A", null, null, []))]);

    /// <summary>Levels bestuurlijk and operationeel × phases richten and inrichten: two items in bestuurlijk/richten,
    /// one in bestuurlijk/inrichten, one in operationeel/richten and none in operationeel/inrichten.</summary>
    public static Instrument Checklist() =>
        new("route-doorontwikkeling", "Route doorontwikkeling", 2, "", StatusScale, [],
            [new("bestuurlijk", "Bestuurlijk"), new("operationeel", "Operationeel")],
            [new("richten", "2 Richten"), new("inrichten", "3 Inrichten")],
            [
                ChecklistItem("rd-b-r-1", 1, "bestuurlijk", "richten"),
                ChecklistItem("rd-b-r-2", 2, "bestuurlijk", "richten"),
                ChecklistItem("rd-b-i-1", 3, "bestuurlijk", "inrichten"),
                ChecklistItem("rd-o-r-1", 4, "operationeel", "richten"),
            ]);

    /// <summary>A running session 1 of a scan with the initiator and <paramref name="others"/> more seats (two per
    /// domain, the initiator in onderwijs). Unless <paramref name="nameChair"/> is false, the fourth seat (Persoon 3,
    /// sociale dienst) was named chair, so chair and initiator are different people.</summary>
    public static Room Start(
        int others = 11,
        bool autoReveal = false,
        bool nameChair = true,
        Instrument[]? instruments = null,
        Core.Scans.Scan? scan = null)
    {
        scan ??= ScanBuilder.WithSeats(others);
        if (nameChair && scan.Seats.Count > 3)
        {
            scan.NameChair(1, scan.Seats[3].Id);
        }

        instruments ??= [Norms()];
        return new Room(scan, instruments, LiveSession.Start(scan, 1, instruments, new Random(7), Now, autoReveal));
    }

    /// <summary>A scan whose other seats come from the given domains, in order.</summary>
    public static Core.Scans.Scan ScanWithDomains(params string[] domains)
    {
        var scan = ScanBuilder.NewScan();
        for (var i = 0; i < domains.Length; i++)
        {
            scan.AddSeat(ScanBuilder.Person(i + 1, domains[i]), ScanBuilder.Context, Now);
        }

        return scan;
    }

    public static Guid Cmd() => Guid.NewGuid();

    private static Item ChecklistItem(string id, int number, string level, string phase) =>
        new(id, number, id, null, "", null, level, phase, []);
}

/// <summary>A session with the scan and instruments it came from, and short-hands for what the chair and the tablets do.</summary>
internal sealed class Room(Core.Scans.Scan scan, IReadOnlyList<Instrument> instruments, LiveSession session)
{
    private static readonly DateTime Now = LiveSessionBuilder.Now;

    public Core.Scans.Scan Scan { get; } = scan;
    public IReadOnlyList<Instrument> Instruments { get; } = instruments;
    public LiveSession Session { get; } = session;

    public Guid Initiator => Scan.InitiatorSeat.Id;
    public Guid Chair => Session.ChairSeatId;

    /// <summary>Seats in session order: the initiator first, then the others as they were added.</summary>
    public IReadOnlyList<Guid> Everyone => [.. Session.Seats.Select(s => s.SeatId)];

    /// <summary>The n-th seat that neither chairs nor initiated.</summary>
    public Guid Participant(int n = 1) =>
        Session.Seats.Where(s => s.SeatId != Initiator && s.SeatId != Chair).ElementAt(n - 1).SeatId;

    public VotingRound Open()
    {
        Session.OpenRound(Chair, LiveSessionBuilder.Cmd(), Now);
        return Session.CurrentRound!;
    }

    /// <summary>Opens a round when none is open, then the first seats (in <see cref="Everyone"/> order) vote the codes.</summary>
    public VotingRound Vote(params string[] codes)
    {
        var round = Session.CurrentRound is { State: RoundState.Open } open ? open : Open();
        for (var i = 0; i < codes.Length; i++)
        {
            Session.CastVote(Everyone[i], round.Id, codes[i], null, LiveSessionBuilder.Cmd(), Now);
        }

        return round;
    }

    public VotingRound Revealed(params string[] codes)
    {
        var round = Vote(codes);
        Session.CloseRound(Chair, round.Id, LiveSessionBuilder.Cmd(), Now);
        Session.RevealRound(Chair, round.Id, LiveSessionBuilder.Cmd(), Now);
        return round;
    }

    public void Close() => Session.CloseRound(Chair, Session.CurrentRound!.Id, LiveSessionBuilder.Cmd(), Now);

    public void Next() => Session.Next(Chair, LiveSessionBuilder.Cmd(), Now);

    public void ChooseOpenDiscussion() => Session.ChooseOpenDiscussion(Chair, LiveSessionBuilder.Cmd(), Now);

    public Tally Tally(VotingRound? round = null)
    {
        round ??= Session.CurrentRound!;
        var scaleId = Session.Entry(round.ItemId)!.ScaleId;
        return Core.Sessions.Tally.Of(Session, round, Instruments.First(i => i.Scale.Id == scaleId).Scale);
    }

    public SessionOverview Overview() => SessionOverview.Of(Session, Instruments);
}
