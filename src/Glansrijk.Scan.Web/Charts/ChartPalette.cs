namespace Glansrijk.Scan.Web.Charts;

/// <summary>The colours and type of every chart, written into the SVG so it stands on its own; the `.chart` section
/// of site.css repeats them for the app. On white, text keeps at least 4.5:1 and bars and lines at least 3:1
/// (WCAG 2.1 AA); no colour is the only carrier of a value, there is always text or shape beside it.</summary>
internal static class ChartPalette
{
    public const string FontFamily = "'Noto Sans Variable', Arial, sans-serif";
    public const double FontSize = 20;

    public const string Ink = "#1a1a1a";
    public const string Muted = "#4a4a4a";
    public const string Bar = "#1f4e7a";
    public const string Grid = "#767676";
    public const string Background = "#ffffff";
    public const string Median = "#b3261e";

    /// <summary>Heat map fills from a low to a high share, each with the text colour that reads on it.</summary>
    public static readonly IReadOnlyList<(string Fill, string Text)> HeatSteps =
    [
        ("#eef3f8", Ink),
        ("#c6d8ea", Ink),
        ("#8db2d6", Ink),
        ("#3d73a6", Background),
        ("#1f4e7a", Background),
    ];
}
