using System.Globalization;
using System.Xml.Linq;

namespace Glansrijk.Scan.Web.Tests.Charts;

/// <summary>Reads a chart back as XML and checks what every chart promises: a standalone SVG that scales, announced
/// as an image with a title and a description, no inline style (the CSP forbids it), invariant coordinates.</summary>
public static class ChartMarkup
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly string[] NumericAttributes = ["x", "y", "width", "height", "x1", "y1", "x2", "y2", "cx", "cy", "r", "font-size", "stroke-width"];

    public static XElement Parse(string? markup)
    {
        Assert.NotNull(markup);
        var root = XDocument.Parse(markup).Root!;
        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("img", root.Attribute("role")?.Value);
        Assert.Matches(@"^0 0 \d+(\.\d+)? \d+(\.\d+)?$", root.Attribute("viewBox")?.Value);
        Assert.Null(root.Attribute("width"));
        Assert.Null(root.Attribute("height"));
        var children = root.Elements().ToArray();
        Assert.Equal(Svg + "title", children[0].Name);
        Assert.Equal(Svg + "desc", children[1].Name);
        Assert.False(string.IsNullOrWhiteSpace(children[0].Value));
        Assert.False(string.IsNullOrWhiteSpace(children[1].Value));
        Assert.DoesNotContain(root.DescendantsAndSelf(), e => e.Name.LocalName is "style" or "script" || e.Attribute("style") is not null);
        foreach (var attribute in root.DescendantsAndSelf().Attributes().Where(a => NumericAttributes.Contains(a.Name.LocalName)))
        {
            Assert.True(
                double.TryParse(attribute.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _),
                $"{attribute.Name} = '{attribute.Value}' is not an invariant number");
        }

        return root;
    }

    public static string Title(this XElement chart) => chart.Element(Svg + "title")!.Value;

    public static string Description(this XElement chart) => chart.Element(Svg + "desc")!.Value;

    /// <summary>Elements whose class list holds <paramref name="cssClass"/>.</summary>
    public static IEnumerable<XElement> WithClass(this XElement element, string cssClass) =>
        element.Descendants().Where(e => (e.Attribute("class")?.Value ?? "").Split(' ').Contains(cssClass));

    /// <summary>Every text drawn, one string per text element (its lines joined by a space).</summary>
    public static IReadOnlyList<string> Texts(this XElement element) =>
        [.. element.Descendants(Svg + "text").Select(t => t.Elements(Svg + "tspan").Any() ? string.Join(" ", t.Elements(Svg + "tspan").Select(s => s.Value)) : t.Value)];

    public static double Number(this XElement element, string attribute) =>
        double.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);
}
