using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using BoneBalance.Core.Validation;
using static BoneBalance.TestSupport.TestCatalogue;

namespace BoneBalance.Core.Tests.Safety;

/// <summary>
/// DENOSUMAB_HYPOCALCAEMIA_RISK (Prolia boxed warning 2024: eGFR &lt; 30 or dialysis; low calcium below the 8.5 mg/dL reference
/// limit; 25-OH D below the IOM's 20 ng/mL) and DENOSUMAB_STOPPED (Cummings 2018; ECTS 2021), each threshold tested on both
/// sides, and the medication status that lets a medicine be "stopped".
/// </summary>
public class SafetyCheckOsteoporosisTreatmentTests
{
    private static Medication Stopped(string name, double? monthsAgo = null) =>
        Medication.Create(name, status: MedicationStatus.Stopped, stoppedMonthsAgo: monthsAgo);

    private static IReadOnlyList<SafetyFinding> Findings(IReadOnlyList<Medication> medications, LabResults? labs = null, IReadOnlyList<Condition>? conditions = null) =>
        Evaluate(new SafetyInput(Woman(72)) { Medications = medications, Labs = labs ?? LabResults.None, Conditions = conditions ?? [] });

    [Theory]
    [InlineData(29.9, true)]
    [InlineData(30, false)]
    [InlineData(10, true)]
    [InlineData(60, false)]
    public void Denosumab_with_an_eGFR_below_30_is_a_warning(double egfr, bool expected)
    {
        var found = Findings([Med("Prolia")], LabResults.Create(egfr: egfr)).With(SafetyFindingCodes.DenosumabHypocalcaemiaRisk);
        Assert.Equal(expected, found.Count == 1);
        if (expected)
        {
            Assert.Equal(SafetySeverity.Warning, found[0].Severity);
            Assert.Contains("your kidney function is severely reduced", found[0].Message, StringComparison.Ordinal);
            Assert.Contains("label warns that with advanced kidney disease", found[0].Message, StringComparison.Ordinal);
            Assert.Contains(SafetySources.Kdigo2012, found[0].Citations);
            Assert.Contains("specialist", found[0].Advice, StringComparison.Ordinal);
            Assert.Contains(TreatmentSources.ProliaLabel, found[0].Citations);
            Assert.Contains("Prolia (denosumab)", found[0].Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("end-stage renal disease", true)]
    [InlineData("ckd stage 4", true)]
    [InlineData("chronic kidney disease", false)]
    public void Denosumab_with_advanced_kidney_disease_or_dialysis_is_a_warning(string condition, bool expected) =>
        Assert.Equal(expected, Findings([Med("denosumab")], conditions: [Cond(condition)]).With(SafetyFindingCodes.DenosumabHypocalcaemiaRisk).Count == 1);

    [Theory]
    [InlineData(8.49, true)]
    [InlineData(8.5, false)]
    [InlineData(9.4, false)]
    public void Denosumab_with_a_calcium_below_8_5_is_a_warning(double calcium, bool expected)
    {
        var found = Findings([Med("denosumab")], LabResults.Create(calciumMgPerDl: calcium)).With(SafetyFindingCodes.DenosumabHypocalcaemiaRisk);
        Assert.Equal(expected, found.Count == 1);
        if (expected)
        {
            Assert.Contains("8.49 mg/dL", found[0].Message, StringComparison.Ordinal);
            Assert.DoesNotContain("specialist", found[0].Advice, StringComparison.Ordinal);
            Assert.DoesNotContain("kidney function", found[0].Message, StringComparison.Ordinal);
            Assert.DoesNotContain("label warns", found[0].Message, StringComparison.Ordinal);
            Assert.Contains(SafetySources.MedlinePlusCalcium, found[0].Citations);
            Assert.DoesNotContain(SafetySources.Kdigo2012, found[0].Citations);
        }
    }

    [Theory]
    [InlineData(19.9, true)]
    [InlineData(20, false)]
    [InlineData(35, false)]
    public void Denosumab_with_a_vitamin_D_below_20_is_a_warning(double vitaminD, bool expected)
    {
        var found = Findings([Med("denosumab")], LabResults.Create(vitaminD25OhNgPerMl: vitaminD)).With(SafetyFindingCodes.DenosumabHypocalcaemiaRisk);
        Assert.Equal(expected, found.Count == 1);
        if (expected)
        {
            Assert.Contains("correct them first", found[0].Advice, StringComparison.Ordinal);
            Assert.Contains("your vitamin D level, 19.9 ng/mL, is below 20 ng/mL", found[0].Message, StringComparison.Ordinal);
            Assert.Contains(SafetySources.Iom2011, found[0].Citations);
            Assert.DoesNotContain(SafetySources.MedlinePlusCalcium, found[0].Citations);
        }
    }

    [Fact]
    public void Every_trigger_is_named_in_one_finding()
    {
        var found = Findings([Med("denosumab")], LabResults.Create(vitaminD25OhNgPerMl: 15, calciumMgPerDl: 8.1, egfr: 22)).With(SafetyFindingCodes.DenosumabHypocalcaemiaRisk);
        var f = Assert.Single(found);
        Assert.Contains("eGFR 22", f.Reason, StringComparison.Ordinal);
        Assert.Contains("serum calcium 8.1", f.Reason, StringComparison.Ordinal);
        Assert.Contains("25-OH vitamin D 15", f.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void No_hypocalcaemia_finding_without_denosumab_or_for_stopped_denosumab()
    {
        var labs = LabResults.Create(vitaminD25OhNgPerMl: 10, calciumMgPerDl: 8.0, egfr: 20);
        Assert.Empty(Findings([Med("alendronate")], labs).With(SafetyFindingCodes.DenosumabHypocalcaemiaRisk));
        Assert.Empty(Findings([Stopped("denosumab", 3)], labs).With(SafetyFindingCodes.DenosumabHypocalcaemiaRisk));
        Assert.Empty(Findings([Med("denosumab")]).With(SafetyFindingCodes.DenosumabHypocalcaemiaRisk));
    }

    [Fact]
    public void Stopped_denosumab_without_a_follow_on_is_a_warning()
    {
        var f = Assert.Single(Findings([Stopped("Prolia", 9)]).With(SafetyFindingCodes.DenosumabStopped));
        Assert.Equal(SafetySeverity.Warning, f.Severity);
        Assert.Contains("spine fractures", f.Message, StringComparison.Ordinal);
        Assert.Contains("9 months ago", f.Message, StringComparison.Ordinal);
        Assert.Contains("bisphosphonate", f.Advice, StringComparison.Ordinal);
        Assert.Contains(TreatmentSources.Cummings2018, f.Citations);
        Assert.Contains(TreatmentSources.Tsourdi2021, f.Citations);
    }

    [Fact]
    public void Stopped_denosumab_with_no_date_is_still_a_warning()
    {
        var f = Assert.Single(Findings([Stopped("denosumab")]).With(SafetyFindingCodes.DenosumabStopped));
        Assert.Equal(SafetySeverity.Warning, f.Severity);
        Assert.Contains("not known", f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5.9, "the next would be due at 6 months")]
    [InlineData(6, "worn off")]
    public void The_text_says_whether_the_next_injection_is_still_ahead(double monthsAgo, string expected) =>
        Assert.Contains(expected, Assert.Single(Findings([Stopped("denosumab", monthsAgo)]).With(SafetyFindingCodes.DenosumabStopped)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("alendronate")]
    [InlineData("zoledronic acid")]
    public void Stopped_denosumab_with_a_current_bisphosphonate_is_a_caution(string followOn)
    {
        var f = Assert.Single(Findings([Stopped("denosumab", 8), Med(followOn)]).With(SafetyFindingCodes.DenosumabStopped));
        Assert.Equal(SafetySeverity.Caution, f.Severity);
        Assert.Contains("follow-on", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stopped_bisphosphonate_is_no_follow_on()
    {
        var f = Assert.Single(Findings([Stopped("denosumab", 8), Stopped("alendronate", 30)]).With(SafetyFindingCodes.DenosumabStopped));
        Assert.Equal(SafetySeverity.Warning, f.Severity);
    }

    [Fact]
    public void Current_denosumab_is_not_stopped()
    {
        Assert.Empty(Findings([Med("denosumab")]).With(SafetyFindingCodes.DenosumabStopped));
        Assert.Empty(Findings([Med("Prolia"), Stopped("denosumab", 6)]).With(SafetyFindingCodes.DenosumabStopped));
    }

    [Fact]
    public void Stopped_medicines_are_not_checked_by_the_other_rules()
    {
        // Stopped warfarin with a vitamin K supplement is no interaction; a stopped unknown medicine is not reported as unknown.
        var findings = Evaluate(new SafetyInput(Woman(72)) { Medications = [Stopped("warfarin", 12), Stopped("zorblatin", 5)], Supplements = [Mk7(180)] });
        Assert.Empty(findings.With(SafetyFindingCodes.VkaVitaminK));
        Assert.Empty(findings.With(SafetyFindingCodes.UnrecognisedMedication));

        // The same medicines taken now are.
        var now = Evaluate(new SafetyInput(Woman(72)) { Medications = [Med("warfarin"), Med("zorblatin")], Supplements = [Mk7(180)] });
        Assert.Single(now.With(SafetyFindingCodes.VkaVitaminK));
        Assert.Single(now.With(SafetyFindingCodes.UnrecognisedMedication));
    }

    [Fact]
    public void Months_since_stopping_are_refused_for_a_current_medicine()
    {
        var e = Assert.Throws<InvalidInputException>(() => Medication.Create("denosumab", stoppedMonthsAgo: 3, field: "medications[0]"));
        var error = Assert.Single(e.Errors);
        Assert.Equal("medications[0].stoppedMonthsAgo", error.Field);
        Assert.Equal("3", error.Value);
        Assert.Contains("stopped", error.ValidRange, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.1, true)]
    [InlineData(0, false)]
    [InlineData(1200, false)]
    [InlineData(1200.1, true)]
    [InlineData(double.NaN, true)]
    public void Months_since_stopping_are_0_to_1200(double months, bool refused)
    {
        var create = () => Medication.Create("denosumab", field: "medications[1]", status: MedicationStatus.Stopped, stoppedMonthsAgo: months);
        if (refused)
        {
            Assert.Equal("medications[1].stoppedMonthsAgo", Assert.Single(Assert.Throws<InvalidInputException>(create).Errors).Field);
        }
        else
        {
            var m = create();
            Assert.True(m.Stopped);
            Assert.Equal(months, m.StoppedMonthsAgo);
        }
    }

    [Theory]
    [InlineData(100_000, false)]
    [InlineData(100_000.1, true)]
    public void The_largest_daily_dose_is_100000(double dose, bool refused)
    {
        var create = () => Medication.Create("x", dosePerDay: dose, doseUnit: MedicationDoseUnit.Milligram);
        if (refused)
        {
            Assert.Equal("medication.dosePerDay", Assert.Single(Assert.Throws<InvalidInputException>(create).Errors).Field);
        }
        else
        {
            Assert.Equal(dose, create().DosePerDay);
        }
    }

    [Fact]
    public void An_undefined_dose_unit_is_refused() =>
        Assert.Equal("medication.unit", Assert.Single(Assert.Throws<InvalidInputException>(() => Medication.Create("x", dosePerDay: 1, doseUnit: (MedicationDoseUnit)9)).Errors).Field);

    [Fact]
    public void A_medicine_is_current_unless_stopped()
    {
        Assert.Equal(MedicationStatus.Current, Med("denosumab").Status);
        Assert.False(Med("denosumab").Stopped);
        Assert.True(Stopped("denosumab").Stopped);
        Assert.Null(Stopped("denosumab").StoppedMonthsAgo);
        Assert.Equal("medication.status", Assert.Single(Assert.Throws<InvalidInputException>(() => Medication.Create("x", status: (MedicationStatus)7)).Errors).Field);
    }
}
