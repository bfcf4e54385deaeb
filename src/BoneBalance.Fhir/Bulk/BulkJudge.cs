namespace BoneBalance.Fhir.Bulk;

/// <summary>
/// The rules' judgements of one resource that <see cref="BulkPatient"/> needs to keep a patient's facts small (an
/// observation's kind and whether it is usable, whether a condition matters, how a medicine would be listed), made on
/// the parsing threads, so the single thread that joins the patients only compares them. A medicine given by a
/// reference to a Medication resource is judged when joined, once the Medication files have been read.
/// </summary>
internal sealed class BulkJudge(DateOnly asOf, FhirReadOptions options)
{
    private readonly MedicationReader _medicines = new(_ => null, asOf, options, new ProfileDraft());

    /// <summary>The resource with its judgements; <see cref="BulkResource.Nothing"/> for an Observation of a code no list maps.</summary>
    public BulkResource Judge(BulkResource resource)
    {
        switch (resource.Facts)
        {
            case Facts.ObservationFacts observation:
                return ObservationReader.CodeOf(observation) is { } code
                    ? resource with { Code = code, Usable = ObservationReader.Usable(observation, code, asOf) }
                    : BulkResource.Nothing;
            case Facts.ConditionFacts condition:
                var matters = ConditionReader.Matters(condition, asOf, out var current);
                var confirmed = condition.Verification is null || ConditionReader.Confirmed(condition.Verification);
                var begun = condition.Onset is not { } onset || onset <= asOf;
                return resource with { Matters = matters, CurrentKey = matters && current && confirmed && begun ? ConditionReader.Key(condition) : null };
            case Facts.MedicationFacts medication when medication.Concept is not null || medication.Reference is null || medication.Reference.StartsWith('#'):
                return resource with { Judged = true, Found = _medicines.Judge(medication, out _) };
            default:
                return resource;
        }
    }
}
