using BoneBalance.Reporting.Charts;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace BoneBalance.Reporting.Pdf;

/// <summary>
/// Flows the report down A4 pages: wrapped paragraphs, headings kept with what follows, charts kept whole, a new page
/// whenever the next line or chart does not fit. Each page starts with its header and "Page n of N", the number of pages
/// known from a first pass.
/// Every mark is tagged as it is drawn (PDF/UA-style, through PDFsharp's <see cref="UAManager"/>): headings as H1–H3,
/// paragraphs as P, list items as LI, charts as Figures with their description as alternate text, and the page
/// furniture (header, footer, rules, margin bars) as artifacts, so a screen reader gets the text in reading order.
/// </summary>
internal sealed class PageFlow : IDisposable
{
    internal const double Margin = 50;
    private const double TopMargin = 62;
    private const double BottomMargin = 56;

    private readonly PdfDocument _document;
    private readonly UAManager _ua;
    private readonly StructureBuilder _tags;
    private readonly string _header;
    private readonly int _pageCount;
    private readonly CancellationToken _cancellation;
    private XGraphics _gfx;
    private double _y;

    /// <param name="document">The document to add the pages to.</param>
    /// <param name="header">The words of every page's header.</param>
    /// <param name="pageCount">The number of pages the flow will make (known from laying it out once before; any number
    /// in that first pass, as page numbers take no room in the layout).</param>
    /// <param name="cancellation">Checked before every paragraph: a report whose request has ended stops being laid out.</param>
    internal PageFlow(PdfDocument document, string header, int pageCount, CancellationToken cancellation = default)
    {
        _cancellation = cancellation;
        _document = document;
        _header = header;
        _pageCount = pageCount;

        // Created before the first page so that every page and every drawing on it is seen by the structure builder.
        _ua = UAManager.ForDocument(document);
        _tags = _ua.StructureBuilder;
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
            var y = _y - 2;
            Artifact(() => _gfx.DrawLine(new XPen(PdfChartPainter.Colour(SvgWriter.AxisGrey), 0.6), Margin, y, Margin + Width, y));
            _y += 3;
        }
    }

    /// <summary>
    /// A wrapped paragraph, tagged by its style (the title H1, a heading H2, a sub-heading H3, otherwise P). With a
    /// <paramref name="bar"/>, a vertical bar runs beside every line (on every page the paragraph spans): a thick dark-red
    /// bar marks what must not be missed, a thin grey one an ordinary item.
    /// </summary>
    internal void Paragraph(string text, TextStyle style = TextStyle.Body, double indent = 0, MarginBar bar = MarginBar.None)
    {
        _cancellation.ThrowIfCancellationRequested();
        _tags.BeginElement(Tag(style));
        Lines(text, style, indent, bar, label: 0);
        _tags.End();
    }

    /// <summary>A paragraph that is one item of the list opened by <see cref="BeginList"/>: LI › LBody › P.</summary>
    internal void Item(string text, TextStyle style = TextStyle.Body, double indent = 0, MarginBar bar = MarginBar.None)
    {
        _tags.BeginElement(PdfBlockLevelElementTag.ListItem);
        _tags.BeginElement(PdfBlockLevelElementTag.ListBody);
        Paragraph(text, style, indent, bar);
        _tags.End();
        _tags.End();
    }

    /// <summary>A numbered item of the list opened by <see cref="BeginList"/>, printed as <c>label text</c> exactly as one
    /// paragraph would be, tagged LI › (Lbl <paramref name="label"/>, LBody <paramref name="text"/>).</summary>
    internal void NumberedItem(string label, string text, TextStyle style = TextStyle.Body)
    {
        _tags.BeginElement(PdfBlockLevelElementTag.ListItem);
        Lines($"{label} {text}", style, indent: 0, MarginBar.None, label: label.Length);
        _tags.End();
        _tags.End();
    }

    /// <summary>Opens a list (L); <see cref="Item"/> and <see cref="NumberedItem"/> add to it, <see cref="EndList"/> closes it.</summary>
    internal void BeginList() => _tags.BeginElement(PdfBlockLevelElementTag.List);

    /// <summary>Closes the list opened by <see cref="BeginList"/>.</summary>
    internal void EndList() => _tags.End();

    private static PdfBlockLevelElementTag Tag(TextStyle style) => style switch
    {
        TextStyle.Title => PdfBlockLevelElementTag.Heading1,
        TextStyle.Heading => PdfBlockLevelElementTag.Heading2,
        TextStyle.Subheading => PdfBlockLevelElementTag.Heading3,
        _ => PdfBlockLevelElementTag.Paragraph,
    };

    // Draws the wrapped lines inside the element already open. With a label (its length in characters, at the start of
    // the text), the label of the first line is drawn and tagged Lbl on its own, and the rest of the text is tagged LBody
    // (left open for the caller to end); the rest is drawn where it would have been, so the page looks the same.
    private void Lines(string text, TextStyle style, double indent, MarginBar bar, int label)
    {
        var font = Font(style);
        var height = LineHeight(font);
        var left = Margin + indent + (bar == MarginBar.None ? 0 : 10);
        var brush = new XSolidBrush(PdfChartPainter.Colour(SvgWriter.Ink));
        var first = true;
        foreach (var line in WordWrap.Lines(text, Margin + Width - left, s => _gfx.MeasureString(s, font).Width))
        {
            if (_y + height > Bottom)
            {
                NextPage();
            }

            if (bar != MarginBar.None)
            {
                var (colour, width) = bar == MarginBar.Loud ? (SvgWriter.ThresholdRed, 4.0) : (SvgWriter.GridGrey, 1.5);
                var top = _y;
                Artifact(() => _gfx.DrawRectangle(new XSolidBrush(PdfChartPainter.Colour(colour)), Margin + indent, top, width, height));
            }

            if (first && label > 0)
            {
                _tags.BeginElement(PdfBlockLevelElementTag.Label);
                Text(line[..label], font, brush, left, _y + font.Size);
                _tags.End();
                _tags.BeginElement(PdfBlockLevelElementTag.ListBody);
                var rest = line[label..].TrimStart(' ');
                Text(rest, font, brush, left + Advance(line[..(line.Length - rest.Length)], font), _y + font.Size);
            }
            else
            {
                Text(line, font, brush, left, _y + font.Size);
            }

            first = false;
            _y += height;
        }
    }

    /// <summary>A chart across the text width, on a new page when it does not fit on this one; its title above it.</summary>
    internal void Chart(ChartScene scene)
    {
        KeepTogether(ChartHeight(scene));
        Paragraph(scene.Title, TextStyle.Subheading);
        _y += 2;
        var height = scene.Height * Width / scene.Width;
        _tags.BeginElement(PdfIllustrationElementTag.Figure, AltText(scene), new XRect(Margin, _y, Width, height));
        _y += PdfChartPainter.Paint(_gfx, scene, Margin, _y, Width);

        // A chart may end on a label: its text object is closed before the figure's marked content ends (see Text).
        _ua.BeginGraphicMode();
        _tags.End();
        _y += 6;
    }

    /// <summary>A chart's text alternative: its title and its data in words (the same words as the SVG's
    /// <c>&lt;desc&gt;</c>), so the numbers drawn are read out as printed.</summary>
    internal static string AltText(ChartScene scene) =>
        scene.Description.StartsWith(scene.Title, StringComparison.Ordinal) ? scene.Description : $"{scene.Title}. {scene.Description}";

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

    /// <summary>Ends the flow; returns the number of pages.</summary>
    internal int Finish()
    {
        _gfx.Dispose();
        _gfx = null!;
        return _document.Pages.Count;
    }

    /// <inheritdoc/>
    public void Dispose() => _gfx?.Dispose();

    // PDFsharp's structure builder tags only the page being drawn, so everything on a page is drawn while it is the last
    // one (its header and "Page n of N" first, the count coming from a first layout pass). The new page is added before the
    // old page's graphics are released: an element running on across the break is closed on the old page and reopened on
    // the new.
    private void NextPage()
    {
        var previous = _gfx;
        _gfx = NewPage();
        previous.Dispose();
    }

    // The page header, its rules and "Page n of N": artifacts, not content.
    private void Furniture()
    {
        var font = Font(TextStyle.Small);
        var brush = new XSolidBrush(PdfChartPainter.Colour(SvgWriter.Ink));
        var pen = new XPen(PdfChartPainter.Colour(SvgWriter.GridGrey), 0.6);
        var width = Page.Width.Point;
        var height = Page.Height.Point;
        var number = $"Page {_document.Pages.Count} of {_pageCount}";
        Artifact(() =>
        {
            _gfx.DrawString(_header, font, brush, Margin, 34);
            _gfx.DrawLine(pen, Margin, 40, width - Margin, 40);
            _gfx.DrawLine(pen, Margin, height - 40, width - Margin, height - 40);
            _gfx.DrawString(number, font, brush, width - Margin - _gfx.MeasureString(number, font).Width, height - 28);
        });
    }

    // Where a viewer puts the glyph after text drawn in one string: PDF advances by the font's /Widths, in whole
    // thousandths of an em (PDFsharp writes them cut, not rounded), so the body after a label starts exactly where it
    // stood when the line was one string.
    private double Advance(string text, XFont font) =>
        text.Sum(c => Math.Truncate(_gfx.MeasureString(c.ToString(), font).Width * 1000 / font.Size)) * font.Size / 1000;

    // Marked content must nest with text objects (ISO 32000-1, 14.6: BT BDC … EMC ET, never BDC BT … EMC ET). PDFsharp's
    // builder writes an element's BDC when its first mark is drawn, in whatever mode the page is in, and its EMC in the
    // mode of that moment. Text is therefore always begun inside a text object, so BDC and EMC of a text element fall
    // in the same one; artifacts (see Artifact) and figures close the text object around themselves.
    private void Text(string text, XFont font, XBrush brush, double x, double y)
    {
        _ua.BeginTextMode();
        _gfx.DrawString(text, font, brush, x, y);
    }

    // Draws an artifact outside any element's marked content and outside any text object (see Text): the open element's
    // marked content is ended first (inside its text object), then the text object is closed, and closed again before the
    // artifact ends. The element's marked content resumes, with a new MCID, at its next drawing.
    private void Artifact(Action draw)
    {
        _tags.EndMarkedContentsWithId();
        _ua.BeginGraphicMode();
        _tags.BeginArtifact();
        draw();
        _ua.BeginGraphicMode();
        _tags.End();
    }

    // Adds a page, makes it the one drawn on and draws its header and page number.
    private XGraphics NewPage()
    {
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        _y = TopMargin;
        _gfx = XGraphics.FromPdfPage(page);
        Furniture();
        return _gfx;
    }
}
