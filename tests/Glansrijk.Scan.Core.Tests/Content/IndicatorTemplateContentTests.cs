using Glansrijk.Scan.Core.Agenda;

namespace Glansrijk.Scan.Core.Tests.Content;

public sealed class IndicatorTemplateContentTests
{
    private const string Template = "indicators/uitstroom-werk.md";

    private const string ValidTemplate = """
        ---
        name: Uitstroom naar werk
        counts: Jongeren die aan het werk gaan
        unit: aantal
        source: Monitoringsbestand
        responsible: Casemanager
        frequency: kwartaal
        level: operationeel
        norms: [norm-01]
        ---
        Wat het cijfer zegt.
        """;

    [Fact]
    public void A_template_is_read_with_its_unit_frequency_level_and_explanation()
    {
        var catalog = ContentFiles.Valid().With(Template, ValidTemplate).Load();

        var template = Assert.Single(catalog.IndicatorTemplates);
        Assert.Equal("uitstroom-werk", template.Id);
        Assert.Equal(IndicatorUnit.Count, template.Unit);
        Assert.Equal(MeasurementFrequency.Quarter, template.Frequency);
        Assert.Equal(IndicatorLevel.Operational, template.Level);
        Assert.Equal("Wat het cijfer zegt.", template.Explanation);
        Assert.Same(template, catalog.FindIndicatorTemplate("uitstroom-werk"));
    }

    [Theory]
    [InlineData("unit: aantal", "unit: stuks", "eenheid 'stuks'")]
    [InlineData("frequency: kwartaal", "frequency: wekelijks", "frequentie 'wekelijks'")]
    [InlineData("level: operationeel", "level: strategisch", "niveau 'strategisch'")]
    [InlineData("norms: [norm-01]", "norms: [norm-77]", "norm 'norm-77'")]
    [InlineData("Wat het cijfer zegt.", "", "geen uitleg")]
    public void A_wrong_template_stops_the_start_naming_the_file_and_the_problem(string oldText, string newText, string problem)
    {
        var files = ContentFiles.Valid().With(Template, ValidTemplate).Replace(Template, oldText, newText);

        ContentAssert.RefusedWithOneProblem(files, Template, problem);
    }

    [Fact]
    public void A_template_without_a_source_is_refused()
    {
        var files = ContentFiles.Valid().With(Template, ValidTemplate).WithoutField(Template, "source");

        ContentAssert.RefusedWithOneProblem(files, Template, "'source'");
    }

    [Fact]
    public void The_shipped_templates_cover_the_outflow_destinations_and_every_level()
    {
        var catalog = RealContent.Catalog;
        var names = catalog.IndicatorTemplates.Select(t => t.Name).ToList();

        Assert.Contains("Uitstroom naar opleiding", names);
        Assert.Contains("Uitstroom naar werk", names);
        Assert.Contains("Uitstroom naar uitkering", names);
        Assert.Contains("Uitstroom naar dagbesteding of zorg", names);
        Assert.Contains("Nieuwe jongeren op de lijst", names);
        Assert.All(Enum.GetValues<IndicatorLevel>(), level => Assert.Contains(catalog.IndicatorTemplates, t => t.Level == level));
        Assert.All(Enum.GetValues<IndicatorUnit>(), unit => Assert.Contains(catalog.IndicatorTemplates, t => t.Unit == unit));
    }
}
