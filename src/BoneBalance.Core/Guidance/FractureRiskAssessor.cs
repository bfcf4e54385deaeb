using BoneBalance.Core.Densitometry;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.People;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// The fracture-risk part of an assessment: QFracture-2012 when the person is inside its ranges, the screening tools,
/// USPSTF advice and the guideline treatment thresholds (fed with the densitometry, the entered FRAX, prior fractures and
/// the glucocorticoid exposure derived from the medications).
/// </summary>
internal static class FractureRiskAssessor
{
    public static FractureRiskAssessment Assess(PersonFacts facts, DensitometryAssessment? densitometry)
    {
        var person = facts.Person;
        var (qfracture, notApplicable) = QFracture(person);
        var screening = ScreeningTools.All(person);
        var advice = UspstfOsteoporosisScreening.Advise(person);
        var thresholds = TreatmentThresholds.Evaluate(new TreatmentThresholdInput(
            person,
            densitometry?.Latest,
            facts.Input.Frax,
            facts.Input.PriorHipOrVertebralFracture,
            person.Has(RiskFactors.PriorFracture),
            GlucocorticoidDose.From(facts),
            LatestLoss(densitometry)));
        return new FractureRiskAssessment(qfracture, notApplicable, screening, advice, thresholds, QFracture2012.CitationsFor(person.Sex));
    }

    private static (QFractureResult?, IReadOnlyList<FieldError>) QFracture(PersonProfile person)
    {
        var bmi = person.BodyMassIndex?.KilogramsPerSquareMetre;
        var input = new QFractureInput(person.Sex, person.AgeYears, bmi ?? QFracture2012.MinimumBodyMassIndex, person.Ethnicity, person.Smoking, person.Alcohol, person.RiskFactors);
        var errors = QFracture2012.Validate(input).ToList();
        if (bmi is null)
        {
            errors.Add(new FieldError("bmi", string.Empty, $"{QFracture2012.MinimumBodyMassIndex} to {QFracture2012.MaximumBodyMassIndex} kg/m²; give bmi, or height and weight"));
        }

        return errors.Count == 0 ? (QFracture2012.Calculate(input), []) : (null, errors);
    }

    // The comparison ending at the latest scan with the largest loss (the ACR rule for adults under 40 reads a BMD loss
    // greater than the least significant change).
    private static ScanComparison? LatestLoss(DensitometryAssessment? densitometry) =>
        densitometry?.Changes
            .Where(c => c.Later.Date == densitometry.ScanDate)
            .OrderBy(c => c.ChangeGramsPerSquareCentimetre)
            .ThenBy(c => c.Later.Site)
            .FirstOrDefault();
}
