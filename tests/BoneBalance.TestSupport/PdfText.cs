using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace BoneBalance.TestSupport;

/// <summary>
/// Reads the text back out of a PDF written by PDFsharp, page by page, one string per drawn line: single-byte fonts are
/// decoded as WinAnsi (Windows-1252), Type0 (Identity-H) fonts through their ToUnicode CMap. Enough for asserting that
/// a fact is printed; not a general PDF text extractor.
/// </summary>
public static partial class PdfText
{
    public static IReadOnlyList<IReadOnlyList<string>> Pages(byte[] pdf) =>
        [.. MarkedPages(pdf).Select(page => (IReadOnlyList<string>)[.. page.Select(line => line.Text)])];

    /// <summary>
    /// The drawn lines page by page, each with the marked-content sequence it is drawn in: the innermost tag
    /// (<c>Artifact</c>, <c>P</c>, <c>H1</c>…; empty outside any) and the MCID that ties it to a structure element
    /// (null for an artifact or unmarked text).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<MarkedLine>> MarkedPages(byte[] pdf)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var winAnsi = Encoding.GetEncoding(1252);
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var pages = new List<IReadOnlyList<MarkedLine>>();
        foreach (var page in document.Pages)
        {
            var decoders = new Dictionary<string, Func<string, string>>(StringComparer.Ordinal);
            var fonts = page.Resources.Elements.GetDictionary("/Font")!;
            foreach (var name in fonts.Elements.Keys)
            {
                var font = fonts.Elements.GetDictionary(name)!;
                if (font.Elements.GetName("/Subtype") == "/Type0")
                {
                    var map = CMap(Encoding.Latin1.GetString(font.Elements.GetDictionary("/ToUnicode")!.Stream.UnfilteredValue));
                    decoders[name] = raw => string.Concat(Enumerable.Range(0, raw.Length / 2)
                        .Select(i => (raw[2 * i] << 8) | raw[2 * i + 1])
                        .Select(glyph => map.TryGetValue(glyph, out var text) ? text : "\uFFFD"));
                }
                else
                {
                    decoders[name] = raw => winAnsi.GetString([.. raw.Select(c => (byte)c)]);
                }
            }

            var lines = new List<MarkedLine>();
            var current = decoders.Values.First();
            Walk(ContentReader.ReadContent(page), lines, decoders, ref current);
            pages.Add(lines);
        }

