namespace BoneBalance.Fhir.Facts;

/// <summary>What the mapping reads of an Observation, as sent (the rules of <see cref="ObservationReader"/> judge it).</summary>
/// <param name="Label">The resource as a relative reference, else its full URL.</param>
/// <param name="Code">Its code.</param>
/// <param name="Status">Its status code, or <c>(none)</c>.</param>
/// <param name="Date">Its effective date (a period's end, else start), else its issued date.</param>
internal sealed record ObservationFacts(ResourceLabel Label, FhirConcept? Code, string Status, DateOnly? Date)
{
    /// <summary>True when the value is a valueQuantity.</summary>
    public bool HasQuantity { get; init; }

    /// <summary>valueQuantity.value.</summary>
    public decimal? Amount { get; init; }

    /// <summary>valueQuantity.comparator (<c>&lt;</c>, <c>&lt;=</c>, <c>&gt;=</c>, <c>&gt;</c>; <c>ad</c> in later FHIR versions):
    /// the value is then a bound, not a measurement.</summary>
    public string? Comparator { get; init; }

    /// <summary>valueQuantity.code (UCUM).</summary>
    public string? UnitCode { get; init; }

    /// <summary>valueQuantity.unit (text).</summary>
    public string? UnitText { get; init; }

    /// <summary>valueCodeableConcept.</summary>
    public FhirConcept? ValueConcept { get; init; }
}
