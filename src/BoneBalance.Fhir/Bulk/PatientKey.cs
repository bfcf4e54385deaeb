namespace BoneBalance.Fhir.Bulk;

/// <summary>
/// A Patient's id as the bulk reader keys it: a UUID in its usual lower-case form (Synthea's, most exports') held as a
/// <see cref="Guid"/> (16 bytes, no string per patient), any other id as its text.
/// </summary>
internal readonly struct PatientKey : IEquatable<PatientKey>
{
    private readonly Guid _guid;
    private readonly string? _text;

    private PatientKey(Guid guid, string? text) => (_guid, _text) = (guid, text);

    /// <summary>The key of <paramref name="id"/>.</summary>
    public static PatientKey Of(string id) =>
        id.Length == 36 && Guid.TryParseExact(id, "D", out var guid) && IsLowerCase(id) ? new(guid, null) : new(default, id);

    /// <summary>The id.</summary>
    public override string ToString() => _text ?? _guid.ToString("D");

    /// <inheritdoc/>
    public bool Equals(PatientKey other) => _guid == other._guid && string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PatientKey other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _text is null ? _guid.GetHashCode() : StringComparer.Ordinal.GetHashCode(_text);

    /// <summary>Same id.</summary>
    public static bool operator ==(PatientKey left, PatientKey right) => left.Equals(right);

    /// <summary>Different ids.</summary>
    public static bool operator !=(PatientKey left, PatientKey right) => !left.Equals(right);

    // Guid.ToString("D") writes lower-case hex: only then does the Guid give the id back.
    private static bool IsLowerCase(string id)
    {
        foreach (var c in id)
        {
            if (c is >= 'A' and <= 'F')
            {
                return false;
            }
        }

        return true;
    }
}
