using BoneBalance.Reporting.Charts;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace BoneBalance.Reporting.Pdf;

/// <summary>
/// Flows the report down A4 pages: wrapped paragraphs, headings kept with what follows, charts kept whole, a new page
/// whenever the next line or chart does not fit. The page header and "Page n of N" are drawn at the end, once the
/// number of pages is known.
/// </summary>
internal sealed class PageFlow : IDisposable
{
    internal const double Margin = 50;
    private const double TopMargin = 62;
    private const double BottomMargin = 56;

    private readonly PdfDocument _document;
    private XGraphics _gfx;
    private double _y;

    internal PageFlow(PdfDocument document)
    {
        _document = document;
        _gfx = NewPage();
    }

    /// <summary>The width available for text and charts.</summary>
    internal double Width => Page.Width.Point - 2 * Margin;

    private PdfPage Page => _document.Pages[^1];

    private double Bottom => Page.Height.Point - BottomMargin;

    /// <summary>The font of a style.</summary>
    internal static XFont Font(TextStyle style) => style switch
    {
        TextStyle.Strong => new XFont(DejaVuFontResolver.FamilyName, 9.5, XFontStyleEx.Bold),
        TextStyle.Small => new XFont(DejaVuFontResolver.FamilyName, 8, XFontStyleEx.Regular),
        TextStyle.Heading => new XFont(DejaVuFontResolver.FamilyName, 13, XFontStyleEx.Bold),
        TextStyle.Subheading => new XFont(DejaVuFontResolver.FamilyName, 10.5, XFontStyleEx.Bold),
        TextStyle.Title => new XFont(DejaVuFontResolver.FamilyName, 18, XFontStyleEx.Bold),
        _ => new XFont(DejaVuFontResolver.FamilyName, 9.5, XFontStyleEx.Regular),
    };

    private static double LineHeight(XFont font) => font.Size * 1.32;

    /// <summary>A section heading, moved to a new page when fewer than three body lines — or, with
    /// <paramref name="keepWith"/>, a chart of that height — would follow it there.</summary>
    internal void Heading(string text, TextStyle style = TextStyle.Heading, ChartScene? keepWith = null)
    {
        var font = Font(style);
        Space(style == TextStyle.Heading ? 10 : 5);
        KeepTogether(LineHeight(font) + (keepWith is null ? 3 * LineHeight(Font(TextStyle.Body)) : ChartHeight(keepWith)));
        Paragraph(text, style);
        if (style == TextStyle.Heading)
        {
            _gfx.DrawLine(new XPen(PdfChartPainter.Colour(SvgWriter.AxisGrey), 0.6), Margin, _y - 2, Margin + Width, _y - 2);
            _y += 3;
        }
    }

    /// <summary>
    /// A wrapped paragraph. With a <paramref name="bar"/>, a vertical bar runs beside every line (on every page the
    /// paragraph spans): a thick dark-red bar marks what must not be missed, a thin grey one an ordinary item.
    /// </summary>
    internal void Paragraph(string text, TextStyle style = TextStyle.Body, double indent = 0, MarginBar bar = MarginBar.None)
    {
        var font = Font(style);
        var height = LineHeight(font);
        var left = Margin + indent + (bar == MarginBar.None ? 0 : 10);
        var brush = new XSolidBrush(PdfChartPainter.Colour(SvgWriter.Ink));
        foreach (var line in WordWrap.Lines(text, Margin + Width - left, s => _gfx.MeasureString(s, font).Width))
        {
            if (_y + height > Bottom)
            {
                NextPage();
            }

            if (bar != MarginBar.None)
            {
                var (colour, width) = bar == MarginBar.Loud ? (SvgWriter.ThresholdRed, 4.0) : (SvgWriter.GridGrey, 1.5);
                _gfx.DrawRectangle(new XSolidBrush(PdfChartPainter.Colour(colour)), Margin + indent, _y, width, height);
            }

            _gfx.DrawString(line, font, brush, left, _y + font.Size);
            _y += height;
        }
    }

    /// <summary>A chart across the text width, on a new page when it does not fit on this one; its title above it.</summary>
    internal void Chart(ChartScene scene)
    {
        KeepTogether(ChartHeight(scene));
        Paragraph(scene.Title, TextStyle.Subheading);
        _y += 2;
        _y += PdfChartPainter.Paint(_gfx, scene, Margin, _y, Width);
        _y += 6;
    }

    /// <summary>The height a chart takes with its title.</summary>
    private double ChartHeight(ChartScene scene) => scene.Height * Width / scene.Width + LineHeight(Font(TextStyle.Subheading)) + 8;

    /// <summary>Vertical space, never carried onto a new page.</summary>
    internal void Space(double points) => _y = Math.Min(_y + points, Bottom);

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one.</summary>
    internal void KeepTogether(double height)
    {
        if (_y + height > Bottom && _y > TopMargin)
        {
            NextPage();
        }
    }

    /// <summary>Draws the header and "Page n of N" on every page and ends the flow.</summary>
    internal void Finish(string header)
    {
        _gfx.Dispose();
        var font = Font(TextStyle.Small);
        var brush = new XSolidBrush(PdfChartPainter.Colour(SvgWriter.Ink));
        var pen = new XPen(PdfChartPainter.Colour(SvgWriter.GridGrey), 0.6);
        var count = _document.Pages.Count;
        for (var i = 0; i < count; i++)
        {
            var page = _document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var width = page.Width.Point;
            var height = page.Height.Point;
            gfx.DrawString(header, font, brush, Margin, 34);
            gfx.DrawLine(pen, Margin, 40, width - Margin, 40);
            gfx.DrawLine(pen, Margin, height - 40, width - Margin, height - 40);
            var number = $"Page {i + 1} of {count}";
            gfx.DrawString(number, font, brush, width - Margin - gfx.MeasureString(number, font).Width, height - 28);
        }

        _gfx = null!;
    }

    /// <inheritdoc/>
    public void Dispose() => _gfx?.Dispose();

    private void NextPage()
    {
        _gfx.Dispose();
        _gfx = NewPage();
    }

    private XGraphics NewPage()
    {
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        _y = TopMargin;
        return XGraphics.FromPdfPage(page);
    }
}
