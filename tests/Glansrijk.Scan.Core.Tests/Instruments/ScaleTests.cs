using Glansrijk.Scan.Core.Instruments;

namespace Glansrijk.Scan.Core.Tests.Instruments;

public sealed class ScaleTests
{
    private static readonly Scale Norm = new("norm-4", "Mate", [
        new ScaleOption("1", "Nog niet", "", 1),
        new ScaleOption("4", "Volledig", "", 4),
        new ScaleOption("weet-niet", "Weet ik niet", "", null),
    ]);

    [Fact]
    public void Weet_ik_niet_has_no_score_and_is_not_counted()
    {
        var weetNiet = Norm.Find("weet-niet")!;

        Assert.Null(weetNiet.Score);
        Assert.False(weetNiet.Counts);
        Assert.Equal(["1", "4"], Norm.CountedOptions.Select(o => o.Code));
    }

    [Fact]
    public void An_answer_is_found_by_its_code()
    {
        Assert.Equal("Volledig", Norm.Find("4")?.Label);
        Assert.Null(Norm.Find("5"));
    }
}
