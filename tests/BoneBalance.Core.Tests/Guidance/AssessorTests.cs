using System.Globalization;
using System.Text;
using BoneBalance.Core.Densitometry;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Measures;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using BoneBalance.Core.Tests.FractureRisk;
using BoneBalance.Core.Validation;
using static BoneBalance.TestSupport.GuidanceFixtures;

namespace BoneBalance.Core.Tests.Guidance;

public class AssessorTests
{
    public static TheoryData<int> ReferenceRows()
    {
        var rows = new TheoryData<int>();
        foreach (var v in QFractureReferenceVectors.All
                     .Where(v => v.Valid && v.Input.Years == 10 && v.Input.AgeYears >= PersonProfile.MinimumAge)
                     .Take(12))
        {
            rows.Add(v.RowId);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(ReferenceRows))]
    public void QFracture_in_the_assessment_matches_ClinRisk_reference_vectors(int rowId)
    {
        var v = QFractureReferenceVectors.All.Single(r => r.RowId == rowId);
        var person = PersonProfile.Create(
            v.Input.AgeYears, v.Input.Sex, v.Input.Sex == Sex.Male ? MenopausalStatus.NotApplicable : MenopausalStatus.Unknown,
            bodyMassIndex: BodyMassIndex.FromKilogramsPerSquareMetre(v.Input.BodyMassIndex),
            ethnicity: v.Input.Ethnicity, smoking: v.Input.Smoking, alcohol: v.Input.Alcohol, riskFactors: v.Input.Factors);

        var q = Assess(new AssessmentInput(person)).FractureRisk.QFracture!.Value;

        Assert.Equal(v.MajorOsteoporoticPercent, q.MajorOsteoporoticPercent, 8);
        Assert.Equal(v.HipPercent, q.HipPercent, 8);
        Assert.Equal(QFracture2012.Calculate(person), q);
    }

    [Fact]
    public void QFracture_outside_its_ranges_says_why()
    {
        var young = Assess(new AssessmentInput(Woman(25))).FractureRisk;
        Assert.Null(young.QFracture);
        Assert.Contains(young.QFractureNotApplicable, e => e.Field == "age");

        var noBmi = Assess(new AssessmentInput(Woman(67, bmi: null))).FractureRisk;
        Assert.Null(noBmi.QFracture);
        Assert.Contains(noBmi.QFractureNotApplicable, e => e.Field == "bmi");
        Assert.NotEmpty(noBmi.Citations);
    }

    [Fact]
    public void Screening_and_USPSTF_advice_are_those_of_the_fracture_risk_module()
    {
        // 60-year-old postmenopausal woman, 55 kg: OST = 0.2 × (55 − 60) = −1 < 2 → USPSTF screen (grade B).
        var person = PersonProfile.Create(60, Sex.Female, MenopausalStatus.Postmenopausal, Length.FromCentimetres(160), Mass.FromKilograms(55));
        var a = Assess(new AssessmentInput(person));
        var risk = a.FractureRisk;
        Assert.Equal(ScreeningTools.All(person).Select(t => (t.Tool, t.Status, t.Score)), risk.Screening.Select(t => (t.Tool, t.Status, t.Score)));
        Assert.Equal(-1, risk.Screening.Single(t => t.Tool == ScreeningTool.Ost).Score!.Value, 9);
        Assert.Equal(UspstfRecommendation.Screen, risk.ScreeningAdvice.Recommendation);
        Assert.True(a.Has(RecommendationCodes.DxaReferral));
        Assert.Equal(UspstfOsteoporosisScreening.Advise(person).Recommendation, risk.ScreeningAdvice.Recommendation);
    }

