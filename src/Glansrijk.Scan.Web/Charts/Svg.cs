using System.Globalization;
using System.Xml.Linq;

namespace Glansrijk.Scan.Web.Charts;

/// <summary>The SVG elements the charts are made of. Built as XML so every text is escaped by the writer, never by
/// hand; coordinates are written with invariant digits (a Dutch server must not write "12,5" into a viewBox).
/// <para>Colours go in presentation attributes so a chart looks right on its own (a report, an export); the classes
/// let site.css restyle it in the app. There is never a style attribute: the CSP forbids inline styles.</para></summary>
internal static class Svg
{
    public static readonly XNamespace Namespace = "http://www.w3.org/2000/svg";

    /// <summary>A standalone SVG document that scales to the width of its container.</summary>
    public static string Document(string kind, double width, double height, string title, string description, IEnumerable<XElement> content)
    {
        var root = new XElement(
            Namespace + "svg",
            new XAttribute("viewBox", $"0 0 {Number(width)} {Number(height)}"),
            new XAttribute("class", $"chart chart--{kind}"),
            new XAttribute("role", "img"),
            new XAttribute("font-family", ChartPalette.FontFamily),
            new XAttribute("font-size", Number(ChartPalette.FontSize)),
            new XAttribute("fill", ChartPalette.Ink),
            new XElement(Namespace + "title", title),
            new XElement(Namespace + "desc", description),
            content);
        return root.ToString(SaveOptions.DisableFormatting);
    }

    public static XElement Group(string cssClass, params object?[] content) =>
        new(Namespace + "g", new XAttribute("class", cssClass), content);

    public static XElement Rect(double x, double y, double width, double height, string cssClass, string fill, string? stroke = null, double strokeWidth = 2, bool dashed = false) =>
        new(
            Namespace + "rect",
            new XAttribute("class", cssClass),
            new XAttribute("x", Number(x)),
            new XAttribute("y", Number(y)),
            new XAttribute("width", Number(Math.Max(0, width))),
            new XAttribute("height", Number(Math.Max(0, height))),
            new XAttribute("fill", fill),
            Stroke(stroke, strokeWidth, dashed));

    public static XElement Line(double x1, double y1, double x2, double y2, string cssClass, string stroke, double strokeWidth = 2, bool dashed = false) =>
        new(
            Namespace + "line",
            new XAttribute("class", cssClass),
            new XAttribute("x1", Number(x1)),
            new XAttribute("y1", Number(y1)),
            new XAttribute("x2", Number(x2)),
            new XAttribute("y2", Number(y2)),
            Stroke(stroke, strokeWidth, dashed));

    public static XElement Circle(double cx, double cy, double r, string cssClass, string fill, string? stroke = null, double strokeWidth = 2) =>
        new(
            Namespace + "circle",
            new XAttribute("class", cssClass),
            new XAttribute("cx", Number(cx)),
            new XAttribute("cy", Number(cy)),
            new XAttribute("r", Number(r)),
            new XAttribute("fill", fill),
            Stroke(stroke, strokeWidth, false));

    /// <summary>A line through <paramref name="points"/>, without fill.</summary>
    public static XElement Polyline(IEnumerable<(double X, double Y)> points, string cssClass, string stroke, double strokeWidth = 3, bool dashed = false) =>
        new(
            Namespace + "polyline",
            new XAttribute("class", cssClass),
            new XAttribute("points", string.Join(' ', points.Select(p => $"{Number(p.X)},{Number(p.Y)}"))),
            new XAttribute("fill", "none"),
            Stroke(stroke, strokeWidth, dashed));

    /// <summary>One line of text; <paramref name="anchor"/> is start, middle or end.</summary>
    public static XElement Text(double x, double y, string text, string cssClass, string anchor = "start", double? size = null, bool bold = false, string? fill = null) =>
        new(
            Namespace + "text",
            new XAttribute("class", cssClass),
            new XAttribute("x", Number(x)),
            new XAttribute("y", Number(y)),
            anchor == "start" ? null : new XAttribute("text-anchor", anchor),
            size is { } s ? new XAttribute("font-size", Number(s)) : null,
            bold ? new XAttribute("font-weight", "700") : null,
            fill is null ? null : new XAttribute("fill", fill),
            text);

    /// <summary>Several lines, the first at <paramref name="y"/>, each <paramref name="lineHeight"/> lower.</summary>
    public static XElement Lines(double x, double y, IReadOnlyList<string> lines, double lineHeight, string cssClass, string anchor = "start", double? size = null, bool bold = false, string? fill = null)
    {
        var text = Text(x, y, "", cssClass, anchor, size, bold, fill);
        text.Add(lines.Select((line, index) => new XElement(
            Namespace + "tspan",
            new XAttribute("x", Number(x)),
            new XAttribute("y", Number(y + (index * lineHeight))),
            line)));
        return text;
    }

    /// <summary>Invariant, at most two decimals, never "-0".</summary>
    public static string Number(double value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" : rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }

    private static XAttribute[] Stroke(string? stroke, double width, bool dashed) => stroke is null
        ? []
        : dashed
            ? [new("stroke", stroke), new("stroke-width", Number(width)), new("stroke-dasharray", $"{Number(width * 3)} {Number(width * 2)}")]
            : [new("stroke", stroke), new("stroke-width", Number(width))];
}
