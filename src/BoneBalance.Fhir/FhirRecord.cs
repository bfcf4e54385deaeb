using System.Globalization;
using System.Text.Json.Nodes;

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
        if (PatientReader.Read(patient, asOf, _draft) is { } refusal)
        {
            return new FhirReading { PatientId = _patientId, AsOf = asOf, Refusal = refusal, Ignored = _draft.Ignored };
        }

        var medicines = new MedicationReader(entries, asOf, options, _draft);
        var observations = new List<FhirEntry>();
        var conditions = new List<FhirEntry>();
        foreach (var entry in entries)
        {
            if (entry.Resource is not (Observation or Condition or MedicationRequest or MedicationStatement))
            {
                continue;
            }

            var other = false;
            Guard(entry, _draft, () =>
            {
                if (Subject(entry.Resource) is { } subject && !_patientReferences.Contains(Normalise(subject)))
                {
                    _draft.Ignore(entry, Describe(entry.Resource), $"about another patient ({subject}), not {patient.Label}");
                    other = true;
                }
            });
            if (other)
            {
                continue;
            }

            switch (entry.Resource)
            {
                case Observation:
                    observations.Add(entry);
                    break;
                case Condition:
                    conditions.Add(entry);
                    break;
                default:
                    medicines.Add(entry);
                    break;
            }
        }

        ObservationReader.Read(observations, asOf, _draft);
        ConditionReader.Read(conditions, asOf, _draft);
        medicines.Finish();
        Defaults(patient);

        var (profile, sources, problem) = _draft.Finish(asOf);
        return problem is not null
            ? Refused("invalid-profile", $"the record gives no profile the contract accepts: {problem}")
            : new FhirReading { PatientId = _patientId, AsOf = asOf, Profile = profile, Sources = sources, Ignored = _draft.Ignored };
    }

    // What the profile takes by default because the record did not say: made visible, not hidden.
    private void Defaults(FhirEntry patient)
    {
        if (!_draft.Has("person", "smoking"))
        {
            _draft.Ignore(patient, "smoking status: no current one in the record", "the profile's default, never, is used; QFracture's risk may be too low if the patient smokes or smoked");
        }

        _draft.Ignore(patient, "alcohol: not read from FHIR records", "the profile's default, none, is used; give person.alcohol in a profile when the patient drinks (QFracture counts it)");
        if (_draft.HasValue("person", "sex", "female"))
        {
            _draft.Ignore(patient, "menopausal status: not read from FHIR records", "unknown: from age 50 a woman's DXA is read with T-scores, as after the menopause");
        }
    }

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
            draft.Ignore(entry, entry.Label, $"cannot be read: {e.Message}");
        }
    }

    /// <summary>A JSON number node.</summary>
    public static JsonNode Number(double value) => JsonValue.Create(value);

    private FhirReading Refused(string code, string reason) =>
        new() { PatientId = _patientId, AsOf = asOf, Refusal = new FhirRefusal(code, reason), Ignored = _draft.Ignored };

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
