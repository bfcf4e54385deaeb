namespace BoneBalance.Core.Evidence;

/// <summary>One question of the knowledge base, answered in BoneBalance's own words.</summary>
/// <param name="Number">Position in the knowledge base, 1 to 12, in the seed article's order.</param>
/// <param name="Question">The question as the seed article asks it.</param>
/// <param name="ShortAnswer">One or two sentences a person can act on.</param>
/// <param name="Answer">The full answer: what is known, how well, and what to do.</param>
/// <param name="Grade">How strong the evidence behind <paramref name="Answer"/> is.</param>
/// <param name="Citations">The sources the answer rests on (at least one).</param>
/// <param name="Caveats">Limits of the evidence and safety points that go with the answer.</param>
public sealed record FaqEntry(
    int Number,
    string Question,
    string ShortAnswer,
    string Answer,
    EvidenceGrade Grade,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<string> Caveats);
