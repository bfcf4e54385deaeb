using BoneBalance.Core.Measures;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using static BoneBalance.TestSupport.TestCatalogue;

namespace BoneBalance.Core.Tests.Safety;

public class SafetyCheckTests
{
    /// <summary>A person who triggers every code at once.</summary>
    private static SafetyInput Everything() => new(SafetyPerson.Create(16, Sex.Female, pregnant: true))
    {
        Medications =
        [
            Med("warfarin"), Med("Eliquis"), Med("hydrochlorothiazide"), Med("Synthroid"), Med("Xenical"), Med("prednisone", 10, 6),
            Med("anastrozole"), Med("sertraline"), Med("Zapzorvimab 10 mg"), Med("Prolia"),
        ],
        Conditions = [Cond("sarcoidosis"), Cond("kidney stones"), Cond("CKD"), Cond("made-up syndrome"), Cond("end-stage renal disease")],
        Symptoms = [Symptom.Nosebleeds],
        Supplements = [Mk7(180), Calcium(3500), VitaminD(150)],
        VitaminKFoodDays = VitaminKFoods.Days([DiaryEntry.InGrams(new(2026, 11, 17), Sr28Foods.Natto, 45)], new(2026, 11, 16), new(2026, 11, 22)),
    };

    [Fact]
    public void Every_code_can_be_triggered_and_every_finding_carries_citations_advice_and_a_reason()
    {
        var findings = Evaluate(Everything());

        // VKA_KEEP_VITAMIN_K_STEADY is the VKA finding when no vitamin K is taken and the diary is steady, so it cannot
        // appear beside VKA_VITAMIN_K or VKA_VITAMIN_K_FOOD; DENOSUMAB_STOPPED cannot appear beside denosumab taken now
        // (DENOSUMAB_HYPOCALCAEMIA_RISK), so it is triggered on its own. INR_HIGH_WITHOUT_ANTICOAGULANT needs no vitamin K
        // antagonist and POSTMENOPAUSAL_BLEEDING a postmenopausal woman, neither of which this pregnant 16-year-old on
        // warfarin is: both are triggered in SafetyCheckRedFlagsTests.
        var expected = SafetyFindingCodes.All
            .Where(c => c is not (SafetyFindingCodes.VkaKeepVitaminKSteady or SafetyFindingCodes.DenosumabStopped
                or SafetyFindingCodes.InrHighWithoutAnticoagulant or SafetyFindingCodes.PostmenopausalBleeding))
            .Order();
        Assert.Equal(expected, findings.Select(f => f.Code).Distinct().Order());
        var stopped = Evaluate(new(Woman()) { Medications = [Medication.Create("denosumab", status: MedicationStatus.Stopped)] });
        Assert.Equal([SafetyFindingCodes.DenosumabStopped], stopped.Select(f => f.Code));
        findings = [.. findings, .. stopped];
        Assert.All(findings, f =>
        {
            Assert.NotEmpty(f.Citations);
            Assert.False(string.IsNullOrWhiteSpace(f.Message));
            Assert.False(string.IsNullOrWhiteSpace(f.Advice));
            Assert.False(string.IsNullOrWhiteSpace(f.Reason));
        });
    }

    [Fact]
    public void Findings_come_most_severe_first_then_in_code_order()
    {
        var findings = Evaluate(Everything());
        for (var i = 1; i < findings.Count; i++)
        {
            Assert.True(findings[i - 1].Severity >= findings[i].Severity, $"{findings[i - 1].Code} before {findings[i].Code}");
        }

        Assert.Equal(SafetyFindingCodes.VkaVitaminK, findings[0].Code);
    }

    [Fact]
    public void Evaluation_is_deterministic()
    {
        Assert.Equal(Evaluate(Everything()), Evaluate(Everything()), new FindingComparer());
    }

    [Fact]
    public void An_unrecognised_medication_is_reported_by_name_and_code()
    {
        var medication = Medication.Create("Zapzorvimab", rxNormCode: "999999");
        var finding = Assert.Single(Evaluate(new(Woman()) { Medications = [medication] }).With(SafetyFindingCodes.UnrecognisedMedication));
        Assert.Equal(SafetySeverity.Info, finding.Severity);
        Assert.Contains("'Zapzorvimab' (RxNorm 999999)", finding.Reason);
    }

    [Fact]
    public void A_recognised_medication_is_not_reported_as_unrecognised()
    {
        Assert.Empty(Evaluate(new(Woman()) { Medications = [Med("Fosamax")] }).With(SafetyFindingCodes.UnrecognisedMedication));
    }

    [Fact]
    public void An_unrecognised_condition_is_reported_and_a_recognised_one_is_not()
    {
        Assert.Single(Evaluate(new(Woman()) { Conditions = [Cond("made-up syndrome")] }).With(SafetyFindingCodes.UnrecognisedCondition));
        Assert.Empty(Evaluate(new(Woman()) { Conditions = [Condition.Create("Osteoporosis (disorder)", "64859006")] }).With(SafetyFindingCodes.UnrecognisedCondition));
    }

    [Fact]
    public void A_healthy_adult_with_modest_supplements_has_no_findings()
    {
        var input = new SafetyInput(Woman(60))
        {
            Supplements = [Calcium(500), VitaminD(20), Mk7(180)],
            TotalCalciumIntake = NutrientAmount.FromMilligrams(1300),
            TotalVitaminDIntake = NutrientAmount.FromMicrograms(25),
            Labs = LabResults.Create(vitaminD25OhNgPerMl: 30, calciumMgPerDl: 9.5, egfr: 85),
        };
        Assert.Empty(Evaluate(input));
    }

    [Fact]
    public void Every_code_is_distinct_and_upper_snake_case()
    {
        Assert.Equal(SafetyFindingCodes.All.Count, SafetyFindingCodes.All.Distinct().Count());
        Assert.All(SafetyFindingCodes.All, c => Assert.Matches("^[A-Z0-9]+(_[A-Z0-9]+)*$", c));
    }

    private sealed class FindingComparer : IEqualityComparer<SafetyFinding>
    {
        public bool Equals(SafetyFinding? x, SafetyFinding? y) =>
            x is not null && y is not null && x.Code == y.Code && x.Severity == y.Severity && x.Message == y.Message
            && x.Advice == y.Advice && x.Reason == y.Reason && x.Citations.SequenceEqual(y.Citations);

        public int GetHashCode(SafetyFinding obj) => obj.Code.GetHashCode(StringComparison.Ordinal);
    }
}
