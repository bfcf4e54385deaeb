using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using BoneBalance.Core.Guidance;
using BoneBalance.Data.Contracts;
using BoneBalance.Data.Safety;

namespace BoneBalance.Data.Tests.Contracts;

/// <summary>
/// The whole pipeline (profile → <see cref="Assessor"/> → JSON) pinned byte for byte: every profile in
/// <c>examples/</c>, alone and with the diary examples/README.md pairs it with, written compact and indented, must give
/// exactly the document in <c>Contracts/Golden/</c>. The files were written once by the code before the performance work
/// (commit "Golden assessment documents"), so a speed-up that changes a byte of any value, text, citation or order fails
/// here. They are regenerated only on purpose: run this class with <c>BONEBALANCE_WRITE_GOLDEN=1</c> and review the diff.
/// </summary>
[Collection(CatalogueGroup.Name)]
public sealed class AssessmentDocumentGoldenTests(CatalogueFixture catalogues)
{
    // A fixed day for ages and diary windows, so the documents do not change with the calendar.
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static readonly string Examples = Path.Combine(Repository.Root, "examples");

    private static readonly string Golden = Path.Combine(Repository.Root, "tests", "BoneBalance.Data.Tests", "Contracts", "Golden");

    /// <summary>Each example profile alone, the four pairings of examples/README.md, and the load benchmark's person
    /// (bench/load: the full example profile with natto by the cup, kale and cheddar, dated today).</summary>
    public static TheoryData<string, string?> Cases()
    {
        var cases = new TheoryData<string, string?>();
        foreach (var profile in Directory.GetFiles(Examples, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            cases.Add(profile!, null);
        }

        cases.Add("woman-74-warfarin-af.json", "diary-low-vitamin-k.csv");
        cases.Add("man-72-apixaban.json", "diary-natto.csv");
        cases.Add("woman-55-osteopenia-omeprazole-levothyroxine.json", "diary-high-dairy.csv");
        cases.Add("woman-70-above-upper-limits.json", "diary-high-dairy.csv");
        cases.Add("woman-67-falls-parental-osteoporosis.json", LoadBenchmarkDiary);
        return cases;
    }

    private const string LoadBenchmarkDiary = "load-benchmark";

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_document_is_byte_for_byte_the_golden_one(string profile, string? diary)
    {
        var assessor = new Assessor(ShippedSafetyCatalogue.Load(), DietaryReferenceIntakeFile.LoadShipped(), catalogues.Shipped.CommonFoods);
        var assessment = assessor.Assess(ProfileDocument.Parse(Profile(profile, diary), catalogues.Shipped.Find, Today));
        var name = Path.GetFileNameWithoutExtension(profile) + (diary is null ? string.Empty : "+" + Path.GetFileNameWithoutExtension(diary));
        foreach (var (suffix, options) in new[] { ("compact", AssessmentDocument.CompactWriterOptions), ("indented", AssessmentDocument.WriterOptions) })
        {
            var path = Path.Combine(Golden, $"{name}.{suffix}.json");
            var written = Write(assessment, options);
            if (Environment.GetEnvironmentVariable("BONEBALANCE_WRITE_GOLDEN") == "1")
            {
                Directory.CreateDirectory(Golden);
                File.WriteAllBytes(path, written);
            }

            var expected = File.ReadAllBytes(path);
            if (!expected.AsSpan().SequenceEqual(written))
            {
                var at = expected.AsSpan().CommonPrefixLength(written);
                Assert.Fail($"{Path.GetFileName(path)} differs at byte {at}: expected …{Around(expected, at)}… but wrote …{Around(written, at)}…");
            }
        }

        // ToJson (the CLI's --json) is the indented document as a string.
        Assert.Equal(File.ReadAllText(Path.Combine(Golden, $"{name}.indented.json")), AssessmentDocument.ToJson(assessment));
    }

    private static byte[] Write(Assessment assessment, JsonWriterOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            AssessmentDocument.Write(json, assessment);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static string Around(byte[] bytes, int at) =>
        Encoding.UTF8.GetString(bytes, Math.Max(0, at - 60), Math.Min(bytes.Length, at + 60) - Math.Max(0, at - 60));

    // The profile with its diary as the profile's own "diary" rows (the CSV's food rows are all date,food,grams; the
    // Data project cannot read the CSV itself, that is the CLI's DiaryFile).
    private static byte[] Profile(string profile, string? diary)
    {
        var text = File.ReadAllText(Path.Combine(Examples, profile));
        if (diary is null)
        {
            return Encoding.UTF8.GetBytes(text);
        }

        var node = System.Text.Json.Nodes.JsonNode.Parse(text)!.AsObject();
        var rows = new StringBuilder("[");
        if (diary == LoadBenchmarkDiary)
        {
            var date = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            rows.Append(CultureInfo.InvariantCulture, $$"""{"date":"{{date}}","food":"usda:16113","quantity":0.5,"measure":"cup"},{"date":"{{date}}","food":"usda:11233","grams":130},{"date":"{{date}}","food":"usda:01009","grams":40}""");
        }
        else
        {
            foreach (var line in File.ReadLines(Path.Combine(Examples, diary)).Skip(1).Where(l => l.Length > 0))
            {
                var cells = line.Split(',');
                Assert.True(cells[1].Length > 0 && cells[2].Length > 0 && cells[3..].All(c => c.Length == 0), $"{diary}: only date,food,grams rows are converted: {line}");
                rows.Append(rows.Length > 1 ? "," : string.Empty)
                    .Append(CultureInfo.InvariantCulture, $$"""{"date":"{{cells[0]}}","food":"{{cells[1]}}","grams":{{cells[2]}}}""");
            }
        }

        node["diary"] = System.Text.Json.Nodes.JsonNode.Parse(rows.Append(']').ToString());
        return JsonSerializer.SerializeToUtf8Bytes(node);
    }
}