        return pages;
    }

    /// <summary>All text of the document, lines joined by spaces (a wrapped sentence reads whole again).</summary>
    public static string All(byte[] pdf) => string.Join(" ", Pages(pdf).SelectMany(p => p));

    /// <summary>The fill colours (<c>rg</c> operator, 0–255 per channel) set on one page, in order.</summary>
    public static IReadOnlyList<(int R, int G, int B)> FillColours(byte[] pdf, int page)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var colours = new List<(int, int, int)>();
        foreach (var op in ContentReader.ReadContent(document.Pages[page]).OfType<COperator>().Where(o => o.OpCode.Name == "rg"))
        {
            var channels = op.Operands.Select(o => o switch
            {
                CReal r => r.Value,
                CInteger i => i.Value,
                _ => double.NaN,
            }).Select(v => (int)Math.Round(v * 255)).ToList();
            colours.Add((channels[0], channels[1], channels[2]));
        }

        return colours;
    }

    /// <summary>The running text without the page header and footer, lines joined by spaces, so that a paragraph broken
    /// across a page reads whole.</summary>
    public static string Body(byte[] pdf) => string.Join(" ", Pages(pdf).SelectMany(p => p)
        .Where(line => !line.StartsWith("BoneBalance clinician report · generated", StringComparison.Ordinal) && !PageNumber().IsMatch(line)));

    private static void Walk(CSequence sequence, List<MarkedLine> lines, Dictionary<string, Func<string, string>> decoders, ref Func<string, string> current)
    {
        // PDFsharp's content parser hands "/Tag <</MCID n>> BDC" over as a pseudo-operator "Dictionary" carrying the tag and
        // the inline dictionary as text, followed by a BDC without operands.
        var marks = new Stack<(string Tag, int? Mcid)>();
        (string Tag, int? Mcid)? pending = null;
        foreach (var item in sequence)
        {
            if (item is not COperator op)
            {
                continue;
            }

            switch (op.OpCode.Name)
            {
                case "Dictionary" when op.Operands.Count == 2 && op.Operands[0] is CName tag:
                    var mcid = McId().Match(op.Operands[1] is CString props ? props.Value : string.Empty);
                    pending = (tag.Name.TrimStart('/'), mcid.Success ? int.Parse(mcid.Groups[1].Value, CultureInfo.InvariantCulture) : null);
                    break;
                case "BDC":
                    marks.Push(pending ?? (op.Operands.Count > 0 && op.Operands[0] is CName n ? n.Name.TrimStart('/') : string.Empty, null));
                    pending = null;
                    break;
                case "BMC":
                    marks.Push((((CName)op.Operands[0]).Name.TrimStart('/'), null));
                    break;
                case "EMC":
                    marks.Pop();
                    break;
                case "Tf":
                    current = decoders[((CName)op.Operands[0]).Name];
                    break;
                case "Tj":
                    lines.Add(Line(current(((CString)op.Operands[0]).Value), marks));
                    break;
                case "TJ":
                    var decode = current;
                    lines.Add(Line(string.Concat(((CArray)op.Operands[0]).OfType<CString>().Select(s => decode(s.Value))), marks));
                    break;
            }
        }
    }

    private static MarkedLine Line(string text, Stack<(string Tag, int? Mcid)> marks) =>
        marks.TryPeek(out var mark) ? new MarkedLine(text, mark.Tag, mark.Mcid) : new MarkedLine(text, string.Empty, null);

    // bfchar "<gid> <unicode>" and bfrange "<first> <last> <unicode>" entries, hex UTF-16.
    private static Dictionary<int, string> CMap(string text)
    {
        var map = new Dictionary<int, string>();
        foreach (Match block in BfChar().Matches(text))
        {
            foreach (Match pair in Pair().Matches(block.Groups[1].Value))
            {
                map[Hex(pair.Groups[1].Value)] = Utf16(pair.Groups[2].Value);
            }
        }

        foreach (Match block in BfRange().Matches(text))
        {
            foreach (Match range in Triple().Matches(block.Groups[1].Value))
            {
                var first = Hex(range.Groups[1].Value);
                var last = Hex(range.Groups[2].Value);
                var start = Hex(range.Groups[3].Value);
                for (var g = first; g <= last; g++)
                {
                    map[g] = char.ConvertFromUtf32(start + g - first);
                }
            }
        }

        return map;
    }

    private static int Hex(string hex) => int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static string Utf16(string hex) => Encoding.BigEndianUnicode.GetString(Convert.FromHexString(hex));

    [GeneratedRegex(@"/MCID\s+(\d+)")]
    private static partial Regex McId();

    [GeneratedRegex(@"^Page \d+ of \d+$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"beginbfchar(.*?)endbfchar", RegexOptions.Singleline)]
    private static partial Regex BfChar();

    [GeneratedRegex(@"beginbfrange(.*?)endbfrange", RegexOptions.Singleline)]
    private static partial Regex BfRange();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")]
    private static partial Regex Pair();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")]
    private static partial Regex Triple();
}

/// <summary>A drawn line of text and the marked-content sequence it is drawn in.</summary>
/// <param name="Text">The text.</param>
/// <param name="Tag">The innermost marked-content tag, e.g. <c>Artifact</c> or <c>P</c>; empty outside any.</param>
/// <param name="Mcid">The marked-content identifier, when the sequence is a structure element's content.</param>
public sealed record MarkedLine(string Text, string Tag, int? Mcid);
