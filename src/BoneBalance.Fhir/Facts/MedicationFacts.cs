namespace BoneBalance.Fhir.Facts;

/// <summary>
/// What the mapping reads of a MedicationRequest or MedicationStatement, as sent (the rules of
/// <see cref="MedicationReader"/> judge it).
/// </summary>
/// <param name="Label">The resource as a relative reference, else its full URL.</param>
/// <param name="TypeName"><c>MedicationRequest</c> or <c>MedicationStatement</c>.</param>
/// <param name="Status">Its status code, or <c>(none)</c>.</param>
internal sealed record MedicationFacts(ResourceLabel Label, string TypeName, string Status)
{
    /// <summary>A MedicationRequest's intent (<c>order</c> when not given); null for a MedicationStatement.</summary>
    public string? Intent { get; init; }

    /// <summary>medicationCodeableConcept.</summary>
    public FhirConcept? Concept { get; init; }

    /// <summary>medicationReference.reference (<c>#id</c> of a contained Medication, <c>Medication/id</c>, a full URL).</summary>
    public string? Reference { get; init; }

    /// <summary>The code of the contained Medication that <see cref="Reference"/> names (<c>#id</c>), when there is one.</summary>
    public FhirConcept? ContainedConcept { get; init; }

    /// <summary>authoredOn of a request; effective (a period's start) or dateAsserted of a statement.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>A statement's effectivePeriod.end.</summary>
    public DateOnly? Ended { get; init; }

    /// <summary>The first dosage instruction.</summary>
    public DosageFacts? Dosage { get; init; }
}

/// <summary>What the mapping reads of a Dosage.</summary>
/// <param name="AsNeeded">asNeededBoolean true, or an asNeededCodeableConcept.</param>
/// <param name="Dose">The first doseQuantity's value.</param>
/// <param name="DoseUnit">Its code, else its unit.</param>
/// <param name="PeriodUnit">timing.repeat.periodUnit.</param>
/// <param name="Frequency">timing.repeat.frequency.</param>
/// <param name="Period">timing.repeat.period.</param>
internal sealed record DosageFacts(bool AsNeeded, decimal? Dose, string? DoseUnit, string? PeriodUnit, int? Frequency, decimal? Period);
