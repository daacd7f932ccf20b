using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Glansrijk.Scan.Web.Features.Agenda.Exports;

namespace Glansrijk.Scan.Web.Features.Sessions;

/// <summary>The session-1 report as a Word document, in the same styles as the verbeteragenda (<see cref="WordStyles"/>:
/// Word's own Title and Heading styles, one table style with a repeating header row), so both documents look alike
/// and take on a municipality's template the same way. The charts of the page are tables here, readable without
/// them.</summary>
public static class SessionOneDocument
{
    public const string ContentType = AgendaDocument.ContentType;

    private const int Width = 11906 - (2 * 1134);
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string FileName(SessionOneReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var region = new string([.. report.Region.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')]).Trim('-');
        return $"verslag-sessie-1-{region}-{report.Year.ToString(CultureInfo.InvariantCulture)}.docx";
    }

    public static byte[] Write(SessionOneReport report, DateTime producedAt)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            WordStyles.AddTo(main);
            var body = new Body();
            Write(report, body);
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U, Orient = PageOrientationValues.Portrait },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 567U, Footer = 567U, Gutter = 0U }));
            main.Document = new Document(body);
            package.PackageProperties.Title = $"Verslag sessie 1 · {report.ScanName}";
            package.PackageProperties.Subject = report.ScanName;
            package.PackageProperties.Creator = "Glansrijk.Scan";
            package.PackageProperties.Language = "nl-NL";
            package.PackageProperties.Created = DateTime.SpecifyKind(producedAt, DateTimeKind.Utc);
            package.PackageProperties.Modified = DateTime.SpecifyKind(producedAt, DateTimeKind.Utc);
        }

        return stream.ToArray();
    }

    private static void Write(SessionOneReport report, Body body)
    {
        Paragraph(body, WordStyles.Title, "Verslag van sessie 1");
        Paragraph(body, WordStyles.Subtitle, $"{report.ScanName} · {report.Region} {report.Year.ToString(CultureInfo.InvariantCulture)}");
        Paragraph(body, null, $"Sessie 1 op {report.When}." + (report.Ended ? "" : " De sessie loopt nog; dit verslag laat zien wat er tot nu toe is vastgelegd."));

        Paragraph(body, WordStyles.Heading1, "Aanwezig");
        Table(body, "Aanwezig bij sessie 1", [("Naam", 3), ("Domein", 3), ("Rol", 2)],
            report.Attendance.Select(p => Row(p.Name, p.Domain, Role(p))));

        foreach (var instrument in report.Instruments)
        {
            Paragraph(body, WordStyles.Heading1, $"Scores: {instrument.Name}");
            Paragraph(body, null, "Per norm de mediaan van de laatste getoonde stemronde, in woorden, en hoe eensgezind de groep was.");
            Table(body, $"Scores per norm, {instrument.Name}", [("Norm", 6), ("Mediaan", 2), ("In woorden", 3), ("Spreiding", 3)],
                instrument.Norms.Select(n => Row($"{n.Number}. {n.Title}", SessionOneReport.Number(n.Median), n.MedianInWords ?? "–", n.SpreadInWords ?? (n.Median is null ? "niet besproken" : "te weinig antwoorden"))));
            ImprovementPoints(body, instrument.Norms);
        }

        foreach (var checklist in report.Checklists)
        {
            Paragraph(body, WordStyles.Heading1, $"Checklist: {checklist.Name}");
            Paragraph(body, null, $"Per niveau en fase het aandeel '{checklist.Map.TopLabel}'.");
            Table(body, $"{checklist.Name} per niveau en fase", [("Niveau", 3), .. checklist.Map.Phases.Select(p => (p.Title, 3))],
                checklist.Map.Levels.Select(level => Row([level.Title, .. checklist.Map.Phases.Select(phase => HeatCell(checklist.Map.Cell(level.Code, phase.Code)))])));
            ImprovementPoints(body, checklist.PointsByItem);
        }

        Paragraph(body, WordStyles.Heading1, "Prioriteren");
        if (report.Ranking is { } ranking)
        {
            Paragraph(body, null, $"Iedere deelnemer verdeelde {report.Budget} punten over de normen ({report.PrioritisingProgress}).");
            Table(body, "Punten per norm", [("Plaats", 1), ("Norm", 7), ("Punten", 2)],
                ranking.Where(r => r.Points > 0).Select(r => Row($"{r.Rank}", $"{r.Number}. {r.Title}", r.Points.ToString(Dutch))));
        }
        else
        {
            Paragraph(body, null, "Er is (nog) niet geprioriteerd.");
        }

        Paragraph(body, WordStyles.Heading1, report.FocusConfirmed ? "Focusnormen" : "Voorstel voor de focusnormen");
        if (report.Focus.Count == 0)
        {
            Paragraph(body, null, "De focusnormen zijn nog niet gekozen.");
        }

        foreach (var focus in report.Focus)
        {
            body.Append(new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.ListParagraph }, new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = WordStyles.BulletList })),
                new Run(new RunProperties(new Bold()), Text($"{focus.Number}. {focus.Title}")),
                new Run(Text($": {string.Join(", ", focus.Reasons)}"))));
        }

        foreach (var note in report.FocusNotes)
        {
            Paragraph(body, null, note);
        }
    }

    private static void ImprovementPoints(Body body, IEnumerable<ReportNorm> norms)
    {
        var withPoints = norms.Where(n => n.ImprovementPoints.Count > 0).ToArray();
        if (withPoints.Length == 0)
        {
            return;
        }

        Paragraph(body, WordStyles.Heading2, "Verbeterpunten");
        foreach (var norm in withPoints)
        {
            Paragraph(body, WordStyles.Label, $"{norm.Number}. {norm.Title}");
            foreach (var point in norm.ImprovementPoints)
            {
                body.Append(new Paragraph(
                    new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.ListParagraph }, new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = WordStyles.BulletList })),
                    new Run(Text(point))));
            }
        }
    }

    private static string HeatCell(Core.Sessions.HeatMapCell cell) =>
        cell.Items == 0 ? "–"
        : cell.TopShare is { } share ? $"{Math.Round(share * 100).ToString(Dutch)}% ({cell.ItemsRevealed} van {cell.Items} besproken)"
        : "nog niet besproken";

    private static string Role(ReportPerson person) =>
        (person.IsChair, person.IsInitiator) switch
        {
            (true, true) => "voorzitter, initiatiefnemer",
            (true, false) => "voorzitter",
            (false, true) => "initiatiefnemer",
            _ => "",
        };

    private static void Paragraph(Body body, string? style, string text)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(new Run(Text(text)));
        body.Append(paragraph);
    }

    private static string[] Row(params string[] cells) => cells;

    private static void Table(Body body, string caption, IReadOnlyList<(string Header, int Weight)> columns, IEnumerable<string[]> rows)
    {
        var total = columns.Sum(c => c.Weight);
        var widths = columns.Select(c => Width * c.Weight / total).ToArray();
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = WordStyles.Table },
                new TableWidth { Type = TableWidthUnitValues.Dxa, Width = widths.Sum().ToString(CultureInfo.InvariantCulture) },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true },
                new TableCaption { Val = caption }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        table.Append(Row(widths, columns.Select(c => c.Header), header: true));
        foreach (var row in rows)
        {
            table.Append(Row(widths, row, header: false));
        }

        body.Append(table);
        body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.AfterTable })));
    }

    private static TableRow Row(int[] widths, IEnumerable<string> cells, bool header)
    {
        var row = new TableRow(header ? new TableRowProperties(new CantSplit(), new TableHeader()) : new TableRowProperties(new CantSplit()));
        row.Append(cells.Select((text, i) => new TableCell(
            new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = widths[i].ToString(CultureInfo.InvariantCulture) }),
            new Paragraph(new Run(Text(text))))));
        return row;
    }

    /// <summary>Text as typed, without the control characters XML cannot hold.</summary>
    private static Text Text(string text) =>
        new(new string([.. text.Where(c => c >= ' ' || c == '\t')])) { Space = SpaceProcessingModeValues.Preserve };
}
