using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// The one pure function every way in ends in: <see cref="Assess"/> turns a validated <see cref="AssessmentInput"/> into an
/// <see cref="Assessment"/>. It does no I/O and is deterministic; the catalogues it needs are loaded once by the host
/// and passed in here.
/// </summary>
public sealed class Assessor
{
    /// <summary>Creates an assessor over the shipped catalogues.</summary>
    /// <param name="safety">Medication and condition catalogue for the safety rules.</param>
    /// <param name="referenceIntakes">The dietary reference intakes (RDA/AI/UL by life stage).</param>
    /// <param name="foods">The food catalogue (for intake analysis and food suggestions).</param>
    public Assessor(SafetyCatalogue safety, DietaryReferenceIntakes referenceIntakes, IReadOnlyList<Food> foods)
    {
        ArgumentNullException.ThrowIfNull(safety);
        ArgumentNullException.ThrowIfNull(referenceIntakes);
        ArgumentNullException.ThrowIfNull(foods);
        Safety = new SafetyCheck(safety);
        ReferenceIntakes = referenceIntakes;
        Foods = foods;
    }

    /// <summary>The safety rules over the catalogue.</summary>
    public SafetyCheck Safety { get; }

    /// <summary>The dietary reference intakes.</summary>
    public DietaryReferenceIntakes ReferenceIntakes { get; }

    /// <summary>The food catalogue.</summary>
    public IReadOnlyList<Food> Foods { get; }

    /// <summary>Assesses one person.</summary>
    /// <param name="input">The validated input.</param>
    /// <returns>The whole assessment.</returns>
    public Assessment Assess(AssessmentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        throw new NotImplementedException($"Assessor.Assess is being written (issue 4); {Foods.Count} foods loaded.");
    }
}
