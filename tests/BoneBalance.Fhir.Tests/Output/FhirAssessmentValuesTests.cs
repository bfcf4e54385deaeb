using System.Text;
using System.Text.Json;
using BoneBalance.Data.Contracts;
using BoneBalance.Fhir.Output;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace BoneBalance.Fhir.Tests.Output;

/// <summary>
/// The bundle says what the assessment says: each value is checked against the assessment document
/// (<see cref="AssessmentDocument"/>, the CLI's <c>--json</c>), a route that does not go through the FHIR writer.
/// </summary>
[Collection(OutputGroup.Name)]
public sealed class FhirAssessmentValuesTests(OutputFixture fixture)
{
    // BoneBalance's severity tokens → DetectedIssue.severity, as README "FHIR output" states the mapping.
    private static readonly Dictionary<string, string> Severities = new(StringComparer.Ordinal)
    {
        ["contraindicated_without_supervision"] = "high",
        ["warning"] = "moderate",
        ["caution"] = "low",
        ["info"] = "low",
    };

    [Theory]
    [MemberData(nameof(OutputFixture.Examples), MemberType = typeof(OutputFixture))]
    public void The_bundle_carries_the_documents_risks_findings_plan_and_T_scores(string example)
    {
        var (input, assessment) = fixture.AssessExample(example);
        var bundle = FhirAssessmentWriter.Write(assessment, input, OutputFixture.AsOf);
        using var document = JsonDocument.Parse(AssessmentDocument.ToJson(assessment));
        var root = document.RootElement;
        var resources = bundle.Entry.Select(e => e.Resource!).ToList();

        Assert.Equal(Bundle.BundleType.Collection, bundle.Type);
        Assert.All(bundle.Entry, e => Assert.Equal("urn:uuid:" + e.Resource!.Id, e.FullUrl));
        var patient = Assert.Single(resources.OfType<Patient>());
        Assert.Equal(root.GetProperty("person").GetProperty("sex").GetString(), patient.Gender?.ToString().ToLowerInvariant());
        Assert.All(resources.Where(r => r is not Patient), r => Assert.Contains("urn:uuid:" + patient.Id, Subject(r), StringComparison.Ordinal));

        // QFracture: two predictions, fractions of the document's percent (rounded there to 0.1 %), the 10 years as ages.
        var risk = Assert.Single(resources.OfType<RiskAssessment>());
        var q = root.GetProperty("fractureRisk").GetProperty("qfracture");
        Assert.Equal(ObservationStatus.Final, risk.Status);
        Assert.Equal(2, risk.Prediction.Count);
        var age = root.GetProperty("person").GetProperty("age").GetInt32();
        foreach (var (prediction, key, percent) in new[]
        {
            (risk.Prediction[0], "majorOsteoporoticPercent", assessment.FractureRisk.QFracture!.Value.MajorOsteoporoticPercent),
            (risk.Prediction[1], "hipPercent", assessment.FractureRisk.QFracture!.Value.HipPercent),
        })
        {
            var probability = (double)((FhirDecimal)prediction.Probability!).Value!.Value;
            Assert.InRange(probability, 0, 1);
            Assert.Equal(percent / 100, probability, 6);
            Assert.InRange(probability * 100 - q.GetProperty(key).GetDouble(), -0.05, 0.05);
            var when = (Hl7.Fhir.Model.Range)prediction.When!;
            Assert.Equal(age, when.Low!.Value);
            Assert.Equal(age + q.GetProperty("years").GetInt32(), when.High!.Value);
            Assert.Equal("a", when.Low.Code);
        }

        Assert.Equal("5913000", Assert.Single(risk.Prediction[1].Outcome!.Coding).Code);
        var notes = risk.Note.Select(n => n.Text!).ToList();
        Assert.Contains(notes, n => n.Contains(q.GetProperty("disclaimer").GetString()!, StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains(q.GetProperty("licence").GetString()!, StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("https://doi.org/10.1136/bmj.e3427", StringComparison.Ordinal));
        Assert.Equal(5, risk.Basis.Count); // the Patient, weight, height, BMI and smoking status written from the profile
        Assert.All(risk.Basis, r => Assert.Contains(bundle.Entry, e => e.FullUrl == r.Reference));

        // One DetectedIssue per finding, in the document's order, severity mapped.
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        var issues = resources.OfType<DetectedIssue>().ToList();
        Assert.Equal(findings.Count, issues.Count);
        for (var i = 0; i < findings.Count; i++)
        {
            Assert.Equal(Severities[findings[i].GetProperty("severity").GetString()!], issues[i].Severity?.ToString().ToLowerInvariant());
            Assert.EndsWith(findings[i].GetProperty("code").GetString()!, issues[i].Code!.Text, StringComparison.Ordinal);
            Assert.Contains(findings[i].GetProperty("reason").GetString()!, issues[i].Detail, StringComparison.Ordinal);
            Assert.Equal(findings[i].GetProperty("advice").GetString(), issues[i].Mitigation[0].Action!.Text);
        }

        // The plan: one proposal per supplement, the divided doses adding up to the document's daily dose.
        var supplements = root.GetProperty("plan").GetProperty("supplements").EnumerateArray().ToList();
        var requests = resources.OfType<MedicationRequest>().ToList();
        Assert.Equal(supplements.Count, requests.Count);
        for (var i = 0; i < supplements.Count; i++)
        {
            Assert.Equal(MedicationRequest.MedicationRequestIntent.Proposal, requests[i].Intent);
            Assert.Equal(MedicationRequest.MedicationrequestStatus.Draft, requests[i].Status);
            var unit = supplements[i].GetProperty("unit").GetString() switch { "ug" => "ug", "mg" => "mg", _ => "[IU]" };
            var doses = requests[i].DosageInstruction.Select(d => (Quantity)d.DoseAndRate.Single().Dose!).ToList();
            Assert.All(doses, d => Assert.Equal(unit, d.Code));
            Assert.Equal(supplements[i].GetProperty("dose").GetDecimal(), doses.Sum(d => d.Value!.Value));
            Assert.Contains(requests[i].Note, n => n.Text!.Contains("Evidence grade " + supplements[i].GetProperty("evidenceGrade").GetString(), StringComparison.Ordinal));
        }

        // T-scores: an Observation for each site whose T-score BoneBalance computed, derived from that site's BMD.
        var computed = root.GetProperty("densitometry") is { ValueKind: JsonValueKind.Object } d
            ? d.GetProperty("sites").EnumerateArray().Where(s => s.GetProperty("tScoreOrigin").GetString() == "computed_from_bmd").ToList()
            : [];
        var tScores = resources.OfType<Observation>().Where(o => o.Code.Text?.StartsWith("DXA T-score", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(computed.Count, tScores.Count);
        for (var i = 0; i < computed.Count; i++)
        {
            Assert.Equal(computed[i].GetProperty("tScore").GetDecimal(), ((Quantity)tScores[i].Value!).Value);
            var bmd = (Observation)bundle.Entry.Single(e => e.FullUrl == Assert.Single(tScores[i].DerivedFrom).Reference).Resource!;
            Assert.Equal(computed[i].GetProperty("bmd").GetDecimal(), ((Quantity)bmd.Value!).Value);
            Assert.Equal("imaging", tScores[i].Category.Single().Coding.Single().Code);
        }
    }

    [Fact]
    public void Warfarin_with_vitamin_K2_is_a_high_DetectedIssue_and_no_vitamin_K_is_proposed()
    {
        var (input, assessment) = fixture.AssessExample("woman-74-warfarin-af.json");
        var bundle = FhirAssessmentWriter.Write(assessment, input, OutputFixture.AsOf);
        var resources = bundle.Entry.Select(e => e.Resource!).ToList();

        var issue = Assert.Single(resources.OfType<DetectedIssue>());
        Assert.Equal(DetectedIssue.DetectedIssueSeverity.High, issue.Severity);
        Assert.Equal("DRG", Assert.Single(issue.Code!.Coding).Code);
        Assert.Contains(issue.Implicated, r => r.Display == "warfarin");
        Assert.Contains(issue.Implicated, r => r.Display == "vitamin K2 (MK-7) 100 µg a day");
        Assert.Contains(issue.Mitigation, m => m.Action!.Text!.StartsWith("Not proposed: a vitamin K supplement.", StringComparison.Ordinal));
        Assert.DoesNotContain(resources.OfType<MedicationRequest>(), r => ((CodeableConcept)r.Medication!).Text!.Contains("vitamin k", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Calcium_above_500_mg_is_proposed_as_concurrent_divided_doses()
    {
        var (input, assessment) = fixture.AssessExample("man-80-care-home-hip-fracture.json");
        var bundle = FhirAssessmentWriter.Write(assessment, input, OutputFixture.AsOf);
        var calcium = bundle.Entry.Select(e => e.Resource).OfType<MedicationRequest>().Single(r => ((CodeableConcept)r.Medication!).Text == "Calcium carbonate supplement");

        // 1,000 mg a day, no single dose above 500 mg: two instructions of 500 mg, both sequence 1 (taken concurrently).
        Assert.Equal([500m, 500m], calcium.DosageInstruction.Select(d => ((Quantity)d.DoseAndRate.Single().Dose!).Value!.Value));
        Assert.All(calcium.DosageInstruction, d => Assert.Equal(1, d.Sequence));
        Assert.All(calcium.DosageInstruction, d => Assert.Equal(1, d.Timing!.Repeat!.Frequency));
    }

    [Fact]
    public void Outside_QFracture_ranges_the_RiskAssessment_is_cancelled_with_the_reason_and_no_prediction()
    {
        var (input, assessment) = fixture.Assess(Encoding.UTF8.GetBytes("""{ "person": { "sex": "female", "age": 25, "bmi": 22 } }"""));
        var bundle = FhirAssessmentWriter.Write(assessment, input, OutputFixture.AsOf);
        var risk = bundle.Entry.Select(e => e.Resource).OfType<RiskAssessment>().Single();

        Assert.Null(assessment.FractureRisk.QFracture);
        Assert.Equal(ObservationStatus.Cancelled, risk.Status);
        Assert.Empty(risk.Prediction);
        Assert.Contains(risk.Note, n => n.Text!.StartsWith("Not computed: ", StringComparison.Ordinal) && n.Text.Contains("30", StringComparison.Ordinal));
        Assert.Empty(fixture.Errors(bundle));
    }

    [Fact]
    public void The_written_JSON_parses_back_to_the_same_bundle_and_writes_the_same_bytes()
    {
        var (input, assessment) = fixture.AssessExample("woman-67-falls-parental-osteoporosis.json");
        var bundle = FhirAssessmentWriter.Write(assessment, input, OutputFixture.AsOf);
        var json = FhirAssessmentWriter.ToUtf8(bundle);

        var parsed = new FhirJsonDeserializer().Deserialize<Bundle>(Encoding.UTF8.GetString(json));
        Assert.True(parsed.IsExactly(bundle));
        Assert.Equal(json, FhirAssessmentWriter.ToUtf8(parsed));
        Assert.Contains("µg", Encoding.UTF8.GetString(json), StringComparison.Ordinal); // written as itself, not \u00B5
    }

    [Fact]
    public void The_same_assessment_gives_the_same_bytes_and_another_day_other_ids()
    {
        var (input, assessment) = fixture.AssessExample("woman-58-prednisone-ra.json");
        var first = FhirAssessmentWriter.ToUtf8(FhirAssessmentWriter.Write(assessment, input, OutputFixture.AsOf), indented: false);
        var again = FhirAssessmentWriter.ToUtf8(FhirAssessmentWriter.Write(assessment, input, OutputFixture.AsOf), indented: false);
        var later = FhirAssessmentWriter.Write(assessment, input, OutputFixture.AsOf.AddDays(1));

        Assert.Equal(first, again);
        var ids = FhirAssessmentWriter.Write(assessment, input, OutputFixture.AsOf).Entry.Select(e => e.FullUrl).ToHashSet();
        Assert.DoesNotContain(later.Entry, e => ids.Contains(e.FullUrl));
        Assert.Equal(ids.Count, later.Entry.Count); // every full URL is distinct within a bundle
    }

    private static string Subject(Resource resource) => resource switch
    {
        Observation o => o.Subject!.Reference!,
        RiskAssessment r => r.Subject!.Reference!,
        DetectedIssue d => d.Patient!.Reference!,
        MedicationRequest m => m.Subject!.Reference!,
        _ => string.Empty,
    };
}
