using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BoneBalance.Core.Safety;
using BoneBalance.Core.Validation;
using BoneBalance.Data.Contracts;

namespace BoneBalance.Data.Tests.Contracts;

/// <summary>
/// <see cref="AssessmentDocument.Read"/> gives what the document says: each golden document's values, walked here with
/// <see cref="JsonDocument"/>, are the values read; a damaged document is refused naming the JSON path.
/// </summary>
public sealed class AssessmentDocumentReadTests
{
    private static readonly string Golden = Path.Combine(Repository.Root, "tests", "BoneBalance.Data.Tests", "Contracts", "Golden");

    /// <summary>Every golden document, compact and indented.</summary>
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Golden, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            data.Add(file!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_golden_document_reads_back_with_the_values_it_holds(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Golden, file));
        using var json = JsonDocument.Parse(bytes);
        var root = json.RootElement;
        var read = AssessmentDocument.Read(bytes);

        Assert.Equal(root.GetProperty("person").GetProperty("age").GetInt32(), read.Person.Age);
        Assert.Equal(Strings(root.GetProperty("person").GetProperty("riskFactors")), read.Person.RiskFactors);
        var q = root.GetProperty("fractureRisk").GetProperty("qfracture");
        if (q.ValueKind == JsonValueKind.Null)
        {
            Assert.Null(read.FractureRisk.QFracture);
            Assert.NotEmpty(read.FractureRisk.NotApplicable);
        }
        else
        {
            Assert.Equal(q.GetProperty("majorOsteoporoticPercent").GetDouble(), read.FractureRisk.QFracture!.Value.MajorOsteoporoticPercent);
            Assert.Equal(q.GetProperty("hipPercent").GetDouble(), read.FractureRisk.QFracture!.Value.HipPercent);
        }

