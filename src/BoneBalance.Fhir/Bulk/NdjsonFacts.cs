using System.Buffers;
using System.Text.Json;
using BoneBalance.Fhir.Facts;

namespace BoneBalance.Fhir.Bulk;

/// <summary>
/// The fast route into the facts: one resource's JSON read with <see cref="Utf8JsonReader"/>, taking only the fields the
/// mapping reads and skipping the rest (fields in any order). An Observation whose code no list maps is dropped as
/// soon as its code is read, without reading further. One instance per parsing thread (it owns a
/// <see cref="StringPool"/>); the facts are the same records <see cref="FirelyFacts"/> makes from Firely's POCOs.
/// </summary>
internal sealed class NdjsonFacts
{
    private const string UsCoreRace = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race";

    /// <summary>Longest string value decoded on the stack; longer ones are rented.</summary>
    private const int StackChars = 256;

    private static readonly HashSet<string> ObservationCodes = [.. FhirCodeLists.Observations.Values.Select(c => c.Code)];
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ObservationCodeLookup = ObservationCodes.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly StringPool _pool = new();
    private readonly List<FhirCoding> _codings = [];
    private readonly Dictionary<string, FhirConcept> _concepts = new(StringComparer.Ordinal);
    private readonly System.Text.StringBuilder _key = new();