    [Fact]
    public void Glucocorticoid_dose_times_duration_feeds_the_guideline_thresholds()
    {
        // Dexamethasone 1.5 mg/day = 10 mg prednisolone (BNF: 0.75 mg = 5 mg), 6 months: NOGG ≥ 7.5 mg for ≥ 3 months,
        // postmenopausal woman → met.
        var a = Assess(new AssessmentInput(Woman(62)) { Medications = [Med("dexamethasone", 1.5, 6)] });
        var nogg = a.FractureRisk.Thresholds.Where(t => t.Guideline.StartsWith("NOGG", StringComparison.Ordinal) && t.Criterion.Contains("lucocorticoid", StringComparison.Ordinal)).ToList();
        Assert.Contains(nogg, t => t.Status == FindingStatus.Met);
        Assert.True(a.Has(RecommendationCodes.DiscussTreatment));

        var low = Assess(new AssessmentInput(Woman(62)) { Medications = [Med("prednisolone", 2, 6)] });
        Assert.DoesNotContain(low.FractureRisk.Thresholds, t => t.Guideline.StartsWith("NOGG", StringComparison.Ordinal) && t.Criterion.Contains("lucocorticoid", StringComparison.Ordinal) && t.Status == FindingStatus.Met);
    }

    [Fact]
    public void The_latest_scan_is_interpreted_and_changes_are_compared_oldest_first()
    {
        var precision = PrecisionError.FromRmsSd(0.010);
        DxaMeasurement Neck(double bmd, DateOnly? date, PrecisionError? p = null, DxaManufacturer m = DxaManufacturer.Hologic) =>
            DxaMeasurement.Create(SkeletalSite.FemoralNeck, BoneMineralDensity.FromGramsPerSquareCentimetre(bmd), manufacturer: m, date: date, precision: p);

        var a = Assess(new AssessmentInput(Woman(67)) { Dxa = [Neck(0.700, new DateOnly(2025, 3, 1), precision), Neck(0.740, null), Neck(0.740, new DateOnly(2023, 3, 1), precision)] })
            .Densitometry!;

        Assert.Equal(new DateOnly(2025, 3, 1), a.ScanDate);
        // NHANES III femoral neck, white women: (0.700 − 0.858) / 0.120 = −1.3167 → low bone mass.
        Assert.Equal(WhoCategory.LowBoneMass, a.Latest.WhoCategory);
        Assert.Equal([null, new DateOnly(2023, 3, 1), new DateOnly(2025, 3, 1)], a.History.Select(h => h.Date));

        // Undated 0.740 → 2023 0.740 (no change) and 2023 0.740 → 2025 0.700: −0.040 ≥ LSC 2.77 × 0.010 = 0.0277.
        Assert.Equal(2, a.Changes.Count);
        Assert.Equal(0, a.Changes[0].ChangeGramsPerSquareCentimetre, 12);
        Assert.Equal(-0.040, a.Changes[1].ChangeGramsPerSquareCentimetre, 12);
        Assert.True(a.Changes[1].IsSignificantLoss);
    }

    [Fact]
    public void Scans_from_another_manufacturer_or_without_precision_are_not_compared()
    {
        var precision = PrecisionError.FromRmsSd(0.010);
        DxaMeasurement Neck(double bmd, int year, PrecisionError? p, DxaManufacturer m) =>
            DxaMeasurement.Create(SkeletalSite.FemoralNeck, BoneMineralDensity.FromGramsPerSquareCentimetre(bmd), manufacturer: m, date: new DateOnly(year, 1, 1), precision: p);

        var other = Assess(new AssessmentInput(Woman(67)) { Dxa = [Neck(0.74, 2023, precision, DxaManufacturer.GeLunar), Neck(0.70, 2025, precision, DxaManufacturer.Hologic)] });
        Assert.Empty(other.Densitometry!.Changes);
        var noPrecision = Assess(new AssessmentInput(Woman(67)) { Dxa = [Neck(0.74, 2023, null, DxaManufacturer.Hologic), Neck(0.70, 2025, null, DxaManufacturer.Hologic)] });
        Assert.Empty(noPrecision.Densitometry!.Changes);
    }

    [Fact]
    public void No_DXA_no_densitometry_and_no_diary_no_intake()
    {
        var a = Assess(new AssessmentInput(Woman()));
        Assert.Null(a.Densitometry);
        Assert.Null(a.Intake);
    }

    [Fact]
    public void Intake_counts_the_daily_supplements_on_every_diary_day()
    {
        // Two diary days of 500 g test food (500 mg calcium, 5 µg D each) + 10 µg D3 daily: average D = 5 food + 10 supplement.
        var day2 = Day.AddDays(1);
        var a = Assess(new AssessmentInput(Woman())
        {
            Diary = [DiaryEntry.InGrams(Day, TestFood, 500), DiaryEntry.InGrams(day2, TestFood, 500)],
            Supplements = [Supplement(SupplementForm.VitaminD3, 10, DoseUnit.Microgram)],
        });
        var d = a.Intake!.Average.Totals[IntakeNutrient.VitaminD];
        Assert.Equal(5, d.Food.Micrograms, 9);
        Assert.Equal(10, d.Supplements.Micrograms, 9);
        Assert.Equal(2, a.Intake.Days.Count);
    }

