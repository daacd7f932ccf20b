using Glansrijk.Scan.Core.Instruments;

namespace Glansrijk.Scan.Core.Tests.Instruments;

public sealed class InstrumentTests
{
    private static readonly Scale Status = new("status", "Status", [new ScaleOption("klaar", "Klaar", "", 1)]);

    [Fact]
    public void ItemsInTheme_gives_only_the_items_of_that_theme()
    {
        var instrument = Themed(Item("a-1", theme: "A"), Item("b-1", theme: "B"), Item("a-2", theme: "A"));

        Assert.Equal(["a-1", "a-2"], instrument.ItemsInTheme("A").Select(i => i.Id));
        Assert.Empty(instrument.ItemsInTheme("C"));
    }

    [Fact]
    public void ItemsIn_gives_only_the_items_of_that_level_and_phase()
    {
        var instrument = Checklist(
            Item("1", level: "bestuurlijk", phase: "richten"),
            Item("2", level: "bestuurlijk", phase: "inrichten"),
            Item("3", level: "operationeel", phase: "richten"),
            Item("4", level: "bestuurlijk", phase: "richten"));

        Assert.Equal(["1", "4"], instrument.ItemsIn("bestuurlijk", "richten").Select(i => i.Id));
        Assert.Empty(instrument.ItemsIn("operationeel", "inrichten"));
    }

    [Fact]
    public void Only_an_instrument_with_levels_and_phases_is_a_matrix()
    {
        Assert.True(Checklist(Item("1", level: "bestuurlijk", phase: "richten")).IsMatrix);
        Assert.False(Themed(Item("a-1", theme: "A")).IsMatrix);
    }

    private static Instrument Themed(params Item[] items) =>
        new("normen", "Normen", 1, "", Status, [new("A", "Visie"), new("B", "Uitvoering")], [], [], items);

    private static Instrument Checklist(params Item[] items) =>
        new(
            "route", "Route", 2, "", Status, [],
            [new("bestuurlijk", "Bestuurlijk"), new("operationeel", "Operationeel")],
            [new("richten", "Richten"), new("inrichten", "Inrichten")],
            items);

    private static Item Item(string id, string? theme = null, string? level = null, string? phase = null) =>
        new(id, 1, id, null, "", theme, level, phase, []);
}
