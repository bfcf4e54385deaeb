namespace BoneBalance.Fhir.Bulk;

/// <summary>What kind of facts a line of a bulk export gave.</summary>
internal enum BulkKind : byte
{
    /// <summary>Nothing the mapping reads (an Observation of a code no list maps, a resource type not read).</summary>
    None,

    /// <summary>A Patient: <see cref="Facts.PatientFacts"/>.</summary>
    Patient,

    /// <summary>An Observation of a listed code: <see cref="Facts.ObservationFacts"/>.</summary>
    Observation,

    /// <summary>A Condition: <see cref="Facts.ConditionFacts"/>.</summary>
    Condition,

    /// <summary>A MedicationRequest or MedicationStatement: <see cref="Facts.MedicationFacts"/>.</summary>
    Medication,

    /// <summary>A Medication resource: its code, a <see cref="Facts.FhirConcept"/>, found by reference.</summary>
    MedicationCode,
}

/// <summary>The facts one resource gave, and whom they are about.</summary>
/// <param name="Kind">What the facts are.</param>
/// <param name="Patient">The patient's id the resource is about (from <c>subject</c>, or the Patient's own id); null when it names none.</param>
/// <param name="Facts">The facts record (see <see cref="BulkKind"/>).</param>
/// <param name="Label">A Medication resource's relative reference (<c>Medication/x</c>), by which medicationReferences find its code; null for the other kinds.</param>
internal readonly record struct BulkResource(BulkKind Kind, string? Patient, object? Facts, string? Label)
{
    /// <summary>Nothing read.</summary>
    public static BulkResource Nothing => default;

    /// <summary>An Observation's kind (and DXA site).</summary>
    public ObservationCode? Code { get; init; }

    /// <summary>An Observation the rules could use on the as-of date.</summary>
    public bool Usable { get; init; }

    /// <summary>A Condition that can matter beyond a routine note (<see cref="ConditionReader.Matters"/>).</summary>
    public bool Matters { get; init; }

    /// <summary>A current, confirmed, begun Condition's key (<see cref="ConditionReader.Key"/>), else null.</summary>
    public string? CurrentKey { get; init; }

    /// <summary>A medicine has been judged (it needs no Medication resource looked up).</summary>
    public bool Judged { get; init; }

    /// <summary>The judged medicine as the rules would list it, or null when they leave it out.</summary>
    public MedicationReader.Found? Found { get; init; }
}
