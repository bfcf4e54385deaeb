using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.GuidanceFixtures;

namespace BoneBalance.Core.Tests.Guidance;

/// <summary>
/// The vitamin K item's words: a vitamin K product already taken is kept in the unit it is sold in (a 1 mg K1 tablet
/// stays "1 mg", a 100 µg one "100 µg"); bleeding symptoms are listed in the questionnaire's order whatever order they
/// were ticked in; K2 left out of the plan cites each source once, its grading sources (GRADE indirectness, Guyatt 2011)
/// included.
/// </summary>
public class VitaminKTakenWordingTests
{
    [Theory]
    [InlineData(1, DoseUnit.Milligram, "(1 mg a day)")]
    [InlineData(100, DoseUnit.Microgram, "(100 µg a day)")]
    public void Vitamin_K1_taken_is_kept_in_its_own_unit(double dose, DoseUnit unit, string words)
    {
        var k = Assess(new AssessmentInput(Woman()) { Supplements = [Supplement(SupplementForm.VitaminK1, dose, unit)] }).Planned(IntakeNutrient.VitaminKTotal)!;
        Assert.Equal(dose, k.Dose);
        Assert.Equal(unit, k.Unit);
        Assert.Contains(words, k.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Bleeding_symptoms_are_listed_in_the_questionnaires_order()
    {
        var w = Assess(new AssessmentInput(Woman()) { Symptoms = [Symptom.Nosebleeds, Symptom.EasyBruising] }).Withheld(IntakeNutrient.VitaminKTotal)!;
        Assert.StartsWith("You reported easy bruising and nosebleeds: see a clinician first.", w.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void K2_left_out_cites_its_grading_sources_once_each()
    {
        var w = Assess(new AssessmentInput(Woman())).Withheld(IntakeNutrient.VitaminK2Total)!;
        Assert.Contains(GuidanceSources.Guyatt2011Indirectness, w.Citations);
        Assert.Equal(w.Citations.Count, w.Citations.Distinct().Count());
    }
}
