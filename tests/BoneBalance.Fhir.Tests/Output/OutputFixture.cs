using BoneBalance.Core.Guidance;
using BoneBalance.Data;
using BoneBalance.Data.Contracts;
using BoneBalance.Data.Safety;
using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace BoneBalance.Fhir.Tests.Output;

/// <summary>
/// Built once for the output tests: the shipped catalogues and an <see cref="Assessor"/> over them (as the CLI builds
/// it), and Firely's validator over the FHIR R4 base specification (<c>specification.zip</c> of
/// Hl7.Fhir.Specification.Data.R4, copied beside the tests) with a local terminology service: required bindings to
/// value sets the specification enumerates (statuses, intents, severities, the vital-signs units) are checked; codes of
/// external systems (LOINC, SNOMED CT, UCUM) cannot be, without a terminology server, and no network is used.
/// </summary>
public sealed class OutputFixture : IDisposable
{
    private readonly TempDirectory _temp = new();

    public OutputFixture()
    {
        var database = _temp.File("foods.db");
        FoodDatabase.EnsureCreated(database);
        Catalogue = FoodCatalogue.Load(database);
        Assessor = new Assessor(ShippedSafetyCatalogue.Load(), DietaryReferenceIntakeFile.LoadShipped(), Catalogue.CommonFoods);
        var resolver = new CachedResolver(new ZipSource(Path.Combine(AppContext.BaseDirectory, "specification.zip")));
        Validator = new Validator(resolver, new LocalTerminologyService(resolver));
    }

    /// <summary>A fixed as-of day, so bundles do not change with the calendar.</summary>
    public static DateOnly AsOf { get; } = new(2026, 11, 25);

    public FoodCatalogue Catalogue { get; }

    public Assessor Assessor { get; }

    public Validator Validator { get; }

    /// <summary>The example profiles (examples/*.json), by file name.</summary>
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Repository.File("examples"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            data.Add(file!);
        }

        return data;
    }

    /// <summary>The input and assessment of a profile document.</summary>
    public (AssessmentInput Input, Assessment Assessment) Assess(byte[] profile)
    {
        var input = ProfileDocument.Parse(profile, Catalogue.Find, AsOf);
        return (input, Assessor.Assess(input));
    }

    /// <summary>The input and assessment of an example profile.</summary>
    public (AssessmentInput Input, Assessment Assessment) AssessExample(string name) => Assess(File.ReadAllBytes(Repository.File("examples", name)));

    /// <summary>The errors (and fatal issues) Firely's validator reports for <paramref name="resource"/>, one line each.</summary>
    public IReadOnlyList<string> Errors(Resource resource) =>
        [.. Validator.Validate(resource).Issue
            .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(i => $"{i.Severity} {i.Code}: {i.Details?.Text} @ {string.Join(", ", i.Expression ?? [])}")];

    /// <summary>Every issue, warnings and information included.</summary>
    public IReadOnlyList<string> Issues(Resource resource) =>
        [.. Validator.Validate(resource).Issue.Select(i => $"{i.Severity} {i.Code}: {i.Details?.Text} @ {string.Join(", ", i.Expression ?? [])}")];

    public void Dispose()
    {
        Catalogue.Dispose();
        _temp.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class OutputGroup : ICollectionFixture<OutputFixture>
{
    public const string Name = "fhir output";
}
