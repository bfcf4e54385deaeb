using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using BoneBalance.Core.Guidance;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace BoneBalance.Fhir.Output;

/// <summary>
/// An assessment as a FHIR R4 <c>Bundle</c> of type <c>collection</c> (Firely's POCOs and serializer): the patient, a
/// QFracture-2012 <c>RiskAssessment</c>, <c>Observation</c>s for the T-scores BoneBalance computed, a <c>DetectedIssue</c>
/// per safety finding and the supplement plan as <c>MedicationRequest</c> proposals — the format of
/// <c>bonebalance assess --fhir-out</c> and <c>GET /api/assessments/{id}/fhir</c>. README "FHIR output" has the mapping.
/// Entries have deterministic <c>urn:uuid</c> full URLs, so the same assessment gives the same bytes.
/// </summary>
public static class FhirAssessmentWriter
{
    private static readonly FhirJsonSerializer Serializer = new();

    // µ, é, ≥ and apostrophes written as themselves, as the assessment document writes them (valid JSON either way).
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The bundle of <paramref name="assessment"/>.</summary>
    /// <param name="assessment">The assessment (<see cref="Assessor.Assess"/> of <paramref name="input"/>).</param>
    /// <param name="input">The input it was made from (for the birth date, the DXA measurements, medicines and conditions).</param>
    /// <param name="asOf">The date it was made for: <c>RiskAssessment.occurrence</c>, the start of the 10-year horizon.</param>
    /// <param name="reading">When the input came from a FHIR record: references then point at the record's own resources
    /// (the Patient, the Observations, Conditions and medication resources each input came from) instead of copies.</param>
    public static Bundle Write(Assessment assessment, AssessmentInput input, DateOnly asOf, FhirReading? reading = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(input);
        var b = new OutputBundle(assessment, input, asOf, reading);
        PatientEntry.Add(b);
        List<ResourceReference> basis = [b.Subject()];
        if (reading is null)
        {
            basis.AddRange(ProfileObservations.AddQFractureInputs(b));
        }
        else
        {
            // The inputs QFracture reads: the person's fields and everything that can set a risk factor.
            foreach (var path in new[] { "person.", "riskFactors", "medications", "conditions" })
            {
                basis.AddRange(b.Originals(path).Where(r => basis.TrueForAll(x => x.Reference != r.Reference)));
            }
        }

        QFractureRiskAssessment.Add(b, basis);
        TScoreObservations.Add(b);
        SafetyIssues.Add(b);
        SupplementProposals.Add(b);
        return b.Bundle;
    }

    /// <summary>The bundle as FHIR JSON (UTF-8), indented or compact.</summary>
    public static byte[] ToUtf8(Bundle bundle, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var output = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(output, indented ? Indented : Compact))
        {
            Serializer.Serialize(bundle, json);
        }

        return output.WrittenSpan.ToArray();
    }
}
