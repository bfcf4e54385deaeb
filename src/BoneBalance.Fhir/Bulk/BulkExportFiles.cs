using BoneBalance.Core.Validation;

namespace BoneBalance.Fhir.Bulk;

/// <summary>One file of a bulk export that is read.</summary>
/// <param name="Path">Its path.</param>
/// <param name="Type">The resource type its name gives (<c>Observation</c>), or <c>Bundle</c> for a patient Bundle (<c>*.json</c>).</param>
/// <param name="Compressed">gzip (<c>.gz</c>).</param>
/// <param name="Bytes">Its size on disk.</param>
internal sealed record BulkFile(string Path, string Type, bool Compressed, long Bytes)
{
    /// <summary>True for a patient Bundle (one JSON document) rather than NDJSON (one resource a line).</summary>
    public bool IsBundle => Type == "Bundle";
}

/// <summary>
/// The files of a FHIR Bulk Data export folder: NDJSON per resource type, named by the type
/// (<c>Patient.000.ndjson</c>, <c>Observation.ndjson.gz</c>, <c>1.Condition.ndjson</c>: the first part of the name that
/// begins with a capital letter), or patient Bundles (<c>*.json</c>). Files of types the mapping does not read
/// (Encounter, Claim, ExplanationOfBenefit…) are listed as skipped and never opened.
/// </summary>
internal static class BulkExportFiles
{
    /// <summary>The files to read, in reading order (Medication first, so references resolve as the rest is read; then
    /// Patient; then the others; by name within a type), and the names of those skipped.</summary>
    /// <exception cref="InvalidInputException">The folder does not exist, or holds no Patient NDJSON file and no Bundle.</exception>
    public static (IReadOnlyList<BulkFile> Read, IReadOnlyList<string> Skipped) List(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new InvalidInputException("--fhir", directory, "an existing folder of a FHIR Bulk Data export (Patient.ndjson, Observation.ndjson… or .ndjson.gz) or of patient Bundles (*.json)", "is not an existing folder");
        }

        var read = new List<BulkFile>();
        var skipped = new List<string>();
        foreach (var path in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var compressed = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
            var plain = compressed ? name[..^3] : name;
            if (plain.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !name.StartsWith('.'))
            {
                read.Add(new(path, "Bundle", compressed, new FileInfo(path).Length));
                continue;
            }

            if (!plain.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase))
            {
                skipped.Add(name);
                continue;
            }

            var type = plain.Split('.').FirstOrDefault(part => part.Length > 0 && char.IsAsciiLetterUpper(part[0]));
            if (type is null || !NdjsonFacts.TypesRead.Contains(type))
            {
                skipped.Add(name);
                continue;
            }

            read.Add(new(path, type, compressed, new FileInfo(path).Length));
        }

        if (!read.Exists(f => f.Type is "Patient" or "Bundle"))
        {
            throw new InvalidInputException("--fhir", directory,
                "a folder holding Patient NDJSON (Patient.ndjson, Patient.000.ndjson, .ndjson.gz) or patient Bundles (*.json)",
                read.Count + skipped.Count == 0 ? "is an empty folder" : "holds no Patient file and no Bundle");
        }

        static int Rank(BulkFile f) => f.Type switch
        {
            "Medication" => 0,
            "Patient" => 1,
            _ => 2,
        };

        return ([.. read.OrderBy(Rank).ThenBy(f => Path.GetFileName(f.Path), StringComparer.Ordinal)], skipped);
    }
}
