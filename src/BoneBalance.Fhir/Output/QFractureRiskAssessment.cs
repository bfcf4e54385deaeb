using System.Globalization;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.People;
using Hl7.Fhir.Model;

namespace BoneBalance.Fhir.Output;

/// <summary>
/// QFracture-2012 as a <c>RiskAssessment</c>: two predictions (major osteoporotic fracture and hip fracture) with the
/// probability as a fraction (percent / 100) and the horizon as the age range it covers (<c>whenRange</c> from the age at
/// the as-of date to that age plus 10 years, UCUM <c>a</c>, as the R4 example "cardiac" writes a 10-year risk), the inputs
/// it used as <c>basis</c>, and ClinRisk's citation, licence and required disclaimer in <c>note</c>.
/// When the person is outside the model's ranges the RiskAssessment is still written, with status <c>cancelled</c>
/// ("not started or not completed"), no prediction, and each reason in <c>note</c>: an EHR then sees that the model was
/// considered and why it gave nothing, rather than silence.
/// </summary>
internal static class QFractureRiskAssessment
{
    public static void Add(OutputBundle b, IReadOnlyList<ResourceReference> basis)
    {
        var risk = b.Assessment.FractureRisk;
        var dossier = QFracture2012.Dossier;
        var assessment = new RiskAssessment
        {
            Status = risk.QFracture is null ? ObservationStatus.Cancelled : ObservationStatus.Final,
            Code = new CodeableConcept { Text = "10-year risk of osteoporotic fracture" },
            Method = new CodeableConcept { Text = $"{dossier.Name} ({dossier.Description})" },
            Subject = b.Subject(),
            Occurrence = new FhirDateTime(b.Date),
            Performer = new ResourceReference { Display = "BoneBalance (QFracture-2012 transcribed from ClinRisk's reference C code)" },
            Basis = [.. basis],
        };

        if (risk.QFracture is { } q)
        {
            assessment.Prediction =
            [
                Prediction(b, q, FractureOutcome.MajorOsteoporotic, new CodeableConcept { Text = "Major osteoporotic fracture (hip, spine, wrist or shoulder)" }),
                Prediction(b, q, FractureOutcome.Hip, new CodeableConcept { Coding = [FhirCodes.HipFracture], Text = "Hip fracture" }),
            ];
        }
        else
        {
            foreach (var reason in risk.QFractureNotApplicable)
            {
                assessment.Note.Add(Note($"Not computed: {reason.Message.TrimEnd('.')}."));
            }
        }

        assessment.Note.Add(Note("Inputs: " + Inputs(b)));
        foreach (var note in risk.Notes)
        {
            assessment.Note.Add(Note(note));
        }

        foreach (var citation in risk.Citations)
        {
            assessment.Note.Add(Note("Source: " + citation));
        }

        assessment.Note.Add(Note("Licence: " + dossier.Licence));
        assessment.Note.Add(Note("ClinRisk's disclaimer: " + dossier.Disclaimer));
        assessment.Note.Add(Note(b.Assessment.Disclaimer));
        b.Add("RiskAssessment/qfracture", assessment);
    }

    /// <summary>The probability written for a risk in percent: the fraction percent / 100 to 6 decimal places
    /// (0.0001 %, finer than any report shows, so a small risk such as 0.0017 % is not written as 0).</summary>
    public static decimal Probability(double percent) => OutputBundle.Decimal(percent / 100.0, 6);

    private static RiskAssessment.PredictionComponent Prediction(OutputBundle b, QFractureResult q, FractureOutcome outcome, CodeableConcept what)
    {
        var age = b.Assessment.Person.AgeYears;
        return new RiskAssessment.PredictionComponent
        {
            Outcome = what,
            Probability = new FhirDecimal(Probability(q.PercentFor(outcome))),
            When = new Hl7.Fhir.Model.Range
            {
                Low = OutputBundle.Ucum(age, FhirCodes.Year, "years"),
                High = OutputBundle.Ucum(age + q.Years, FhirCodes.Year, "years"),
            },
            Rationale = string.Create(CultureInfo.InvariantCulture, $"{q.Years}-year cumulative incidence (risk) from the assessment date {b.Date}, at ages {age} to {age + q.Years}; {q.PercentFor(outcome):0.####} %. Not a FRAX probability."),
        };
    }

    private static string Inputs(OutputBundle b)
    {
        var p = b.Assessment.Person;
        var parts = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"age {p.AgeYears}"),
            SexTokens.Table.ToToken(p.Sex),
            p.BodyMassIndex is { } bmi ? $"BMI {bmi}" : "BMI not given",
            "ethnicity " + EthnicityTokens.Table.ToToken(p.Ethnicity),
            "smoking " + SmokingStatusTokens.Table.ToToken(p.Smoking),
            "alcohol " + AlcoholIntakeTokens.Table.ToToken(p.Alcohol),
        };
        var factors = RiskFactorCatalogue.All.Where(f => p.Has(f.Factor)).Select(f => f.Description).ToList();
        parts.Add(factors.Count == 0 ? "no clinical risk factors" : "risk factors: " + string.Join("; ", factors.Select(f => f.TrimEnd('.'))));
        return string.Join(", ", parts) + ".";
    }

    private static Annotation Note(string text) => new() { Text = new Markdown(text) };
}
