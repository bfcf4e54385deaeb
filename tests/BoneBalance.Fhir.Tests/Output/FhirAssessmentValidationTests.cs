using BoneBalance.Fhir.Output;
using Hl7.Fhir.Model;

namespace BoneBalance.Fhir.Tests.Output;

/// <summary>
/// Every bundle written for the example profiles, and every resource in it, validates against the FHIR R4 base
/// specification with Firely's validator (structure, cardinality, invariants, reference targets inside the bundle, the
/// vital-signs profiles the weight/height/BMI Observations claim, and required bindings to the specification's own value
/// sets; not LOINC/SNOMED/UCUM membership, for which there is no terminology server here).
/// </summary>
[Collection(OutputGroup.Name)]
public sealed class FhirAssessmentValidationTests(OutputFixture fixture)
{
    [Theory]
    [MemberData(nameof(OutputFixture.Examples), MemberType = typeof(OutputFixture))]
    public void Every_resource_of_an_example_validates_against_R4(string example)
    {
        var (input, assessment) = fixture.AssessExample(example);
        var bundle = FhirAssessmentWriter.Write(assessment, input, OutputFixture.AsOf);

        Assert.Empty(fixture.Errors(bundle));
        foreach (var entry in bundle.Entry)
        {
            Assert.Empty(fixture.Errors(entry.Resource!));
        }
    }

    [Fact]
    public void A_probability_above_100_makes_the_validator_fail()
    {
        // Proof that the test above can fail: the same bundle with one prediction broken (invariant ras-2, ≤ 100).
        var (input, assessment) = fixture.AssessExample("woman-74-warfarin-af.json");
        var bundle = FhirAssessmentWriter.Write(assessment, input, OutputFixture.AsOf);
        var risk = bundle.Entry.Select(e => e.Resource).OfType<RiskAssessment>().Single();
        risk.Prediction[0].Probability = new FhirDecimal(150m);

        Assert.Contains(fixture.Errors(bundle), e => e.Contains("ras-2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_MedicationRequest_without_its_subject_makes_the_validator_fail()
    {
        var (input, assessment) = fixture.AssessExample("man-80-care-home-hip-fracture.json");
        var bundle = FhirAssessmentWriter.Write(assessment, input, OutputFixture.AsOf);
        var request = bundle.Entry.Select(e => e.Resource).OfType<MedicationRequest>().First();
        request.Subject = null!;

        Assert.Contains(fixture.Errors(request), e => e.Contains("subject", StringComparison.OrdinalIgnoreCase));
    }
}
