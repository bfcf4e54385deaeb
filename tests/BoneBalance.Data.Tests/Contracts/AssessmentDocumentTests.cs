using System.Text.Json;
using BoneBalance.Core.Densitometry;
using BoneBalance.Core.Evidence;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Measures;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using BoneBalance.Data.Contracts;

namespace BoneBalance.Data.Tests.Contracts;

/// <summary>
/// The assessment JSON for a hand-built <see cref="Assessment"/> (the Core parts computed by Core, the findings, plan and
/// recommendations written here): every section present, camelCase names, tokens, rounding and citation objects.
/// </summary>
public sealed class AssessmentDocumentTests
{
    private static readonly Citation Source = new("Test Author A", "A test source", "Journal of Tests 1:1-2", 2020, "https://example.org/test");

    // 120 mg calcium per 100 g, nothing else analysed.
    private static readonly Food Yoghurt = new(
        "usda:99001", "Yoghurt, test", "Dairy and Egg Products", null,
        [NutrientValue.Analysed(Nutrient.Calcium, 120, new ValueSource(ValueSource.UsdaSr28, "1", "Analytical"))],
        [new Portion(1, 1, "cup", 245)]);

    [Fact]
    public void A_hand_built_assessment_is_written_in_the_contract_shape()
    {
        using var document = JsonDocument.Parse(AssessmentDocument.ToJson(HandBuilt()));
        var root = document.RootElement;
        Assert.Equal(
            ["person", "fractureRisk", "densitometry", "intake", "findings", "plan", "recommendations", "sources", "disclaimer"],
            root.EnumerateObject().Select(p => p.Name));

        var person = root.GetProperty("person");
        Assert.Equal("female", person.GetProperty("sex").GetString());
        Assert.Equal(67, person.GetProperty("age").GetInt32());
        Assert.Equal("postmenopausal", person.GetProperty("menopausalStatus").GetString());
        Assert.Equal(21.5, person.GetProperty("bmi").GetDouble()); // 55 / 1.6² = 21.484… → 21.5
        Assert.Equal(["falls", "parental_osteoporosis"], person.GetProperty("riskFactors").EnumerateArray().Select(e => e.GetString()));

        var risk = root.GetProperty("fractureRisk");
        var q = risk.GetProperty("qfracture");
        Assert.Equal(10, q.GetProperty("years").GetInt32());
        // The hand-built QFracture result: 12.35 % rounds half away from zero to 12.4; 0.0123 % keeps two significant digits.
        Assert.Equal(12.4, q.GetProperty("majorOsteoporoticPercent").GetDouble());
        Assert.Equal(0.012, q.GetProperty("hipPercent").GetDouble());
        Assert.Equal(0, risk.GetProperty("notApplicable").GetArrayLength());
        Assert.Equal(["prednisone counted as regular oral corticosteroids"], risk.GetProperty("notes").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(22, risk.GetProperty("frax").GetProperty("mofPercent").GetDouble());
        Assert.Equal(3.5, risk.GetProperty("frax").GetProperty("hipPercent").GetDouble());
        Assert.False(risk.GetProperty("frax").GetProperty("glucocorticoidAdjusted").GetBoolean());
        var tools = risk.GetProperty("screening");
        Assert.Equal(["ost", "orai", "score", "osiris"], tools.EnumerateArray().Select(t => t.GetProperty("tool").GetString()));
        // OST = 0.2 × (weight − age) = 0.2 × (55 − 67) = −2.4 (Koh 2001).
        Assert.Equal(-2.4, tools[0].GetProperty("score").GetDouble(), 9);
        Assert.Equal("scored", tools[0].GetProperty("status").GetString());
        var advice = risk.GetProperty("screeningAdvice");
        Assert.Equal("screen", advice.GetProperty("recommendation").GetString()); // a woman of 65 or over
        Assert.Equal("B", advice.GetProperty("grade").GetString());
        var threshold = risk.GetProperty("thresholds")[0];
        Assert.Contains(threshold.GetProperty("status").GetString(), new[] { "met", "not_met", "not_applicable", "cannot_evaluate" });
        Assert.Equal(1, threshold.GetProperty("citations").GetArrayLength());

        var dxa = root.GetProperty("densitometry");
        Assert.Equal("2025-01-10", dxa.GetProperty("scanDate").GetString());
        Assert.Equal("t_score", dxa.GetProperty("basis").GetString());
        Assert.Equal("femoral_neck", dxa.GetProperty("diagnosticSite").GetString());
        // NHANES III femoral neck, women 20–29: (0.620 − 0.858) / 0.120 = −1.983333…: low bone mass, written to 6 decimals.
        Assert.Equal("low_bone_mass", dxa.GetProperty("whoCategory").GetString());
        var site = dxa.GetProperty("sites")[0];
        Assert.Equal(0.62, site.GetProperty("bmd").GetDouble());
        Assert.Equal(-1.983333, site.GetProperty("tScore").GetDouble());
        Assert.Equal("computed_from_bmd", site.GetProperty("tScoreOrigin").GetString());
        var change = dxa.GetProperty("changes")[0];
        // 0.620 − 0.650 = −0.030 g/cm² (−4.6 %); LSC = 2.77 × 0.012 = 0.03324: not significant.
        Assert.Equal(-0.03, change.GetProperty("change").GetDouble());
        Assert.Equal(-4.6, change.GetProperty("changePercent").GetDouble());
        Assert.Equal(0.03324, change.GetProperty("leastSignificantChange").GetDouble());
        Assert.Equal("decrease", change.GetProperty("direction").GetString());
        Assert.False(change.GetProperty("significant").GetBoolean());
        Assert.Equal(2, dxa.GetProperty("history").GetArrayLength());

        var intake = root.GetProperty("intake");
        Assert.Equal(1, intake.GetProperty("daysLogged").GetInt32());
        var calcium = intake.GetProperty("nutrients")[0];
        Assert.Equal("calcium", calcium.GetProperty("nutrient").GetString());
        Assert.Equal("mg", calcium.GetProperty("unit").GetString());
        // 500 g × 120 mg/100 g = 600 mg food + 1250 mg carbonate × 40 % = 500 mg supplement = 1100 mg a day.
        Assert.Equal(1100, calcium.GetProperty("average").GetDouble());
        Assert.Equal(600, calcium.GetProperty("food").GetDouble());
        Assert.Equal(500, calcium.GetProperty("supplements").GetDouble());
        // IOM 2011, women 51–70: RDA 1,200 mg, UL 2,000 mg; 1100 / 1200 = 91.7 % → 92.
        Assert.Equal(1200, calcium.GetProperty("target").GetDouble());
        Assert.Equal("rda", calcium.GetProperty("kind").GetString());
        Assert.Equal(2000, calcium.GetProperty("upperLimit").GetDouble());
        Assert.Equal(92, calcium.GetProperty("percentOfTarget").GetDouble());
        Assert.False(calcium.GetProperty("aboveUpperLimit").GetBoolean());
        Assert.Equal("usda:99001", calcium.GetProperty("topContributors")[0].GetProperty("foodId").GetString());
        Assert.Equal(100, calcium.GetProperty("topContributors")[0].GetProperty("sharePercent").GetDouble());
        Assert.Equal(100, calcium.GetProperty("gap").GetProperty("shortfall").GetDouble());
        var vitaminK = intake.GetProperty("nutrients")[6];
        Assert.Equal("vitamin_k_total", vitaminK.GetProperty("nutrient").GetString());
        Assert.Equal("ai", vitaminK.GetProperty("kind").GetString());
        Assert.Equal(90, vitaminK.GetProperty("target").GetDouble()); // IOM 2001 AI, women 19+
        Assert.Equal(JsonValueKind.Null, vitaminK.GetProperty("upperLimit").ValueKind); // no UL set: null, never 0
        Assert.False(string.IsNullOrEmpty(vitaminK.GetProperty("upperLimitNote").GetString()));
        var k1 = intake.GetProperty("nutrients")[2];
        Assert.Equal(JsonValueKind.Null, k1.GetProperty("target").ValueKind);
        Assert.True(k1.GetProperty("isLowerBound").GetBoolean()); // the test food has no K1 value: not zero

        var finding = Assert.Single(root.GetProperty("findings").EnumerateArray());
        Assert.Equal("VKA_VITAMIN_K", finding.GetProperty("code").GetString());
        Assert.Equal("contraindicated_without_supervision", finding.GetProperty("severity").GetString());
        Assert.Equal(["code", "severity", "message", "advice", "reason", "citations"], finding.EnumerateObject().Select(p => p.Name));
        var citation = finding.GetProperty("citations")[0];
        Assert.Equal(["authors", "title", "source", "year", "url"], citation.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2020, citation.GetProperty("year").GetInt32());

        var plan = root.GetProperty("plan");
        var d3 = plan.GetProperty("supplements")[0];
        Assert.Equal("d3", d3.GetProperty("form").GetString());
        Assert.Equal(800, d3.GetProperty("dose").GetDouble());
        Assert.Equal("iu", d3.GetProperty("unit").GetString());
        Assert.Equal(20, d3.GetProperty("amount").GetProperty("value").GetDouble()); // 800 IU ÷ 40
        Assert.Equal("ug", d3.GetProperty("amount").GetProperty("unit").GetString());
        Assert.Equal("vitamin_d", d3.GetProperty("nutrient").GetString());
        Assert.Equal("B", d3.GetProperty("evidenceGrade").GetString());
        Assert.Equal("with a meal that contains fat", d3.GetProperty("timing").GetString());
        Assert.Equal(["form", "nutrient", "dose", "unit", "amount", "timing", "reason", "evidenceGrade", "citations", "notes"], d3.EnumerateObject().Select(p => p.Name));
        var citrate = plan.GetProperty("supplements")[1];
        Assert.Equal("calcium-citrate", citrate.GetProperty("form").GetString());
        Assert.Equal("mg", citrate.GetProperty("unit").GetString());
        Assert.Equal(100, citrate.GetProperty("amount").GetProperty("value").GetDouble());
        var withheld = Assert.Single(plan.GetProperty("withheld").EnumerateArray());
        Assert.Equal("mk7plus", withheld.GetProperty("nutrient").GetString());
        Assert.Equal("VKA_VITAMIN_K", withheld.GetProperty("findingCode").GetString());
        Assert.Equal(["Food first."], plan.GetProperty("notes").EnumerateArray().Select(e => e.GetString()));

        var recommendation = Assert.Single(root.GetProperty("recommendations").EnumerateArray());
        Assert.Equal("DXA_REFERRAL", recommendation.GetProperty("code").GetString());
        Assert.Equal("next_step", recommendation.GetProperty("category").GetString());
        Assert.Equal("high", recommendation.GetProperty("priority").GetString());
        Assert.Equal("C", recommendation.GetProperty("evidenceGrade").GetString());

        // Each citation once: the test source is cited by the finding, the plan and the recommendation.
        var sources = root.GetProperty("sources").EnumerateArray().Select(c => c.GetProperty("title").GetString()).ToList();
        Assert.Single(sources, t => t == Source.Title);
        Assert.Equal(sources.Count, sources.Distinct().Count());
        Assert.Equal("Informs; does not diagnose.", root.GetProperty("disclaimer").GetString());
    }

    [Fact]
    public void Missing_parts_are_null_not_empty_objects()
    {
        var assessment = HandBuilt() with { Densitometry = null, Intake = null };
        using var document = JsonDocument.Parse(AssessmentDocument.ToJson(assessment));
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("densitometry").ValueKind);
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("intake").ValueKind);
    }

    [Fact]
    public void A_model_that_does_not_apply_says_which_field_and_range()
    {
        var assessment = HandBuilt();
        assessment = assessment with
        {
            FractureRisk = assessment.FractureRisk with
            {
                QFracture = null,
                QFractureNotApplicable = [new Core.Validation.FieldError("bmi", "45", "20 to 40 kg/m²")],
            },
        };
        using var document = JsonDocument.Parse(AssessmentDocument.ToJson(assessment));
        var risk = document.RootElement.GetProperty("fractureRisk");
        Assert.Equal(JsonValueKind.Null, risk.GetProperty("qfracture").ValueKind);
        var reason = Assert.Single(risk.GetProperty("notApplicable").EnumerateArray());
        Assert.Equal("bmi", reason.GetProperty("field").GetString());
        Assert.Equal("45", reason.GetProperty("value").GetString());
        Assert.Equal("20 to 40 kg/m²", reason.GetProperty("validRange").GetString());
    }

    [Fact]
    public void A_score_is_not_rounded_across_its_cut_off()
    {
        // A reported T-score of −2.46 is low bone mass (osteoporosis is T ≤ −2.5); to 0.1 it would print −2.5.
        var assessment = HandBuilt();
        var site = DxaMeasurement.Create(SkeletalSite.LumbarSpine, reportedTScore: -2.46);
        var latest = DensitometryInterpretation.Interpret(assessment.Person, [site]);
        assessment = assessment with { Densitometry = new DensitometryAssessment(null, latest, [], [site]) };
        using var document = JsonDocument.Parse(AssessmentDocument.ToJson(assessment));
        var dxa = document.RootElement.GetProperty("densitometry");
        Assert.Equal("low_bone_mass", dxa.GetProperty("whoCategory").GetString());
        Assert.Equal(-2.46, dxa.GetProperty("sites")[0].GetProperty("tScore").GetDouble());
        Assert.Equal(-2.46, dxa.GetProperty("lowestCentralTScore").GetDouble());
        Assert.Equal(JsonValueKind.Null, dxa.GetProperty("scanDate").ValueKind);
    }

    [Theory]
    [InlineData(SafetySeverity.Info, "info")]
    [InlineData(SafetySeverity.Caution, "caution")]
    [InlineData(SafetySeverity.Warning, "warning")]
    [InlineData(SafetySeverity.ContraindicatedWithoutSupervision, "contraindicated_without_supervision")]
    public void Severities_are_snake_tokens(SafetySeverity severity, string token) =>
        Assert.Equal(token, AssessmentDocument.Token(severity));

    internal static Assessment HandBuilt()
    {
        var person = PersonProfile.Create(67, Sex.Female, MenopausalStatus.Postmenopausal, Length.FromCentimetres(160), Mass.FromKilograms(55),
            riskFactors: RiskFactors.Falls | RiskFactors.ParentalOsteoporosis);
        var earlier = DxaMeasurement.Create(SkeletalSite.FemoralNeck, BoneMineralDensity.FromGramsPerSquareCentimetre(0.65), date: new DateOnly(2023, 1, 12), precision: PrecisionError.FromRmsSd(0.012));
        var later = DxaMeasurement.Create(SkeletalSite.FemoralNeck, BoneMineralDensity.FromGramsPerSquareCentimetre(0.62), date: new DateOnly(2025, 1, 10), precision: PrecisionError.FromRmsSd(0.012));
        var latest = DensitometryInterpretation.Interpret(person, [later]);
        var comparison = LeastSignificantChange.Compare(earlier, later, PrecisionError.FromRmsSd(0.012));
        var day = new DateOnly(2026, 1, 5);
        var intake = IntakeAnalysis.Analyse(
            [DiaryEntry.InGrams(day, Yoghurt, 500)],
            [SupplementEntry.Create(day, SupplementForm.CalciumCarbonate, 1250, DoseUnit.Milligram)],
            person,
            DietaryReferenceIntakeFile.LoadShipped(),
            [Yoghurt]);
        var risk = new FractureRiskAssessment(
            new QFractureResult(12.35, 0.0123, 10),
            [],
            ScreeningTools.All(person),
            UspstfOsteoporosisScreening.Advise(person),
            TreatmentThresholds.Evaluate(new TreatmentThresholdInput(person, latest, new FraxResult(22, 3.5))),
            QFracture2012.CitationsFor(Sex.Female))
        {
            Notes = ["prednisone counted as regular oral corticosteroids"],
            Frax = new FraxResult(22, 3.5),
        };
        var plan = new SupplementPlan(
            [
                new PlannedSupplement(SupplementForm.VitaminD3, 800, DoseUnit.InternationalUnit, NutrientAmount.FromVitaminDInternationalUnits(800),
                    "with a meal that contains fat", "your diet gives little vitamin D", EvidenceGrade.B, [Source], []),
                new PlannedSupplement(SupplementForm.CalciumCitrate, 100, DoseUnit.Milligram, NutrientAmount.FromMilligrams(100),
                    "with a meal", "100 mg short of the RDA", EvidenceGrade.B, [Source], ["elemental calcium"]),
            ],
            [new WithheldSupplement(IntakeNutrient.LongChainMenaquinones, "you take warfarin", SafetyFindingCodes.VkaVitaminK, [Source])],
            ["Food first."]);
        return new Assessment(
            person,
            risk,
            new DensitometryAssessment(later.Date, latest, [comparison], [earlier, later]),
            intake,
            [new SafetyFinding(SafetyFindingCodes.VkaVitaminK, SafetySeverity.ContraindicatedWithoutSupervision, "Vitamin K with warfarin", "Do not start", "warfarin + k2-mk7", [Source])],
            plan,
            [new Recommendation("DXA_REFERRAL", RecommendationCategory.NextStep, RecommendationPriority.High, "Ask for a DXA scan", "Ask", "You are 67", EvidenceGrade.C, [Source])],
            "Informs; does not diagnose.");
    }
}
