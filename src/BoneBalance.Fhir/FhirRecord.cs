using System.Globalization;
using System.Text.Json.Nodes;

using BoneBalance.Fhir.Facts;
using Hl7.Fhir.Model;

namespace BoneBalance.Fhir;

/// <summary>One reading of a record: finds the patient, refuses or reads the person, then hands each resource about
/// that patient to the reader of its type.</summary>
internal sealed class FhirRecord(List<FhirEntry> entries, DateOnly asOf, FhirReadOptions options)
{
    private readonly ProfileDraft _draft = new();
    private HashSet<string> _patientReferences = new(StringComparer.Ordinal);
    private string _patientId = string.Empty;

    public FhirReading Read()
    {
        var patients = entries.Where(e => e.Resource is Patient).DistinctBy(e => e.Label).ToList();
        if (patients.Count == 0)
        {
            return Refused("no-patient", "the record holds no Patient resource");
        }

        _patientId = patients[0].Resource.Id ?? patients[0].FullUrl ?? string.Empty;
        if (patients.Count > 1)
        {
            return Refused("several-patients", $"the record holds {patients.Count} Patient resources ({string.Join(", ", patients.Take(3).Select(p => p.Label))}{(patients.Count > 3 ? ", …" : string.Empty)}); it must be one patient's");
        }

        var patient = patients[0];
        _patientReferences = References(patient);
        PatientFacts? patientFacts = null;
        Guard(patient, _draft, () => patientFacts = FirelyFacts.Patient(patient));
        if (patientFacts is null)
        {
            var why = _draft.Ignored.LastOrDefault(i => i.Resource == patient.Label)?.Reason;
            return Refused("unreadable-patient", why is not null ? $"{patient.Label} {why}" : $"{patient.Label} cannot be read");
        }

        var facts = new RecordFacts(_patientId, patientFacts);
        foreach (var entry in entries)
        {
            if (entry.Resource is not (Observation or Condition or MedicationRequest or MedicationStatement))
            {
                continue;
            }

            Guard(entry, _draft, () =>
            {
                if (Subject(entry.Resource) is { } subject && !_patientReferences.Contains(Normalise(subject)))
                {
                    _draft.Ignore(entry.Label, Describe(entry.Resource), $"about another patient ({subject}), not {patient.Label}");
                    return;
                }

                switch (entry.Resource)
                {
                    case Observation:
                        facts.Observations.Add(FirelyFacts.Observation(entry));
                        break;
                    case Condition:
                        facts.Conditions.Add(FirelyFacts.Condition(entry));
                        break;
                    default:
                        facts.Medications.Add(FirelyFacts.Medication(entry)!);
                        break;
                }
            });
        }

        return RecordRules.Read(facts, FindMedication, asOf, options, _draft);
    }

    // The code of the Medication a medicationReference names, in the record by relative reference or full URL.
    private FhirConcept? FindMedication(string reference) =>
        entries.FirstOrDefault(e => e.Resource is Medication && (e.Label == reference || e.FullUrl == reference || (e.Resource.Id is { } id && reference.EndsWith("Medication/" + id, StringComparison.Ordinal))))?.Resource is Medication m
            ? FirelyFacts.Concept(m.Code)
            : null;

    /// <summary>What a resource says, for people: its code's text or display and its value.</summary>
    public static string Describe(Resource resource) => resource switch
    {
        Observation o => $"{Text(o.Code)}{(o.Value is Quantity q ? $" {Quantity(q)}" : o.Value is CodeableConcept c ? $": {Text(c)}" : string.Empty)}",
        Condition c => Text(c.Code),
        MedicationRequest m => m.Medication is CodeableConcept c ? Text(c) : "medication " + (m.Medication as ResourceReference)?.Reference,
        MedicationStatement m => m.Medication is CodeableConcept c ? Text(c) : "medication " + (m.Medication as ResourceReference)?.Reference,
        _ => resource.TypeName,
    };

    /// <summary>A concept's text, else its first display, else its first code.</summary>
    public static string Text(CodeableConcept? concept) =>
        concept?.Text is { Length: > 0 } text ? text
        : concept?.Coding.FirstOrDefault(c => !string.IsNullOrEmpty(c.Display))?.Display
        ?? concept?.Coding.FirstOrDefault()?.Code
        ?? "(no code)";

    /// <summary>A quantity as sent: value and unit.</summary>
    public static string Quantity(Quantity q) =>
        $"{q.Value?.ToString(CultureInfo.InvariantCulture) ?? "(no value)"} {q.Unit ?? q.Code}".TrimEnd();

    /// <summary>
    /// Runs <paramref name="read"/> on one resource; a value the deserializer kept although it breaks the specification
    /// (read leniently) throws when touched, and then only that resource is left out, with the reason.
    /// </summary>
    public static void Guard(FhirEntry entry, ProfileDraft draft, Action read)
    {
        try
        {
            read();
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or InvalidOperationException or Hl7.Fhir.Utility.CodedException)
        {
            draft.Ignore(entry.Label, entry.Label, $"cannot be read: {e.Message}");
        }
    }

    /// <summary>A JSON number node.</summary>
    public static JsonNode Number(double value) => JsonValue.Create(value);

    private FhirReading Refused(string code, string reason) => RecordRules.Refused(_patientId, asOf, _draft, code, reason);

    private static string? Subject(Resource resource) => resource switch
    {
        Observation o => o.Subject?.Reference,
        Condition c => c.Subject?.Reference,
        MedicationRequest m => m.Subject?.Reference,
        MedicationStatement m => m.Subject?.Reference,
        _ => null,
    };

    // The ways a resource may point at the patient: Patient/id, the entry's full URL, an absolute URL ending in
    // Patient/id (a server's base), with or without a version (_history).
    private static HashSet<string> References(FhirEntry patient)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (patient.Resource.Id is { Length: > 0 } id)
        {
            set.Add($"Patient/{id}");
        }

        if (patient.FullUrl is { Length: > 0 } url)
        {
            set.Add(Normalise(url));
        }

        return set;
    }

    private static string Normalise(string reference)
    {
        var history = reference.IndexOf("/_history/", StringComparison.Ordinal);
        if (history >= 0)
        {
            reference = reference[..history];
        }

        var at = reference.LastIndexOf("Patient/", StringComparison.Ordinal);
        return at > 0 && reference.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? reference[at..] : reference;
    }
}
