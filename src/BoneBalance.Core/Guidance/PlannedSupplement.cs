using BoneBalance.Core.Evidence;
using BoneBalance.Core.Measures;
using BoneBalance.Core.Nutrition;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// A supplement the plan suggests: form, daily dose as one would buy it, when to take it, why, and the evidence.
/// </summary>
/// <param name="Form">The form (a diary supplement name, e.g. <c>k2-mk7</c>, <c>d3</c>, <c>calcium-citrate</c>).</param>
/// <param name="Dose">The labelled dose per day, in <paramref name="Unit"/> (a calcium salt's dose is its elemental calcium
/// here, since that is how labels and guidelines state it; <paramref name="Amount"/> is the same nutrient amount).</param>
/// <param name="Unit">The unit of <paramref name="Dose"/>.</param>
/// <param name="Amount">The nutrient supplied per day.</param>
/// <param name="Timing">When and how to take it ("with a meal that contains fat, together with the vitamin K2").</param>
/// <param name="Reason">Why this person, at this dose (their intake, age, labs).</param>
/// <param name="Grade">Strength of the evidence for taking it at all, for bone.</param>
/// <param name="Citations">The sources; never empty.</param>
/// <param name="Notes">Caveats a reader must see (labelled doses, "prescription dose in Japan", split doses).</param>
public sealed record PlannedSupplement(
    SupplementForm Form,
    double Dose,
    DoseUnit Unit,
    NutrientAmount Amount,
    string Timing,
    string Reason,
    EvidenceGrade Grade,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<string> Notes)
{
    /// <summary>When the daily dose is to be taken in several doses (calcium above 500 mg a day), each dose in
    /// <see cref="Unit"/>, largest first, summing to <see cref="Dose"/>; empty when it is taken at once.</summary>
    public IReadOnlyList<double> DividedDoses { get; init; } = [];
}
