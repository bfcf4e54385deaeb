#:project ../src/BoneBalance.Fhir/BoneBalance.Fhir.csproj
// A FHIR Bulk Data export of re-identified copies of the vendored Synthea patients (BulkExportGenerator: new ids, dates
// moved back whole years, deterministic by seed), for screen --fhir, its benchmark and the memory measurement.
// Usage (from the repository root):
//   dotnet run -c Release tools/generate-bulk-export.cs -- OUT_DIR [--patients N] [--seed S] [--per-file N] [--slim] [--gzip TYPE,TYPE|*]
// --slim writes only the types the screener reads; --gzip compresses those types (* for all).
// The committed sample data/sources/fhir/bulk-sample is:
//   dotnet run -c Release tools/generate-bulk-export.cs -- data/sources/fhir/bulk-sample --patients 20 --seed 1 --gzip Observation,Claim,ExplanationOfBenefit,Encounter,DiagnosticReport
using System.Diagnostics;
using BoneBalance.Fhir.Bulk;

if (args.Length == 0 || args[0].StartsWith('-'))
{
    Console.Error.WriteLine("usage: generate-bulk-export.cs OUT_DIR [--patients N] [--seed S] [--per-file N] [--slim] [--gzip TYPE,TYPE|*]");
    return 2;
}

var options = new BulkExportOptions();
for (var i = 1; i < args.Length; i++)
{
    options = args[i] switch
    {
        "--patients" => options with { Patients = int.Parse(args[++i]) },
        "--seed" => options with { Seed = int.Parse(args[++i]) },
        "--per-file" => options with { PatientsPerFile = int.Parse(args[++i]) },
        "--slim" => options with { OnlyTypesRead = true },
        "--gzip" => options with { Compressed = args[++i].Split(',').ToHashSet() },
        _ => throw new ArgumentException($"unknown option '{args[i]}'"),
    };
}

var sources = Directory.GetFiles("data/sources/fhir/synthea", "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
var clock = Stopwatch.StartNew();
var written = BulkExportGenerator.Write(sources, args[0], options);
var bytes = Directory.GetFiles(args[0]).Sum(f => new FileInfo(f).Length);
Console.Error.WriteLine($"{written.Count} patients from {sources.Count} sources, {bytes / 1e6:N1} MB in {args[0]}, {clock.Elapsed.TotalSeconds:N1} s");
return 0;
