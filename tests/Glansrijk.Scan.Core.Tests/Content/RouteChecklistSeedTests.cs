namespace Glansrijk.Scan.Core.Tests.Content;

/// <summary>The route-doorontwikkeling checklist in content/ is the one in the source document (seed 000, "E. Route
/// doorontwikkeling"): every item, in its niveau × fase cell, in the document's order. The seed's items are copied
/// here verbatim; where our content deliberately words an item differently, the difference is named below, so a
/// change in either place shows up as a failing test rather than a silent drift.</summary>
public sealed class RouteChecklistSeedTests
{
    /// <summary>Seed 000, the table "Vraag: wat is nodig om tot een integrale aanpak te komen?", per niveau and fase.</summary>
    private static readonly (string Level, string Phase, string[] Items)[] Seed =
    [
        ("bestuurlijk", "voorbereiden", [
            "Commitment uitgesproken aan de gezamenlijke opgave, missie en visie",
            "Ketenregisseur aangesteld en strategische gespreksronde uitgevoerd en geanalyseerd.",
            "Besluit tot faciliteren vroegsignalering op basis van data (BRP, DUO, SWI)"]),
        ("bestuurlijk", "richten", [
            "Gezamenlijke werkwijze en sturingsinformatie primair proces gedefinieerd en gecommuniceerd",
            "Regierol gemeente ingericht en convenant door partners ondertekend.",
            "Besluitvorming 0-metingen (aard en omvang doelgroepen, impact)"]),
        ("bestuurlijk", "inrichten", [
            "Besluit integratie van ondersteunende en kritische bedrijfsprocessen met het primair proces",
            "Besluit kennismanagement (leren en ontwikkelen) op basis van de inzichten uit de patroonanalyse",
            "Besluitvorming implementatie regiesysteem"]),
        ("bestuurlijk", "verrichten-evalueren", [
            "Vindbaarheid en toegevoegde waarde initiatieven aangetoond",
            "Businesscase onderbouwd (meetbaar & merkbaar verschil)",
            "Besluit over verdere borging en doorontwikkeling"]),
        ("beleidsmatig", "voorbereiden", [
            "Samenstellen werkgroep / kernteam Glansrijke toekomst",
            "Kwaliteitskader voor de aanpak met hoofdprocessen, activiteiten en deelresultaten",
            "Ontwikkeling opgestart op basis van knel- en oplossingsrichtingen"]),
        ("beleidsmatig", "richten", [
            "Aansluiting netwerkpartners (samenwerkingsafspraken)",
            "Benodigde en beschikbare kennis / competenties t.b.v. primair proces en opleidingsbehoeften vastgesteld",
            "ESF-aanvraag ingediend"]),
        ("beleidsmatig", "inrichten", [
            "Data- en informatie koppelingen gerealiseerd",
            "Opleiden kernteam in data gedreven werken",
            "Voortgangsrapportages ingericht"]),
        ("beleidsmatig", "verrichten-evalueren", [
            "Benchmarking en reflectie op basis van data opgestart",
            "Borgingsplan en beoogde doorontwikkelingen voorbereid"]),
        ("operationeel", "voorbereiden", [
            "Gezamenlijk proces Glansrijke Toekomst geoperationaliseerd en overzicht reeds aanwezige data gecreëerd incl. prototype regiesysteem",
            "0-metingen geoperationaliseerd",
            "Formuleren van onderzoeksvragen i.r.t. data",
            "Uitvoeren van 10 beeldvormende casusanalyses (patroonanalyse van de samenwerking)"]),
        ("operationeel", "richten", [
            "Digitaal kwaliteitskader in prototype regiesysteem gevalideerd en verrijkt a.d.h.v. casuïstiek",
            "0-metingen gestart",
            "Ontwikkelen regiesysteem en sociale kaart",
            "Ontdekken en interpreteren van patronen over de casussen heen"]),
        ("operationeel", "inrichten", [
            "Ingebruikname en doorontwikkeling digitaal kwaliteitskader",
            "1-metingen uitgevoerd",
            "Implementeren regiesysteem en sociale kaart"]),
        ("operationeel", "verrichten-evalueren", [
            "Digitaal kwaliteitskader doorontwikkeld op basis van reflecties op casuïstiek",
            "2-metingen uitgevoerd"]),
    ];

    /// <summary>Where the content deliberately differs from the seed's wording, and why.</summary>
    private static readonly (string SeedWording, string ContentWording, string Why)[] DeliberateDifferences =
    [
        ("(BRP, DUO, SWI)", "(BRP, DUO, SUWI)", "the data source is called SUWI (Structuur Uitvoering Werk en Inkomen); SWI is a typo in the seed"),
        ("Glansrijke toekomst", "Glansrijke Toekomst", "the project's name is written with a capital T everywhere else in the seed"),
        ("informatie koppelingen", "informatiekoppelingen", "Dutch spelling: a compound is written as one word"),
        ("data gedreven", "datagedreven", "Dutch spelling: a compound is written as one word"),
        ("gecreëerd incl.", "gecreëerd, incl.", "a comma before the added clause, for reading aloud in the room"),
    ];

    [Fact]
    public void Every_checklist_item_of_seed_000_is_in_its_niveau_and_fase_in_the_seeds_order()
    {
        var route = RealContent.Catalog.FindInstrument("route-doorontwikkeling")!;

        foreach (var (level, phase, items) in Seed)
        {
            var expected = items.Select(AsWordedInContent).ToArray();
            var actual = route.ItemsIn(level, phase).Select(item => item.Title).ToArray();
            Assert.True(expected.SequenceEqual(actual), $"{level} × {phase}:\nseed:    {string.Join(" | ", expected)}\ncontent: {string.Join(" | ", actual)}");
        }
    }

    [Fact]
    public void The_checklist_has_exactly_the_seeds_thirty_six_items()
    {
        var route = RealContent.Catalog.FindInstrument("route-doorontwikkeling")!;

        Assert.Equal(36, Seed.Sum(cell => cell.Items.Length));
        Assert.Equal(Seed.Sum(cell => cell.Items.Length), route.Items.Count);
    }

    [Fact]
    public void Every_deliberate_difference_is_one_the_seed_really_has()
    {
        var seedText = string.Join('\n', Seed.SelectMany(cell => cell.Items));

        Assert.All(DeliberateDifferences, difference => Assert.Contains(difference.SeedWording, seedText, StringComparison.Ordinal));
    }

    /// <summary>The seed's wording with our named differences applied; a trailing full stop is dropped, since no
    /// checklist item ends with one.</summary>
    private static string AsWordedInContent(string seedItem)
    {
        var worded = DeliberateDifferences.Aggregate(seedItem, (text, difference) => text.Replace(difference.SeedWording, difference.ContentWording, StringComparison.Ordinal));
        return worded.TrimEnd('.');
    }
}
