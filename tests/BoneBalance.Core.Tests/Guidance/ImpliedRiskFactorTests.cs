using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Measures;
using BoneBalance.Core.People;
using static BoneBalance.TestSupport.GuidanceFixtures;

namespace BoneBalance.Core.Tests.Guidance;

// A listed medication or coded condition that is a QFracture risk factor counts in the risk even when the factor was not
// ticked; the expected values are QFracture2012.Calculate for the same person with the factor set.
public class ImpliedRiskFactorTests
{
    private static PersonProfile Woman(RiskFactors factors = RiskFactors.None) => PersonProfile.Create(
        67, Sex.Female, MenopausalStatus.Postmenopausal, Length.FromCentimetres(160), Mass.FromKilograms(55), riskFactors: factors);

    [Fact]
    public void Prednisone_for_six_months_counts_as_regular_oral_corticosteroids()
    {
        var input = new AssessmentInput(Woman()) { Medications = [Medication.Create("prednisone", "8640", dosePerDay: 10, doseUnit: MedicationDoseUnit.Milligram, durationMonths: 6)] };

        var risk = TheAssessor.Assess(input).FractureRisk;

        Assert.Equal(QFracture2012.Calculate(Woman(RiskFactors.Corticosteroids)), risk.QFracture);
        Assert.NotEqual(QFracture2012.Calculate(Woman()), risk.QFracture);
        Assert.Contains(risk.Notes, n => n.Contains("prednisone", StringComparison.Ordinal) && n.Contains("corticosteroids", StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_glucocorticoid_course_does_not_count_and_says_so()
    {
        var input = new AssessmentInput(Woman()) { Medications = [Medication.Create("prednisone", dosePerDay: 30, doseUnit: MedicationDoseUnit.Milligram, durationMonths: 0.25)] };

        var risk = TheAssessor.Assess(input).FractureRisk;

        Assert.Equal(QFracture2012.Calculate(Woman()), risk.QFracture);
        Assert.Contains(risk.Notes, n => n.Contains("shorter than", StringComparison.Ordinal));
    }

    [Fact]
    public void A_coded_condition_counts_as_its_QFracture_factor()
    {
        var input = new AssessmentInput(Woman()) { Conditions = [Condition.Create("RA", snomedCode: "69896004")] };

        var risk = TheAssessor.Assess(input).FractureRisk;

        Assert.Equal(QFracture2012.Calculate(Woman(RiskFactors.RaOrSle)), risk.QFracture);
        Assert.Single(risk.Notes);
    }

    /// <summary>QFracture-2012's endocrine factor (thyrotoxicosis, hyperparathyroidism, Cushing's) is in the women's model
    /// only: primary hyperparathyroidism counts for a woman, and for a man it is neither counted nor noted.</summary>
    [Fact]
    public void A_condition_whose_factor_only_one_sex_s_model_has_counts_only_for_that_sex()
    {
        var woman = TheAssessor.Assess(new AssessmentInput(Woman()) { Conditions = [Condition.Create("primary hyperparathyroidism")] }).FractureRisk;
        Assert.Equal(QFracture2012.Calculate(Woman(RiskFactors.EndocrineDisorder)), woman.QFracture);
        Assert.Contains(woman.Notes, n => n.StartsWith("QFracture counts \"Thyrotoxicosis, hyperparathyroidism or Cushing's syndrome\" because you listed primary hyperparathyroidism", StringComparison.Ordinal));

        var man = PersonProfile.Create(67, Sex.Male, MenopausalStatus.Unknown, Length.FromCentimetres(175), Mass.FromKilograms(75));
        var his = TheAssessor.Assess(new AssessmentInput(man) { Conditions = [Condition.Create("primary hyperparathyroidism")] }).FractureRisk;
        Assert.Equal(QFracture2012.Calculate(man), his.QFracture);
        Assert.Empty(his.Notes);
    }

    [Fact]
    public void A_factor_already_ticked_is_not_counted_twice_or_noted()
    {
        var person = Woman(RiskFactors.Corticosteroids | RiskFactors.RaOrSle);
        var input = new AssessmentInput(person)
        {
            Medications = [Medication.Create("prednisolone", durationMonths: 12)],
            Conditions = [Condition.Create("rheumatoid arthritis")],
        };

        var risk = TheAssessor.Assess(input).FractureRisk;

        Assert.Equal(QFracture2012.Calculate(person), risk.QFracture);
        Assert.Empty(risk.Notes);
    }

    [Fact]
    public void Nothing_listed_means_nothing_implied()
    {
        var risk = TheAssessor.Assess(new AssessmentInput(Woman(RiskFactors.Falls))).FractureRisk;

        Assert.Equal(QFracture2012.Calculate(Woman(RiskFactors.Falls)), risk.QFracture);
        Assert.Empty(risk.Notes);
    }
}
