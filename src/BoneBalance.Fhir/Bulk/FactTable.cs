using BoneBalance.Fhir.Facts;

namespace BoneBalance.Fhir.Bulk;

/// <summary>
/// The strings (statuses, units, genders, condition and medicine keys) and concepts (codes with their displays) that
/// <see cref="PackedFacts"/> writes as a number: each distinct one is held once for the whole export, and a patient's
/// packed facts name it by its index. It grows with the distinct codes and texts of the export, not with the patients;
/// capped, so an export whose every resource carries its own text cannot grow it without bound — past the cap a new
/// string or concept is written into the patient's bytes instead. Filled by the one thread that joins the patients;
/// read by many once reading is over.
/// </summary>
/// <param name="capacity">Most strings, and most concepts, the table holds.</param>
internal sealed class FactTable(int capacity = FactTable.DefaultCapacity)
{
    /// <summary>Most strings, and most concepts, the table holds unless told otherwise: 262,144.</summary>
    public const int DefaultCapacity = 1 << 18;

    private readonly List<string> _strings = [];
    private readonly Dictionary<string, int> _stringIndex = new(StringComparer.Ordinal);
    private readonly List<FhirConcept> _concepts = [];
    private readonly Dictionary<FhirConcept, int> _conceptIndex = new(ConceptComparer.Instance);

    // The parsers share one object per distinct concept: most lookups end here, without hashing the concept's text.
    private readonly Dictionary<FhirConcept, int> _seen = new(ReferenceEqualityComparer.Instance);

    /// <summary>Strings held.</summary>
    public int StringCount => _strings.Count;

    /// <summary>Concepts held.</summary>
    public int ConceptCount => _concepts.Count;

    /// <summary>The index of <paramref name="text"/>, added when new; -1 when the table is full and does not hold it.</summary>
    public int Intern(string text)
    {
        if (_stringIndex.TryGetValue(text, out var index))
        {
            return index;
        }

        if (_strings.Count >= capacity)
        {
            return -1;
        }

        _strings.Add(text);
        _stringIndex[text] = _strings.Count - 1;
        return _strings.Count - 1;
    }

    /// <summary>The index of <paramref name="concept"/> (by value), added when new; -1 when the table is full and does not hold it.</summary>
    /// <param name="concept">The concept.</param>
    /// <param name="shared">True for an object the parsers share (remembered by reference, for a faster lookup next time).</param>
    public int Intern(FhirConcept concept, bool shared)
    {
        if (_seen.TryGetValue(concept, out var index))
        {
            return index;
        }

        if (!_conceptIndex.TryGetValue(concept, out index))
        {
            if (_concepts.Count >= capacity)
            {
                return -1;
            }

            _concepts.Add(concept);
            index = _concepts.Count - 1;
            _conceptIndex[concept] = index;
        }

        if (shared && _seen.Count < capacity)
        {
            _seen[concept] = index;
        }

        return index;
    }

    /// <summary>The string at <paramref name="index"/>.</summary>
    public string String(int index) => _strings[index];

    /// <summary>The concept at <paramref name="index"/>.</summary>
    public FhirConcept Concept(int index) => _concepts[index];

    // Two concepts are the same when their text and every coding (system, code, display) are.
    private sealed class ConceptComparer : IEqualityComparer<FhirConcept>
    {
        public static readonly ConceptComparer Instance = new();

        public bool Equals(FhirConcept? x, FhirConcept? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.Text == y.Text && x.Codings.AsSpan().SequenceEqual(y.Codings));

        public int GetHashCode(FhirConcept concept)
        {
            var hash = new HashCode();
            hash.Add(concept.Text, StringComparer.Ordinal);
            foreach (var coding in concept.Codings)
            {
                hash.Add(coding);
            }

            return hash.ToHashCode();
        }
    }
}
