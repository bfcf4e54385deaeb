using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using BoneBalance.Fhir.Bulk;

namespace BoneBalance.Fhir.Tests.Bulk;

/// <summary>
/// <c>screen --fhir</c>'s rows against <c>assess --fhir</c>'s route — each Synthea Bundle parsed by Firely's POCOs,
/// read by <see cref="FhirRecordReader"/> and assessed — for the same patient and as-of date: from the Bundles folder,
/// and from the committed NDJSON sample (re-identified copies whose dates moved back whole years, screened on the
/// as-of date moved back as much).
/// </summary>
public sealed partial class BulkScreenTests(BulkFixture fixture) : IClassFixture<BulkFixture>
{
    private static readonly DateOnly Fresh = new(2021, 6, 1);
    private static readonly DateOnly Late = new(2026, 12, 7);

    public static TheoryData<string> Dates() => ["2021-06-01", "2026-12-07"];

    [Theory]
    [MemberData(nameof(Dates))]
    public void Each_bundle_of_the_folder_gives_the_row_of_assess_fhir(string day)
    {
        var asOf = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (rows, summary, _) = fixture.Screen(BulkFixture.Bundles, asOf);
        Assert.Equal(20, rows.Count);
        Assert.Equal(20, summary.Patients);
        Assert.Equal(0, summary.MalformedLines);
        foreach (var file in RawBundle.Files())
        {
            var raw = RawBundle.Load(Path.GetFileName(file));
            AssertSameAsAssess(raw.Bytes, asOf, rows[raw.PatientId], 0, raw.Name);
        }
    }

