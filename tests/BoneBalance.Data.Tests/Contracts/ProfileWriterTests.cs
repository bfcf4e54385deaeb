using System.Text.Json;
using System.Text.Json.Nodes;
using BoneBalance.Data.Contracts;
using FsCheck.Xunit;

namespace BoneBalance.Data.Tests.Contracts;

/// <summary>
/// <see cref="ProfileDocument.Write(ProfileValues, bool)"/>, the one writer of a profile document from typed values:
/// every example profile read into <see cref="ProfileValues"/> by System.Text.Json's serializer (not by the writer's
/// own reader) is written back to the same document, in the contract's field names, and an optional field is written
/// exactly when it is given.
/// </summary>
public sealed class ProfileWriterTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static readonly JsonSerializerOptions Serializer = new(JsonSerializerDefaults.Web);

    /// <summary>The example profiles of <c>examples/</c>.</summary>
    public static TheoryData<string> Examples() =>
        [.. Directory.GetFiles(Path.Combine(Repository.Root, "examples"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_profile_is_written_back_to_the_same_document(string file)
    {
        var original = File.ReadAllBytes(Path.Combine(Repository.Root, "examples", file));
        var values = JsonSerializer.Deserialize<ProfileValues>(original, Serializer)!;

        var written = ProfileDocument.Write(values);

        // A JSON null is an absent field to the contract (woman-67's "tScore": null), so the original is compared without them.
        Assert.True(JsonNode.DeepEquals(WithoutNulls(JsonNode.Parse(original)), JsonNode.Parse(written)), $"{file}: written as {System.Text.Encoding.UTF8.GetString(written)}");
        var before = ProfileDocument.Parse(original, today: Today);
        var after = ProfileDocument.Parse(written, today: Today);
        Assert.Equal(before.Person, after.Person);
        Assert.Equal(before.Medications.Select(m => (m.Name, m.DosePerDay, m.Status)), after.Medications.Select(m => (m.Name, m.DosePerDay, m.Status)));
        Assert.Equal(before.Dxa.Select(d => (d.Site, d.Date, d.Bmd, d.ReportedTScore)), after.Dxa.Select(d => (d.Site, d.Date, d.Bmd, d.ReportedTScore)));
        Assert.Equal(before.Supplements.Select(s => s.Amount.Micrograms), after.Supplements.Select(s => s.Amount.Micrograms));
        Assert.Equal(before.Labs, after.Labs);
        Assert.Equal(before.Frax, after.Frax);
    }

    private static JsonNode? WithoutNulls(JsonNode? node)
    {
        if (node is JsonObject o)
        {
            foreach (var name in o.Where(p => p.Value is null).Select(p => p.Key).ToList())
            {
                o.Remove(name);
            }

            foreach (var (_, value) in o)
            {
                WithoutNulls(value);
            }
        }
        else if (node is JsonArray a)
        {
            foreach (var item in a)
            {
                WithoutNulls(item);
            }
        }

        return node;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_values_reader_reads_an_example_as_the_serializer_does(string file)
    {
        var original = File.ReadAllBytes(Path.Combine(Repository.Root, "examples", file));

        var byReader = ProfileDocument.Write(ProfileValues.Read(original));
        var bySerializer = ProfileDocument.Write(JsonSerializer.Deserialize<ProfileValues>(original, Serializer)!);

        Assert.Equal(System.Text.Encoding.UTF8.GetString(bySerializer), System.Text.Encoding.UTF8.GetString(byReader));
    }

    [Fact]
    public void Every_field_is_written_under_the_contracts_name_in_documentation_order()
    {
        var row = new DiaryRowValues { Date = "2026-01-05", Food = "usda:01001", Grams = 1, Quantity = 2, Measure = "cup", Supplement = "d3", Dose = 3, Unit = "iu" };
        var all = new ProfileValues
        {
            Person = new PersonValues
            {
                Sex = "female", Age = 60, BirthDate = "1966-01-01", HeightCm = 160, WeightKg = 60, Bmi = 23.4, Postmenopausal = true,
                MenopausalStatus = "postmenopausal", Ethnicity = "white", Smoking = "never", Alcohol = "none", Pregnant = false, Breastfeeding = false, Name = "A",
            },
            RiskFactors = ["falls"],
            Medications = [new MedicationValues { Name = "x", Rxnorm = "1", Atc = "A", DosePerDay = 1, Unit = "mg", DurationMonths = 2, Status = "current", StoppedMonthsAgo = 3 }],
            Conditions = [new ConditionValues { Name = "y", Snomed = "123456", Icd10 = "N18" }],
            Symptoms = ["easy_bruising"],
            Dxa = [new DxaValues { Date = "2025-01-01", Site = "spine", Bmd = 0.9, TScore = -1, ZScore = 0, Manufacturer = "hologic", PrecisionRmsSd = 0.01 }],
            Labs = new LabValues { VitaminD25ohNgPerMl = 30, CalciumMgPerDl = 9.5, Inr = 1, Egfr = 90 },
            Supplements = [new SupplementValues { Form = "d3", Dose = 1000, Unit = "iu" }],
            Frax = new FraxValues { MofPercent = 10, HipPercent = 2, GlucocorticoidAdjusted = false },
            PriorHipOrVertebralFracture = false,
            LargeChangeInVitaminKFoods = false,
            Diary = [row],
        };

        using var document = JsonDocument.Parse(ProfileDocument.Write(all));
        var root = document.RootElement;

        Assert.Equal(ProfileDocument.Fields, Names(root));
        Assert.Equal(ProfilePerson.Fields, Names(root.GetProperty("person")));
        Assert.Equal(ProfileClinical.MedicationFields, Names(root.GetProperty("medications")[0]));
        Assert.Equal(ProfileClinical.ConditionFields, Names(root.GetProperty("conditions")[0]));
        Assert.Equal(ProfileDxa.Fields, Names(root.GetProperty("dxa")[0]));
        Assert.Equal(ProfileClinical.LabFields, Names(root.GetProperty("labs")));
        Assert.Equal(ProfileClinical.SupplementFields, Names(root.GetProperty("supplements")));
        Assert.Equal(ProfileClinical.FraxFields, Names(root.GetProperty("frax")));
        Assert.Equal(ProfileDiary.Fields, Names(root.GetProperty("diary")[0]));

        static IEnumerable<string> Names(JsonElement element) =>
            (element.ValueKind == JsonValueKind.Array ? element[0] : element).EnumerateObject().Select(p => p.Name).ToList();
    }

    [Fact]
    public void The_values_reader_names_what_it_could_not_hold_and_the_contract_refuses_each()
    {
        var document = """{"person":{"sex":"female","age":"67","oldName":1},"riskFactors":["falls",2],"labs":{"inr":true},"dxa":[{"site":"spine","tScore":null}],"oldField":1}"""u8.ToArray();

        var values = ProfileValues.Read(document);

        Assert.Equal(new[] { "labs.inr", "oldField", "person.age", "person.oldName", "riskFactors[1]" }, values.Unread.Order(StringComparer.Ordinal));
        var refused = Assert.Throws<Core.Validation.InvalidInputException>(() => ProfileDocument.Parse(document, today: Today));
        Assert.All(values.Unread, path => Assert.Contains(refused.Errors, e => e.Field == path));
        Assert.Empty(ProfileValues.Read(File.ReadAllBytes(Path.Combine(Repository.Root, "examples", "woman-67-falls-parental-osteoporosis.json"))).Unread);
    }

    [Fact]
    public void An_empty_profile_is_an_empty_object_and_an_empty_list_is_written_as_one()
    {
        Assert.Equal("{}", System.Text.Encoding.UTF8.GetString(ProfileDocument.Write(new ProfileValues())));
        Assert.Equal("""{"riskFactors":[],"labs":{}}""", System.Text.Encoding.UTF8.GetString(ProfileDocument.Write(new ProfileValues { RiskFactors = [], Labs = new LabValues() })));
    }

    // Each optional field of person and labs given or not at random: the written object holds exactly the given ones,
    // each with its value, and the contract reads it as the person and labs those values make.
    [Property(MaxTest = 200)]
    public bool An_optional_field_is_written_exactly_when_it_is_given(int seed)
    {
        var random = new Random(seed);
        double? Maybe(double value) => random.Next(2) == 0 ? null : value;
        var age = random.Next(18, 121);
        var person = new PersonValues
        {
            Sex = "female",
            Age = age,
            HeightCm = Maybe(Math.Round(140 + (random.NextDouble() * 50), 1)),
            WeightKg = Maybe(Math.Round(40 + (random.NextDouble() * 60), 1)),
            Smoking = random.Next(2) == 0 ? null : "former",
            Pregnant = random.Next(2) == 0 ? null : false,
        };
        var labs = new LabValues { VitaminD25ohNgPerMl = Maybe(random.Next(5, 80)), Egfr = Maybe(random.Next(15, 120)) };
        var values = new ProfileValues { Person = person, Labs = labs.IsEmpty ? null : labs };

        var written = ProfileDocument.Write(values);
        var root = JsonNode.Parse(written)!.AsObject();
        var p = root["person"]!.AsObject();
        var expectedPerson = new (string Name, object? Value)[]
        {
            ("sex", person.Sex), ("age", person.Age), ("heightCm", person.HeightCm), ("weightKg", person.WeightKg), ("smoking", person.Smoking), ("pregnant", person.Pregnant),
        }.Where(x => x.Value is not null).ToList();
        var expectedLabs = new (string Name, double? Value)[] { ("vitaminD25ohNgPerMl", labs.VitaminD25ohNgPerMl), ("egfr", labs.Egfr) }.Where(x => x.Value is not null).ToList();

        var input = ProfileDocument.Parse(written, today: Today);
        return p.Select(x => x.Key).SequenceEqual(expectedPerson.Select(x => x.Name))
            && expectedPerson.All(x => p[x.Name]!.ToJsonString() == JsonSerializer.Serialize(x.Value))
            && (labs.IsEmpty ? !root.ContainsKey("labs") : root["labs"]!.AsObject().Select(x => x.Key).SequenceEqual(expectedLabs.Select(x => x.Name)))
            && input.Person.AgeYears == age
            && input.Person.Height?.Centimetres == person.HeightCm
            && input.Person.Weight?.Kilograms == person.WeightKg
            && input.Person.Smoking == (person.Smoking is null ? Core.People.SmokingStatus.Never : Core.People.SmokingStatus.Former)
            && input.Labs.VitaminD25OhNgPerMl == labs.VitaminD25ohNgPerMl
            && input.Labs.Egfr == labs.Egfr;
    }
}
