using Hl7.Fhir.Model;

namespace BoneBalance.Fhir;

/// <summary>A resource of the record and the full URL its Bundle entry gave it (null when it came without an entry).</summary>
internal sealed record FhirEntry(Resource Resource, string? FullUrl)
{
    /// <summary>The resource as a relative reference (<c>Observation/5f3…</c>), else its full URL, else its type.</summary>
    public string Label => Resource.Id is { Length: > 0 } id ? $"{Resource.TypeName}/{id}" : FullUrl ?? Resource.TypeName;
}
