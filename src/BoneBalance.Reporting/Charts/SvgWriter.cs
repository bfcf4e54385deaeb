using System.Text;
using System.Xml;

namespace BoneBalance.Reporting.Charts;

/// <summary>
/// Writes a <see cref="ChartScene"/> as standalone SVG text: <c>role="img"</c> labelled by its <c>&lt;title&gt;</c> and
/// <c>&lt;desc&gt;</c>, a <c>viewBox</c> with width 100 % so it scales to its container, patterns for the fills,
/// invariant-culture numbers, and nothing that varies between runs.
/// </summary>
internal static class SvgWriter
{
    // Colours: text and lines near-black on white (contrast > 15:1); the bar's dark blue #1f4e79 against white is 8.6:1,
    // the threshold red #9b1c1c 7.6:1 (WCAG 1.4.11 asks 3:1 for graphics, 1.4.3 4.5:1 for text).
    internal const string Ink = "#1a1a1a";
    internal const string BarBlue = "#1f4e79";
    internal const string ThresholdRed = "#9b1c1c";
    internal const string GridGrey = "#c8c8c8";
    internal const string AxisGrey = "#555555";
    internal const string BandGrey = "#f2f2f2";
    internal const string LightBlue = "#dbe8f5";

    /// <summary>The SVG text of a scene.</summary>
    public static string Write(ChartScene scene)
    {
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Indent = false, NewLineHandling = NewLineHandling.Entitize };
        using (var xml = XmlWriter.Create(text, settings))
        {
            var id = scene.Id;
            xml.WriteStartElement("svg", "http://www.w3.org/2000/svg");
            xml.WriteAttributeString("viewBox", $"0 0 {C(scene.Width)} {C(scene.Height)}");
            xml.WriteAttributeString("width", "100%");
            xml.WriteAttributeString("role", "img");
            xml.WriteAttributeString("aria-labelledby", $"{id}-title {id}-desc");
            xml.WriteAttributeString("font-family", "DejaVu Sans, Verdana, Arial, sans-serif");
            xml.WriteStartElement("title");
            xml.WriteAttributeString("id", $"{id}-title");
            xml.WriteString(scene.Title);
            xml.WriteEndElement();
            xml.WriteStartElement("desc");
            xml.WriteAttributeString("id", $"{id}-desc");
            xml.WriteString(scene.Description);
            xml.WriteEndElement();
            WritePatterns(xml, id);
            Rect(xml, 0, 0, scene.Width, scene.Height, "#ffffff", null);
            foreach (var item in scene.Items)
            {
                WriteItem(xml, id, item);
            }

            xml.WriteEndElement();
        }

