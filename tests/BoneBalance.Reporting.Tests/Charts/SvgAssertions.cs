using System.Globalization;
using System.Xml.Linq;

namespace BoneBalance.Reporting.Tests.Charts;

/// <summary>Reads an SVG chart back as XML: parsing proves well-formedness, and elements are found by their tooltip.</summary>
internal static class SvgAssertions
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static XElement Parse(string svg)
    {
        var root = XDocument.Parse(svg).Root!;
        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal("100%", (string?)root.Attribute("width"));
        Assert.StartsWith("0 0 640 ", (string?)root.Attribute("viewBox"));
        var title = root.Element(Svg + "title");
        var desc = root.Element(Svg + "desc");
        Assert.False(string.IsNullOrWhiteSpace(title?.Value));
        Assert.False(string.IsNullOrWhiteSpace(desc?.Value));
        Assert.Equal($"{title!.Attribute("id")!.Value} {desc!.Attribute("id")!.Value}", (string?)root.Attribute("aria-labelledby"));
        return root;
    }

    public static XElement RectTitled(XElement root, string tooltipStart) =>
        root.Descendants(Svg + "rect").Single(r => r.Element(Svg + "title")?.Value.StartsWith(tooltipStart, StringComparison.Ordinal) == true);

    public static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    public static IEnumerable<string> Texts(XElement root) => root.Descendants(Svg + "text").Select(t => t.Value);
}
