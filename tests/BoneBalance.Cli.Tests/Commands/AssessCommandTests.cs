using System.Text.Json;
using BoneBalance.Data;

namespace BoneBalance.Cli.Tests.Commands;

/// <summary>The food catalogue built once for all <c>assess</c> tests.</summary>
public sealed class AssessCatalogueFixture : IDisposable
{
    private readonly TempDirectory _temp = new();

    public AssessCatalogueFixture()
    {
        Database = _temp.File("foods.db");
        FoodDatabase.EnsureCreated(Database);
    }

    public string Directory => _temp.Path;

    public string Database { get; }

    public void Dispose() => _temp.Dispose();
}

/// <summary>
/// <c>bonebalance assess</c>: refusals with exit codes and JSON paths, and every profile in <c>examples/</c> with the key
/// facts examples/README.md says its report shows.
/// </summary>
public sealed class AssessCommandTests(AssessCatalogueFixture catalogue) : IClassFixture<AssessCatalogueFixture>
{
    private static readonly string Examples = Path.Combine(Repository.Root, "examples");

    [Fact]
    public void A_bad_value_exits_2_naming_the_json_path_value_and_range()
    {
        var (exit, output, error) = Run(Profile("""{ "person": { "sex": "female", "age": 12 }, "medications": [ { "name": "prednisone", "dosePerDay": 10, "unit": "tablets" } ] }"""));
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("person.age '12' is out of range; valid: 18 to 120 years", error, StringComparison.Ordinal);
        Assert.Contains("medications[0].unit 'tablets' is not one of the valid values; valid: mg|ug|g", error, StringComparison.Ordinal);
        Assert.Equal(2, error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // one line per problem
    }

    [Fact]
    public void An_unknown_field_exits_2_naming_it_and_the_known_ones()
    {
        var (exit, _, error) = Run(Profile("""{ "person": { "sex": "female", "age": 67, "heigth": 160 } }"""));
        Assert.Equal(2, exit);
        Assert.Contains("person.heigth '160' is not a known field; valid: one of sex, age, birthDate, heightCm", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_exits_2_with_the_line()
    {
        var (exit, _, error) = Run(Profile("{\n  \"person\": { \"sex\": \"female\", \"age\": 67, }\n}"));
        Assert.Equal(2, exit);
        Assert.Contains("profile 'line 2, byte 43' is not well-formed JSON", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_profile_a_directory_or_a_missing_bundle_exits_2_naming_it()
    {
        var missing = Path.Combine(catalogue.Directory, "no-such-profile.json");
        var (exit, _, error) = Run(missing);
        Assert.Equal(2, exit);
        Assert.Contains($"profile '{missing}' is not an existing file; valid: an existing profile JSON file.", error, StringComparison.Ordinal);

        (exit, _, error) = Run(catalogue.Directory);
        Assert.Equal(2, exit);
        Assert.Contains($"profile '{catalogue.Directory}' is a directory", error, StringComparison.Ordinal);

        (exit, _, error) = Run("--fhir", missing);
        Assert.Equal(2, exit);
        Assert.Contains($"--fhir '{missing}' is not an existing file; valid: an existing FHIR R4 Bundle JSON file.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_diary_row_exits_2_naming_file_line_and_column()
    {
        var diary = Path.Combine(catalogue.Directory, "bad-diary.csv");
        File.WriteAllText(diary, "date,food,grams\n2026-11-16,usda:01077,-5\n");
        var (exit, _, error) = Run(Profile("""{ "person": { "sex": "female", "age": 67 } }"""), "--diary", diary);
        Assert.Equal(2, exit);
        Assert.Contains("line 2, column 3 (grams)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_diary_and_a_diary_file_together_are_refused()
    {
        var (exit, _, error) = Run(
            Profile("""{ "person": { "sex": "female", "age": 67 }, "diary": [ { "date": "2026-11-16", "food": "usda:01077", "grams": 244 } ] }"""),
            "--diary", Path.Combine(Examples, "diary-high-dairy.csv"));
        Assert.Equal(2, exit);
        Assert.Contains("conflicts with the profile's own diary", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Warfarin_with_vitamin_k2_is_flagged_and_the_plan_has_no_vitamin_k()
    {
        var root = Json("woman-74-warfarin-af.json");
        var finding = Finding(root, "VKA_VITAMIN_K");
        Assert.Equal("contraindicated_without_supervision", finding.GetProperty("severity").GetString());
        Assert.NotEmpty(finding.GetProperty("citations").EnumerateArray());
        Assert.DoesNotContain(Forms(root), f => f is "k2-mk7" or "k2-mk4" or "k1");
        var withheld = root.GetProperty("plan").GetProperty("withheld").EnumerateArray().Single(w => w.GetProperty("findingCode").GetString() == "VKA_VITAMIN_K");
        Assert.Equal("vitamin_k_total", withheld.GetProperty("nutrient").GetString());
    }

    [Fact]
    public void Apixaban_is_told_there_is_no_vitamin_k_interaction_and_may_take_k2()
    {
        var root = Json("man-72-apixaban.json", "diary-natto.csv");
        Assert.Equal("info", Finding(root, "DOAC_NO_VITAMIN_K_INTERACTION").GetProperty("severity").GetString());
        Assert.DoesNotContain(Codes(root), c => c.StartsWith("VKA_", StringComparison.Ordinal));
        // Natto 939 µg MK-7 per 100 g (Kamao 2007, the catalogue's literature value): 45 g on 5 of 7 days =
        // 45 × 9.39 × 5 / 7 = 301.82 µg a day; no other logged food has MK-7.
        Assert.Equal(301.8, Nutrient(root, "mk7plus").GetProperty("average").GetDouble(), 1);
    }

    private const string VkaNote = "No vitamin K foods are suggested because you take warfarin: keep the vitamin K in your food about the same from week "
        + "to week, and talk to your anticoagulation clinic before changing it.";

    /// <summary>
    /// A warfarin user whose diet is low in vitamin K (120 µg AI, food ≥ 12.5 µg a day) is never told to eat natto, kale
    /// or collards: the vitamin K gap lists no food and its note says why, in the JSON and in the text report.
    /// </summary>
    [Fact]
    public void A_warfarin_user_with_a_low_vitamin_k_diet_is_suggested_no_vitamin_k_food_and_told_why()
    {
        var root = Json("man-77-warfarin-no-k-supplement.json", "diary-low-vitamin-k.csv");
        var gap = Nutrient(root, "vitamin_k_total").GetProperty("gap");
        Assert.Equal(0, gap.GetProperty("foods").GetArrayLength());
        Assert.Equal(VkaNote, gap.GetProperty("note").GetString());
        // No food of any gap gives vitamin K: nothing from the greens, natto, cheddar or chicken.
        var suggested = root.GetProperty("intake").GetProperty("nutrients").EnumerateArray()
            .Where(n => n.GetProperty("gap").ValueKind == JsonValueKind.Object)
            .SelectMany(n => n.GetProperty("gap").GetProperty("foods").EnumerateArray().Select(f => f.GetProperty("foodId").GetString()!)).ToList();
        Assert.NotEmpty(suggested);
        Assert.DoesNotContain(suggested, id => id is "usda:16113" or "usda:11234" or "usda:11162" or "usda:11458" or "usda:11569" or "usda:11271" or "usda:01009" or "usda:05679");

        var (exit, output, error) = Run(Path.Combine(Examples, "man-77-warfarin-no-k-supplement.json"), "--diary", Path.Combine(Examples, "diary-low-vitamin-k.csv"));
        Assert.True(exit == 0, error);
        var intake = Section(output, "INTAKE", "RECOMMENDATIONS");
        Assert.Contains("Vitamin K total: 105 µg a day short of the target (at most).", Flat(intake), StringComparison.Ordinal);
        Assert.Contains(VkaNote, Flat(intake), StringComparison.Ordinal);
        foreach (var food in new[] { "natto", "kale", "collard", "spinach" })
        {
            Assert.DoesNotContain(food, intake, StringComparison.OrdinalIgnoreCase);
        }

        // The plan's food-first note speaks of calcium only, not of vitamin K from food.
        Assert.Contains("Food first: calcium from food is preferred", Flat(intake), StringComparison.Ordinal);
    }

    /// <summary>
    /// The shipped warfarin example takes MK-7 100 µg, which brings total vitamin K to about 112 µg (AI 90): there is no
    /// vitamin K gap to close, and nothing in the intake or the plan suggests a vitamin K food.
    /// </summary>
    [Fact]
    public void The_warfarin_example_is_suggested_no_vitamin_k_food()
    {
        var root = Json("woman-74-warfarin-af.json", "diary-low-vitamin-k.csv");
        Assert.Equal(JsonValueKind.Null, Nutrient(root, "vitamin_k_total").GetProperty("gap").ValueKind);
        var (exit, output, error) = Run(Path.Combine(Examples, "woman-74-warfarin-af.json"), "--diary", Path.Combine(Examples, "diary-low-vitamin-k.csv"));
        Assert.True(exit == 0, error);
        var intakeAndPlan = Section(output, "INTAKE", "RECOMMENDATIONS");
        foreach (var food in new[] { "natto", "kale", "collard", "spinach" })
        {
            Assert.DoesNotContain(food, intakeAndPlan, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>
    /// Vitamin D above its upper limit (woman-70: 4,000 + 800 IU a day = 120 µg + 3.3 µg from food, UL 100 µg) with the
    /// low-vitamin-K diary: the vitamin K gap leaves out the K2-rich foods that carry vitamin D (cheddar 0.6 µg/100 g, the
    /// roast drumstick 0.1 µg/100 g), keeps natto and the cooked greens (no vitamin D), and the note says why.
    /// </summary>
    [Fact]
    public void Above_the_vitamin_d_upper_limit_no_suggestion_adds_vitamin_d()
    {
        var root = Json("woman-70-above-upper-limits.json", "diary-low-vitamin-k.csv");
        Assert.True(Nutrient(root, "vitamin_d").GetProperty("aboveUpperLimit").GetBoolean());
        var gap = Nutrient(root, "vitamin_k_total").GetProperty("gap");
        Assert.Equal(["usda:16113", "usda:11234", "usda:11458", "usda:11271", "usda:11162"],
            gap.GetProperty("foods").EnumerateArray().Select(f => f.GetProperty("foodId").GetString()));
        Assert.Equal("Foods that would take your vitamin D above its upper limit are left out.", gap.GetProperty("note").GetString());
    }

    // The lines from one heading to the next, and the same text on one line (the report wraps at the console width).
    private static string Section(string output, string from, string to) =>
        output[output.IndexOf(from, StringComparison.Ordinal)..output.IndexOf(to, StringComparison.Ordinal)];

    private static string Flat(string text) => string.Join(' ', text.Split(['\n', ' '], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void Warfarin_with_natto_in_the_diary_gets_the_food_warning_in_json_and_in_words()
    {
        var root = Json("woman-74-warfarin-af.json", "diary-natto.csv");
        var food = Finding(root, "VKA_VITAMIN_K_FOOD");
        Assert.Equal("warning", food.GetProperty("severity").GetString());
        // diary-natto.csv: 45 g natto on 16, 17, 18, 20 and 21 Nov, none on 19 and 22 Nov.
        Assert.Contains("natto on 16, 17, 18, 20 and 21 Nov", food.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("do not eat natto", food.GetProperty("advice").GetString(), StringComparison.Ordinal);
        // Her MK-7 supplement keeps VKA_VITAMIN_K beside it; the steady-diet note is gone.
        Assert.Contains("VKA_VITAMIN_K", Codes(root));
        Assert.DoesNotContain("VKA_KEEP_VITAMIN_K_STEADY", Codes(root));

        var (exit, words, _) = Run(Path.Combine(Examples, "woman-74-warfarin-af.json"), "--diary", Path.Combine(Examples, "diary-natto.csv"));
        Assert.Equal(0, exit);
        Assert.Contains("!! WARNING VKA_VITAMIN_K_FOOD: Your food diary shows natto on 16, 17, 18, 20 and", words, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("diary-natto.csv", "VKA_VITAMIN_K_FOOD", "VKA_KEEP_VITAMIN_K_STEADY")]
    [InlineData("diary-low-vitamin-k.csv", "VKA_KEEP_VITAMIN_K_STEADY", "VKA_VITAMIN_K_FOOD")]
    [InlineData("diary-high-dairy.csv", "VKA_KEEP_VITAMIN_K_STEADY", "VKA_VITAMIN_K_FOOD")]
    public void A_warfarin_user_without_supplements_is_warned_by_the_diary_only_when_it_shows_natto_or_a_swing(string diary, string expected, string absent)
    {
        var profile = Profile("""{ "person": { "sex": "female", "age": 74 }, "medications": [ { "name": "Coumadin" } ] }""");
        var (exit, output, error) = Run(profile, "--json", "--diary", Path.Combine(Examples, diary));
        Assert.True(exit == 0, error);
        var codes = Codes(JsonDocument.Parse(output).RootElement);
        Assert.Contains(expected, codes);
        Assert.DoesNotContain(absent, codes);
        Assert.DoesNotContain("VKA_VITAMIN_K", codes);
    }

    [Fact]
    public void One_big_spinach_day_names_the_day_and_the_portion()
    {
        // An egg every day (SR28 01123: 0.3 µg K1/100 g; CIQUAL 2025 food 22000: 5.6 µg K2/100 g) and 250 g raw spinach
        // (SR28 11457: 482.9 µg K1/100 g) on 18 Nov: 50 g of egg = 0.15 + 2.8 = 2.95 µg a day, and 1,207.25 + 2.95 =
        // 1,210.2 µg on the spinach day.
        var diary = Path.Combine(catalogue.Directory, $"spinach-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(diary,
        [
            "date,food,grams",
            .. Enumerable.Range(16, 7).Select(d => $"2026-11-{d},usda:01123,50"),
            "2026-11-18,usda:11457,250",
        ]);
        var profile = Profile("""{ "person": { "sex": "female", "age": 74 }, "medications": [ { "name": "warfarin" } ] }""");
        var (exit, output, error) = Run(profile, "--json", "--diary", diary);
        Assert.True(exit == 0, error);
        var message = Finding(JsonDocument.Parse(output).RootElement, "VKA_VITAMIN_K_FOOD").GetProperty("message").GetString();
        Assert.Contains("1,210 µg on 18 Nov (250 g spinach), against 3 µg on 16 Nov", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_diet_that_meets_the_calcium_rda_gets_no_calcium_supplement()
    {
        var root = Json("woman-55-osteopenia-omeprazole-levothyroxine.json", "diary-high-dairy.csv");
        // Food calcium by hand from SR28 (mg/100 g: whole milk 113, cheddar 710, low-fat yoghurt 183, whole-wheat bread
        // 161, broccoli 40, egg 56, salmon 198): a base of 488 g milk + 245 g yoghurt + 80 g bread = 1128.59 mg, plus
        // cheddar 40/30 g, egg or broccoli and salmon on two days; the seven days sum to 10462.33 mg = 1494.6 mg a day,
        // above the 1,200 mg RDA for women 51–70 (IOM 2011).
        var calcium = Nutrient(root, "calcium");
        Assert.Equal(1494.6, calcium.GetProperty("food").GetDouble(), 1);
        Assert.Equal(1200, calcium.GetProperty("target").GetDouble());
        Assert.DoesNotContain(Forms(root), f => f.StartsWith("calcium", StringComparison.Ordinal));
        Assert.Contains(root.GetProperty("plan").GetProperty("withheld").EnumerateArray(), w => w.GetProperty("nutrient").GetString() == "calcium");
        // She already takes calcium carbonate: it must be spaced from levothyroxine.
        Assert.Equal("caution", Finding(root, "ABSORPTION_SPACING").GetProperty("severity").GetString());
        // Spine 0.905 → 0.871 g/cm² = −0.034; LSC = 2.77 × 0.010 = 0.0277: a significant loss.
        var change = root.GetProperty("densitometry").GetProperty("changes")[0];
        Assert.Equal(-0.034, change.GetProperty("change").GetDouble(), 6);
        Assert.Equal(0.0277, change.GetProperty("leastSignificantChange").GetDouble(), 6);
        Assert.True(change.GetProperty("significantLoss").GetBoolean());
    }

    /// <summary>The evidence grade of each planned supplement for the example's person (docs/GRADING.md): MK-7 is B for
    /// postmenopausal women, C for a man or a perimenopausal woman, D for a man with CKD or in a care home; D3 and calcium
    /// are B for the care-home resident who takes both, D3 is D at home.</summary>
    [Theory]
    [InlineData("woman-58-prednisone-ra.json", "k2-mk7", "B")]
    [InlineData("woman-68-alendronate.json", "k2-mk7", "B")]
    [InlineData("woman-50-thiazide-hyperparathyroidism.json", "k2-mk7", "C")]
    [InlineData("man-72-apixaban.json", "k2-mk7", "C")]
    [InlineData("man-66-ckd-egfr40.json", "k2-mk7", "D")]
    [InlineData("man-80-care-home-hip-fracture.json", "k2-mk7", "D")]
    [InlineData("man-80-care-home-hip-fracture.json", "d3", "B")]
    [InlineData("man-80-care-home-hip-fracture.json", "calcium-carbonate", "B")]
    [InlineData("woman-55-osteopenia-omeprazole-levothyroxine.json", "d3", "D")]
    [InlineData("woman-67-falls-parental-osteoporosis.json", "d3", "D")]
    public void Each_example_grades_its_supplements_for_its_person(string profile, string form, string grade)
    {
        var root = Json(profile, null);
        if (form == "k2-mk7")
        {
            // K2 is not in the default plan: the MK-7 grade for the person is on the recommendation that
            // says why none is added.
            Assert.DoesNotContain(root.GetProperty("plan").GetProperty("supplements").EnumerateArray(), s => s.GetProperty("form").GetString() == form);
            var left = root.GetProperty("recommendations").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "NO_VITAMIN_K_SUPPLEMENT");
            Assert.Equal(grade, left.GetProperty("evidenceGrade").GetString());
            return;
        }

        var planned = root.GetProperty("plan").GetProperty("supplements").EnumerateArray().Single(s => s.GetProperty("form").GetString() == form);

        Assert.Equal(grade, planned.GetProperty("evidenceGrade").GetString());
    }

    [Theory]
    [InlineData("woman-67-falls-parental-osteoporosis.json", null, "GLUCOCORTICOID_BONE_LOSS,VITAMIN_K_DEFICIENCY_SIGNS", "k2-mk7,k2-mk4,k1", "DISCUSS_TREATMENT,FALLS_PREVENTION", "low_bone_mass")]
    [InlineData("woman-74-warfarin-af.json", "diary-low-vitamin-k.csv", "VKA_VITAMIN_K", "k2-mk7,k2-mk4,k1", "", "")]
    [InlineData("man-72-apixaban.json", "diary-natto.csv", "DOAC_NO_VITAMIN_K_INTERACTION", "", "", "")]
    [InlineData("man-77-warfarin-no-k-supplement.json", "diary-low-vitamin-k.csv", "VKA_KEEP_VITAMIN_K_STEADY", "k2-mk7,k2-mk4,k1", "", "")]
    [InlineData("woman-58-prednisone-ra.json", null, "GLUCOCORTICOID_BONE_LOSS", "", "DISCUSS_TREATMENT", "low_bone_mass")]
    [InlineData("woman-55-osteopenia-omeprazole-levothyroxine.json", "diary-high-dairy.csv", "ABSORPTION_SPACING,MEDICINE_AFFECTS_BONE", "calcium,calcium-carbonate,calcium-citrate", "", "low_bone_mass")]
    [InlineData("man-80-care-home-hip-fracture.json", null, "", "", "DISCUSS_TREATMENT,FALLS_PREVENTION,TAKE_VITAMIN_D3,TAKE_CALCIUM", "severe_osteoporosis")]
    [InlineData("woman-45-coeliac-bruising.json", null, "VITAMIN_K_DEFICIENCY_SIGNS,FAT_SOLUBLE_MALABSORPTION", "k2-mk7,k2-mk4,k1", "SEE_CLINICIAN_PROMPTLY", "z:within_expected_range_for_age")]
    [InlineData("woman-32-pregnant.json", null, "PREGNANCY_OR_BREASTFEEDING", "k2-mk7,k2-mk4,k1", "", "")]
    [InlineData("woman-63-kidney-stones.json", null, "KIDNEY_STONES_CALCIUM", "calcium,calcium-carbonate,calcium-citrate", "", "")]
    [InlineData("man-66-ckd-egfr40.json", null, "CKD_CAUTION", "", "", "")]
    [InlineData("woman-70-above-upper-limits.json", "diary-high-dairy.csv", "CALCIUM_ABOVE_UL,VITAMIN_D_ABOVE_UL", "d3,d2,calcium,calcium-carbonate,calcium-citrate", "REDUCE_VITAMIN_D", "")]
    [InlineData("woman-50-thiazide-hyperparathyroidism.json", null, "HYPERCALCAEMIA_RISK", "d3,d2,calcium,calcium-carbonate,calcium-citrate", "", "")]
    [InlineData("woman-68-alendronate.json", null, "ABSORPTION_SPACING", "", "ON_OSTEOPOROSIS_TREATMENT", "severe_osteoporosis")]
    [InlineData("woman-74-denosumab-egfr25.json", null, "DENOSUMAB_HYPOCALCAEMIA_RISK,CKD_CAUTION", "d3,d2,calcium,calcium-carbonate,calcium-citrate", "SEE_CLINICIAN_PROMPTLY,ON_OSTEOPOROSIS_TREATMENT", "severe_osteoporosis")]
    public void Each_example_runs_and_shows_its_key_facts(string profile, string? diary, string findings, string formsNotPlanned, string recommendations, string category)
    {
        var root = Json(profile, diary);
        if (category.StartsWith("z:", StringComparison.Ordinal))
        {
            Assert.Equal("z_score", root.GetProperty("densitometry").GetProperty("basis").GetString());
            Assert.Equal(category[2..], root.GetProperty("densitometry").GetProperty("zScoreCategory").GetString());
        }
        else if (category.Length > 0)
        {
            Assert.Equal(category, root.GetProperty("densitometry").GetProperty("whoCategory").GetString());
        }

        foreach (var code in Split(findings))
        {
            Assert.Contains(code, Codes(root));
        }

        foreach (var form in Split(formsNotPlanned))
        {
            Assert.DoesNotContain(form, Forms(root));
        }

        var recommended = root.GetProperty("recommendations").EnumerateArray().Select(r => r.GetProperty("code").GetString()).ToList();
        foreach (var code in Split(recommendations))
        {
            Assert.Contains(code, recommended);
        }

        // Every finding, planned supplement and recommendation carries citations, and the text report runs too.
        Assert.All(root.GetProperty("findings").EnumerateArray(), f => Assert.NotEqual(0, f.GetProperty("citations").GetArrayLength()));
        Assert.All(root.GetProperty("plan").GetProperty("supplements").EnumerateArray(), s => Assert.NotEqual(0, s.GetProperty("citations").GetArrayLength()));
        Assert.All(root.GetProperty("recommendations").EnumerateArray(), r => Assert.NotEqual(0, r.GetProperty("citations").GetArrayLength()));
        var text = Run([Path.Combine(Examples, profile), .. diary is null ? Array.Empty<string>() : ["--diary", Path.Combine(Examples, diary)]]);
        Assert.Equal(0, text.Exit);
        Assert.True(text.Output.IndexOf("SAFETY", StringComparison.Ordinal) < text.Output.IndexOf("FRACTURE RISK", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bmi_below_qfractures_range_gets_the_risk_at_bmi_20_labelled_an_underestimate()
    {
        // 54 kg at 168 cm: BMI 54 / 1.68² = 19.13 kg/m², below QFracture-2012's 20–40: computed at 20 and said so.
        var risk = Json("woman-45-coeliac-bruising.json").GetProperty("fractureRisk");
        Assert.Empty(risk.GetProperty("notApplicable").EnumerateArray());
        var q = risk.GetProperty("qfracture");
        Assert.True(q.GetProperty("majorOsteoporoticPercent").GetDouble() > 0);
        var bound = q.GetProperty("bmiOutsideRange");
        Assert.Equal(19.13, bound.GetProperty("givenBmi").GetDouble(), 2);
        Assert.Equal(20, bound.GetProperty("computedAtBmi").GetDouble());
        Assert.Equal("probably an underestimate", bound.GetProperty("estimate").GetString());
        Assert.Equal("BMI 19.13 is below the model's range (20–40); risk computed at BMI 20, probably an underestimate.", bound.GetProperty("note").GetString());
        Assert.Contains(risk.GetProperty("notes").EnumerateArray(), n => n.GetString() == bound.GetProperty("note").GetString());
    }

    [Fact]
    public void A_profile_with_a_dxa_is_told_the_scan_is_done_not_to_get_one()
    {
        var advice = Json("woman-67-falls-parental-osteoporosis.json").GetProperty("fractureRisk").GetProperty("screeningAdvice");
        Assert.True(advice.GetProperty("dxaDone").GetBoolean());
        Assert.StartsWith("A DXA scan has already been done", advice.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(advice.GetProperty("followUp").GetString()));

        var noDxa = Json("woman-74-warfarin-af.json").GetProperty("fractureRisk").GetProperty("screeningAdvice");
        Assert.False(noDxa.GetProperty("dxaDone").GetBoolean());
        Assert.Equal(JsonValueKind.Null, noDxa.GetProperty("followUp").ValueKind);
    }

    [Fact]
    public void The_text_report_puts_its_sections_in_order()
    {
        var (exit, output, error) = Run(Path.Combine(Examples, "woman-55-osteopenia-omeprazole-levothyroxine.json"), "--diary", Path.Combine(Examples, "diary-high-dairy.csv"));
        Assert.True(exit == 0, error);
        string[] sections = ["SAFETY", "FRACTURE RISK", "DENSITOMETRY", "INTAKE", "SUPPLEMENT PLAN", "RECOMMENDATIONS", "SOURCES"];
        var positions = sections.Select(s => output.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("ABSORPTION_SPACING", output, StringComparison.Ordinal);
        Assert.Contains("informs and does not diagnose", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_report_numbers_its_sources_as_the_json_lists_them()
    {
        const string Example = "woman-74-warfarin-af.json";
        var (exit, output, error) = Run(Path.Combine(Examples, Example));
        Assert.True(exit == 0, error);
        var sources = Json(Example).GetProperty("sources").EnumerateArray().Select(c => c.GetProperty("authors").GetString()!).ToList();
        Assert.True(sources.Count > 10, $"only {sources.Count} sources");

        var split = output.LastIndexOf("SOURCES", StringComparison.Ordinal);
        var (body, list) = (output[..split], output[split..]);
        for (var i = 0; i < sources.Count; i++)
        {
            var authors = sources[i];
            Assert.Contains($"[{i + 1}] {authors[..Math.Min(authors.Length, 12)]}", list, StringComparison.Ordinal);
        }

        Assert.DoesNotContain($"[{sources.Count + 1}] ", list, StringComparison.Ordinal);
        var cited = System.Text.RegularExpressions.Regex.Matches(body, @"\[(\d+(?:, \d+)*)\]")
            .SelectMany(m => m.Groups[1].Value.Split(", ")).Select(int.Parse).ToList();
        Assert.NotEmpty(cited);
        Assert.All(cited, n => Assert.InRange(n, 1, sources.Count));
    }

    [Fact]
    public void Every_example_profile_is_covered_by_a_test()
    {
        var covered = typeof(AssessCommandTests).GetMethod(nameof(Each_example_runs_and_shows_its_key_facts))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).First()[0]).ToHashSet();
        Assert.All(Directory.GetFiles(Examples, "*.json").Select(Path.GetFileName), f => Assert.Contains(f!, covered));
    }

    [Fact]
    public void Pdf_writes_the_clinician_report_whole_and_nothing_else_beside_it()
    {
        var folder = Path.Combine(catalogue.Directory, "pdf-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, "report.pdf");
        var (exit, _, error) = Run(Path.Combine(Examples, "woman-74-warfarin-af.json"), "--json", "--pdf", target);
        Assert.True(exit == 0, error);
        var bytes = File.ReadAllBytes(target);
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
        Assert.Contains("%%EOF", System.Text.Encoding.ASCII.GetString(bytes[^32..]), StringComparison.Ordinal);
        Assert.Equal([target], System.IO.Directory.GetFiles(folder));
    }

    /// <summary>The profile's name and birth date head the PDF; the --json output (the assessment document) has neither.</summary>
    [Fact]
    public void Pdf_names_the_person_from_the_profile_and_the_json_does_not()
    {
        var target = Path.Combine(catalogue.Directory, "named-" + Guid.NewGuid().ToString("N") + ".pdf");
        var (exit, output, error) = Run(Profile("""{ "person": { "sex": "female", "birthDate": "1950-03-02", "name": " Ada Lovelace " } }"""), "--json", "--pdf", target);
        Assert.True(exit == 0, error);
        var today = DateOnly.FromDateTime(DateTime.Now);
        var age = today.Year - 1950 - (today < new DateOnly(today.Year, 3, 2) ? 1 : 0);
        var text = PdfText.Body(File.ReadAllBytes(target));
        Assert.Contains($"Name: Ada Lovelace · Date of birth: 1950-03-02 ({age} years)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Lovelace", output, StringComparison.Ordinal);
        Assert.DoesNotContain("1950-03-02", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_into_a_missing_folder_exits_1_and_leaves_nothing()
    {
        var target = Path.Combine(catalogue.Directory, "no-such-folder-" + Guid.NewGuid().ToString("N"), "report.pdf");
        var (exit, _, error) = Run(Path.Combine(Examples, "woman-74-warfarin-af.json"), "--json", "--pdf", target);
        Assert.Equal(1, exit);
        Assert.Contains("error: cannot write PDF", error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void A_refused_profile_writes_no_pdf()
    {
        var target = Path.Combine(catalogue.Directory, "refused-" + Guid.NewGuid().ToString("N") + ".pdf");
        var (exit, _, _) = Run(Profile("""{ "person": { "sex": "female", "age": 12 } }"""), "--pdf", target);
        Assert.Equal(2, exit);
        Assert.False(File.Exists(target));
    }

    private static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries);

    private static List<string> Codes(JsonElement root) => [.. root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()!)];

    private static List<string> Forms(JsonElement root) => [.. root.GetProperty("plan").GetProperty("supplements").EnumerateArray().Select(s => s.GetProperty("form").GetString()!)];

    private static JsonElement Finding(JsonElement root, string code) => root.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("code").GetString() == code);

    private static JsonElement Nutrient(JsonElement root, string token) => root.GetProperty("intake").GetProperty("nutrients").EnumerateArray().Single(n => n.GetProperty("nutrient").GetString() == token);

    private JsonElement Json(string profile, string? diary = null)
    {
        string[] args = [Path.Combine(Examples, profile), "--json", .. diary is null ? Array.Empty<string>() : ["--diary", Path.Combine(Examples, diary)]];
        var (exit, output, error) = Run(args);
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private string Profile(string json)
    {
        var path = Path.Combine(catalogue.Directory, $"profile-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    private (int Exit, string Output, string Error) Run(params string[] args) =>
        CliRunner.Run(["assess", .. args, "--database", catalogue.Database]);

    /// <summary>Human text speaks words, not input tokens or markup escapes.</summary>
    [Fact]
    public void The_text_report_names_supplements_and_risk_factors_in_words()
    {
        var (exit, output, error) = Run(Path.Combine(Examples, "man-80-care-home-hip-fracture.json"));
        Assert.True(exit == 0, error);
        Assert.Contains("man, 80 years; BMI 21.0 kg/m²; white; smoking: former; alcohol: none; risk factors: care home, dementia, falls, prior fracture", output, StringComparison.Ordinal);
        Assert.Contains("Take vitamin D3 20 µg a day", output, StringComparison.Ordinal);
        Assert.Contains("Take calcium carbonate giving 1,000 mg of elemental calcium a day", output, StringComparison.Ordinal);
        Assert.Contains("QFracture-2012: risk within 10 years [1, 2, 3]", output, StringComparison.Ordinal);
        Assert.DoesNotContain("[[", output, StringComparison.Ordinal);
        foreach (var token in new[] { "k2-mk7", "calcium-carbonate", " ug ", "care_home", "prior_fracture" })
        {
            Assert.DoesNotContain(token, output, StringComparison.Ordinal);
        }
    }
}
