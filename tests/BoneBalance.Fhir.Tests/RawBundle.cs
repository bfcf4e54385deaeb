using System.Globalization;
using System.Text.Json;

namespace BoneBalance.Fhir.Tests;

/// <summary>
/// A Synthea bundle read a second way, for expectations: the raw JSON walked with <see cref="JsonDocument"/> (no Firely,
/// no code lists of the reader), taking what a person would take from the file by hand.
/// </summary>
internal sealed class RawBundle
{
    private readonly List<JsonElement> _resources;

    private RawBundle(string path)
    {
        Path = path;
        Bytes = File.ReadAllBytes(path);
        Document = JsonDocument.Parse(Bytes);
        _resources = [.. Document.RootElement.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("resource"))];
        Patient = _resources.Single(r => Type(r) == "Patient");
    }

    public string Path { get; }

    public byte[] Bytes { get; }

    public JsonDocument Document { get; }

    public JsonElement Patient { get; }

    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    public string PatientId => Patient.GetProperty("id").GetString()!;

    public DateOnly BirthDate => DateOnly.ParseExact(Patient.GetProperty("birthDate").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string Gender => Patient.GetProperty("gender").GetString()!;

    public DateOnly? Died => Patient.TryGetProperty("deceasedDateTime", out var d) ? DateOnly.ParseExact(d.GetString()![..10], "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    public static IEnumerable<string> Files() =>
        Directory.GetFiles(Repository.File("data", "sources", "fhir", "synthea"), "*.json").Order(StringComparer.Ordinal);

    public static RawBundle Load(string fileStart) =>
        new(Files().Single(f => System.IO.Path.GetFileName(f).StartsWith(fileStart, StringComparison.Ordinal)));

    public static string Type(JsonElement resource) => resource.GetProperty("resourceType").GetString()!;

    /// <summary>Age in whole years on <paramref name="day"/>: birthdays counted by calendar month and day.</summary>
    public int AgeOn(DateOnly day)
    {
        var age = day.Year - BirthDate.Year;
        return (day.Month, day.Day).CompareTo((BirthDate.Month, BirthDate.Day)) < 0 ? age - 1 : age;
    }

    /// <summary>The latest final Observation with this LOINC code on or before <paramref name="day"/>: its id, value and date.</summary>
    public (string Id, double Value, DateOnly Date)? Latest(string loinc, DateOnly day) =>
        _resources
            .Where(r => Type(r) == "Observation" && r.GetProperty("status").GetString() == "final"
                && r.GetProperty("code").GetProperty("coding").EnumerateArray().Any(c => c.GetProperty("code").GetString() == loinc)
                && r.TryGetProperty("valueQuantity", out _))
            .Select(r => (Id: r.GetProperty("id").GetString()!, Value: r.GetProperty("valueQuantity").GetProperty("value").GetDouble(), Date: Date(r.GetProperty("effectiveDateTime"))))
            .Where(o => o.Date <= day)
            .OrderByDescending(o => o.Date)
            .Select(o => ((string, double, DateOnly)?)o)
            .FirstOrDefault();

    /// <summary>MedicationRequests with this status authored on or before <paramref name="day"/>: their display names.</summary>
    public IReadOnlyList<string> Medicines(string status, DateOnly day) =>
        [.. _resources
            .Where(r => Type(r) == "MedicationRequest" && r.GetProperty("status").GetString() == status && Date(r.GetProperty("authoredOn")) <= day)
            .Select(r => r.GetProperty("medicationCodeableConcept").GetProperty("coding")[0].GetProperty("display").GetString()!)
            .Distinct()];

    /// <summary>Conditions with one of these SNOMED codes beginning on or before <paramref name="day"/>.</summary>
    public bool HasCondition(IEnumerable<string> snomed, DateOnly day) =>
        _resources.Any(r => Type(r) == "Condition"
            && snomed.Contains(r.GetProperty("code").GetProperty("coding")[0].GetProperty("code").GetString())
            && Date(r.GetProperty("onsetDateTime")) <= day);

    /// <summary>The id of every resource of this type.</summary>
    public IEnumerable<string> Ids(string type) => _resources.Where(r => Type(r) == type).Select(r => r.GetProperty("id").GetString()!);

    private static DateOnly Date(JsonElement value) => DateOnly.ParseExact(value.GetString()![..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
