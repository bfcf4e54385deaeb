using BoneBalance.Fhir.Facts;

namespace BoneBalance.Fhir;

/// <summary>
/// The mapping of one patient's facts to the profile contract — the one implementation behind both routes: a Bundle
/// read with Firely's POCOs (<see cref="FhirRecordReader"/>, <c>assess --fhir</c>) and a bulk export read with
/// <c>Utf8JsonReader</c> (<see cref="Bulk.BulkExportReader"/>, <c>screen --fhir</c>). The patient is refused or read
/// first; then medicines (judged one by one), observations (most recent usable value of each kind; stale ones
/// reported), conditions, the listing of medicines (each once), and the visible defaults.
/// </summary>
internal static class RecordRules
{
    /// <summary>Reads <paramref name="facts"/> into a <see cref="FhirReading"/>.</summary>
    /// <param name="facts">The patient's facts.</param>
    /// <param name="findMedication">The code of a Medication resource a medicationReference names, or null.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="options">The read options.</param>
    /// <param name="draft">The draft, holding what the parser already left out (another patient's, unreadable).</param>
    public static FhirReading Read(RecordFacts facts, Func<string, FhirConcept?> findMedication, DateOnly asOf, FhirReadOptions options, ProfileDraft draft)
    {
        if (PatientReader.Read(facts.Patient, asOf, draft) is { } refusal)
        {
            return new FhirReading { PatientId = facts.PatientId, AsOf = asOf, Refusal = refusal, Ignored = draft.Ignored };
        }

        var medicines = new MedicationReader(findMedication, asOf, options, draft);
        foreach (var medication in facts.Medications)
        {
            medicines.Add(medication);
        }

        ObservationReader.Read(facts.Observations, asOf, draft);
        ConditionReader.Read(facts.Conditions, asOf, draft);
        medicines.Finish();
        Defaults(facts.Patient.Label, draft);

        var (profile, sources, problem, input) = draft.Finish(asOf);
        return problem is not null
            ? Refused(facts.PatientId, asOf, draft, "invalid-profile", $"the record gives no profile the contract accepts: {problem}")
            : new FhirReading { PatientId = facts.PatientId, AsOf = asOf, Profile = profile, Sources = sources, Ignored = draft.Ignored, Input = input };
    }

    /// <summary>A refused reading.</summary>
    public static FhirReading Refused(string patientId, DateOnly asOf, ProfileDraft draft, string code, string reason) =>
        new() { PatientId = patientId, AsOf = asOf, Refusal = new FhirRefusal(code, reason), Ignored = draft.Ignored };

    // What the profile takes by default because the record did not say: made visible, not hidden.
    private static void Defaults(string patient, ProfileDraft draft)
    {
        if (!draft.Has("person", "smoking"))
        {
            draft.Ignore(patient, "smoking status: no current one in the record", "the profile's default, never, is used; QFracture's risk may be too low if the patient smokes or smoked");
        }

        draft.Ignore(patient, "alcohol: not read from FHIR records", "the profile's default, none, is used; give person.alcohol in a profile when the patient drinks (QFracture counts it)");
        if (draft.HasValue("person", "sex", "female"))
        {
            draft.Ignore(patient, "menopausal status: not read from FHIR records", "unknown: from age 50 a woman's DXA is read with T-scores, as after the menopause");
        }
    }
}
