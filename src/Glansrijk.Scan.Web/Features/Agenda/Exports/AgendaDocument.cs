using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Glansrijk.Scan.Core.Agenda;

namespace Glansrijk.Scan.Web.Features.Agenda.Exports;

/// <summary>The verbeteragenda as a Word document that a municipality can take into its own template: the text uses
/// Word's own styles (Title, Heading 1/2, List Paragraph) with numbered headings and lists from the numbering part,
/// so pasting it into a house style restyles it; every table uses one table style whose header row repeats on each
/// page and whose rows do not break across pages. Language nl-NL, A4 portrait, the action table in a landscape
/// section. The scores are tables with the values, readable without charts.</summary>
public static class AgendaDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Write(AgendaReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            WordStyles.AddTo(main);
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = Footer(report);
            var footerId = main.GetIdOfPart(footer);

            var body = new Body();
            new AgendaDocumentBody(report, body, footerId).Write();
            main.Document = new Document(body);

            package.PackageProperties.Title = report.Title;
            package.PackageProperties.Subject = report.ScanName;
            package.PackageProperties.Creator = "Glansrijk.Scan";
            package.PackageProperties.LastModifiedBy = "Glansrijk.Scan";
            package.PackageProperties.Keywords = $"verbeteragenda; implementatiescan; {report.Region}; {report.Year}";
            package.PackageProperties.Language = "nl-NL";
            package.PackageProperties.Created = DateTime.SpecifyKind(report.ProducedAt, DateTimeKind.Utc);
            package.PackageProperties.Modified = DateTime.SpecifyKind(report.ProducedAt, DateTimeKind.Utc);
        }

        return stream.ToArray();
    }

    private static Footer Footer(AgendaReport report) => new(
        new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Footer }),
            new Run(new Text($"{report.Title} · pagina ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
            new Run(new Text(" van ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " NUMPAGES " }));
}

/// <summary>Writes the sections of the document into the body, in reading order.</summary>
internal sealed class AgendaDocumentBody(AgendaReport report, Body body, string footerId)
{
    // A4 in twentieths of a point, margins of 2 cm.
    private const int A4Short = 11906;
    private const int A4Long = 16838;
    private const int Margin = 1134;
    private const int PortraitWidth = A4Short - (2 * Margin);
    private const int LandscapeWidth = A4Long - (2 * Margin);

    public void Write()
    {
        TitlePage();
        Participants();
        Sessions();
        Scores();
        FocusNorms();
        EndSection(landscape: false);

        Actions();
        EndSection(landscape: true);

        Agreements();
        Ratification();
        ChairAndNextScan();
        body.Append(SectionProperties(landscape: false));
    }

    private void TitlePage()
    {
        Paragraph(WordStyles.Title, report.Title);
        Paragraph(WordStyles.Subtitle, report.ScanName);
        var place = report.LabourMarketRegion is null ? report.Region : $"{report.Region} (arbeidsmarktregio {report.LabourMarketRegion})";
        Paragraph(null, report.AdoptedOn is { } adopted
            ? $"Vastgesteld op {ReportWords.Date(adopted)} door de deelnemers aan de Implementatiescan in {place}. {report.Confirmations.InWords}."
            : $"Concept: deze verbeteragenda van {place} is nog niet vastgesteld.");
        Paragraph(null,
            "In deze verbeteragenda staat wat de partners in de regio samen gaan doen om de overgang van school naar werk " +
            "beter te maken voor jongeren in een kwetsbare positie. Hij is gemaakt in twee sessies: in de eerste scoorden " +
            "de deelnemers de kwaliteitsnormen en de route doorontwikkeling, in de tweede maakten zij afspraken over acties, " +
            "trekkers en de manier waarop zij de voortgang samen bewaken.");
    }

    private void Participants()
    {
        Heading1("Deelnemers en domeinen");
        Table(
            "Deelnemers aan de Implementatiescan",
            PortraitWidth,
            [("Naam", 3), ("Organisatie", 4), ("Functie", 3), ("Domein", 3)],
            report.Participants.Select(p => Row(
                Cell(Lines(p.Name + Roles(p))),
                Cell(Lines(p.Organisation)),
                Cell(Lines(p.Function)),
                Cell(Lines(p.Domain)))));
        var balance = report.Domains.Where(d => !d.IsNorm).Select(d => $"{d.Name} ({d.Seats})").ToArray();
        Paragraph(null, balance.Length == 0
            ? "Alle zes domeinen zaten met twee mensen aan tafel, zoals bedoeld."
            : $"Twee mensen per domein is het uitgangspunt. Anders was het bij: {ReportWords.List(balance)}.");
    }

    private static string Roles(ReportParticipant participant)
    {
        var roles = new List<string>();
        if (participant.IsInitiator)
        {
            roles.Add("initiatiefnemer");
        }

        roles.AddRange(participant.ChairOfSessions.Select(n => $"voorzitter sessie {n}"));
        return roles.Count == 0 ? "" : $" ({string.Join(", ", roles)})";
    }

    private void Sessions()
    {
        Heading1("De twee sessies");
        Table(
            "De sessies van de scan",
            PortraitWidth,
            [("Sessie", 2), ("Datum en tijd", 5), ("Plaats", 4), ("Voorzitter", 4)],
            report.Sessions.Select(s =>
            {
                var chair = report.Chairs.FirstOrDefault(c => c.Session == s.Number);
                return Row(
                    Cell(Lines($"Sessie {s.Number}")),
                    Cell(Lines(s.When)),
                    Cell(Lines(s.Where)),
                    Cell(Lines(chair is null ? "" : $"{chair.Name}, {chair.Organisation}")));
            }));
    }

    private void Scores()
    {
        foreach (var instrument in report.Scores)
        {
            Heading1($"Scores: {instrument.Instrument.ToLowerInvariant()}");
            Paragraph(null,
                $"Per norm de mediaan van de antwoorden (schaal 1 tot en met {instrument.ScaleMaximum}) en hoe eensgezind de groep was. " +
                "Bij minder dan drie antwoorden tonen we geen uitslag, zodat niemand herkenbaar is.");
            var columns = new List<(string, int)> { ("Kwaliteitsnorm", 7), ("Mediaan", 2), ("Antwoord", 4), ("Spreiding", 4) };
            if (instrument.HasPoints)
            {
                columns.Add(("Punten", 2));
            }

            if (instrument.HasLastYear)
            {
                columns.Add(("Vorig jaar", 2));
                columns.Add(("Verschil", 3));
            }

            Table($"Scores {instrument.Instrument}", PortraitWidth, columns, instrument.Norms.Select(norm =>
            {
                var cells = new List<TableCell>
                {
                    Cell(Lines($"{norm.Number}. {norm.Title}")),
                    Cell(JustificationValues.Center, Lines(norm.MedianText)),
                    Cell(Lines(norm.MedianInWords ?? "–")),
                    Cell(Lines(norm.SpreadInWords)),
                };
                if (instrument.HasPoints)
                {
                    cells.Add(Cell(JustificationValues.Center, Lines(norm.Points?.ToString(ReportWords.Dutch) ?? "–")));
                }

                if (instrument.HasLastYear)
                {
                    cells.Add(Cell(JustificationValues.Center, Lines(norm.LastYearText)));
                    cells.Add(Cell(Lines(norm.LastYearChange ?? "–")));
                }

                return Row([.. cells]);
            }));
        }

        foreach (var checklist in report.Checklists)
        {
            Heading1($"Checklist: {checklist.Instrument.ToLowerInvariant()}");
            Paragraph(null,
                $"Per niveau en fase het deel van de antwoorden dat '{checklist.TopLabel.ToLowerInvariant()}' was. " +
                "Zo is te zien waar de samenwerking al staat en waar nog werk ligt.");
            Table(
                $"Checklist {checklist.Instrument} per niveau en fase",
                PortraitWidth,
                [("Niveau", 3), .. checklist.Phases.Select(p => (p, 3))],
                checklist.Rows.Select(row => Row([
                    Cell(Lines(row.Level)),
                    .. row.Cells.Select(c => Cell(JustificationValues.Center, Lines(c.InWords))),
                ])));
        }
    }

    private void FocusNorms()
    {
        Heading1("Focusnormen en bevindingen");
        KeptWithNext(report.FocusNorms.Count == 1
            ? "De groep koos één kwaliteitsnorm om dit jaar samen aan te werken."
            : $"De groep koos {report.FocusNorms.Count} kwaliteitsnormen om dit jaar samen aan te werken.");
        foreach (var focus in report.FocusNorms)
        {
            Heading2($"Norm {focus.Number}: {focus.Title}");
            if (focus.Question is not null)
            {
                body.Append(new Paragraph(new Run(new RunProperties(new Italic()), Text(focus.Question))));
            }

            var why = focus.Signals.Count == 0 ? focus.Choice : $"{focus.Choice}; in sessie 1: {string.Join(", ", focus.Signals)}";
            Paragraph(null, char.ToUpperInvariant(why[0]) + why[1..] + ".");
            if (focus.Findings.Count > 0)
            {
                Paragraph(WordStyles.Label, "Verbeterpunten uit sessie 1");
                foreach (var finding in focus.Findings)
                {
                    ListItem(WordStyles.BulletList, finding);
                }
            }

            Paragraph(null, focus.ActionCount switch
            {
                0 => "Bij deze norm staat nog geen actie.",
                1 => "Bij deze norm hoort 1 actie; zie het actieoverzicht.",
                _ => $"Bij deze norm horen {focus.ActionCount} acties; zie het actieoverzicht.",
            });
        }
    }

    private void Actions()
    {
        Heading1("Acties");
        Paragraph(null, "Elke actie heeft een trekker, een deadline en een checkmoment. De trekker houdt de status bij (Plan, Do, Check, Act).");
        var rows = new List<TableRow>();
        foreach (var group in report.Actions.GroupBy(a => a.Norm))
        {
            // A row across the table names the focus norm; the actions under it follow.
            rows.Add(Row(new TableCell(
                new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = "0" }, new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "F2F5F9" }),
                new Paragraph(new ParagraphProperties(new KeepNext()), Bold($"Focusnorm {group.Key}").First()))));
            rows.AddRange(group.Select(a => Row(
                Cell(Lines(a.Number.ToString(ReportWords.Dutch))),
                new TableCell(CellProperties(), Paragraph(Bold(a.Title)), Paragraph(Lines(a.ForYoungPeople))),
                Cell(Lines(a.OwnerOrganisation.Length == 0 ? a.Owner : $"{a.Owner}\n{a.OwnerOrganisation}")),
                Cell(Lines(string.Join("\n", a.Organisations))),
                Cell(Lines(string.Join("\n", [
                    $"Start: {ReportWords.Date(a.Start)}",
                    .. a.CheckMoments.Select(c => $"Check: {ReportWords.Date(c)}"),
                    $"Deadline: {ReportWords.Date(a.Deadline)}",
                ]))),
                Cell(Lines(string.Join('\n', a.Indicators.Select(i => $"{i.Standing.InOneLine}. {i.Standing.Trend}").Prepend(a.ResultIndicator)))),
                Cell(Lines(a.Status)))));
        }

        Table(
            "Acties van de verbeteragenda",
            LandscapeWidth,
            [("Nr", 7), ("Actie en wat er voor jongeren verandert", 48), ("Trekker", 30), ("Betrokken organisaties", 30),
                ("Planning", 40), ("Zo merken we het", 40), ("Status", 14)],
            rows);
    }

    private void Agreements()
    {
        Heading1("Procesafspraken");
        if (report.ProcessAgreements is not { } agreements)
        {
            Paragraph(null, "Er zijn (nog) geen procesafspraken vastgelegd.");
            return;
        }

        Table(
            "Procesafspraken",
            PortraitWidth,
            [("Afspraak", 4), ("Wat we hebben afgesproken", 9)],
            agreements.InWords().Select(a => Row(Cell(Bold(a.Topic)), Cell(Lines(a.Text.Length == 0 ? "–" : a.Text)))));
    }

    private void Ratification()
    {
        Heading1("Afhechting");
        Heading2("Goedkeuring binnen de eigen organisatie");
        if (report.InternalApprovals.Count == 0)
        {
            Paragraph(null, "Geen van de organisaties hoeft de agenda nog intern voor te leggen.");
        }
        else
        {
            Table("Interne goedkeuring", PortraitWidth, [("Organisatie", 5), ("Wie keurt goed", 5), ("Status", 3)],
                report.InternalApprovals.Select(a => Row(Cell(Lines(a.Organisation)), Cell(Lines(a.Body)), Cell(Lines(a.Status)))));
        }

        Heading2("Organisaties die we vragen aan te sluiten");
        if (report.ExternalInvitations.Count == 0)
        {
            Paragraph(null, "Er zijn geen organisaties buiten deze groep gevraagd om aan te sluiten.");
        }
        else
        {
            Table("Organisaties die we vragen aan te sluiten", PortraitWidth, [("Organisatie", 5), ("Wie benadert hen", 5), ("Status", 3)],
                report.ExternalInvitations.Select(i => Row(Cell(Lines(i.Organisation)), Cell(Lines(i.Contact)), Cell(Lines(i.Status)))));
        }

        Heading2("Bevestiging door de deelnemers");
        Paragraph(null, $"{report.Confirmations.InWords}.");
        foreach (var objection in report.Confirmations.Objections)
        {
            ListItem(WordStyles.BulletList, $"Niet akkoord: {objection.Name}. {objection.Reason}");
        }
    }

    private void ChairAndNextScan()
    {
        Heading1("Voorzitter en volgende scan");
        foreach (var chair in report.Chairs)
        {
            Paragraph(null, $"Voorzitter sessie {chair.Session}: {chair.Name}, {chair.Organisation}.");
            if (chair.RotationNote is not null)
            {
                Paragraph(null, $"Toelichting op de keuze: {chair.RotationNote}");
            }
        }

        Paragraph(null, report.RotationNote);
        Paragraph(null, $"Volgende Implementatiescan: {report.NextScan.InWords}.");
    }

    private void Heading1(string text) => Paragraph(WordStyles.Heading1, text);

    private void KeptWithNext(string text) => body.Append(With(new Paragraph(new ParagraphProperties(new KeepNext())), Lines(text)));

    private void Heading2(string text) => Paragraph(WordStyles.Heading2, text);

    private void Paragraph(string? style, string text)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(Lines(text));
        body.Append(paragraph);
    }

    private void ListItem(int numberingId, string text) => body.Append(With(
        new Paragraph(new ParagraphProperties(
            new ParagraphStyleId { Val = WordStyles.ListParagraph },
            new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numberingId }))),
        Lines(text)));

    private void EndSection(bool landscape) =>
        body.Append(new Paragraph(new ParagraphProperties(SectionProperties(landscape))));

    private SectionProperties SectionProperties(bool landscape) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new SectionType { Val = SectionMarkValues.NextPage },
        new PageSize
        {
            Width = (UInt32Value)(uint)(landscape ? A4Long : A4Short),
            Height = (UInt32Value)(uint)(landscape ? A4Short : A4Long),
            Orient = landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait,
        },
        new PageMargin
        {
            Top = Margin,
            Bottom = Margin,
            Left = (UInt32Value)(uint)Margin,
            Right = (UInt32Value)(uint)Margin,
            Header = 567,
            Footer = 567,
            Gutter = 0,
        });

    private void Table(string caption, int width, IReadOnlyList<(string Header, int Weight)> columns, IEnumerable<TableRow> rows)
    {
        var total = columns.Sum(c => c.Weight);
        var widths = columns.Select(c => width * c.Weight / total).ToArray();
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = WordStyles.Table },
                new TableWidth { Type = TableWidthUnitValues.Dxa, Width = widths.Sum().ToString(ReportWords.Dutch) },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true },
                new TableCaption { Val = caption }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(ReportWords.Dutch) })));

        var header = With(
            new TableRow(new TableRowProperties(new CantSplit(), new TableHeader())),
            columns.Select((c, i) => new TableCell(CellProperties(widths[i]), Paragraph(Lines(c.Header)))));
        table.Append(header);
        foreach (var row in rows)
        {
            var cells = row.Elements<TableCell>().ToArray();
            if (cells.Length == 1 && widths.Length > 1)
            {
                cells[0].TableCellProperties!.TableCellWidth = new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = widths.Sum().ToString(ReportWords.Dutch) };
                cells[0].TableCellProperties!.GridSpan = new GridSpan { Val = widths.Length };
            }

            for (var i = 0; i < cells.Length && i < widths.Length && cells.Length > 1; i++)
            {
                cells[i].TableCellProperties!.TableCellWidth = new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = widths[i].ToString(ReportWords.Dutch) };
            }

            table.Append(row);
        }

        body.Append(table);
        // Word needs a paragraph between two tables, or it joins them; it also gives air after the table.
        body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.AfterTable })));
    }

    private static TableRow Row(params TableCell[] cells) => With(new TableRow(new TableRowProperties(new CantSplit())), cells);

    private static TableCell Cell(IEnumerable<OpenXmlElement> content) => new(CellProperties(), Paragraph(content));

    private static TableCell Cell(JustificationValues alignment, IEnumerable<OpenXmlElement> content) =>
        new(CellProperties(), With(new Paragraph(new ParagraphProperties(new Justification { Val = alignment })), content));

    private static TableCellProperties CellProperties(int? width = null) =>
        new(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = (width ?? 0).ToString(ReportWords.Dutch) });

    private static Paragraph Paragraph(IEnumerable<OpenXmlElement> content) => new(content);

    private static T With<T>(T element, IEnumerable<OpenXmlElement> children)
        where T : OpenXmlElement
    {
        element.Append(children);
        return element;
    }

    private static IEnumerable<OpenXmlElement> Bold(string text) =>
        Lines(text).Select(run => { ((Run)run).PrependChild(new RunProperties(new Bold())); return run; });

    /// <summary>Runs for text that may hold line breaks; each line break becomes a break in the same paragraph.</summary>
    private static IEnumerable<OpenXmlElement> Lines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = new Run(Text(lines[i]));
            if (i > 0)
            {
                run.PrependChild(new Break());
            }

            yield return run;
        }
    }

    /// <summary>Text as typed, without the control characters XML cannot hold.</summary>
    private static Text Text(string text) =>
        new(new string([.. text.Where(c => c >= ' ' || c == '\t')])) { Space = SpaceProcessingModeValues.Preserve };
}
