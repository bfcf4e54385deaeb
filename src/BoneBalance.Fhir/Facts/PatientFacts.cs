namespace BoneBalance.Fhir.Facts;

/// <summary>
/// What the mapping reads of a Patient resource, as sent (the rules of <see cref="PatientReader"/> judge it).
/// </summary>
/// <param name="Label">The resource as a relative reference (<c>Patient/5f3…</c>), else its full URL.</param>
internal sealed record PatientFacts(ResourceLabel Label)
{
    /// <summary><c>deceasedBoolean</c> is true.</summary>
    public bool DeceasedFlag { get; init; }

    /// <summary><c>deceasedDateTime</c> as written.</summary>
    public string? DeceasedDateTime { get; init; }

    /// <summary><c>birthDate</c> as written.</summary>
    public string? BirthDate { get; init; }

    /// <summary><c>gender</c>'s code (<c>male</c>, <c>female</c>, <c>other</c>, <c>unknown</c>), or null.</summary>
    public string? Gender { get; init; }

    /// <summary>The official name (else the first) as written: its text, else given names and family name joined.</summary>
    public string? Name { get; init; }

    /// <summary>The US Core race extension's OMB category codings (empty when there is none).</summary>
    public FhirCoding[] RaceCategories { get; init; } = [];
}
