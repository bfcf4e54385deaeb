namespace BoneBalance.Core.Safety;

/// <summary>
/// Medicines that make high blood calcium likelier or more dangerous when calcium or vitamin D is taken too: thiazides
/// and active vitamin D (<see cref="SafetySeverity.Warning"/>), lithium and digoxin (<see cref="SafetySeverity.Caution"/>),
/// all under HYPERCALCAEMIA_RISK. Calcium or vitamin D counts when it is a supplement or a medicine of the catalogue
/// (<see cref="DrugClass.CalciumSalt"/>, <see cref="DrugClass.VitaminD"/>, e.g. prescribed ergocalciferol 50,000 IU).
/// </summary>
/// <remarks>
/// Digoxin comes under HYPERCALCAEMIA_RISK rather than a code of its own: the danger is high blood calcium (it makes
/// digoxin toxic), and the advice is the same — keep to usual doses and have blood calcium checked. None of these
/// medicines alone is a finding: the rule is about the combination (lithium's and calcitriol's own monitoring covers
/// blood calcium).
/// </remarks>
public sealed partial class SafetyCheck
{
    private static void MedicineHypercalcaemia(Context c, List<SafetyFinding> findings)
    {
        var medicines = c.Taking(DrugClass.ThiazideDiuretic, DrugClass.ActiveVitaminD, DrugClass.Lithium, DrugClass.CardiacGlycoside);
        if (medicines.Count == 0)
        {
            return;
        }

        var taken = CalciumOrVitaminDTaken(c);
        if (taken.Count == 0)
        {
            return;
        }

        var with = Join(taken);
        foreach (var (_, entry, description) in medicines)
        {
            var (severity, message, advice, citations) = entry.Class switch
            {
                DrugClass.ThiazideDiuretic => (
                    SafetySeverity.Warning,
                    $"{Capitalise(description)} makes the kidneys keep calcium. Together with calcium or vitamin D supplements this "
                        + "can raise the calcium in your blood too high.",
                    "Ask your clinician to check your blood calcium regularly while you take both, and do not take high-dose vitamin D "
                        + "or large calcium doses without their supervision.",
                    Cite(SafetySources.KalciposSmpc, SafetySources.CalciumCarbonateSmpc)),
                DrugClass.ActiveVitaminD => (
                    SafetySeverity.Warning,
                    $"{Capitalise(description)} is an active form of vitamin D. Together with other vitamin D or calcium it can raise the "
                        + "calcium in your blood too high.",
                    $"Do not take other vitamin D, or more calcium than your prescriber advises, while you take {description}; agree "
                        + "every calcium and vitamin D product with them, and have your blood calcium checked as they plan.",
                    Cite(SafetySources.RocaltrolLabel)),
                DrugClass.Lithium => (
                    SafetySeverity.Caution,
                    $"{Capitalise(description)} can raise the calcium in your blood over the years, by making the parathyroid glands "
                        + "overactive. Calcium and vitamin D supplements add to it.",
                    "Make sure your blood calcium is checked with your lithium monitoring, and agree calcium and vitamin D doses with "
                        + "your prescriber.",
                    Cite(SafetySources.Kovacs2022)),
                _ => (
                    SafetySeverity.Caution,
                    $"High blood calcium makes {description} more likely to cause dangerous heart-rhythm problems, and calcium and "
                        + "vitamin D supplements can raise blood calcium.",
                    $"Keep calcium and vitamin D to usual doses and tell the prescriber of {description} that you take them; they may "
                        + "check your blood calcium and heart rhythm (ECG).",
                    Cite(SafetySources.KalciposSmpc, SafetySources.RocaltrolLabel)),
            };
            findings.Add(new(SafetyFindingCodes.HypercalcaemiaRisk, severity, message, advice, $"{description} with {with}", citations));
        }
    }

    /// <summary>The calcium and vitamin D supplements, then the calcium and vitamin D medicines, in words.</summary>
    private static List<string> CalciumOrVitaminDTaken(Context c)
    {
        var taken = new List<string>();
        foreach (var s in c.Input.Supplements)
        {
            if (IsCalciumOrD(s))
            {
                taken.Add(s.ToString());
            }
        }

        var supplements = taken.Count;
        foreach (var (_, _, description) in c.Taking(DrugClass.CalciumSalt, DrugClass.VitaminD))
        {
            if (taken.IndexOf(description, supplements) < 0)
            {
                taken.Add(description);
            }
        }

        return taken;
    }
}