    [Theory]
    [MemberData(nameof(Dates))]
    public void Each_patient_of_the_ndjson_sample_gives_the_row_of_assess_fhir_on_its_source(string day)
    {
        var asOf = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var shift in fixture.SamplePatients.GroupBy(p => p.YearsShifted))
        {
            var (rows, summary, _) = fixture.Screen(BulkFixture.Sample, asOf.AddYears(-shift.Key));
            Assert.Equal(20, rows.Count);
            Assert.Equal(0, summary.MalformedLines);
            foreach (var patient in shift)
            {
                AssertSameAsAssess(BulkFixture.Sources[patient.Source], asOf, rows[patient.Id], shift.Key, $"sample patient {patient.Id} (source {patient.Source})");
            }
        }
    }

    [Fact]
    public void The_deceased_and_the_under_18_get_a_row_that_says_why()
    {
        var (rows, summary, _) = fixture.Screen(BulkFixture.Bundles, Fresh);
        var keira = rows[RawBundle.Load("Keira_Huel").PatientId];
        Assert.StartsWith("deceased: the patient died on ", keira["error"], StringComparison.Ordinal);
        Assert.Equal("female", keira["sex"]);
        Assert.Equal(string.Empty, keira["qfracture_mof_percent"]);

        var tyrell = RawBundle.Load("Tyrell_Towne");
        var row = rows[tyrell.PatientId];
        Assert.StartsWith("under-18: ", row["error"], StringComparison.Ordinal);
        Assert.Equal(tyrell.AgeOn(Fresh).ToString(CultureInfo.InvariantCulture), row["age"]);
        Assert.Equal("male", row["sex"]);
        Assert.Equal(1, summary.Refused["deceased"]);
        Assert.Equal(1, summary.Refused["under-18"]);
        Assert.Equal(18, summary.Assessed);
    }

    [Fact]
    public void The_summary_counts_vitamin_k_antagonist_users_and_each_threshold_met_from_the_rows()
    {
        var (rows, summary, _) = fixture.Screen(BulkFixture.Bundles, Fresh);
        Assert.Equal(rows.Values.Count(r => r["findings"].Split(';').Any(f => f.StartsWith("VKA_", StringComparison.Ordinal))), summary.VitaminKAntagonistUsers);

        // Three of the twenty take warfarin (the vendored set's MANIFEST.csv, warfarin column), all alive adults in 2021.
        Assert.Equal(3, summary.VitaminKAntagonistUsers);
        Assert.NotEmpty(summary.ThresholdsMet);
        Assert.All(summary.ThresholdsMet.Values, count => Assert.InRange(count, 1, 18));
    }

    [Fact]
    public void Each_patient_s_facts_are_kept_in_a_few_hundred_bytes_until_assessed()
    {
        var (_, summary, _) = fixture.Screen(BulkFixture.Sample, Fresh);
        Assert.InRange(summary.PackedFactBytes, 20 * 100, summary.HeldFactBytes);
        Assert.InRange(summary.HeldFactBytes / summary.Patients, 100, 400);
    }

    [Fact]
    public void A_malformed_line_is_reported_with_its_file_and_line_and_the_rest_is_read()
    {
        var folder = fixture.Folder("malformed");
        CopySample(folder);
        var observations = Path.Combine(folder, "Observation.000.ndjson");
        var lines = Lines(Path.Combine(BulkFixture.Sample, "Observation.000.ndjson.gz"));
        File.Delete(observations + ".gz");
        lines.Insert(2, "{\"resourceType\":\"Observation\",\"code\":{\"coding\":[{\"code\":\"29463-7\"");
        lines.Insert(5, "{\"resourceType\":\"Observation\",\"status\":17}");
        File.WriteAllLines(observations, lines);

        var (rows, summary, _) = fixture.Screen(folder, Fresh);
        Assert.Equal(2, summary.MalformedLines);
        Assert.Equal(("Observation.000.ndjson", 3L), (summary.Malformed[0].File, summary.Malformed[0].Line));
        Assert.Equal(("Observation.000.ndjson", 6L), (summary.Malformed[1].File, summary.Malformed[1].Line));
        Assert.Contains("not valid JSON", summary.Malformed[0].Reason, StringComparison.Ordinal);
        Assert.Equal(20, rows.Count);
    }

    [Fact]
    public void Gzip_files_and_plain_files_give_the_same_csv()
    {
        var plain = fixture.Folder("plain");
        var gzip = fixture.Folder("gzip");
        foreach (var file in Directory.GetFiles(BulkFixture.Sample))
        {
            var name = Path.GetFileName(file).Replace(".gz", string.Empty, StringComparison.Ordinal);
            var text = Lines(file);
            File.WriteAllLines(Path.Combine(plain, name), text);
            using var output = new GZipStream(File.Create(Path.Combine(gzip, name + ".gz")), CompressionLevel.Optimal);
            output.Write(Encoding.UTF8.GetBytes(string.Join('\n', text) + "\n"));
        }

        Assert.All(Directory.GetFiles(gzip), f => Assert.EndsWith(".ndjson.gz", f, StringComparison.Ordinal));
        Assert.Equal(fixture.Screen(plain, Fresh).Csv, fixture.Screen(gzip, Fresh).Csv);
    }

    [Theory]
    [InlineData("half")]
    [InlineData("no trailer")]
    [InlineData("last byte lost")]
    [InlineData("crc changed")]
    [InlineData("two members")]
    public void A_gzip_file_cut_short_or_damaged_stops_the_run_naming_it(string damage)
    {
        var folder = fixture.Folder("gzip-" + damage.Replace(' ', '-'));
        CopySample(folder);
        var path = Path.Combine(folder, "Observation.000.ndjson.gz");
        var bytes = File.ReadAllBytes(path);
        var damaged = damage switch
        {
            "half" => bytes[..(bytes.Length / 2)],
            "no trailer" => bytes[..^8],
            "last byte lost" => bytes[..^1],
            "crc changed" => [.. bytes[..^8], (byte)(bytes[^8] ^ 1), .. bytes[^7..]],
            _ => [.. Gzip("{\"resourceType\":\"Observation\"}\n"), .. bytes], // GZipStream reads both members; the trailer covers the last
        };
        File.WriteAllBytes(path, damaged);

        // A whole file whose trailer disagrees is caught by zlib's own check; a file cut short only by the trailer check.
        var error = Assert.Throws<InvalidDataException>(() => fixture.Screen(folder, Fresh));
        Assert.StartsWith(
            damage == "crc changed" ? "Observation.000.ndjson.gz: not a readable gzip file" : "Observation.000.ndjson.gz: the gzip file is cut short or damaged",
            error.Message,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<")]
    [InlineData("<=")]
    [InlineData(">=")]
    [InlineData(">")]
    [InlineData(null)]
    public void A_quantity_s_comparator_is_read_by_the_ndjson_reader_as_by_Firely(string? comparator)
    {
        var quantity = comparator is null
            ? """{"value":20,"unit":"ng/mL","system":"http://unitsofmeasure.org","code":"ng/mL"}"""
            : $$"""{"value":20,"comparator":"{{comparator}}","unit":"ng/mL","system":"http://unitsofmeasure.org","code":"ng/mL"}""";
        var observation = Records.Observation("d", "62292-8", quantity);
        var bulk = (Facts.ObservationFacts)new NdjsonFacts().Read(Encoding.UTF8.GetBytes(observation)).Facts!;
        var parsed = FhirBundleParser.Parse(Records.Bundle(observation)).Entry.Select(e => e.Resource).OfType<Hl7.Fhir.Model.Observation>().Single();
        var firely = Facts.FirelyFacts.Observation(new FhirEntry(parsed, null));
        Assert.Equal(comparator, bulk.Comparator);
        Assert.Equal((firely.Comparator, firely.Amount, firely.UnitCode, firely.UnitText), (bulk.Comparator, bulk.Amount, bulk.UnitCode, bulk.UnitText));
    }

    private static byte[] Gzip(string text)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return memory.ToArray();
    }

    [Fact]
    public void A_patient_spread_over_several_files_of_a_type_gives_the_same_row()
    {
        var folder = fixture.Folder("spread");
        CopySample(folder);
        foreach (var type in new[] { "Observation", "Condition", "MedicationRequest" })
        {
            var source = Directory.GetFiles(folder, type + ".000.ndjson*").Single();
            var lines = Lines(source);
            File.Delete(source);

            // Cut in three at places that fall inside a patient's lines, keeping the order of the lines.
            var cuts = new[] { 0, (lines.Count / 3) + 1, (2 * lines.Count / 3) + 1, lines.Count };
            for (var part = 0; part < 3; part++)
            {
                File.WriteAllLines(Path.Combine(folder, $"{type}.{part:000}.ndjson"), lines[cuts[part]..cuts[part + 1]]);
            }

            var subject = SubjectOf(lines[cuts[1] - 1]);
            Assert.Equal(subject, SubjectOf(lines[cuts[1]]));
        }

        Assert.Equal(fixture.Screen(BulkFixture.Sample, Fresh).Csv, fixture.Screen(folder, Fresh).Csv);
    }

    [Fact]
    public void Files_of_types_the_mapping_does_not_read_are_skipped_unopened()
    {
        var folder = fixture.Folder("unread");
        CopySample(folder);

        // Not gzip at all: opening it would fail the run.
        File.WriteAllText(Path.Combine(folder, "Claim.001.ndjson.gz"), "not gzip");
        var (rows, summary, _) = fixture.Screen(folder, Fresh);
        Assert.Equal(20, rows.Count);
        Assert.Contains("Claim.001.ndjson.gz", summary.FilesSkipped);
        Assert.Contains("ExplanationOfBenefit.000.ndjson.gz", summary.FilesSkipped);
        Assert.Equal(4, summary.FilesRead);
    }

    [Fact]
    public void The_committed_sample_is_what_the_generator_writes_with_its_seed()
    {
        var committed = Directory.GetFiles(BulkFixture.Sample).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var regenerated = Directory.GetFiles(fixture.Regenerated).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(committed, regenerated);
        foreach (var name in committed)
        {
            Assert.Equal(Lines(Path.Combine(BulkFixture.Sample, name!)), Lines(Path.Combine(fixture.Regenerated, name!)));
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes_and_another_seed_other_ids()
    {
        var options = BulkFixture.SampleOptions with { Patients = 45, PatientsPerFile = 16, OnlyTypesRead = true };
        var first = BulkExportGenerator.Write(BulkFixture.Sources, fixture.Folder("seed-a"), options);
        var second = BulkExportGenerator.Write(BulkFixture.Sources, fixture.Folder("seed-b"), options);
        var other = BulkExportGenerator.Write(BulkFixture.Sources, fixture.Folder("seed-c"), options with { Seed = 2 });
        Assert.Equal(first, second);
        var files = Directory.GetFiles(fixture.Folder("seed-a")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(fixture.Folder("seed-b")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("Observation.002.ndjson.gz", files);
        Assert.DoesNotContain(files, f => f!.StartsWith("Claim", StringComparison.Ordinal));
        foreach (var name in files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(fixture.Folder("seed-a"), name!)), File.ReadAllBytes(Path.Combine(fixture.Folder("seed-b"), name!)));
        }

        Assert.Empty(first.Select(p => p.Id).Intersect(other.Select(p => p.Id)));
        Assert.Equal(45, first.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public void No_original_id_survives_in_the_sample_and_references_stay_consistent()
    {
        var originals = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in BulkFixture.Sources)
        {
            foreach (Match match in Uuid().Matches(Encoding.UTF8.GetString(source)))
            {
                originals.Add(match.Value);
            }
        }

        Assert.True(originals.Count > 1000, $"{originals.Count} ids in the sources");
        var patientIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(BulkFixture.Sample))
        {
            var text = string.Join('\n', Lines(file));
            Assert.DoesNotContain(Uuid().Matches(text), m => originals.Contains(m.Value));
            if (Path.GetFileName(file).StartsWith("Patient", StringComparison.Ordinal))
            {
                patientIds.UnionWith(Lines(file).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!));
            }
        }

        // Every Observation's subject is one of the sample's Patients.
        Assert.Equal(20, patientIds.Count);
        Assert.All(Lines(Path.Combine(BulkFixture.Sample, "Observation.000.ndjson.gz")), line => Assert.Contains(SubjectOf(line), patientIds));
    }

    private void AssertSameAsAssess(byte[] bundle, DateOnly asOf, Dictionary<string, string> row, int yearsShifted, string who)
    {
        var reading = FhirRecordReader.Read(bundle, asOf);
        if (reading.Refusal is { } refusal)
        {
            Assert.True(row["error"].StartsWith(refusal.Code + ": ", StringComparison.Ordinal), $"{who}: {row["error"]} for {refusal.Code}");
            Assert.Equal(string.Empty, row["qfracture_mof_percent"]);
            return;
        }

        var input = reading.ToInput(asOf);
        var assessment = fixture.Assessor.Assess(input);
        var risk = assessment.FractureRisk;
        Assert.True(row["error"].Length == 0, $"{who}: {row["error"]}");
        Assert.Equal(input.Person.AgeYears.ToString(CultureInfo.InvariantCulture), row["age"]);
        Assert.Equal(input.Person.Sex.ToString().ToLowerInvariant(), row["sex"]);
        Assert.True(Same(risk.QFracture?.MajorOsteoporoticPercent, row["qfracture_mof_percent"]), $"{who}: MOF {risk.QFracture?.MajorOsteoporoticPercent} vs {row["qfracture_mof_percent"]}");
        Assert.True(Same(risk.QFracture?.HipPercent, row["qfracture_hip_percent"]), $"{who}: hip {risk.QFracture?.HipPercent} vs {row["qfracture_hip_percent"]}");
        foreach (var (tool, column) in new[] { (Core.FractureRisk.ScreeningTool.Ost, "ost"), (Core.FractureRisk.ScreeningTool.Orai, "orai"), (Core.FractureRisk.ScreeningTool.Score, "score"), (Core.FractureRisk.ScreeningTool.Osiris, "osiris") })
        {
            var score = risk.Screening.FirstOrDefault(s => s.Tool == tool)?.Score;
            Assert.True(score is null ? row[column].Length == 0 : Math.Abs(score.Value - double.Parse(row[column], CultureInfo.InvariantCulture)) < 1e-6, $"{who}: {column} {score} vs {row[column]}");
        }

        Assert.Equal(string.Join(';', assessment.Findings.Select(f => f.Code).Distinct()), row["findings"]);
        var notes = string.Join("; ", BulkScreen.Notes(reading.Ignored).Select(n => Shifted(n, yearsShifted)));
        Assert.True(row["notes"].StartsWith(notes, StringComparison.Ordinal), $"{who}: notes\n{row["notes"]}\nexpected to start with\n{notes}");
    }

    // The row's number is the double written round-trip ("R"), or empty when none.
    private static bool Same(double? expected, string written) =>
        expected is { } e ? written.Length > 0 && double.Parse(written, CultureInfo.InvariantCulture) == e : written.Length == 0;

    private static string Shifted(string text, int years) => years == 0 ? text : IsoDate().Replace(text, m =>
        DateOnly.ParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddYears(-years).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static void CopySample(string folder)
    {
        foreach (var file in Directory.GetFiles(BulkFixture.Sample))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
    }

    private static List<string> Lines(string file)
    {
        using Stream disk = File.OpenRead(file);
        using var stream = file.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(disk, CompressionMode.Decompress) : disk;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    private static string SubjectOf(string line) =>
        System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("subject").GetProperty("reference").GetString()!.Split('/', ':')[^1];

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();
}