    [Fact]
    public void Findings_reflect_the_plan()
    {
        // A thiazide and no supplement: no hypercalcaemia finding on its own; the plan's vitamin D brings one (monitoring).
        var a = Assess(new AssessmentInput(Woman()) { Medications = [Med("hydrochlorothiazide")] });
        Assert.NotNull(a.Planned(IntakeNutrient.VitaminD));
        Assert.Contains(a.Findings, f => f.Code == SafetyFindingCodes.HypercalcaemiaRisk && f.Reason.Contains("vitamin D", StringComparison.Ordinal));
        Assert.Contains(a.Planned(IntakeNutrient.VitaminD)!.Notes, n => n.Contains("check your blood calcium", StringComparison.Ordinal));

        // The plan's own addition is a note on the plan item, not an alarm.
        Assert.False(a.Has(RecommendationCodes.SeeClinicianPromptly));
    }

    [Fact]
    public void Pregnant_man_is_refused_with_the_field()
    {
        var e = Assert.Throws<InvalidInputException>(() => Assess(new AssessmentInput(Man()) { Pregnant = true }));
        Assert.Contains(e.Errors, x => x.Field == "pregnant");
    }

    [Fact]
    public void The_same_input_gives_the_same_assessment()
    {
        AssessmentInput Input() => new(Woman(72, smoking: SmokingStatus.Light, factors: RiskFactors.Falls | RiskFactors.ParentalOsteoporosis))
        {
            Medications = [Med("omeprazole"), Med("levothyroxine"), Med("prednisolone", 5, 4)],
            Conditions = [Cond("coeliac disease")],
            Symptoms = [Symptom.Nosebleeds],
            Diary = [DiaryEntry.InGrams(Day, TestFood, 450), DiaryEntry.InGrams(Day.AddDays(1), Sr28Foods.Gouda, 30)],
            Supplements = [Supplement(SupplementForm.VitaminK2Mk7, 90, DoseUnit.Microgram)],
            Labs = LabResults.Create(vitaminD25OhNgPerMl: 16, egfr: 55),
            Dxa = [DxaMeasurement.Create(SkeletalSite.LumbarSpine, reportedTScore: -2.2)],
        };

        Assert.Equal(Render(Assess(Input())), Render(Assess(Input())));
    }

    // Everything a report shows, written out: two assessments are equal when their renderings are.
    private static string Render(Assessment a)
    {
        var s = new StringBuilder();
        s.AppendLine(CultureInfo.InvariantCulture, $"{a.FractureRisk.QFracture} {a.FractureRisk.ScreeningAdvice.Recommendation} {a.FractureRisk.ScreeningAdvice.Reason}");
        foreach (var t in a.FractureRisk.Thresholds)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"{t.Guideline}|{t.Criterion}|{t.Status}|{t.Reason}");
        }

        s.AppendLine(a.Densitometry?.Latest.Summary);
        foreach (var f in a.Findings)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"{f.Code}|{f.Severity}|{f.Message}|{f.Advice}|{f.Reason}|{string.Join(";", f.Citations)}");
        }

        foreach (var p in a.Plan.Supplements)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"{p.Form}|{p.Dose}|{p.Unit}|{p.Timing}|{p.Reason}|{p.Grade}|{string.Join(";", p.Citations)}|{string.Join(";", p.Notes)}");
        }

        foreach (var w in a.Plan.Withheld)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"{w.Nutrient}|{w.FindingCode}|{w.Reason}|{string.Join(";", w.Citations)}");
        }

        foreach (var r in a.Recommendations)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"{r.Code}|{r.Category}|{r.Priority}|{r.Title}|{r.Advice}|{r.Reason}|{r.Grade}|{string.Join(";", r.Citations)}");
        }

        s.AppendLine(a.Disclaimer);
        return s.ToString();
    }
}
