using BoneBalance.Core.Densitometry;
using BoneBalance.Core.People;
using Hl7.Fhir.Model;

namespace BoneBalance.Fhir.Output;

/// <summary>
/// Without a FHIR record, the inputs QFracture and the T-scores were computed from have no resources to point at, so they
/// are written as Observations from the profile: body weight, height and BMI (with the R4 vital-signs profiles
/// <c>bodyweight</c>, <c>bodyheight</c>, <c>bmi</c>, which the tests validate), the smoking status, and the BMD of each DXA
/// site a T-score was computed from. Dated on the as-of date (the profile states them as of that day), except BMD, dated
/// on its scan date.
/// </summary>
internal static class ProfileObservations
{
    private const string AsGiven = "As given in the BoneBalance profile the assessment was made from.";

    /// <summary>Writes the QFracture inputs; returns the references for <c>RiskAssessment.basis</c>.</summary>
    public static List<ResourceReference> AddQFractureInputs(OutputBundle b)
    {
        var person = b.Assessment.Person;
        var written = new List<ResourceReference>();
        if (person.Weight is { } weight)
        {
            written.Add(VitalSign(b, "weight", "bodyweight", FhirCodes.BodyWeight, OutputBundle.Ucum(OutputBundle.Decimal(weight.Kilograms, 1), FhirCodes.Kilogram, "kg")));
        }

        if (person.Height is { } height)
        {
            written.Add(VitalSign(b, "height", "bodyheight", FhirCodes.BodyHeight, OutputBundle.Ucum(OutputBundle.Decimal(height.Centimetres, 1), FhirCodes.Centimetre, "cm")));
        }

        if (person.BodyMassIndex is { } bmi)
        {
            written.Add(VitalSign(b, "bmi", "bmi", FhirCodes.BodyMassIndex, OutputBundle.Ucum(OutputBundle.Decimal(bmi.KilogramsPerSquareMetre, 1), FhirCodes.KilogramPerSquareMetre, "kg/m2")));
        }

        var smoking = new Observation
        {
            Status = ObservationStatus.Final,
            Category = [FhirCodes.Category("social-history", "Social History")],
            Code = new CodeableConcept { Coding = [FhirCodes.TobaccoSmokingStatus], Text = "Tobacco smoking status" },
            Subject = b.Subject(),
            Effective = new FhirDateTime(b.Date),
            Value = new CodeableConcept { Coding = [FhirCodes.Smoking(person.Smoking)], Text = SmokingText(person.Smoking) },
            Note = [new Annotation { Text = new Markdown(AsGiven) }],
        };
        written.Add(new ResourceReference(b.Add("Observation/smoking", smoking)));
        return written;
    }

    /// <summary>Writes the BMD a T-score was computed from; returns its full URL.</summary>
    public static string AddBmd(OutputBundle b, SkeletalSite site, double gramsPerSquareCentimetre, DateOnly? scanDate)
    {
        var bmd = new Observation
        {
            Status = ObservationStatus.Final,
            Category = [FhirCodes.Category("imaging", "Imaging")],
            Code = new CodeableConcept { Coding = [FhirCodes.Bmd(site)], Text = $"DXA BMD, {TScoreObservations.SiteName(site)}" },
            Subject = b.Subject(),
            Effective = scanDate is { } d ? new FhirDateTime(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) : null,
            Value = OutputBundle.Ucum(OutputBundle.Decimal(gramsPerSquareCentimetre, 3), FhirCodes.GramPerSquareCentimetre, "g/cm2"),
            Note = [new Annotation { Text = new Markdown(AsGiven) }],
        };
        return b.Add($"Observation/bmd/{site}/{scanDate:yyyy-MM-dd}", bmd);
    }

    private static ResourceReference VitalSign(OutputBundle b, string name, string profile, Coding code, Quantity value)
    {
        var observation = new Observation
        {
            Meta = new Meta { Profile = ["http://hl7.org/fhir/StructureDefinition/" + profile] },
            Status = ObservationStatus.Final,
            Category = [FhirCodes.Category("vital-signs", "Vital Signs")],
            Code = new CodeableConcept { Coding = [code], Text = code.Display },
            Subject = b.Subject(),
            Effective = new FhirDateTime(b.Date),
            Value = value,
            Note = [new Annotation { Text = new Markdown(AsGiven) }],
        };
        return new ResourceReference(b.Add("Observation/" + name, observation));
    }

    private static string SmokingText(SmokingStatus status) => status switch
    {
        SmokingStatus.Never => "Never smoked",
        SmokingStatus.Former => "Ex-smoker",
        SmokingStatus.Light => "Current smoker, light (1–9 cigarettes a day)",
        SmokingStatus.Moderate => "Current smoker, moderate (10–19 cigarettes a day)",
        _ => "Current smoker, heavy (20 or more cigarettes a day)",
    };
}
