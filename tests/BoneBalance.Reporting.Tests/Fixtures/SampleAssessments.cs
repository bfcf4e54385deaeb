using BoneBalance.Core.Densitometry;
using BoneBalance.Core.Evidence;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Measures;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;

namespace BoneBalance.Reporting.Tests.Fixtures;

/// <summary>
/// Assessments assembled by hand from Core's own functions (QFracture, screening, DXA interpretation, LSC, treatment
/// thresholds, intake analysis) while <see cref="Assessor.Assess"/> is being written; the safety finding, plan and
/// recommendations are written out here with Core's citations.
/// </summary>
internal static class SampleAssessments
{
    public static readonly DateOnly FirstScan = new(2022, 3, 1);
    public static readonly DateOnly SecondScan = new(2024, 3, 1);

    /// <summary>A woman of 67, 160 cm, 55 kg, with falls (the README's sample: QFracture MOF 9.6234 %, hip 3.2180 %),
    /// taking warfarin and MK-7, two DXA scans of the lumbar spine and femoral neck, and a three-day diary.</summary>
    public static Assessment WarfarinWithK2()
    {
        var person = PersonProfile.Create(67, Sex.Female, MenopausalStatus.Postmenopausal,
            Length.FromCentimetres(160), Mass.FromKilograms(55), riskFactors: RiskFactors.Falls);
        var precision = PrecisionError.FromRmsSd(0.010);
        var history = new List<DxaMeasurement>
        {
            DxaMeasurement.Create(SkeletalSite.LumbarSpine, Bmd(0.900), -1.8, manufacturer: DxaManufacturer.Hologic, date: FirstScan, precision: precision),
            DxaMeasurement.Create(SkeletalSite.FemoralNeck, Bmd(0.700), manufacturer: DxaManufacturer.Hologic, date: FirstScan, precision: precision),
            DxaMeasurement.Create(SkeletalSite.LumbarSpine, Bmd(0.850), -2.2, manufacturer: DxaManufacturer.Hologic, date: SecondScan, precision: precision),
            DxaMeasurement.Create(SkeletalSite.FemoralNeck, Bmd(0.690), manufacturer: DxaManufacturer.Hologic, date: SecondScan, precision: precision),
        };
        var latest = DensitometryInterpretation.Interpret(person, [.. history.Where(m => m.Date == SecondScan)]);
        var changes = new List<ScanComparison>
        {
            LeastSignificantChange.Compare(history[0], history[2], precision),
            LeastSignificantChange.Compare(history[1], history[3], precision),
        };
        var densitometry = new DensitometryAssessment(SecondScan, latest, changes, history);
        // She has had DXA scans: the tools and the USPSTF advice say so, as FractureRiskAssessor does.
        var (tools, advice) = FollowUpDxa.After(UspstfOsteoporosisScreening.Advise(person).ToolResults, UspstfOsteoporosisScreening.Advise(person), SecondScan);
        var risk = new FractureRiskAssessment(
            QFracture2012.Calculate(person),
            [],
            tools,
            advice,
            TreatmentThresholds.Evaluate(new TreatmentThresholdInput(person, latest)),
            QFracture2012.CitationsFor(Sex.Female));
        var day1 = new DateOnly(2026, 1, 5);
        var intake = IntakeAnalysis.Analyse(
            [
                DiaryEntry.InGrams(day1, Sr28Foods.KaleRaw, 100),
                DiaryEntry.InMeasure(day1, Sr28Foods.WholeMilk, 2, "cup"),
                DiaryEntry.InMeasure(day1.AddDays(1), Sr28Foods.Natto, 1, "cup"),
                DiaryEntry.InMeasure(day1.AddDays(2), Sr28Foods.Egg, 2, "large"),
            ],
            [SupplementEntry.Create(day1.AddDays(1), SupplementForm.VitaminK2Mk7, 180, DoseUnit.Microgram)],
            person, Sr28Foods.Intakes, Sr28Foods.Catalogue);
        return new Assessment(person, risk, densitometry, intake, [VkaFinding()], Plan(), Recommendations(),
            "BoneBalance informs; it does not diagnose or prescribe.");
    }

    /// <summary>The same person with no DXA and no diary, and no QFracture (as if outside its ranges).</summary>
    public static Assessment Minimal()
    {
        var full = WarfarinWithK2();
        var risk = full.FractureRisk with
        {
            QFracture = null,
            QFractureNotApplicable = [new Core.Validation.FieldError("bmi", "45", "20 to 40 kg/m²")],
        };
        return full with { FractureRisk = risk, Densitometry = null, Intake = null, Findings = [], Recommendations = [] };
    }

    public static SafetyFinding VkaFinding() => new(
        SafetyFindingCodes.VkaVitaminK,
        SafetySeverity.ContraindicatedWithoutSupervision,
        "Vitamin K works against warfarin.",
        "Do not start, stop or change a vitamin K supplement without your anticoagulation clinic.",
        "warfarin with k2-mk7 180 µg/day",
        [SafetySources.Theuwissen2013, SafetySources.Schurgers2004]);

    public static SupplementPlan Plan() => new(
        [
            new PlannedSupplement(SupplementForm.VitaminD3, 15, DoseUnit.Microgram, NutrientAmount.FromMicrograms(15),
                "with a meal that contains fat", "Your diary averages below the RDA of 15 µg.", EvidenceGrade.B,
                [DietaryReferenceSources.Iom2011], ["600 IU"]),
        ],
        [
            new WithheldSupplement(IntakeNutrient.LongChainMenaquinones, "You take warfarin: vitamin K changes your INR.",
                SafetyFindingCodes.VkaVitaminK, [SafetySources.Schurgers2004]),
        ],
        ["Food first."]);

    public static IReadOnlyList<Recommendation> Recommendations() =>
    [
        new("SEE_ANTICOAGULATION_CLINIC", RecommendationCategory.Safety, RecommendationPriority.High, "Talk to your anticoagulation clinic",
            "Tell the clinic about the MK-7 supplement before the next INR check.", "You take warfarin and MK-7.", EvidenceGrade.B,
            [SafetySources.Theuwissen2013]),
        new("FALLS_PREVENTION", RecommendationCategory.Lifestyle, RecommendationPriority.Medium, "Prevent falls",
            "Ask about a falls assessment.", "You reported falls; QFracture counts them.", EvidenceGrade.D,
            [GuidelineThresholds.Nogg.Citation]),
    ];

    private static BoneMineralDensity Bmd(double value) => BoneMineralDensity.FromGramsPerSquareCentimetre(value);
}
