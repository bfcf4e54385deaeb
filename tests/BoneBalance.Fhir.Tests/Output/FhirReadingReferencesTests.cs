using BoneBalance.Fhir.Output;
using Hl7.Fhir.Model;

namespace BoneBalance.Fhir.Tests.Output;

/// <summary>
/// When the input came from a FHIR record, the bundle points at the record's own resources (the Patient, the
/// Observations, medicine and condition resources each input came from) and writes no copies of them.
/// </summary>
[Collection(OutputGroup.Name)]
public sealed class FhirReadingReferencesTests(OutputFixture fixture)
{
    [Fact]
    public void References_point_at_the_original_resources_and_no_copies_are_written()
    {
        var (input, assessment) = fixture.AssessExample("woman-74-warfarin-af.json");
        var reading = new FhirReading
        {
            PatientId = "pat-1",
            Sources =
            [
                new("person.sex", "Patient/pat-1", "female", null),
                new("person.weightKg", "Observation/weight-1", "61 kg", new DateOnly(2026, 10, 1)),
                new("person.heightCm", "Observation/height-1", "158 cm", new DateOnly(2026, 10, 1)),
                new("medications[0]", "MedicationRequest/warfarin-1", "Warfarin Sodium 5 MG Oral Tablet", new DateOnly(2022, 1, 1)),
                new("conditions[0]", "Condition/af-1", "Atrial fibrillation", new DateOnly(2021, 6, 1)),
                new("supplements[0]", "MedicationStatement/k2-1", "Vitamin K2 100 mcg", null),
                new("labs.inr", "Observation/inr-1", "2.6", new DateOnly(2026, 11, 1)),
            ],
        };
        var bundle = FhirAssessmentWriter.Write(assessment, input, OutputFixture.AsOf, reading);
        var resources = bundle.Entry.Select(e => e.Resource!).ToList();

        Assert.DoesNotContain(resources, r => r is Patient);
        Assert.DoesNotContain(resources, r => r is Observation); // no T-scores computed here, and no profile copies
        var risk = Assert.Single(resources.OfType<RiskAssessment>());
        Assert.Equal("Patient/pat-1", risk.Subject!.Reference);
        Assert.Equal(
            ["Patient/pat-1", "Observation/weight-1", "Observation/height-1", "MedicationRequest/warfarin-1", "Condition/af-1"],
            risk.Basis.Select(r => r.Reference));
        var issue = Assert.Single(resources.OfType<DetectedIssue>());
        Assert.Equal("Patient/pat-1", issue.Patient!.Reference);
        Assert.Equal(["MedicationRequest/warfarin-1", "MedicationStatement/k2-1"], issue.Implicated.Select(r => r.Reference));
        Assert.Empty(fixture.Errors(bundle));
    }

    [Fact]
    public void A_computed_T_score_derives_from_the_original_BMD_Observation()
    {
        var (input, assessment) = fixture.AssessExample("man-80-care-home-hip-fracture.json");
        var reading = new FhirReading
        {
            PatientId = "urn:uuid:0b5c4d52-6c1e-4a43-9b0e-3f0d7b9f1a10",
            Sources = [new("dxa[0].bmd", "Observation/bmd-hip", "0.640 g/cm2", new DateOnly(2026, 6, 20)), new("dxa[1]", "Observation/bmd-neck", "0.540 g/cm2", new DateOnly(2026, 6, 20))],
        };
        var bundle = FhirAssessmentWriter.Write(assessment, input, OutputFixture.AsOf, reading);
        var tScores = bundle.Entry.Select(e => e.Resource).OfType<Observation>().ToList();

        Assert.Equal(["38264-8", "38263-0"], tScores.Select(o => o.Code.Coding.Single().Code));
        Assert.Equal(["Observation/bmd-hip", "Observation/bmd-neck"], tScores.Select(o => o.DerivedFrom.Single().Reference));
        Assert.All(tScores, o => Assert.Equal(reading.PatientId, o.Subject!.Reference));
        Assert.Empty(fixture.Errors(bundle));
    }
}
