using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Glansrijk.Scan.Web.Features.Agenda.Exports;

/// <summary>The styles, numbering and settings of the Word document. The paragraph styles carry Word's built-in ids
/// and names ("heading 1", "Title", "List Paragraph"): pasted into a municipality's template, the text takes on
/// that template's look. Headings are numbered 1, 1.1 through a multi-level list linked to the heading styles.</summary>
internal static class WordStyles
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string ListParagraph = "ListParagraph";
    public const string Footer = "Footer";
    public const string Label = "Tussenkop";
    public const string AfterTable = "NaTabel";
    public const string Table = "Agendatabel";

    public const int HeadingList = 1;
    public const int BulletList = 2;

    private const string Font = "Arial";
    private const string Accent = "1F4E79";
    private const string HeaderFill = "DCE6F0";
    private const string Border = "8EA9C1";

    public static void AddTo(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = Styles();
        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = Numbering();
        var settings = main.AddNewPart<DocumentSettingsPart>();
        settings.Settings = new Settings(
            new DefaultTabStop { Val = 709 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            new ThemeFontLanguages { Val = "nl-NL" });
    }

    private static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = "20" },
                new FontSizeComplexScript { Val = "20" },
                new Languages { Val = "nl-NL", EastAsia = "nl-NL", Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        ParagraphStyle(Normal, "Normal", basedOn: null, isDefault: true, priority: 0),
        ParagraphStyle(Title, "Title", Normal, priority: 10,
            paragraph: new StyleParagraphProperties(new SpacingBetweenLines { After = "240" }),
            run: new StyleRunProperties(new Bold(), new Color { Val = Accent }, new FontSize { Val = "44" }, new FontSizeComplexScript { Val = "44" })),
        ParagraphStyle(Subtitle, "Subtitle", Normal, priority: 11,
            paragraph: new StyleParagraphProperties(new SpacingBetweenLines { After = "360" }),
            run: new StyleRunProperties(new Color { Val = "404040" }, new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" })),
        ParagraphStyle(Heading1, "heading 1", Normal, priority: 9,
            paragraph: new StyleParagraphProperties(
                new KeepNext(),
                new KeepLines(),
                new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = HeadingList }),
                new SpacingBetweenLines { Before = "360", After = "160" },
                new OutlineLevel { Val = 0 }),
            run: new StyleRunProperties(new Bold(), new Color { Val = Accent }, new FontSize { Val = "32" }, new FontSizeComplexScript { Val = "32" })),
        ParagraphStyle(Heading2, "heading 2", Normal, priority: 9,
            paragraph: new StyleParagraphProperties(
                new KeepNext(),
                new KeepLines(),
                new NumberingProperties(new NumberingLevelReference { Val = 1 }, new NumberingId { Val = HeadingList }),
                new SpacingBetweenLines { Before = "240", After = "120" },
                new OutlineLevel { Val = 1 }),
            run: new StyleRunProperties(new Bold(), new Color { Val = Accent }, new FontSize { Val = "26" }, new FontSizeComplexScript { Val = "26" })),
        ParagraphStyle(ListParagraph, "List Paragraph", Normal, priority: 34,
            paragraph: new StyleParagraphProperties(new SpacingBetweenLines { After = "60" }, new Indentation { Left = "720" }, new ContextualSpacing())),
        ParagraphStyle(Label, "Tussenkop", Normal, priority: 20,
            paragraph: new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = "60" }),
            run: new StyleRunProperties(new Bold())),
        ParagraphStyle(AfterTable, "Na tabel", Normal, priority: 99,
            paragraph: new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto })),
        ParagraphStyle(Footer, "footer", Normal, priority: 99,
            paragraph: new StyleParagraphProperties(new Justification { Val = JustificationValues.Right }),
            run: new StyleRunProperties(new Color { Val = "595959" }, new FontSize { Val = "16" }, new FontSizeComplexScript { Val = "16" })),
        new Style(
            new StyleName { Val = "Normal Table" },
            new UIPriority { Val = 99 },
            new SemiHidden(),
            new UnhideWhenUsed(),
            new StyleTableProperties(
                new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true },
        TableStyle());

    private static Style ParagraphStyle(
        string id,
        string name,
        string? basedOn,
        bool isDefault = false,
        int priority = 99,
        StyleParagraphProperties? paragraph = null,
        StyleRunProperties? run = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
            style.Append(new NextParagraphStyle { Val = Normal });
        }

        style.Append(new UIPriority { Val = priority });
        style.Append(new PrimaryStyle());
        if (paragraph is not null)
        {
            style.Append(paragraph);
        }

        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }

    private static Style TableStyle() => new(
        new StyleName { Val = "Verbeteragenda tabel" },
        new BasedOn { Val = "TableNormal" },
        new UIPriority { Val = 59 },
        new StyleParagraphProperties(new SpacingBetweenLines { Before = "40", After = "40", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
        new StyleRunProperties(new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" }),
        new StyleTableProperties(
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Color = Border },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Color = Border },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Color = Border },
                new RightBorder { Val = BorderValues.Single, Size = 4, Color = Border },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = Border },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = Border }),
            new TableCellMarginDefault(
                new TopMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })),
        new TableStyleProperties(
            new StyleParagraphProperties(new KeepNext()),
            new RunPropertiesBaseStyle(new Bold(), new Color { Val = Accent }),
            new TableStyleConditionalFormattingTableCellProperties(
                new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = HeaderFill }))
        { Type = TableStyleOverrideValues.FirstRow })
    { Type = StyleValues.Table, StyleId = Table, CustomStyle = true };

    private static Numbering Numbering() => new(
        new AbstractNum(
            new Nsid { Val = "4A1F0C01" },
            new MultiLevelType { Val = MultiLevelValues.Multilevel },
            HeadingLevel(0, Heading1, "%1."),
            HeadingLevel(1, Heading2, "%1.%2"))
        { AbstractNumberId = 0 },
        new AbstractNum(
            new Nsid { Val = "4A1F0C02" },
            new MultiLevelType { Val = MultiLevelValues.HybridMultilevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = "•" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))
            { LevelIndex = 0 })
        { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = HeadingList },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = BulletList });

    private static Level HeadingLevel(int index, string style, string text) => new(
        new StartNumberingValue { Val = 1 },
        new NumberingFormat { Val = NumberFormatValues.Decimal },
        new ParagraphStyleIdInLevel { Val = style },
        new LevelText { Val = text },
        new LevelJustification { Val = LevelJustificationValues.Left },
        new PreviousParagraphProperties(new Indentation { Left = index == 0 ? "567" : "709", Hanging = index == 0 ? "567" : "709" }))
    { LevelIndex = index };
}
