using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Glansrijk.Scan.Web.Features.Agenda.Exports;

namespace Glansrijk.Scan.Web.Tests.Features.Agenda.Exports;

public sealed class AgendaDocumentTests
{
    [Fact]
    public void The_document_passes_the_Open_XML_validator_without_errors()
    {
        var bytes = AgendaDocument.Write(SampleAgenda.Closed().Report());

        using var document = Open(bytes);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public void The_text_holds_the_headings_every_action_and_every_trekker()
    {
        var report = SampleAgenda.Closed().Report();

        using var document = Open(AgendaDocument.Write(report));
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().ToList();
        var text = string.Join("\n", paragraphs.Select(p => p.InnerText));

        Assert.Equal("Verbeteragenda Drechtsteden 2027", Styled(paragraphs, WordStyles.Title).Single());
        Assert.Equal(
            ["Deelnemers en domeinen", "De twee sessies", "Scores: kwaliteitsnormen", "Checklist: route doorontwikkeling",
                "Focusnormen en bevindingen", "Acties", "Procesafspraken", "Afhechting", "Voorzitter en volgende scan"],
            Styled(paragraphs, WordStyles.Heading1));
        Assert.Contains("Norm 7: Warme overdracht", Styled(paragraphs, WordStyles.Heading2));
        Assert.All(report.Actions, a => Assert.Contains(a.Title, text, StringComparison.Ordinal));
        Assert.All(report.Actions, a => Assert.Contains(a.Owner, text, StringComparison.Ordinal));
        Assert.Contains("woensdag 10 februari 2027", text, StringComparison.Ordinal);
        Assert.Contains("15 december 2027", text, StringComparison.Ordinal);
        Assert.Contains("Vastgesteld op 24 februari 2027", text, StringComparison.Ordinal);
        Assert.Contains("College van B&W", text, StringComparison.Ordinal);
        Assert.Contains("Scholen en werkbedrijf dragen een jongere niet altijd persoonlijk over.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_table_repeats_its_header_row_and_keeps_rows_whole()
    {
        using var document = Open(AgendaDocument.Write(SampleAgenda.Closed().Report()));

        var tables = document.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();

        Assert.True(tables.Count >= 6);
        Assert.All(tables, table =>
        {
            Assert.Equal(WordStyles.Table, table.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value);
            Assert.NotNull(table.Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>());
            Assert.All(table.Elements<TableRow>(), row => Assert.NotNull(row.TableRowProperties!.GetFirstChild<CantSplit>()));
        });
    }

    [Fact]
    public void The_document_is_Dutch_A4_with_the_action_table_on_landscape_pages()
    {
        using var document = Open(AgendaDocument.Write(SampleAgenda.Closed().Report()));

        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        Assert.Equal("nl-NL", styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.GetFirstChild<Languages>()!.Val!.Value);
        Assert.Equal("heading 1", styles.Elements<Style>().Single(s => s.StyleId == WordStyles.Heading1).StyleName!.Val!.Value);
        var sections = document.MainDocumentPart.Document!.Body!.Descendants<SectionProperties>().ToList();
        Assert.Equal(3, sections.Count);
        Assert.All(sections, s => Assert.Equal([11906u, 16838u], new[] { s.GetFirstChild<PageSize>()!.Width!.Value, s.GetFirstChild<PageSize>()!.Height!.Value }.Order()));
        Assert.Equal(PageOrientationValues.Landscape, sections[1].GetFirstChild<PageSize>()!.Orient!.Value);
        var actionsHeading = document.MainDocumentPart.Document.Body.Descendants<Paragraph>().First(p => p.InnerText == "Acties");
        var sectionOfActions = actionsHeading.ElementsAfter().OfType<Paragraph>().First(p => p.ParagraphProperties?.SectionProperties is not null);
        Assert.Same(sections[1], sectionOfActions.ParagraphProperties!.SectionProperties);
    }

    [Fact]
    public void The_document_properties_give_title_author_and_creation_date()
    {
        var report = SampleAgenda.Closed().Report();

        using var document = Open(AgendaDocument.Write(report));

        Assert.Equal("Verbeteragenda Drechtsteden 2027", document.PackageProperties.Title);
        Assert.Equal("Glansrijk.Scan", document.PackageProperties.Creator);
        Assert.Equal("nl-NL", document.PackageProperties.Language);
        Assert.Equal(report.ProducedAt, document.PackageProperties.Created!.Value.ToUniversalTime());
    }

    [Fact]
    public void Typed_markup_and_control_characters_stay_plain_text()
    {
        const string title = "<script>alert('x')</script> **vet** \u0001klaar";

        using var document = Open(AgendaDocument.Write(SampleAgenda.Closed(firstActionTitle: title).Report()));

        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("<script>alert('x')</script> **vet** klaar", text, StringComparison.Ordinal);
    }

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);

    private static List<string> Styled(IEnumerable<Paragraph> paragraphs, string styleId) =>
        [.. paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == styleId).Select(p => p.InnerText)];
}
