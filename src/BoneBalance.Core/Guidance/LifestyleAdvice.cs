using BoneBalance.Core.Evidence;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// Lifestyle recommendations tied to the person's own risk factors: smoking, alcohol, falls, exercise, protein and body
/// weight. NOGG 2022 Section 5 makes each a strong recommendation for postmenopausal women and men over 50 with or at
/// risk of osteoporosis; the grade says what kind of evidence BoneBalance cites for it (guideline advice: D; a risk
/// factor counted in QFracture: C).
/// </summary>
internal static class LifestyleAdvice
{
    /// <summary>NOGG 2022: restrict alcohol to ≤ 2 units a day, so QFracture's "moderate" (3–6 units a day) and above is too much.</summary>
    public const AlcoholIntake AboveNoggLimit = AlcoholIntake.Moderate;

    /// <summary>Age from which falls become a matter of routine prevention (years): the USPSTF/ISCD screening age for women,
    /// used here with another fracture risk factor; a design choice of BoneBalance.</summary>
    public const int FallsAge = UspstfOsteoporosisScreening.WomenScreenFromAge;

    /// <summary>Lower end of a healthy body mass index for bone (kg/m²; NOS: 20–25).</summary>
    public const double LowBodyMassIndex = 20;

    private static readonly RiskFactors FallRisks =
        RiskFactors.Parkinsons | RiskFactors.Dementia | RiskFactors.CareHome | RiskFactors.EpilepsyOrAnticonvulsants | RiskFactors.Antidepressants;

    public static IEnumerable<Recommendation> For(PersonFacts facts, RiskPicture risk)
    {
        var person = facts.Person;
        var nogg = new[] { GuidanceSources.NoggNonPharmacological, GuidanceSources.Gregson2022 };
        if (person.Smoking is SmokingStatus.Light or SmokingStatus.Moderate or SmokingStatus.Heavy)
        {
            yield return new Recommendation(
                RecommendationCodes.StopSmoking, RecommendationCategory.Lifestyle, risk.IsHigh ? RecommendationPriority.High : RecommendationPriority.Medium,
                "Stop smoking",
                "Stopping smoking is one of the few fracture risk factors you can change; ask your GP or pharmacist about stop-smoking support and medicines.",
                $"You smoke ({SmokingStatusTokens.Table.ToToken(person.Smoking)}); smoking is a fracture risk factor in QFracture, and NOGG advises smokers to stop.",
                EvidenceGrade.C, [.. nogg, SafetySources.HippisleyCox2012]);
        }

        if (person.Alcohol >= AboveNoggLimit)
        {
            yield return new Recommendation(
                RecommendationCodes.LimitAlcohol, RecommendationCategory.Lifestyle, risk.IsHigh ? RecommendationPriority.High : RecommendationPriority.Medium,
                "Drink no more than 2 units of alcohol a day",
                "Keep alcohol to 2 units a day or less (a UK unit is 8 g of alcohol).",
                $"You drink {AlcoholIntakeTokens.Table.ToToken(person.Alcohol).Replace('_', ' ')} amounts (3 or more units a day); NOGG advises no more than 2 units a day, and QFracture counts heavier drinking as a fracture risk factor.",
                EvidenceGrade.C, [.. nogg, SafetySources.HippisleyCox2012]);
        }

        var otherFallRisks = (person.RiskFactors & FallRisks) != 0 || risk.IsHigh;
        if (person.Has(RiskFactors.Falls) || (person.AgeYears >= FallsAge && otherFallRisks))
        {
            yield return new Recommendation(
                RecommendationCodes.FallsPrevention, RecommendationCategory.Lifestyle,
                person.Has(RiskFactors.Falls) ? RecommendationPriority.High : RecommendationPriority.Medium,
                "Ask for a falls assessment",
                "Ask your GP for a falls assessment (balance, medicines that cause dizziness, eyesight, home hazards) and about an exercise programme that trains balance and strength.",
                person.Has(RiskFactors.Falls)
                    ? "You have fallen before, the strongest sign of future falls; NOGG advises a falls assessment and balance exercise for people at risk."
                    : $"You are {person.AgeYears} and have another risk for falls or fracture ({Describe(person, risk)}); NOGG advises a falls assessment for people with osteoporosis or fragility fractures.",
                EvidenceGrade.D, nogg);
        }

        yield return new Recommendation(
            RecommendationCodes.WeightBearingAndBalanceExercise, RecommendationCategory.Lifestyle,
            risk.IsHigh ? RecommendationPriority.Medium : RecommendationPriority.Low,
            "Do weight-bearing, muscle-strengthening and balance exercise",
            risk.IsHigh
                ? "Exercise regularly with weight-bearing (walking, stairs), muscle-strengthening and balance exercises; with osteoporosis or a past spine fracture, ask a physiotherapist which movements are safe for you."
                : "Exercise regularly with weight-bearing activity (brisk walking, stairs, dancing), muscle-strengthening and balance exercises, as you are able.",
            risk.IsHigh
                ? $"Your fracture risk is high ({Amounts.Join(risk.Reasons)}); NOGG recommends regular weight-bearing and muscle-strengthening exercise tailored to the person."
                : "NOGG recommends regular weight-bearing and muscle-strengthening exercise for everyone at risk of fragility fracture.",
            EvidenceGrade.D, nogg);

        yield return new Recommendation(
            RecommendationCodes.Protein, RecommendationCategory.Lifestyle, RecommendationPriority.Low,
            "Eat enough protein",
            "Include a source of protein at each meal (dairy, fish, eggs, beans and lentils, meat) as part of a balanced, nutrient-rich diet; if your appetite is poor or you are losing weight, tell your GP.",
            person.AgeYears >= FallsAge
                ? $"At {person.AgeYears}, muscle and bone both depend on a nutrient-rich diet; NOGG recommends a healthy, nutrient-rich balanced diet, and osteoporosis guidelines recommend adequate protein."
                : "NOGG recommends a healthy, nutrient-rich balanced diet for bone health, and osteoporosis guidelines recommend adequate protein.",
            EvidenceGrade.D, [GuidanceSources.CoronadoZarco2019, .. nogg]);

        if (person.BodyMassIndex is { } bmi && bmi.KilogramsPerSquareMetre < LowBodyMassIndex)
        {
            yield return new Recommendation(
                RecommendationCodes.LowBodyWeight, RecommendationCategory.Lifestyle, RecommendationPriority.Medium,
                "Talk to your GP about your low body weight",
                "A low body weight raises fracture risk; ask your GP whether you need help to reach a healthy weight (body mass index 20–25) and whether anything is causing weight loss.",
                $"Your body mass index is {Amounts.Number(bmi.KilogramsPerSquareMetre)} kg/m², below {Amounts.Number(LowBodyMassIndex)}.",
                EvidenceGrade.D, [GuidanceSources.NosHealthyWeight, .. nogg]);
        }
    }

    private static string Describe(PersonProfile person, RiskPicture risk)
    {
        var parts = RiskFactorCatalogue.All.Where(f => f.Factor != RiskFactors.Falls && (person.RiskFactors & FallRisks & f.Factor) != 0).Select(f => f.Token.Replace('_', ' ')).ToList();
        parts.AddRange(risk.Reasons);
        return Amounts.Join(parts);
    }
}