        Assert.Equal(
            root.GetProperty("fractureRisk").GetProperty("thresholds").EnumerateArray().Select(t => t.GetProperty("reason").GetString()),
            read.FractureRisk.Thresholds.Select(t => t.Reason));
        Assert.Equal(
            root.GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("code").GetString(), f.GetProperty("severity").GetString(), f.GetProperty("message").GetString())),
            read.Findings.Select(f => ((string?)f.Code, (string?)Severity(f.Severity), (string?)f.Message)));
        Assert.Equal(
            root.GetProperty("recommendations").EnumerateArray().Select(r => (r.GetProperty("code").GetString(), r.GetProperty("evidenceGrade").GetString())),
            read.Recommendations.Select(r => ((string?)r.Code, (string?)r.Grade.ToString())));
        Assert.Equal(
            root.GetProperty("plan").GetProperty("supplements").EnumerateArray().Select(s => s.GetProperty("dose").GetDouble()),
            read.Plan.Supplements.Select(s => s.Dose));
        Assert.Equal(
            root.GetProperty("sources").EnumerateArray().Select(c => (c.GetProperty("title").GetString(), c.GetProperty("year").GetInt32())),
            read.Sources.Select(c => ((string?)c.Title, c.Year)));
        Assert.Equal(root.GetProperty("disclaimer").GetString(), read.Disclaimer);

        var dxa = root.GetProperty("densitometry");
        Assert.Equal(dxa.ValueKind == JsonValueKind.Null, read.Densitometry is null);
        if (read.Densitometry is { } d)
        {
            Assert.Equal(dxa.GetProperty("summary").GetString(), d.Summary);
            Assert.Equal(dxa.GetProperty("sites").EnumerateArray().Select(s => Number(s.GetProperty("tScore"))), d.Sites.Select(s => s.TScore));
            Assert.Equal(dxa.GetProperty("history").EnumerateArray().Select(m => Number(m.GetProperty("bmd"))), d.History.Select(m => m.Bmd));
        }

        var intake = root.GetProperty("intake");
        Assert.Equal(intake.ValueKind == JsonValueKind.Null, read.Intake is null);
        if (read.Intake is { } i)
        {
            Assert.Equal(intake.GetProperty("daysLogged").GetInt32(), i.DaysLogged);
            Assert.Equal(
                intake.GetProperty("nutrients").EnumerateArray().Select(n => (n.GetProperty("nutrient").GetString(), n.GetProperty("average").GetDouble(), Number(n.GetProperty("target")))),
                i.Nutrients.Select(n => ((string?)AssessmentDocument.NutrientToken(n.Nutrient), n.Average, n.Target)));
            Assert.Equal(
                intake.GetProperty("nutrients").EnumerateArray().Select(n => n.GetProperty("gap").ValueKind == JsonValueKind.Null ? null : (double?)n.GetProperty("gap").GetProperty("shortfall").GetDouble()),
                i.Nutrients.Select(n => n.Gap?.Shortfall));
            // Each nutrient with a target carries its source, and it is one of the intake's sources.
            var sources = intake.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("title").GetString()).ToList();
            Assert.All(i.Nutrients.Where(n => n.Target is not null), n => Assert.Contains(Assert.Single(n.Citations).Title, sources));
        }
    }

    [Fact]
    public void A_missing_field_is_refused_naming_its_path()
    {
        var document = GoldenNode("woman-67-falls-parental-osteoporosis.compact.json");
        document["fractureRisk"]!["qfracture"]!.AsObject().Remove("hipPercent");
        var error = Assert.Throws<InvalidInputException>(() => AssessmentDocument.Read(Encoding.UTF8.GetBytes(document.ToJsonString())));
        Assert.Equal("fractureRisk.qfracture.hipPercent", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public void A_value_of_the_wrong_kind_or_token_is_refused_naming_its_path()
    {
        var document = GoldenNode("woman-74-warfarin-af.compact.json");
        document["findings"]![0]!["severity"] = "fatal";
        var error = Assert.Throws<InvalidInputException>(() => AssessmentDocument.Read(Encoding.UTF8.GetBytes(document.ToJsonString())));
        Assert.Equal("findings[0].severity", Assert.Single(error.Errors).Field);
        Assert.Equal("fatal", error.Errors[0].Value);
        Assert.Contains("contraindicated_without_supervision", error.Errors[0].ValidRange, StringComparison.Ordinal);

        document = GoldenNode("woman-74-warfarin-af.compact.json");
        document["person"]!["age"] = "seventy";
        error = Assert.Throws<InvalidInputException>(() => AssessmentDocument.Read(Encoding.UTF8.GetBytes(document.ToJsonString())));
        Assert.Equal("person.age", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public void Numbers_a_report_cannot_draw_are_refused_naming_their_path()
    {
        var document = GoldenNode("woman-67-falls-parental-osteoporosis.compact.json");
        document["fractureRisk"]!["qfracture"]!["hipPercent"] = 250;
        var error = Assert.Throws<InvalidInputException>(() => AssessmentDocument.Read(Encoding.UTF8.GetBytes(document.ToJsonString())));
        Assert.Equal(("fractureRisk.qfracture.hipPercent", "250", "0 to 100 %"), (error.Errors[0].Field, error.Errors[0].Value, error.Errors[0].ValidRange));

        document = GoldenNode("woman-55-osteopenia-omeprazole-levothyroxine+diary-high-dairy.compact.json");
        document["densitometry"]!["history"]![0]!["bmd"] = 40;
        error = Assert.Throws<InvalidInputException>(() => AssessmentDocument.Read(Encoding.UTF8.GetBytes(document.ToJsonString())));
        Assert.Equal("densitometry.history[0].bmd", error.Errors[0].Field);
    }

    [Fact]
    public void An_intake_without_every_nutrient_is_refused()
    {
        var document = GoldenNode("man-72-apixaban+diary-natto.compact.json");
        document["intake"]!["nutrients"]!.AsArray().RemoveAt(1);
        var error = Assert.Throws<InvalidInputException>(() => AssessmentDocument.Read(Encoding.UTF8.GetBytes(document.ToJsonString())));
        Assert.Equal("intake.nutrients", error.Errors[0].Field);
        Assert.DoesNotContain("vitamin_d", error.Errors[0].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_json_are_refused_as_the_result()
    {
        var error = Assert.Throws<InvalidInputException>(() => AssessmentDocument.Read("{\"person\": "u8));
        Assert.Equal("result", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public void A_document_written_before_nutrients_carried_their_source_reads_with_no_source()
    {
        var document = GoldenNode("woman-74-warfarin-af+diary-low-vitamin-k.compact.json");
        foreach (var nutrient in document["intake"]!["nutrients"]!.AsArray())
        {
            nutrient!.AsObject().Remove("citations");
        }

        var read = AssessmentDocument.Read(Encoding.UTF8.GetBytes(document.ToJsonString()));
        Assert.All(read.Intake!.Nutrients, n => Assert.Empty(n.Citations));
        Assert.Equal(document["intake"]!["nutrients"]![0]!["average"]!.GetValue<double>(), read.Intake.Nutrients[0].Average);
    }

    private static JsonNode GoldenNode(string file) => JsonNode.Parse(File.ReadAllBytes(Path.Combine(Golden, file)))!;

    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    private static double? Number(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDouble();

    private static string Severity(SafetySeverity severity) => severity switch
    {
        SafetySeverity.ContraindicatedWithoutSupervision => "contraindicated_without_supervision",
        SafetySeverity.Warning => "warning",
        SafetySeverity.Caution => "caution",
        _ => "info",
    };
}
