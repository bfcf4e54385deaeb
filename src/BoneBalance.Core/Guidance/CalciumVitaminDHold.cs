using BoneBalance.Core.Evidence;
using BoneBalance.Core.Safety;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// The conditions and laboratory values for which the plan suggests neither calcium nor vitamin D, leaving both to the
/// person's specialist: the triggers of HYPERCALCAEMIA_RISK that do not depend on a supplement (known hypercalcaemia,
/// sarcoidosis or another granulomatous disease, hyperparathyroidism, a serum calcium above the reference range, a
/// 25-OH vitamin D in the toxic range), an active vitamin D medicine such as calcitriol (its label withholds other vitamin D
/// during treatment, and its prescriber sets the calcium) and severely reduced kidney function (CKD_CAUTION at Warning: stage 4–5 or eGFR
/// below 30). A thiazide alone does not hold the plan back: its finding asks for monitoring, not for no supplement.
/// Last, and weakest, a medicine the safety catalogue does not know (UNRECOGNISED_MEDICATION): it could not be checked
/// against calcium or vitamin D (digoxin and lithium once went unrecognised while vitamin D3 was planned), so the plan adds
/// no new calcium or vitamin D until a pharmacist or prescriber has reviewed it — but calcium- and vitamin D-rich food is
/// still suggested (<see cref="HoldsFood"/> is false).
/// </summary>
/// <param name="FindingCode">The safety finding code of the rule.</param>
/// <param name="Reason">Why, naming the person's own condition or value.</param>
/// <param name="Citations">The rule's sources.</param>
/// <param name="Because">What the person has, in patient words ("primary hyperparathyroidism", "a blood calcium of
/// 10.7 mg/dL"), for the intake gap's note when no calcium- or vitamin D-rich food is suggested.</param>
/// <param name="HoldsFood">Whether calcium- and vitamin D-rich foods are held back too (true for every hold but an
/// unrecognised medicine's).</param>
internal sealed record CalciumVitaminDHold(string FindingCode, string Reason, IReadOnlyList<Citation> Citations, string Because, bool HoldsFood = true)
{
    /// <summary>The hold that applies to the person, or null.</summary>
    public static CalciumVitaminDHold? For(PersonFacts facts)
    {
        var labs = facts.Input.Labs;
        var triggers = new List<string>();
        triggers.AddRange(facts.Named(ConditionClass.Hypercalcaemia));
        triggers.AddRange(facts.Named(ConditionClass.GranulomatousDisease));
        triggers.AddRange(facts.Named(ConditionClass.Hyperparathyroidism));
        var activeVitaminD = facts.Named(DrugClass.ActiveVitaminD);
        triggers.AddRange(activeVitaminD);
        if (labs.CalciumMgPerDl is { } calcium && calcium > SafetyCheck.SerumCalciumUpperReferenceMgPerDl)
        {
            triggers.Add($"a blood calcium of {Amounts.Number(calcium)} mg/dL");
        }

        if (labs.VitaminD25OhNgPerMl is { } level && level > SafetyCheck.VitaminDToxicityNgPerMl)
        {
            triggers.Add($"a 25-OH vitamin D of {Amounts.Number(level)} ng/mL");
        }

        if (triggers.Count > 0)
        {
            return new(
                SafetyFindingCodes.HypercalcaemiaRisk,
                $"With {Amounts.Join(triggers)}, calcium and vitamin D supplements can raise your blood calcium too high; take them only if your specialist advises them and checks your calcium.",
                activeVitaminD.Count > 0
                    ? [SafetySources.MarcinowskaSuchowierska2018, SafetySources.MedlinePlusCalcium, SafetySources.RocaltrolLabel]
                    : [SafetySources.MarcinowskaSuchowierska2018, SafetySources.MedlinePlusCalcium],
                Amounts.Join(triggers));
        }

        var kidney = new List<string>();
        kidney.AddRange(facts.Named(ConditionClass.AdvancedChronicKidneyDisease));
        if (labs.Egfr is { } egfr && egfr < SafetyCheck.SevereCkdEgfr)
        {
            kidney.Add($"an eGFR of {Amounts.Number(egfr)} mL/min/1.73 m²");
        }

        if (kidney.Count > 0)
        {
            return new(
                SafetyFindingCodes.CkdCaution,
                $"With {Amounts.Join(kidney)} (severely reduced kidney function), calcium and vitamin D are prescribed by your kidney team, in forms and doses that differ from ordinary supplements.",
                [SafetySources.Kdigo2012],
                $"{Amounts.Join(kidney)} (severely reduced kidney function)");
        }

        return Unrecognised(facts);
    }

    // Current medicines the catalogue does not know, each named once in the order given. A stopped one is not taken
    // with the supplements (as SafetyCheck's UNRECOGNISED_MEDICATION finding also skips it).
    private static CalciumVitaminDHold? Unrecognised(PersonFacts facts)
    {
        var unknown = new List<string>();
        foreach (var (medication, entries) in facts.Identified.Medications)
        {
            if (entries.Count == 0 && !medication.Stopped && !unknown.Contains(medication.Name))
            {
                unknown.Add(medication.Name);
            }
        }

        if (unknown.Count == 0)
        {
            return null;
        }

        var names = Amounts.Join(unknown);
        return new(
            SafetyFindingCodes.UnrecognisedMedication,
            $"BoneBalance does not know {names}, so it could not check {(unknown.Count == 1 ? "it" : "them")} against calcium and vitamin D: the plan adds no new "
                + $"calcium or vitamin D until a pharmacist or the prescriber has reviewed {names} with you. Keep taking what you already take as agreed with them; "
                + "calcium and vitamin D from food are fine.",
            [SafetySources.KalciposSmpc],
            $"{names} (not yet checked against calcium and vitamin D)",
            HoldsFood: false);
    }
}
