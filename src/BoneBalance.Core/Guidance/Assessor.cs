using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// The one pure function every way in ends in: <see cref="Assess"/> turns a validated <see cref="AssessmentInput"/> into an
/// <see cref="Assessment"/>. It does no I/O and is deterministic; the catalogues it needs are loaded once by the host
/// and passed in here.
/// </summary>
public sealed class Assessor
{
    /// <summary>The statement every assessment carries.</summary>
    public const string Disclaimer =
        "BoneBalance informs and does not diagnose or prescribe: discuss any change to your supplements, medicines or care with your clinician.";

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

    /// <summary>
    /// Assesses one person: fracture risk, densitometry, intake, the supplement plan, the safety findings of the person's
    /// current supplements together with the plan's additions, and the recommendations, highest priority first.
    /// </summary>
    /// <param name="input">The validated input.</param>
    /// <returns>The whole assessment.</returns>
    /// <exception cref="Validation.InvalidInputException">Parts of the input contradict each other in ways only the whole
    /// shows (e.g. pregnant set for a man, a DXA site given twice for one scan date).</exception>
    public Assessment Assess(AssessmentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var facts = new PersonFacts(input, Safety.Catalogue, ReferenceIntakes, Foods);
        var densitometry = DensitometryAssessor.Assess(input.Person, input.Dxa, input.Person.Has(RiskFactors.PriorFracture) || input.PriorHipOrVertebralFracture);
        var fractureRisk = FractureRiskAssessor.Assess(facts, densitometry);
        var (plan, additions) = SupplementPlanner.Build(facts);
        var (currentFindings, supplementFree) = Safety.Evaluate(SafetyInputFor(facts, []), facts.Identified, null);
        // The rules are pure: a plan that adds nothing leaves the same input, so the same findings; one that adds
        // supplements changes only the findings of the rules that read supplements.
        var findings = additions.Count == 0 ? currentFindings : Safety.Evaluate(SafetyInputFor(facts, additions), facts.Identified, supplementFree).Findings;
        plan = SupplementPlanner.WithSpacing(plan, facts, findings);
        var risk = RiskPicture.Of(facts, fractureRisk, densitometry);
        IEnumerable<Recommendation> recommendations =
        [
            .. SafetyAdvice.For(facts, currentFindings, plan),
            .. SupplementAdvice.For(facts, plan, currentFindings),
            .. SupplementAdvice.PreferD3(facts),
            .. GlucocorticoidCalciumVitaminD.For(facts),
            .. LifestyleAdvice.For(facts, risk),
            .. NextSteps.For(facts, fractureRisk, risk, findings, plan),
            .. WorkUp.For(facts, densitometry),
        ];
        return new Assessment(input.Person, fractureRisk, densitometry, facts.Intake, findings, plan, RecommendationOrder.Sort(recommendations), Disclaimer);
    }

    // Total intakes are diet + every supplement in the list when the diet is known; otherwise the supplements alone (a
    // lower bound, as SafetyInput defines it).
    private static SafetyInput SafetyInputFor(PersonFacts facts, IReadOnlyList<SupplementDose> additions)
    {
        IReadOnlyList<SupplementDose> supplements = [.. facts.CurrentSupplements, .. additions];
        return new SafetyInput(facts.SafetyPerson)
        {
            Medications = facts.Input.Medications,
            Conditions = facts.Input.Conditions,
            Symptoms = facts.Input.Symptoms,
            Labs = facts.Input.Labs,
            Supplements = supplements,
            TotalCalciumIntake = Total(facts, IntakeNutrient.Calcium, SupplementIngredient.Calcium, supplements),
            TotalVitaminDIntake = Total(facts, IntakeNutrient.VitaminD, SupplementIngredient.VitaminD, supplements),
            LargeChangeInVitaminKFoods = facts.Input.LargeChangeInVitaminKFoods,
            VitaminKFoodDays = facts.VitaminKFoodDays,
        };
    }

    private static Measures.NutrientAmount? Total(PersonFacts facts, IntakeNutrient nutrient, SupplementIngredient ingredient, IReadOnlyList<SupplementDose> supplements)
    {
        if (facts.LoggedDiet(nutrient) is not { } total)
        {
            return null;
        }

        // A loop, not Where/Aggregate: two closures and an iterator per call, four calls per assessment.
        foreach (var s in supplements)
        {
            if (s.Ingredient == ingredient)
            {
                total += s.AmountPerDay;
            }
        }

        return total;
    }
}