        return text.ToString();
    }

    private static void WritePatterns(XmlWriter xml, string id)
    {
        xml.WriteStartElement("defs");
        Pattern(xml, $"{id}-hatch", LightBlue, "M0,6 L6,0", BarBlue);
        Pattern(xml, $"{id}-dots", LightBlue, null, BarBlue);
        Pattern(xml, $"{id}-band-hatch", "#ffffff", "M0,6 L6,0", "#9a9a9a");
        Pattern(xml, $"{id}-band-dots", "#ffffff", null, "#9a9a9a");
        xml.WriteEndElement();
    }

    // A 6 × 6 tile: a ground, then either a diagonal stroke or a dot.
    private static void Pattern(XmlWriter xml, string name, string ground, string? stroke, string ink)
    {
        xml.WriteStartElement("pattern");
        xml.WriteAttributeString("id", name);
        xml.WriteAttributeString("patternUnits", "userSpaceOnUse");
        xml.WriteAttributeString("width", "6");
        xml.WriteAttributeString("height", "6");
        Rect(xml, 0, 0, 6, 6, ground, null);
        if (stroke is not null)
        {
            xml.WriteStartElement("path");
            xml.WriteAttributeString("d", stroke);
            xml.WriteAttributeString("stroke", ink);
            xml.WriteAttributeString("stroke-width", "1.2");
            xml.WriteEndElement();
        }
        else
        {
            xml.WriteStartElement("circle");
            xml.WriteAttributeString("cx", "3");
            xml.WriteAttributeString("cy", "3");
            xml.WriteAttributeString("r", "1.1");
            xml.WriteAttributeString("fill", ink);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteItem(XmlWriter xml, string id, ChartItem item)
    {
        switch (item)
        {
            case ChartBox box:
                var (fill, outline) = box.Fill switch
                {
                    ChartFill.Bar => (BarBlue, null),
                    ChartFill.LowerBoundBar => ($"url(#{id}-hatch)", BarBlue),
                    ChartFill.EnteredBar => ($"url(#{id}-dots)", BarBlue),
                    ChartFill.Empty => ("#ffffff", AxisGrey),
                    ChartFill.PlainBand => (BandGrey, null),
                    ChartFill.DottedBand => ($"url(#{id}-band-dots)", null),
                    ChartFill.HatchedBand => ($"url(#{id}-band-hatch)", null),
                    ChartFill.LabelGround => ("#ffffff", null),
                    _ => (LightBlue, BarBlue),
                };
                Rect(xml, box.X, box.Y, box.Width, box.Height, fill, outline, box.Tooltip);
                break;
            case ChartLine line:
                xml.WriteStartElement("line");
                xml.WriteAttributeString("x1", C(line.X1));
                xml.WriteAttributeString("y1", C(line.Y1));
                xml.WriteAttributeString("x2", C(line.X2));
                xml.WriteAttributeString("y2", C(line.Y2));
                Stroke(xml, line.Stroke);
                xml.WriteEndElement();
                break;
            case ChartPath path:
                xml.WriteStartElement("polyline");
                xml.WriteAttributeString("points", string.Join(' ', path.Points.Select(p => $"{C(p.X)},{C(p.Y)}")));
                xml.WriteAttributeString("fill", "none");
                Stroke(xml, path.Stroke);
                xml.WriteEndElement();
                break;
            case ChartMarker marker:
                WriteMarker(xml, marker);
                break;
            case ChartLabel label:
                xml.WriteStartElement("text");
                xml.WriteAttributeString("x", C(label.X));
                xml.WriteAttributeString("y", C(label.Y));
                xml.WriteAttributeString("font-size", C(label.Size));
                xml.WriteAttributeString("fill", Ink);
                if (label.Anchor != ChartAnchor.Start)
                {
                    xml.WriteAttributeString("text-anchor", label.Anchor == ChartAnchor.Middle ? "middle" : "end");
                }

                if (label.Bold)
                {
                    xml.WriteAttributeString("font-weight", "bold");
                }

                xml.WriteString(label.Text);
                xml.WriteEndElement();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(item), item, "Unknown chart item.");
        }
    }

    private static void WriteMarker(XmlWriter xml, ChartMarker marker)
    {
        const double r = 4.5;
        var (x, y) = (marker.X, marker.Y);
        xml.WriteStartElement(marker.Shape == ChartMarkerShape.Circle ? "circle" : "polygon");
        if (marker.Shape == ChartMarkerShape.Circle)
        {
            xml.WriteAttributeString("cx", C(x));
            xml.WriteAttributeString("cy", C(y));
            xml.WriteAttributeString("r", C(r));
        }
        else
        {
            xml.WriteAttributeString("points", string.Join(' ', MarkerOutline(marker.Shape, x, y, r).Select(p => $"{C(p.X)},{C(p.Y)}")));
        }

        xml.WriteAttributeString("fill", Ink);
        if (marker.Tooltip is not null)
        {
            xml.WriteElementString("title", marker.Tooltip);
        }

        xml.WriteEndElement();
    }

    /// <summary>The corners of a square, triangle or diamond marker of "radius" <paramref name="r"/> (shared with the PDF painter).</summary>
    internal static ChartPoint[] MarkerOutline(ChartMarkerShape shape, double x, double y, double r) => shape switch
    {
        ChartMarkerShape.Square => [new(x - r, y - r), new(x + r, y - r), new(x + r, y + r), new(x - r, y + r)],
        ChartMarkerShape.Triangle => [new(x, y - r - 1), new(x + r + 1, y + r), new(x - r - 1, y + r)],
        _ => [new(x, y - r - 1), new(x + r + 1, y), new(x, y + r + 1), new(x - r - 1, y)],
    };

    private static void Stroke(XmlWriter xml, ChartStroke stroke)
    {
        var (colour, width, dash) = Pen(stroke);
        xml.WriteAttributeString("stroke", colour);
        xml.WriteAttributeString("stroke-width", C(width));
        if (dash is not null)
        {
            xml.WriteAttributeString("stroke-dasharray", string.Join(' ', dash.Select(C)));
        }
    }

    /// <summary>Colour, width and dash pattern of a stroke (shared with the PDF painter).</summary>
    internal static (string Colour, double Width, double[]? Dash) Pen(ChartStroke stroke) => stroke switch
    {
        ChartStroke.Axis => (AxisGrey, 1, null),
        ChartStroke.Grid => (GridGrey, 0.75, null),
        ChartStroke.Threshold => (ThresholdRed, 2, [6, 3]),
        ChartStroke.Target => (Ink, 3, null),
        ChartStroke.UpperLimit => (ThresholdRed, 2, [8, 3, 2, 3]),
        ChartStroke.SeriesSolid => (Ink, 2, null),
        ChartStroke.SeriesDashed => (Ink, 2, [7, 4]),
        _ => (Ink, 2, [2, 3]),
    };

    private static void Rect(XmlWriter xml, double x, double y, double width, double height, string fill, string? outline, string? tooltip = null)
    {
        xml.WriteStartElement("rect");
        xml.WriteAttributeString("x", C(x));
        xml.WriteAttributeString("y", C(y));
        xml.WriteAttributeString("width", C(width));
        xml.WriteAttributeString("height", C(height));
        xml.WriteAttributeString("fill", fill);
        if (outline is not null)
        {
            xml.WriteAttributeString("stroke", outline);
            xml.WriteAttributeString("stroke-width", "1");
        }

        if (tooltip is not null)
        {
            xml.WriteElementString("title", tooltip);
        }

        xml.WriteEndElement();
    }

    private static string C(double value) => ChartFormat.Coordinate(value);
}