    /// <summary>The facts of one resource in <paramref name="json"/> (a line of an NDJSON file).</summary>
    /// <exception cref="JsonException">The line is not well-formed JSON.</exception>
    /// <exception cref="BulkFormatException">It is JSON but not a resource (not an object, no resourceType, a field of the wrong type).</exception>
    public BulkResource Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 128 });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new BulkFormatException("the line is not a JSON object");
        }

        return Resource(ref reader);
    }

    /// <summary>The facts of the resource whose <see cref="JsonTokenType.StartObject"/> the reader is on (a line, or a
    /// Bundle entry's <c>resource</c>); the reader is left on its end, or anywhere inside when nothing was read.</summary>
    public BulkResource Resource(ref Utf8JsonReader reader)
    {
        var start = reader;
        var type = ResourceType(ref reader);
        reader = start;
        switch (type)
        {
            case "Patient":
                return Patient(ref reader);
            case "Observation":
                return Observation(ref reader);
            case "Condition":
                return Condition(ref reader);
            case "MedicationRequest" or "MedicationStatement":
                return Medication(ref reader, type);
            case "Medication":
                return MedicationCode(ref reader);
            case null:
                throw new BulkFormatException("the object has no resourceType");
            default:
                reader = start;
                reader.Skip();
                return BulkResource.Nothing;
        }
    }

    /// <summary>The resource types this reader takes facts from.</summary>
    public static IReadOnlyList<string> TypesRead { get; } = ["Patient", "Observation", "Condition", "MedicationRequest", "MedicationStatement", "Medication"];

    // resourceType is the first member in practice (the FHIR JSON format puts it first); anywhere else it is found by skipping.
    private string? ResourceType(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("resourceType"u8))
            {
                return String(ref reader);
            }

            reader.Read();
            reader.Skip();
        }

        return null;
    }

    private BulkResource Patient(ref Utf8JsonReader reader)
    {
        string? id = null, birth = null, gender = null, deceasedAt = null, name = null;
        var deceased = false;
        FhirCoding[] race = [];
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8))
            {
                id = Unpooled(ref reader);
            }
            else if (reader.ValueTextEquals("birthDate"u8))
            {
                birth = String(ref reader);
            }
            else if (reader.ValueTextEquals("gender"u8))
            {
                gender = String(ref reader);
            }
            else if (reader.ValueTextEquals("deceasedBoolean"u8))
            {
                reader.Read();
                deceased = reader.TokenType == JsonTokenType.True ? true : reader.TokenType == JsonTokenType.False ? false : throw Wrong("deceasedBoolean", "true or false");
            }
            else if (reader.ValueTextEquals("deceasedDateTime"u8))
            {
                deceasedAt = String(ref reader);
            }
            else if (reader.ValueTextEquals("name"u8))
            {
                name = Name(ref reader);
            }
            else if (reader.ValueTextEquals("extension"u8))
            {
                race = Race(ref reader) ?? race;
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        var label = ResourceLabel.Of("Patient", id);
        var facts = new PatientFacts(label) { DeceasedFlag = deceased, DeceasedDateTime = deceasedAt, BirthDate = birth, Gender = gender, Name = name, RaceCategories = race };
        return new(BulkKind.Patient, id, facts, null);
    }

    // The official name, else the first: its text, else given names and family joined.
    private string? Name(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray, "name");
        string? first = null, official = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Require(ref reader, JsonTokenType.StartObject, "name");
            string? use = null, text = null, family = null;
            var given = new List<string>();
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals("use"u8))
                {
                    use = String(ref reader);
                }
                else if (reader.ValueTextEquals("text"u8))
                {
                    text = Unpooled(ref reader);
                }
                else if (reader.ValueTextEquals("family"u8))
                {
                    family = Unpooled(ref reader);
                }
                else if (reader.ValueTextEquals("given"u8))
                {
                    Expect(ref reader, JsonTokenType.StartArray, "name.given");
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        given.Add(reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw Wrong("name.given", "strings"));
                    }
                }
                else
                {
                    SkipValue(ref reader);
                }
            }

            var shown = text is { Length: > 0 } ? text : string.Join(' ', given.Append(family).Where(p => !string.IsNullOrWhiteSpace(p)));
            first ??= shown;
            if (use == "official")
            {
                official ??= shown;
            }
        }

        return official ?? first;
    }

    private FhirCoding[]? Race(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray, "extension");
        FhirCoding[]? race = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Require(ref reader, JsonTokenType.StartObject, "extension");
            var isRace = false;
            var categories = new List<FhirCoding>();
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals("url"u8))
                {
                    isRace = String(ref reader) == UsCoreRace;
                }
                else if (reader.ValueTextEquals("extension"u8))
                {
                    Expect(ref reader, JsonTokenType.StartArray, "extension.extension");
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        Require(ref reader, JsonTokenType.StartObject, "extension.extension");
                        var omb = false;
                        FhirCoding? coding = null;
                        while (NextProperty(ref reader))
                        {
                            if (reader.ValueTextEquals("url"u8))
                            {
                                omb = String(ref reader) == "ombCategory";
                            }
                            else if (reader.ValueTextEquals("valueCoding"u8))
                            {
                                coding = Coding(ref reader);
                            }
                            else
                            {
                                SkipValue(ref reader);
                            }
                        }

                        if (omb && coding is { } c)
                        {
                            categories.Add(c);
                        }
                    }
                }
                else
                {
                    SkipValue(ref reader);
                }
            }

            // The first race extension counts, as the POCO route's FirstOrDefault.
            if (isRace && race is null)
            {
                race = [.. categories];
            }
        }

        return race;
    }

    private BulkResource Observation(ref Utf8JsonReader reader)
    {
        string? id = null, status = null, subject = null, effective = null, issued = null, unit = null, unitCode = null, comparator = null;
        FhirConcept? code = null, value = null;
        decimal? amount = null;
        var quantity = false;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("code"u8))
            {
                var at = reader;
                if (!ListedObservationCode(ref reader))
                {
                    return BulkResource.Nothing;
                }

                reader = at;
                code = Concept(ref reader, "code");
            }
            else if (reader.ValueTextEquals("id"u8))
            {
                id = Unpooled(ref reader);
            }
            else if (reader.ValueTextEquals("status"u8))
            {
                status = String(ref reader);
            }
            else if (reader.ValueTextEquals("subject"u8))
            {
                subject = Reference(ref reader, "subject");
            }
            else if (reader.ValueTextEquals("effectiveDateTime"u8) || reader.ValueTextEquals("effectiveInstant"u8))
            {
                effective = String(ref reader);
            }
            else if (reader.ValueTextEquals("effectivePeriod"u8))
            {
                var (start, end) = Period(ref reader, "effectivePeriod");
                effective = FhirDates.Of(end) is not null ? end : start;
            }
            else if (reader.ValueTextEquals("issued"u8))
            {
                issued = String(ref reader);
            }
            else if (reader.ValueTextEquals("valueQuantity"u8))
            {
                quantity = true;
                (amount, unit, unitCode, comparator) = Quantity(ref reader, "valueQuantity");
            }
            else if (reader.ValueTextEquals("valueCodeableConcept"u8))
            {
                value = Concept(ref reader, "valueCodeableConcept");
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        if (code is null)
        {
            return BulkResource.Nothing;
        }

        var label = ResourceLabel.Of("Observation", id);
        var facts = new ObservationFacts(label, code, status ?? "(none)", FhirDates.Of(effective) ?? FhirDates.Of(issued))
        {
            HasQuantity = quantity,
            Amount = amount,
            Comparator = comparator,
            UnitText = unit,
            UnitCode = unitCode,
            ValueConcept = value,
        };
        return new(BulkKind.Observation, PatientKey(subject), facts, null);
    }

    // True when a coding of the concept the reader is before has a code of observation_codes.csv (the cheap prefilter:
    // no strings made; the system is checked by the rules when the concept is read in full).
    private static bool ListedObservationCode(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject, "code");
        var listed = false;
        Span<char> chars = stackalloc char[64];
        while (NextProperty(ref reader))
        {
            if (!reader.ValueTextEquals("coding"u8))
            {
                SkipValue(ref reader);
                continue;
            }

            Expect(ref reader, JsonTokenType.StartArray, "code.coding");
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                Require(ref reader, JsonTokenType.StartObject, "code.coding");
                while (NextProperty(ref reader))
                {
                    if (reader.ValueTextEquals("code"u8) && reader.Read() && reader.TokenType == JsonTokenType.String
                        && reader.ValueSpan.Length <= chars.Length && !reader.ValueIsEscaped)
                    {
                        var n = System.Text.Encoding.UTF8.GetChars(reader.ValueSpan, chars);
                        listed |= ObservationCodeLookup.Contains(chars[..n]);
                    }
                    else
                    {
                        SkipValue(ref reader);
                    }
                }
            }
        }

        return listed;
    }

    private BulkResource Condition(ref Utf8JsonReader reader)
    {
        string? id = null, subject = null, onset = null, recorded = null, abatement = null, verification = null, clinical = null;
        FhirConcept? code = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("code"u8))
            {
                code = Concept(ref reader, "code");
            }
            else if (reader.ValueTextEquals("id"u8))
            {
                id = Unpooled(ref reader);
            }
            else if (reader.ValueTextEquals("subject"u8))
            {
                subject = Reference(ref reader, "subject");
            }
            else if (reader.ValueTextEquals("clinicalStatus"u8))
            {
                clinical = FirstCode(Concept(ref reader, "clinicalStatus"));
            }
            else if (reader.ValueTextEquals("verificationStatus"u8))
            {
                verification = FirstCode(Concept(ref reader, "verificationStatus"));
            }
            else if (reader.ValueTextEquals("onsetDateTime"u8))
            {
                onset = String(ref reader);
            }
            else if (reader.ValueTextEquals("onsetPeriod"u8))
            {
                onset = Period(ref reader, "onsetPeriod").Start;
            }
            else if (reader.ValueTextEquals("recordedDate"u8))
            {
                recorded = String(ref reader);
            }
            else if (reader.ValueTextEquals("abatementDateTime"u8))
            {
                abatement = String(ref reader);
            }
            else if (reader.ValueTextEquals("abatementPeriod"u8))
            {
                var (start, end) = Period(ref reader, "abatementPeriod");
                abatement = FhirDates.Of(end) is not null ? end : start;
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        var label = ResourceLabel.Of("Condition", id);
        var facts = new ConditionFacts(label, code, FhirDates.Of(onset) ?? FhirDates.Of(recorded), verification, clinical, FhirDates.Of(abatement));
        return new(BulkKind.Condition, PatientKey(subject), facts, null);
    }

    private static string? FirstCode(FhirConcept? concept) => concept is { Codings.Length: > 0 } c ? c.Codings[0].Code : null;

    private BulkResource Medication(ref Utf8JsonReader reader, string type)
    {
        string? id = null, status = null, intent = null, subject = null, reference = null, date = null, asserted = null, ended = null;
        FhirConcept? concept = null;
        DosageFacts? dosage = null;
        List<(string Id, FhirConcept? Code)>? contained = null;
        var request = type == "MedicationRequest";
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8))
            {
                id = Unpooled(ref reader);
            }
            else if (reader.ValueTextEquals("status"u8))
            {
                status = String(ref reader);
            }
            else if (reader.ValueTextEquals("intent"u8))
            {
                intent = String(ref reader);
            }
            else if (reader.ValueTextEquals("subject"u8))
            {
                subject = Reference(ref reader, "subject");
            }
            else if (reader.ValueTextEquals("medicationCodeableConcept"u8))
            {
                concept = Concept(ref reader, "medicationCodeableConcept");
            }
            else if (reader.ValueTextEquals("medicationReference"u8))
            {
                reference = Reference(ref reader, "medicationReference");
            }
            else if (request && reader.ValueTextEquals("authoredOn"u8))
            {
                date = String(ref reader);
            }
            else if (!request && reader.ValueTextEquals("effectiveDateTime"u8))
            {
                date = String(ref reader);
            }
            else if (!request && reader.ValueTextEquals("effectivePeriod"u8))
            {
                (date, ended) = Period(ref reader, "effectivePeriod");
            }
            else if (!request && reader.ValueTextEquals("dateAsserted"u8))
            {
                asserted = String(ref reader);
            }
            else if ((request && reader.ValueTextEquals("dosageInstruction"u8)) || (!request && reader.ValueTextEquals("dosage"u8)))
            {
                dosage = FirstDosage(ref reader);
            }
            else if (reader.ValueTextEquals("contained"u8))
            {
                contained = Contained(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        var label = ResourceLabel.Of(type, id);
        var facts = new MedicationFacts(label, type, status ?? "(none)")
        {
            Intent = request ? intent ?? "order" : null,
            Concept = concept,
            Reference = concept is null && reference is { Length: > 0 } ? reference : null,
            ContainedConcept = concept is null && reference is ['#', .. var local] ? contained?.FirstOrDefault(c => c.Id == local).Code : null,
            Date = FhirDates.Of(date) ?? (request ? null : FhirDates.Of(asserted)),
            Ended = FhirDates.Of(ended),
            Dosage = dosage,
        };
        return new(BulkKind.Medication, PatientKey(subject), facts, null);
    }

    private List<(string Id, FhirConcept? Code)> Contained(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray, "contained");
        var list = new List<(string, FhirConcept?)>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Require(ref reader, JsonTokenType.StartObject, "contained");
            var start = reader;
            if (ResourceType(ref reader) != "Medication")
            {
                reader = start;
                reader.Skip();
                continue;
            }

            reader = start;
            if (MedicationCode(ref reader) is { Label: { } label, Facts: var code })
            {
                list.Add((label["Medication/".Length..], code as FhirConcept));
            }
        }

        return list;
    }

    private BulkResource MedicationCode(ref Utf8JsonReader reader)
    {
        string? id = null;
        FhirConcept? code = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8))
            {
                id = Unpooled(ref reader);
            }
            else if (reader.ValueTextEquals("code"u8))
            {
                code = Concept(ref reader, "code");
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new(BulkKind.MedicationCode, null, code, "Medication/" + id);
    }

    // The first element of a Dosage array.
    private DosageFacts? FirstDosage(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray, "dosage");
        DosageFacts? first = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (first is not null)
            {
                reader.Skip();
                continue;
            }

            Require(ref reader, JsonTokenType.StartObject, "dosage");
            var asNeeded = false;
            decimal? dose = null, period = null;
            string? unit = null, periodUnit = null;
            int? frequency = null;
            var doseFound = false;
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals("asNeededBoolean"u8))
                {
                    reader.Read();
                    asNeeded |= reader.TokenType == JsonTokenType.True;
                }
                else if (reader.ValueTextEquals("asNeededCodeableConcept"u8))
                {
                    asNeeded = true;
                    reader.Read();
                    reader.Skip();
                }
                else if (reader.ValueTextEquals("doseAndRate"u8))
                {
                    Expect(ref reader, JsonTokenType.StartArray, "doseAndRate");
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        Require(ref reader, JsonTokenType.StartObject, "doseAndRate");
                        while (NextProperty(ref reader))
                        {
                            if (!doseFound && reader.ValueTextEquals("doseQuantity"u8))
                            {
                                doseFound = true;
                                var (value, text, code, _) = Quantity(ref reader, "doseQuantity");
                                (dose, unit) = (value, code ?? text);
                            }
                            else
                            {
                                SkipValue(ref reader);
                            }
                        }
                    }
                }
                else if (reader.ValueTextEquals("timing"u8))
                {
                    Expect(ref reader, JsonTokenType.StartObject, "timing");
                    while (NextProperty(ref reader))
                    {
                        if (!reader.ValueTextEquals("repeat"u8))
                        {
                            SkipValue(ref reader);
                            continue;
                        }

                        Expect(ref reader, JsonTokenType.StartObject, "timing.repeat");
                        while (NextProperty(ref reader))
                        {
                            if (reader.ValueTextEquals("frequency"u8))
                            {
                                frequency = (int)Number(ref reader, "timing.repeat.frequency");
                            }
                            else if (reader.ValueTextEquals("period"u8))
                            {
                                period = Number(ref reader, "timing.repeat.period");
                            }
                            else if (reader.ValueTextEquals("periodUnit"u8))
                            {
                                periodUnit = String(ref reader);
                            }
                            else
                            {
                                SkipValue(ref reader);
                            }
                        }
                    }
                }
                else
                {
                    SkipValue(ref reader);
                }
            }

            first = new DosageFacts(asNeeded, dose, unit, periodUnit, frequency, period);
        }

        return first;
    }

    private (decimal? Value, string? Unit, string? Code, string? Comparator) Quantity(ref Utf8JsonReader reader, string field)
    {
        Expect(ref reader, JsonTokenType.StartObject, field);
        decimal? value = null;
        string? unit = null, code = null, comparator = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("value"u8))
            {
                value = Number(ref reader, field + ".value");
            }
            else if (reader.ValueTextEquals("comparator"u8))
            {
                comparator = String(ref reader);
            }
            else if (reader.ValueTextEquals("unit"u8))
            {
                unit = String(ref reader);
            }
            else if (reader.ValueTextEquals("code"u8))
            {
                code = String(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return (value, unit, code, comparator);
    }

    private (string? Start, string? End) Period(ref Utf8JsonReader reader, string field)
    {
        Expect(ref reader, JsonTokenType.StartObject, field);
        string? start = null, end = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("start"u8))
            {
                start = String(ref reader);
            }
            else if (reader.ValueTextEquals("end"u8))
            {
                end = String(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return (start, end);
    }

    private static string? Reference(ref Utf8JsonReader reader, string field)
    {
        Expect(ref reader, JsonTokenType.StartObject, field);
        string? reference = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("reference"u8))
            {
                reference = Unpooled(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return reference;
    }

    private FhirConcept Concept(ref Utf8JsonReader reader, string field)
    {
        Expect(ref reader, JsonTokenType.StartObject, field);
        string? text = null;
        _codings.Clear();
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("text"u8))
            {
                text = String(ref reader);
            }
            else if (reader.ValueTextEquals("coding"u8))
            {
                Expect(ref reader, JsonTokenType.StartArray, field + ".coding");
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    Require(ref reader, JsonTokenType.StartObject, field + ".coding");
                    _codings.Add(CodingBody(ref reader));
                }
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return Shared(text);
    }

    // One FhirConcept object per distinct concept (text and codings), as the string pool does for strings: a million
    // patients' "Body Weight" observations share one. Capped like the pool.
    private FhirConcept Shared(string? text)
    {
        _key.Clear().Append(text);
        foreach (var coding in _codings)
        {
            _key.Append('\u001f').Append(coding.System).Append('\u001e').Append(coding.Code).Append('\u001e').Append(coding.Display);
        }

        var key = _key.ToString();
        if (_concepts.TryGetValue(key, out var concept))
        {
            return concept;
        }

        concept = new FhirConcept(text, [.. _codings]);
        if (_concepts.Count < StringPool.Capacity)
        {
            _concepts[key] = concept;
        }

        return concept;
    }

    private FhirCoding Coding(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject, "valueCoding");
        return CodingBody(ref reader);
    }

    private FhirCoding CodingBody(ref Utf8JsonReader reader)
    {
        string? system = null, code = null, display = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("system"u8))
            {
                system = String(ref reader);
            }
            else if (reader.ValueTextEquals("code"u8))
            {
                code = String(ref reader);
            }
            else if (reader.ValueTextEquals("display"u8))
            {
                display = String(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new(system, code, display);
    }

    /// <summary>The patient id a reference names: <c>Patient/ID</c>, <c>urn:uuid:ID</c> or a full URL ending in
    /// <c>Patient/ID</c> (a version, <c>/_history/N</c>, dropped); null for anything else.</summary>
    public static string? PatientKey(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var history = reference.IndexOf("/_history/", StringComparison.Ordinal);
        var text = history >= 0 ? reference.AsSpan(0, history) : reference.AsSpan();
        if (text.StartsWith("urn:uuid:", StringComparison.Ordinal))
        {
            return text["urn:uuid:".Length..].ToString();
        }

        var at = text.LastIndexOf("Patient/", StringComparison.Ordinal);
        return at >= 0 && (at == 0 || text[at - 1] == '/') && text.Length > at + 8 ? text[(at + 8)..].ToString() : null;
    }

    // Moves to the next property of the current object; false at its end.
    private static bool NextProperty(ref Utf8JsonReader reader) => reader.Read() && reader.TokenType == JsonTokenType.PropertyName;

    private static void SkipValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string field)
    {
        reader.Read();
        Require(ref reader, type, field);
    }

    private static void Require(ref Utf8JsonReader reader, JsonTokenType type, string field)
    {
        if (reader.TokenType != type)
        {
            throw Wrong(field, type == JsonTokenType.StartArray ? "an array" : "an object");
        }
    }

    private static BulkFormatException Wrong(string field, string valid) => new($"{field} is not {valid}");

    private static decimal Number(ref Utf8JsonReader reader, string field)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value) ? value : throw Wrong(field, "a number");
    }

    // A string value, shared through the pool (codes, systems, displays, units, dates repeat across patients).
    private string? String(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new BulkFormatException($"a value of {reader.TokenType} where a string is expected (byte {reader.TokenStartIndex})");
        }

        var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        if (length <= StackChars)
        {
            // As long as the UTF-8 (each character takes a byte or more): no more to clear than the string needs.
            Span<char> chars = stackalloc char[length];
            return _pool.Get(chars[..reader.CopyString(chars)]);
        }

        var rented = ArrayPool<char>.Shared.Rent(length);
        try
        {
            return _pool.Get(rented.AsSpan(0, reader.CopyString(rented)));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    // A string value not worth sharing (ids, names, references: unique per resource).
    private static string? Unpooled(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            _ => throw new BulkFormatException($"a value of {reader.TokenType} where a string is expected (byte {reader.TokenStartIndex})"),
        };
    }
}
