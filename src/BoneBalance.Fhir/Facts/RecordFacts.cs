namespace BoneBalance.Fhir.Facts;

/// <summary>
/// One patient's facts, whichever parser took them: the Patient and the Observations, Conditions and medicines about
/// that patient, in record order. <see cref="RecordRules.Read"/> turns them into the profile.
/// </summary>
/// <param name="PatientId">The Patient's id (else its full URL).</param>
/// <param name="Patient">The Patient's facts.</param>
internal sealed record RecordFacts(string PatientId, PatientFacts Patient)
{
    /// <summary>The Observations, in record order.</summary>
    public List<ObservationFacts> Observations { get; init; } = [];

    /// <summary>The Conditions, in record order.</summary>
    public List<ConditionFacts> Conditions { get; init; } = [];

    /// <summary>The MedicationRequests and MedicationStatements, in record order.</summary>
    public List<MedicationFacts> Medications { get; init; } = [];
}
