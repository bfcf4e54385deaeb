using System.Globalization;
using BoneBalance.Core.Guidance;
using BoneBalance.Data.Contracts;
using Hl7.Fhir.Model;

namespace BoneBalance.Fhir.Output;

/// <summary>
/// The bundle being written and what every part of the writer needs: the assessment and its input, the as-of date, the
/// patient reference, deterministic ids, and — when the input came from a FHIR record — the original resources each input
/// came from, so references point at the patient's own resources instead of copies.
/// </summary>
internal sealed class OutputBundle
{
    private readonly EntryIds _ids;

    public OutputBundle(Assessment assessment, AssessmentInput input, DateOnly asOf, FhirReading? reading)
    {
        Assessment = assessment;
        Input = input;
        AsOf = asOf;
        Reading = reading;
        _ids = new EntryIds(string.Join('\n', AssessmentDocument.ToJson(assessment, indented: false), Date, reading?.PatientId ?? string.Empty, input.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty));
        Bundle = new Bundle { Id = _ids.Of("Bundle"), Type = Bundle.BundleType.Collection };
    }

    public Assessment Assessment { get; }

    public AssessmentInput Input { get; }

    public DateOnly AsOf { get; }

    /// <summary>The as-of date as a FHIR date (<c>YYYY-MM-DD</c>).</summary>
    public string Date => AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public FhirReading? Reading { get; }

    public Bundle Bundle { get; }

    /// <summary>The patient every resource is about: the original Patient of the FHIR record, else the bundle's Patient entry.</summary>
    public string? SubjectReference { get; set; }

    /// <summary>A new reference to the patient.</summary>
    public ResourceReference Subject() => new(SubjectReference ?? throw new InvalidOperationException("The Patient is written first."));

    /// <summary>Adds <paramref name="resource"/> under the id named <paramref name="name"/>; returns its full URL.</summary>
    public string Add(string name, Resource resource)
    {
        resource.Id = _ids.Of(name);
        var fullUrl = "urn:uuid:" + resource.Id;
        Bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = fullUrl, Resource = resource });
        return fullUrl;
    }

    /// <summary>
    /// The original resources that gave the profile field <paramref name="path"/> or anything under it (<c>medications[0]</c>
    /// matches <c>medications[0]</c> and <c>medications[0].dosePerDay</c>; <c>person.</c> matches every person field),
    /// as references, each resource once, in the reading's order; empty without a FHIR record.
    /// </summary>
    public IEnumerable<ResourceReference> Originals(string path) =>
        (Reading?.Sources ?? [])
            .Where(s => Under(s.Input, path))
            .Select(s => s.Resource)
            .Distinct(StringComparer.Ordinal)
            .Select(r => new ResourceReference(r));

    private static bool Under(string input, string path) =>
        path.EndsWith('.')
            ? input.StartsWith(path, StringComparison.Ordinal)
            : input == path || input.StartsWith(path + ".", StringComparison.Ordinal) || input.StartsWith(path + "[", StringComparison.Ordinal);

    /// <summary>A decimal from a double without binary noise (at most <paramref name="decimals"/> places).</summary>
    public static decimal Decimal(double value, int decimals) => Math.Round((decimal)value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>A UCUM quantity.</summary>
    public static Quantity Ucum(decimal value, string code, string unit) => new(value, code, FhirCodes.Ucum) { Unit = unit };
}
