using System.Text;
using BoneBalance.Core.Evidence;
using BoneBalance.Fhir.CdsHooks;

namespace BoneBalance.Web.CdsHooks;

/// <summary>The Core's words fitted to a card: a summary within <see cref="CdsCard.MaxSummaryLength"/> and Markdown detail.</summary>
internal static class CardText
{
    /// <summary>The text if it fits; else its first sentence if that fits; else cut at a word and marked with "…".</summary>
    public static string Summary(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        if (text.Length <= CdsCard.MaxSummaryLength)
        {
            return text;
        }

        var end = text.IndexOf(". ", StringComparison.Ordinal);
        if (end > 0 && end + 1 <= CdsCard.MaxSummaryLength)
        {
            return text[..(end + 1)];
        }

        var cut = text.LastIndexOf(' ', CdsCard.MaxSummaryLength - 1);
        return (cut > 0 ? text[..cut] : text[..(CdsCard.MaxSummaryLength - 1)]).TrimEnd(',', ';', ':', ' ') + "…";
    }

    /// <summary>Markdown paragraphs (already Markdown: see <see cref="Plain"/>), empty ones left out.</summary>
    public static string Detail(params IEnumerable<string?> paragraphs) =>
        string.Join("\n\n", paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>A bold label before a plain text.</summary>
    public static string Labelled(string label, string text) => $"**{label}** {Plain(text)}";

    /// <summary>The sources as a Markdown list.</summary>
    public static string Sources(IEnumerable<Citation> citations)
    {
        var list = new StringBuilder("Sources:");
        foreach (var c in citations.Distinct())
        {
            list.Append("\n- ").Append(Plain(c.ToString()));
        }

        return list.ToString();
    }

    /// <summary>The Core's plain text as Markdown: characters that would start emphasis or a link are escaped.</summary>
    public static string Plain(string text) =>
        text.Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal);
}
