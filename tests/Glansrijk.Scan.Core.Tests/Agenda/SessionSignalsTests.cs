using Glansrijk.Scan.Core.Agenda;
using Glansrijk.Scan.Core.Sessions;
using static Glansrijk.Scan.Core.Tests.Sessions.LiveSessionBuilder;

namespace Glansrijk.Scan.Core.Tests.Agenda;

public sealed class SessionSignalsTests
{
    [Fact]
    public void The_focus_signals_come_from_the_revealed_results_and_the_points()
    {
        var room = Start();
        room.Revealed("1", "1", "2");
        room.Next();
        room.Revealed("1", "4", "4", "1");
        var prioritisation = Prioritisation.Start(
            room.Scan.Id, ["norm-01", "norm-02", "norm-03"], room.Everyone, room.Chair, room.Initiator, Now);
        prioritisation.Distribute(room.Participant(), new Dictionary<string, int> { ["norm-03"] = 3 }, Cmd(), Now);

        var signals = SessionSignals.ForFocus(room.Overview(), "kwaliteitsnormen", prioritisation);

        Assert.Equal(
            [
                new NormSignals("norm-01", 1.0, SpreadClass.InAgreement, 0),
                new NormSignals("norm-02", 2.5, SpreadClass.StronglyDivided, 0),
                new NormSignals("norm-03", null, null, 3),
            ],
            signals);
        Assert.Equal(["norm-03", "norm-01", "norm-02"], FocusProposal.Propose(signals).NormIds);
    }

    [Fact]
    public void The_comparison_results_come_from_the_revealed_results()
    {
        var room = Start();
        room.Revealed("2", "2", "2");

        var results = SessionSignals.ForComparison(room.Overview(), "kwaliteitsnormen");

        Assert.Equal(new NormResult("norm-01", 2.0, SpreadClass.InAgreement), results[0]);
        Assert.Equal(3, results.Count);
    }
}
