using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BoneBalance.Fhir.Bulk;

/// <summary>How <see cref="BulkExportGenerator"/> writes an export.</summary>
public sealed record BulkExportOptions
{
    /// <summary>The seed: the same seed, sources and options give the same bytes.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Patients to write: copy <c>i</c> is of source <c>i mod sources</c>.</summary>
    public int Patients { get; init; } = 20;

    /// <summary>Patients per file of each type (<c>Observation.000.ndjson</c>, <c>Observation.001.ndjson</c>…).</summary>
    public int PatientsPerFile { get; init; } = 100_000;

    /// <summary>Write only the resource types the screener reads (Patient, Observation, Condition, MedicationRequest,
    /// MedicationStatement, Medication): a slimmed export, for when the disk is short.</summary>
    public bool OnlyTypesRead { get; init; }

    /// <summary>The resource types written gzip-compressed (<c>.ndjson.gz</c>); <c>*</c> for all.</summary>
    public IReadOnlySet<string> Compressed { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Most whole years a copy's dates are moved back (each copy draws 0 to this many).</summary>
    public int MaximumYearsShifted { get; init; } = 5;
}

/// <summary>One patient written by <see cref="BulkExportGenerator"/>.</summary>
/// <param name="Id">Its new Patient id.</param>
/// <param name="Source">The index of the source Bundle it copies.</param>
/// <param name="YearsShifted">How many whole years its dates were moved back.</param>
public sealed record GeneratedPatient(string Id, int Source, int YearsShifted);

/// <summary>
/// Large FHIR Bulk Data exports from a few patient Bundles (the vendored Synthea ones), deterministic by seed: each
/// patient is a re-identified copy of one source — every UUID (resource ids, <c>urn:uuid</c> references, identifiers
/// carrying them) replaced by a new one drawn from the seed, so references stay consistent within the copy and no
/// original id survives; every date moved back by the same whole number of years (so ages, durations and staleness
/// on an as-of date moved the same way are unchanged, but for 29 February); the Patient's narrative, identifiers,
/// telecom and address dropped and its name replaced. Written as NDJSON, one file set per resource type, in patient
/// order. Used by the tests, the benchmarks and <c>tools/generate-bulk-export.cs</c>.
/// </summary>
public static partial class BulkExportGenerator
{
    /// <summary>Writes the export into <paramref name="directory"/> (created if needed) and returns who was written.</summary>
    /// <param name="bundles">The source Bundles (UTF-8 JSON), in a fixed order.</param>
    /// <param name="directory">The output folder.</param>
    /// <param name="options">What to write.</param>
    public static IReadOnlyList<GeneratedPatient> Write(IReadOnlyList<byte[]> bundles, string directory, BulkExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(bundles);
        ArgumentNullException.ThrowIfNull(options);
        if (bundles.Count == 0)
        {
            throw new ArgumentException("At least one source Bundle is needed.", nameof(bundles));
        }

        Directory.CreateDirectory(directory);
        var sources = bundles.Select(b => Source.Of(b, options.OnlyTypesRead)).ToList();
        var writers = new Dictionary<string, Stream>(StringComparer.Ordinal);
        var patients = new List<GeneratedPatient>(options.Patients);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var buffer = new StringBuilder(1 << 16);
        try
        {
            for (var i = 0; i < options.Patients; i++)
            {
                var source = sources[i % sources.Count];
                var random = new Random(unchecked((options.Seed * 1_000_003) + i));
                var years = random.Next(0, options.MaximumYearsShifted + 1);
                ids.Clear();
                string NewId(string original)
                {
                    if (!ids.TryGetValue(original, out var id))
                    {
                        Span<byte> bytes = stackalloc byte[16];
                        random.NextBytes(bytes);
                        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
                        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
                        id = Convert.ToHexStringLower(bytes).Insert(20, "-").Insert(16, "-").Insert(12, "-").Insert(8, "-");
                        ids[original] = id;
                    }

                    return id;
                }

                var file = (i / options.PatientsPerFile).ToString("000", CultureInfo.InvariantCulture);
                foreach (var resource in source.Resources)
                {
                    buffer.Clear();
                    foreach (var part in resource.Parts)
                    {
                        switch (part.Kind)
                        {
                            case PartKind.Text:
                                buffer.Append(part.Text);
                                break;
                            case PartKind.Id:
                                buffer.Append(NewId(part.Text));
                                break;
                            case PartKind.Date:
                                buffer.Append(part.Date.AddYears(-years).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                                break;
                            default:
                                buffer.Append(string.Create(CultureInfo.InvariantCulture, $"Copy{i}"));
                                break;
                        }
                    }

                    buffer.Append('\n');
                    var key = $"{resource.Type}.{file}";
                    if (!writers.TryGetValue(key, out var stream))
                    {
                        var compressed = options.Compressed.Contains("*") || options.Compressed.Contains(resource.Type);
                        var path = Path.Combine(directory, $"{key}.ndjson{(compressed ? ".gz" : string.Empty)}");
                        Stream disk = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
                        stream = compressed ? new GZipStream(disk, CompressionLevel.Fastest) : disk;
                        writers[key] = stream;
                    }

                    var text = buffer.ToString();
                    stream.Write(Encoding.UTF8.GetBytes(text));
                }

                patients.Add(new(NewId(source.PatientId), i % sources.Count, years));
                if ((i + 1) % options.PatientsPerFile == 0)
                {
                    foreach (var stream in writers.Values)
                    {
                        stream.Dispose();
                    }

                    writers.Clear();
                }
            }
        }
        finally
        {
            foreach (var stream in writers.Values)
            {
                stream.Dispose();
            }
        }

        return patients;
    }

    private enum PartKind : byte
    {
        Text,
        Id,
        Date,
        Name,
    }

    /// <summary>A piece of a resource's JSON: literal text, a UUID to replace, a date to move, or the name to fill in.</summary>
    private readonly record struct Part(PartKind Kind, string Text, DateOnly Date);

    private sealed record Resource(string Type, List<Part> Parts);

    /// <summary>One source Bundle cut into resources, each cut into parts, once.</summary>
    private sealed record Source(string PatientId, List<Resource> Resources)
    {
        private const string NamePlaceholder = "\u0001NAME\u0001";

        public static Source Of(byte[] bundle, bool onlyTypesRead)
        {
            var root = JsonNode.Parse(bundle)?.AsObject() ?? throw new InvalidDataException("A source is not a JSON object.");
            var resources = new List<Resource>();
            string? patientId = null;
            foreach (var entry in root["entry"]?.AsArray() ?? [])
            {
                if (entry?["resource"] is not JsonObject resource || resource["resourceType"]?.GetValue<string>() is not { } type)
                {
                    continue;
                }

                if (onlyTypesRead && !NdjsonFacts.TypesRead.Contains(type))
                {
                    continue;
                }

                if (type == "Patient")
                {
                    patientId ??= resource["id"]?.GetValue<string>();
                    foreach (var field in (string[])["text", "identifier", "telecom", "address", "name"])
                    {
                        resource.Remove(field);
                    }

                    resource["name"] = new JsonArray(new JsonObject { ["use"] = "official", ["family"] = NamePlaceholder, ["given"] = new JsonArray("Synthea") });
                }

                resources.Add(new(type, Cut(resource.ToJsonString())));
            }

            return new(patientId ?? throw new InvalidDataException("A source Bundle has no Patient with an id."), resources);
        }

        private static List<Part> Cut(string json)
        {
            var parts = new List<Part>();
            var at = 0;
            foreach (Match match in Replaced().Matches(json))
            {
                parts.Add(new(PartKind.Text, json[at..match.Index], default));
                if (match.Groups["uuid"].Success)
                {
                    parts.Add(new(PartKind.Id, match.Value.ToLowerInvariant(), default));
                }
                else if (match.Groups["date"].Success)
                {
                    parts.Add(new(PartKind.Text, "\"", default));
                    parts.Add(new(PartKind.Date, string.Empty, DateOnly.ParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture)));
                }
                else
                {
                    parts.Add(new(PartKind.Name, string.Empty, default));
                }

                at = match.Index + match.Length;
            }

            parts.Add(new(PartKind.Text, json[at..], default));
            return parts;
        }
    }

    // A UUID anywhere; a date at the start of a JSON string (a date, dateTime or instant); the name placeholder as
    // the JSON writer escapes it.
    [GeneratedRegex(@"(?<uuid>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})|""(?<date>\d{4}-\d{2}-\d{2})(?=[T""])|\\u0001NAME\\u0001", RegexOptions.CultureInvariant)]
    private static partial Regex Replaced();
}
