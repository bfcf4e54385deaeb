namespace BoneBalance.Fhir.Facts;

/// <summary>
/// A resource as the mapping names it in sources and notes: <c>Type/id</c>, else its full URL, else its type. Kept small
/// because the bulk reader holds one per fact of millions of patients: a UUID id of a type the mapping reads is held
/// as a <see cref="Guid"/> (16 bytes in the fact, no string), anything else as the text; the text is made when asked.
/// </summary>
internal readonly struct ResourceLabel : IEquatable<ResourceLabel>
{
    private static readonly string[] Types = ["Patient", "Observation", "Condition", "MedicationRequest", "MedicationStatement", "Medication"];

    private readonly string? _text;
    private readonly Guid _id;
    private readonly byte _type;

    /// <summary>A label held as text.</summary>
    public ResourceLabel(string text) => _text = text;

    private ResourceLabel(byte type, Guid id) => (_type, _id) = (type, id);

    /// <summary>The label of a resource of <paramref name="type"/> with <paramref name="id"/> (<c>Type/id</c>; the type alone without an id).</summary>
    public static ResourceLabel Of(string type, string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return new(type);
        }

        var index = Array.IndexOf(Types, type);
        return index >= 0 && id.Length == 36 && Guid.TryParseExact(id, "D", out var guid) && guid.ToString("D") == id
            ? new((byte)(index + 1), guid)
            : new($"{type}/{id}");
    }

    /// <summary>The label's text.</summary>
    public override string ToString() => _type == 0 ? _text ?? string.Empty : $"{Types[_type - 1]}/{_id:D}";

    /// <summary>The label's text.</summary>
    public static implicit operator string(ResourceLabel label) => label.ToString();

    /// <summary>A label held as text.</summary>
    public static implicit operator ResourceLabel(string text) => new(text);

    /// <summary>A label held as text (the named form of the conversion).</summary>
    public static ResourceLabel FromString(string text) => new(text);

    /// <inheritdoc/>
    public bool Equals(ResourceLabel other) => ToString() == other.ToString();

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ResourceLabel other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    /// <summary>Same text.</summary>
    public static bool operator ==(ResourceLabel left, ResourceLabel right) => left.Equals(right);

    /// <summary>Different text.</summary>
    public static bool operator !=(ResourceLabel left, ResourceLabel right) => !left.Equals(right);
}
