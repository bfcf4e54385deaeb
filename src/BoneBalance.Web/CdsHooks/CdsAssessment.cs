using System.Text.Json;
using BoneBalance.Core.Guidance;
using BoneBalance.Data.Contracts;
using BoneBalance.Fhir;
using Hl7.Fhir.Model;

namespace BoneBalance.Web.CdsHooks;

/// <summary>
/// A patient's FHIR resources through the one path every assessment takes: <see cref="FhirRecordReader"/> builds the
/// profile contract document, <see cref="ProfileDocument.Parse"/> reads it as it reads any profile, and
/// <see cref="Assessor.Assess"/> assesses it — on the service's date (UTC).
/// </summary>
internal sealed class CdsAssessment(Assessor assessor, TimeProvider time)
{
    private static readonly FhirReadOptions DraftsAsCurrent = new() { DraftOrdersAsCurrent = true };

    /// <summary>The date assessments are made on: today, UTC.</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>The reading and, unless the reader refused the patient (deceased, under 18…), the assessment.</summary>
    /// <param name="resources">The patient's resources.</param>
    /// <param name="asOf">The date of the assessment.</param>
    /// <param name="draftOrdersAsCurrent">Read draft MedicationRequests as taken (order-sign: the patient once the orders are signed).</param>
    public (FhirReading Reading, Assessment? Assessment) Assess(IEnumerable<Resource> resources, DateOnly asOf, bool draftOrdersAsCurrent = false)
    {
        var reading = FhirRecordReader.Read(resources, asOf, draftOrdersAsCurrent ? DraftsAsCurrent : FhirReadOptions.Default);
        if (reading.Profile is null)
        {
            return (reading, null);
        }

        var input = ProfileDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(reading.Profile), null, asOf);
        return (reading, assessor.Assess(input));
    }
}
