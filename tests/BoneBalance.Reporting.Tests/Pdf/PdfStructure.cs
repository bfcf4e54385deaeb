using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace BoneBalance.Reporting.Tests.Pdf;

/// <summary>One element of a PDF's structure tree: its type, alternate text, children in order, and the text of the
/// marked content it owns (its own and its descendants', in order).</summary>
/// <param name="Tag">The structure type without the slash, e.g. <c>H1</c>, <c>Figure</c>.</param>
/// <param name="Alt">The <c>/Alt</c> text, or null.</param>
/// <param name="Children">The child elements in order.</param>
/// <param name="Text">The text drawn in the element's marked content, lines joined by spaces.</param>
/// <param name="Marks">The marked-content sequences the element itself owns, as (page index, MCID).</param>
internal sealed record StructureElement(string Tag, string? Alt, IReadOnlyList<StructureElement> Children, string Text, IReadOnlyList<(int Page, int Mcid)> Marks)
{
    /// <summary>This element and all below it, depth first in document order.</summary>
    public IEnumerable<StructureElement> All() => Children.SelectMany(c => c.All()).Prepend(this);
}

/// <summary>
/// Reads the catalog and the structure tree of a PDF written by PDFsharp: the tree from <c>/StructTreeRoot</c> with each
/// element's marked content resolved (by page and MCID) to the lines drawn in it, through <see cref="PdfText.MarkedPages"/>.
/// Enough for asserting what a screen reader is given; not a general tagged-PDF reader.
/// </summary>
internal static class PdfStructure
{
    /// <summary>The top of the structure tree (the children of <c>/StructTreeRoot</c>).</summary>
    public static IReadOnlyList<StructureElement> Tree(byte[] pdf)
    {
        var lines = PdfText.MarkedPages(pdf);
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var pageIndex = new Dictionary<int, int>();
        for (var i = 0; i < document.Pages.Count; i++)
        {
            pageIndex[document.Pages[i].Internals.ObjectNumber] = i;
        }

        var root = document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")
                   ?? throw new InvalidOperationException("No /StructTreeRoot.");
        return Kids(root.Elements["/K"], null, lines, pageIndex).Elements;
    }

    private static (List<StructureElement> Elements, List<string> Text, List<(int Page, int Mcid)> Marks) Kids(
        PdfItem? k, int? page, IReadOnlyList<IReadOnlyList<MarkedLine>> lines, Dictionary<int, int> pageIndex)
    {
        var elements = new List<StructureElement>();
        var text = new List<string>();
        var marks = new List<(int Page, int Mcid)>();
        var items = Deref(k) is PdfArray array ? array.Elements.Select(Deref).ToList() : [Deref(k)];
        foreach (var item in items)
        {
            switch (item)
            {
                case PdfInteger mcid when page is { } p:
                    text.AddRange(lines[p].Where(l => l.Mcid == mcid.Value).Select(l => l.Text));
                    marks.Add((p, mcid.Value));
                    break;
                case PdfDictionary { } marked when marked.Elements.ContainsKey("/MCID"):
                    var onPage = PageOf(marked, pageIndex) ?? page ?? throw new InvalidOperationException("Marked content without a page.");
                    text.AddRange(lines[onPage].Where(l => l.Mcid == marked.Elements.GetInteger("/MCID")).Select(l => l.Text));
                    marks.Add((onPage, marked.Elements.GetInteger("/MCID")));
                    break;
                case PdfDictionary element when element.Elements.ContainsKey("/S"):
                    var (children, own, ownMarks) = Kids(element.Elements["/K"], PageOf(element, pageIndex) ?? page, lines, pageIndex);
                    var alt = element.Elements.ContainsKey("/Alt") ? element.Elements.GetString("/Alt") : null;
                    elements.Add(new StructureElement(element.Elements.GetName("/S").TrimStart('/'), alt, children, string.Join(" ", own), ownMarks));
                    text.AddRange(own);
                    break;
            }
        }

        return (elements, text, marks);
    }

    private static int? PageOf(PdfDictionary dictionary, Dictionary<int, int> pageIndex) =>
        dictionary.Elements["/Pg"] is PdfReference reference ? pageIndex[reference.ObjectNumber] : null;

    private static PdfItem? Deref(PdfItem? item) => item is PdfReference reference ? reference.Value : item;
}
