using BoneBalance.Core.Densitometry;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// The fracture-risk part of an assessment: QFracture-2012 when the person is inside its ranges (a BMI outside 20–40 is
/// computed at the nearest bound and labelled), the screening tools,
/// USPSTF advice and the guideline treatment thresholds (fed with the densitometry, the entered FRAX, prior fractures and
/// the glucocorticoid exposure derived from the medications).
/// </summary>
internal static class FractureRiskAssessor
{
    public static FractureRiskAssessment Assess(PersonFacts facts, DensitometryAssessment? densitometry)
    {
        var person = facts.Person;
        var (implied, impliedNotes) = ImpliedRiskFactors(facts);
        var notes = new List<string>(impliedNotes);
        var (qfracture, notApplicable, bmiBound) = QFracture(person, implied);
        if (bmiBound is not null)
        {
            notes.Add(bmiBound.Note);
        }

        if (qfracture is { } q && QFractureNotes.HipAtLeastMajorNote(q) is { } crossed)
        {
            notes.Add(crossed);
        }

        if (qfracture is not null)
        {
            notes.AddRange(QFractureNotes.ForPerson(person));
        }

        IReadOnlyList<ScreeningToolResult> screening = ScreeningTools.All(person);
        var advice = UspstfOsteoporosisScreening.Advise(person, screening);
        if (facts.Input.Dxa.Count > 0)
        {
            // A scan has been done: the tools and the USPSTF advice answer "who needs a first scan", so they say so and
            // give the follow-up interval guidance instead.
            (screening, advice) = FollowUpDxa.After(screening, advice, densitometry?.ScanDate);
        }

        var thresholds = TreatmentThresholds.Evaluate(new TreatmentThresholdInput(
            person,
            densitometry?.Latest,
            facts.Input.Frax,
            facts.Input.PriorHipOrVertebralFracture,
            person.Has(RiskFactors.PriorFracture),
            GlucocorticoidDose.From(facts),
            LatestLoss(densitometry)));
        return new FractureRiskAssessment(qfracture, notApplicable, screening, advice, thresholds, QFracture2012.CitationsFor(person.Sex))
        {
            Notes = notes,
            Frax = facts.Input.Frax,
            QFractureBmi = bmiBound,
        };
    }

    // A glucocorticoid course shorter than this is not "regular" oral corticosteroid use (QFracture's b_corticosteroids).
    private const double ShortCourseMonths = 1;

    // A listed medication or coded condition that *is* a QFracture risk factor counts even when the factor was not ticked:
    // leaving it out would understate the risk of, say, a person on prednisone. Each addition is said in a note.
    private static (RiskFactors Implied, IReadOnlyList<string> Notes) ImpliedRiskFactors(PersonFacts facts)
    {
        var person = facts.Person;
        var implied = RiskFactors.None;
        var notes = new List<string>();
        foreach (var (medication, entry) in facts.Medications)
        {
            if (entry.Class == DrugClass.Glucocorticoid && !person.Has(RiskFactors.Corticosteroids) && (implied & RiskFactors.Corticosteroids) == 0)
            {
                if (medication.DurationMonths is < ShortCourseMonths)
                {
                    notes.Add($"QFracture does not count {medication.Name} as regular oral corticosteroids: the course is shorter than {ShortCourseMonths:0} month.");
                    continue;
                }

                implied |= RiskFactors.Corticosteroids;
                notes.Add($"QFracture counts regular oral corticosteroids because you take {medication.Name}, although the corticosteroids risk factor was not ticked.");
            }
        }

        foreach (var (condition, entry) in facts.Conditions)
        {
            var factor = entry.QFractureFactor;
            if (factor != RiskFactors.None && !person.Has(factor) && (implied & factor) == 0 && RiskFactorCatalogue.Describe(factor) is var info && (info.AppliesTo is null || info.AppliesTo == person.Sex))
            {
                implied |= factor;
                notes.Add($"QFracture counts \"{info.Description.TrimEnd('.')}\" because you listed {condition.Name}, although that risk factor was not ticked.");
            }
        }

        return (implied, notes);
    }

    // A BMI outside QFracture's 20–40 is computed at the nearest bound and labelled (QFractureBmiBound): an underweight
    // person, at high risk, would otherwise get no risk at all.
    private static (QFractureResult?, IReadOnlyList<FieldError>, QFractureBmiBound?) QFracture(PersonProfile person, RiskFactors implied)
    {
        var bmi = person.BodyMassIndex?.KilogramsPerSquareMetre;
        var bound = bmi is { } given ? QFractureBmiBound.For(given, person.Sex) : null;
        var input = new QFractureInput(
            person.Sex, person.AgeYears, bound?.ComputedAtBodyMassIndex ?? bmi ?? QFracture2012.MinimumBodyMassIndex, person.Ethnicity, person.Smoking, person.Alcohol, person.RiskFactors | implied);
        var errors = QFracture2012.Validate(input).ToList();
        if (bmi is null)
        {
            errors.Add(new FieldError("bmi", string.Empty, $"{QFracture2012.MinimumBodyMassIndex} to {QFracture2012.MaximumBodyMassIndex} kg/m²; give bmi, or height and weight"));
        }

        return errors.Count == 0 ? (QFracture2012.Calculate(input), [], bound) : (null, errors, null);
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
