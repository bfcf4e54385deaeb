using System.Globalization;
using BoneBalance.Reporting.Charts;
using PdfSharp.Drawing;

namespace BoneBalance.Reporting.Pdf;

/// <summary>
/// Paints a <see cref="ChartScene"/> with PDFsharp's vector graphics: the same items, colours, dashes and patterns as
/// <see cref="SvgWriter"/>, scaled from chart units to the width available on the page.
/// </summary>
internal static class PdfChartPainter
{
    private const double PatternTile = 6;

    /// <summary>Paints <paramref name="scene"/> with its top-left corner at (<paramref name="x"/>, <paramref name="y"/>),
    /// <paramref name="width"/> points wide; returns the height used.</summary>
    internal static double Paint(XGraphics gfx, ChartScene scene, double x, double y, double width)
    {
        var scale = width / scene.Width;
        var state = gfx.Save();
        gfx.TranslateTransform(x, y);
        gfx.ScaleTransform(scale);
        foreach (var item in scene.Items)
        {
            PaintItem(gfx, item);
        }

        gfx.Restore(state);
        return scene.Height * scale;
    }

    private static void PaintItem(XGraphics gfx, ChartItem item)
    {
        switch (item)
        {
            case ChartBox box:
                PaintBox(gfx, box);
                break;
            case ChartLine line:
                gfx.DrawLine(Pen(line.Stroke), line.X1, line.Y1, line.X2, line.Y2);
                break;
            case ChartPath path:
                gfx.DrawLines(Pen(path.Stroke), [.. path.Points.Select(p => new XPoint(p.X, p.Y))]);
                break;
            case ChartMarker marker:
                const double r = 4.5;
                var ink = new XSolidBrush(Colour(SvgWriter.Ink));
                if (marker.Shape == ChartMarkerShape.Circle)
                {
                    gfx.DrawEllipse(ink, marker.X - r, marker.Y - r, 2 * r, 2 * r);
                }
                else
                {
                    gfx.DrawPolygon(ink, [.. SvgWriter.MarkerOutline(marker.Shape, marker.X, marker.Y, r).Select(p => new XPoint(p.X, p.Y))], XFillMode.Winding);
                }

                break;
            case ChartLabel label:
                var font = new XFont(DejaVuFontResolver.FamilyName, label.Size, label.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
                var textWidth = gfx.MeasureString(label.Text, font).Width;
                var left = label.Anchor switch
                {
                    ChartAnchor.Middle => label.X - textWidth / 2,
                    ChartAnchor.End => label.X - textWidth,
                    _ => label.X,
                };
                gfx.DrawString(label.Text, font, new XSolidBrush(Colour(SvgWriter.Ink)), left, label.Y);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(item), item, "Unknown chart item.");
        }
    }

    private static void PaintBox(XGraphics gfx, ChartBox box)
    {
        var rect = new XRect(box.X, box.Y, Math.Max(box.Width, 0), Math.Max(box.Height, 0));
        switch (box.Fill)
        {
            case ChartFill.Bar:
                gfx.DrawRectangle(new XSolidBrush(Colour(SvgWriter.BarBlue)), rect);
                break;
            case ChartFill.LowerBoundBar:
                Patterned(gfx, rect, SvgWriter.LightBlue, SvgWriter.BarBlue, hatched: true, SvgWriter.BarBlue);
                break;
            case ChartFill.EnteredBar:
                Patterned(gfx, rect, SvgWriter.LightBlue, SvgWriter.BarBlue, hatched: false, SvgWriter.BarBlue);
                break;
            case ChartFill.Empty:
                gfx.DrawRectangle(new XPen(Colour(SvgWriter.AxisGrey), 1), XBrushes.White, rect);
                break;
            case ChartFill.LabelGround:
                gfx.DrawRectangle(XBrushes.White, rect);
                break;
            case ChartFill.PlainBand:
                gfx.DrawRectangle(new XSolidBrush(Colour(SvgWriter.BandGrey)), rect);
                break;
            case ChartFill.DottedBand:
                Patterned(gfx, rect, "#ffffff", "#9a9a9a", hatched: false, outline: null);
                break;
            case ChartFill.HatchedBand:
                Patterned(gfx, rect, "#ffffff", "#9a9a9a", hatched: true, outline: null);
                break;
            default:
                gfx.DrawRectangle(new XPen(Colour(SvgWriter.BarBlue), 1), new XSolidBrush(Colour(SvgWriter.LightBlue)), rect);
                break;
        }
    }

    // The SVG patterns drawn by hand: the same 6-unit tile, aligned to the chart's origin as SVG user-space patterns are.
    private static void Patterned(XGraphics gfx, XRect rect, string ground, string ink, bool hatched, string? outline)
    {
        if (rect.Width <= 0 || rect.Height <= 0)
        {
            return;
        }

        gfx.DrawRectangle(new XSolidBrush(Colour(ground)), rect);
        var state = gfx.Save();
        gfx.IntersectClip(rect);
        var firstX = Math.Floor(rect.Left / PatternTile) * PatternTile;
        var firstY = Math.Floor(rect.Top / PatternTile) * PatternTile;
        if (hatched)
        {
            var pen = new XPen(Colour(ink), 1.2);
            for (var tx = firstX; tx < rect.Right; tx += PatternTile)
            {
                for (var ty = firstY; ty < rect.Bottom; ty += PatternTile)
                {
                    gfx.DrawLine(pen, tx, ty + PatternTile, tx + PatternTile, ty);
                }
            }
        }
        else
        {
            var brush = new XSolidBrush(Colour(ink));
            for (var tx = firstX; tx < rect.Right; tx += PatternTile)
            {
                for (var ty = firstY; ty < rect.Bottom; ty += PatternTile)
                {
                    gfx.DrawEllipse(brush, tx + 1.9, ty + 1.9, 2.2, 2.2);
                }
            }
        }

        gfx.Restore(state);
        if (outline is not null)
        {
            gfx.DrawRectangle(new XPen(Colour(outline), 1), rect);
        }
    }

    private static XPen Pen(ChartStroke stroke)
    {
        var (colour, width, dash) = SvgWriter.Pen(stroke);
        var pen = new XPen(Colour(colour), width);
        if (dash is not null)
        {
            // PDFsharp's dash lengths are in multiples of the pen width, SVG's in user units.
            pen.DashStyle = XDashStyle.Custom;
            pen.DashPattern = [.. dash.Select(d => d / width)];
        }

        return pen;
    }

    /// <summary>An <c>#rrggbb</c> colour.</summary>
    internal static XColor Colour(string hex) => XColor.FromArgb(
        int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
}
