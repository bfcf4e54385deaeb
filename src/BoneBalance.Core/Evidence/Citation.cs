namespace BoneBalance.Core.Evidence;

/// <summary>
/// A published source. Every medical number and rule in BoneBalance carries at least one.
/// </summary>
/// <param name="Authors">Authors as cited (e.g. <c>Hippisley-Cox J, Coupland C</c>) or the issuing body.</param>
/// <param name="Title">Title of the paper, guideline or document.</param>
/// <param name="Source">Journal with volume and pages, publisher, or repository and file.</param>
/// <param name="Year">Year of publication.</param>
/// <param name="Url">A stable link (DOI link, PubMed, official page), when there is one.</param>
public sealed record Citation(string Authors, string Title, string Source, int Year, string? Url = null)
{
    /// <summary>The citation in one line: authors. title. source; year.</summary>
    public override string ToString()
    {
        var text = $"{Sentence(Authors)} {Sentence(Title)} {Source}; {Year}.";
        return Url is null ? text : $"{text} {Url}";
    }

    // "Kanis JA et al." already ends its sentence; another full stop would print "et al..".
    private static string Sentence(string part) => part.EndsWith('.') || part.EndsWith('?') ? part : part + ".";
}
