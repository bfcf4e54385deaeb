using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.GuidanceFixtures;

namespace BoneBalance.Core.Tests.Guidance;

/// <summary>How the safety recommendations are worded: the prompt visit names bleeding signs whenever they are among the
/// serious findings, its reason is the first sentence of each serious finding, and the "lower your supplement" titles name
/// the nutrient that is above its upper level (IOM 2011: vitamin D 100 µg, calcium 2,000 mg a day at 67).</summary>
public class SafetyAdviceWordingTests
{
    [Fact]
    public void Bleeding_signs_beside_another_serious_finding_still_name_the_signs_and_each_first_sentence_once()
    {
        var a = Assess(new AssessmentInput(Woman())
        {
            Symptoms = [Symptom.BleedingGums],
            Medications = [Med("warfarin")],
            Supplements = [Supplement(SupplementForm.VitaminK2Mk7, 180, DoseUnit.Microgram)],
        });
        var visit = a.Get(RecommendationCodes.SeeClinicianPromptly);
        Assert.Equal("See a clinician promptly about the bleeding signs", visit.Title);
        Assert.Equal("Vitamin K works against warfarin. You reported bleeding gums.", visit.Reason);
    }

    [Fact]
    public void A_serious_finding_without_bleeding_signs_gets_the_plain_title()
    {
        var a = Assess(new AssessmentInput(Woman()) { Medications = [Med("prednisolone", 10, 6)] });
        var visit = a.Get(RecommendationCodes.SeeClinicianPromptly);
        Assert.Equal("See a clinician promptly", visit.Title);
        Assert.Equal("You take prednisolone at 10 mg a day for 6 months.", visit.Reason);
    }

    [Fact]
    public void The_reduce_titles_name_the_nutrient_above_its_upper_level()
    {
        // 5,000 IU = 125 µg of vitamin D > 100 µg; diet 1,500 mg + 1,200 mg elemental from 3,000 mg carbonate > 2,000 mg.
        var d = Assess(new AssessmentInput(Woman()) { Supplements = [Supplement(SupplementForm.VitaminD3, 5000, DoseUnit.InternationalUnit)] });
        Assert.Equal("Lower your vitamin D supplement", d.Get(RecommendationCodes.ReduceVitaminD).Title);
        var calcium = Assess(new AssessmentInput(Woman()) { Diary = DiaryOfTestFood(1500), Supplements = [Supplement(SupplementForm.CalciumCarbonate, 3000, DoseUnit.Milligram)] });
        Assert.Equal("Lower your calcium supplements", calcium.Get(RecommendationCodes.ReduceCalcium).Title);
    }
}
