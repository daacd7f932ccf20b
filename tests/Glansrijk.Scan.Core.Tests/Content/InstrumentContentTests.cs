namespace Glansrijk.Scan.Core.Tests.Content;

public sealed class InstrumentContentTests
{
    [Theory]
    [InlineData("id")]
    [InlineData("name")]
    [InlineData("scale")]
    [InlineData("itemCount")]
    public void An_instrument_without_a_required_field_is_refused_with_the_file_named(string field)
    {
        var files = ContentFiles.Valid().WithoutField(ContentFiles.Norms, field);

        ContentAssert.RefusedWithOneProblem(files, ContentFiles.Norms, $"'{field}'", "ontbreekt");
    }

    [Theory]
    [InlineData("id")]
    [InlineData("number")]
    [InlineData("title")]
    [InlineData("question")]
    public void An_item_without_a_required_field_is_refused_with_the_file_named(string field)
    {
        var files = ContentFiles.Valid().WithoutField(ContentFiles.SecondNorm, field);

        ContentAssert.RefusedWithOneProblem(files, ContentFiles.SecondNorm, $"'{field}'", "ontbreekt");
    }

    [Fact]
    public void A_checklist_item_without_a_title_is_refused_with_the_item_named()
    {
        var files = ContentFiles.Valid().Replace(ContentFiles.Checklist, "    title: Voortgang besproken\n", "");

        ContentAssert.RefusedWithOneProblem(files, ContentFiles.Checklist, "'title'", "ontbreekt", "route-3");
    }

    [Fact]
    public void An_item_id_used_twice_in_one_instrument_is_refused_with_the_second_file_named()
    {
        var files = ContentFiles.Valid().Replace(ContentFiles.SecondNorm, "id: norm-02", "id: norm-01");

        ContentAssert.RefusedWithOneProblem(files, ContentFiles.SecondNorm, "'norm-01'", "meer dan eens");
    }

    [Fact]
    public void An_instrument_id_used_by_two_instruments_is_refused_with_the_second_file_named()
    {
        var files = ContentFiles.Valid().Replace(ContentFiles.Checklist, "id: route\n", "id: normen\n");

        ContentAssert.RefusedWithOneProblem(files, ContentFiles.Checklist, "'normen'", "al door een ander instrument");
    }

    [Fact]
    public void An_instrument_on_an_unknown_scale_is_refused_with_the_known_scales_named()
    {
        var files = ContentFiles.Valid().Replace(ContentFiles.Norms, "scale: punten", "scale: sterren");

        ContentAssert.RefusedWithOneProblem(files, ContentFiles.Norms, "onbekende schaal 'sterren'", "punten, status");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void An_itemCount_that_differs_from_the_items_found_is_refused(int itemCount)
    {
        var files = ContentFiles.Valid().Replace(ContentFiles.Norms, "itemCount: 2", $"itemCount: {itemCount}");

        ContentAssert.RefusedWithOneProblem(files, ContentFiles.Norms, $"'itemCount' is {itemCount}", "2 items");
    }

    [Fact]
    public void A_missing_item_file_is_caught_by_the_itemCount()
    {
        var files = ContentFiles.Valid().Without(ContentFiles.SecondNorm);

        ContentAssert.RefusedWithOneProblem(files, ContentFiles.Norms, "'itemCount' is 2", "1 items");
    }

    [Fact]
    public void An_item_in_an_unknown_theme_is_refused_with_the_known_themes_named()
    {
        var files = ContentFiles.Valid().Replace(ContentFiles.SecondNorm, "theme: B", "theme: Z");

        ContentAssert.RefusedWithOneProblem(files, ContentFiles.SecondNorm, "onbekend thema 'Z'", "A, B");
    }

    [Fact]
    public void A_checklist_item_in_an_unknown_level_is_refused()
    {
        var files = ContentFiles.Valid().Replace(
            ContentFiles.Checklist,
            "  - id: route-2\n    level: bestuurlijk\n",
            "  - id: route-2\n    level: strategisch\n");

        ContentAssert.RefusedWithOneProblem(files, ContentFiles.Checklist, "route-2", "onbekend niveau 'strategisch'");
    }

    [Fact]
    public void A_checklist_item_in_an_unknown_phase_is_refused()
    {
        var files = ContentFiles.Valid().Replace(
            ContentFiles.Checklist,
            "    level: bestuurlijk\n    phase: voorbereiden\n    title: Regisseur aangesteld",
            "    level: bestuurlijk\n    phase: afronden\n    title: Regisseur aangesteld");

        ContentAssert.RefusedWithOneProblem(files, ContentFiles.Checklist, "route-2", "onbekende fase 'afronden'");
    }

    [Fact]
    public void A_checklist_cell_without_items_is_refused_with_the_cell_named()
    {
        var files = ContentFiles.Valid()
            .Replace(ContentFiles.Checklist, "itemCount: 5", "itemCount: 4")
            .Replace(
                ContentFiles.Checklist,
                "  - id: route-3\n    level: bestuurlijk\n    phase: uitvoeren\n    title: Voortgang besproken\n",
                "");

        ContentAssert.RefusedWithOneProblem(files, ContentFiles.Checklist, "'Bestuurlijk'", "'Uitvoeren'", "geen enkel item");
    }

    [Fact]
    public void A_checklist_with_levels_but_no_phases_is_refused()
    {
        var files = ContentFiles.Valid()
            .WithoutField(ContentFiles.Checklist, "phases")
            .Replace(ContentFiles.Checklist, "    phase: voorbereiden\n", "")
            .Replace(ContentFiles.Checklist, "    phase: uitvoeren\n", "");

        ContentAssert.RefusedWithOneProblem(files, ContentFiles.Checklist, "'levels'", "'phases'");
    }

    [Fact]
    public void An_item_linking_an_unknown_article_is_refused_with_the_item_file_named()
    {
        var files = ContentFiles.Valid().Replace(ContentFiles.SecondNorm, "kennisbank: [ambitie]", "kennisbank: [ambitie, regie]");

        ContentAssert.RefusedWithOneProblem(files, ContentFiles.SecondNorm, "'norm-02'", "onbekend kennisbankartikel 'regie'");
    }
}
