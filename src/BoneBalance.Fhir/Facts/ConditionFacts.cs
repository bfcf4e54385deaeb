namespace BoneBalance.Fhir.Facts;

/// <summary>What the mapping reads of a Condition, as sent (the rules of <see cref="ConditionReader"/> judge it).</summary>
/// <param name="Label">The resource as a relative reference, else its full URL.</param>
/// <param name="Code">Its code.</param>
/// <param name="Onset">Its onset date (a period's start), else its recorded date.</param>
/// <param name="Verification">The first coding of verificationStatus.</param>
/// <param name="Clinical">The first coding of clinicalStatus.</param>
/// <param name="Abated">Its abatement date (dateTime, or a period's end, else start).</param>
internal sealed record ConditionFacts(ResourceLabel Label, FhirConcept? Code, DateOnly? Onset, string? Verification, string? Clinical, DateOnly? Abated);
