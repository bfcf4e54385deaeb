namespace BoneBalance.Core.Safety;

/// <summary>Vitamin K and anticoagulants: VKA_VITAMIN_K, VKA_VITAMIN_K_FOOD, VKA_KEEP_VITAMIN_K_STEADY,
/// DOAC_NO_VITAMIN_K_INTERACTION (how the VKA codes coexist: <see cref="SafetyFindingCodes.VkaVitaminKFood"/>).</summary>
public sealed partial class SafetyCheck
{
    private static void Anticoagulants(Context c, List<SafetyFinding> findings)
    {
        var vkas = c.Taking(DrugClass.VitaminKAntagonist);
        if (vkas.Count > 0)
        {
            var names = Join(vkas.Select(v => v.Description).Distinct());
            var inr = c.Input.Labs.Inr is { } value ? $"; latest INR {Number(value)}" : string.Empty;
            var supplements = c.VitaminKSupplements;
            var food = VitaminKFood(c, names, inr);
            if (food is not null)
            {
                findings.Add(food);
            }

            if (supplements.Count > 0 || c.Input.LargeChangeInVitaminKFoods)
            {
                var triggers = supplements.Select(s => s.ToString()).ToList();
                if (c.Input.LargeChangeInVitaminKFoods)
                {
                    triggers.Add("a large change in vitamin K-rich foods");
                }

                List<Evidence.Citation> citations = [SafetySources.Theuwissen2013, SafetySources.Schurgers2004];
                if (supplements.Any(s => s.Ingredient == SupplementIngredient.Menaquinone4))
                {
                    citations.Add(SafetySources.GlakayLabel);
                }

                findings.Add(new(
                    SafetyFindingCodes.VkaVitaminK,
                    SafetySeverity.ContraindicatedWithoutSupervision,
                    $"Vitamin K works against {names}. Extra vitamin K — a K1 or K2 supplement, or eating much more or much less "
                        + "leafy greens or natto — lowers your INR and weakens your protection against clots. In studies even 10–20 µg "
                        + "of vitamin K2 (MK-7) a day changed the INR.",
                    "Do not start, stop or change a vitamin K supplement, and do not change your vitamin K-rich foods a lot, without your "
                        + "prescriber or anticoagulation clinic; if it cannot be avoided, they will check your INR more often. "
                        + "BoneBalance's plan contains no vitamin K supplement for you.",
                    $"{names} with {Join(triggers)}{inr}",
                    citations));
            }
            else if (food is null)
            {
                findings.Add(new(
                    SafetyFindingCodes.VkaKeepVitaminKSteady,
                    SafetySeverity.Info,
                    $"You take {names}, a vitamin K antagonist. Vitamin K from food is fine: keep the amount steady from week to week "
                        + "rather than avoiding it.",
                    "Do not take vitamin K supplements (K1 or K2) unless your anticoagulation clinic agrees, and tell the clinic before "
                        + "changing your diet a lot. Your INR checks go on as planned.",
                    $"{names}, no vitamin K supplement{inr}",
                    Cite(SafetySources.Schurgers2004, SafetySources.Theuwissen2013)));
            }
        }

        foreach (var (_, _, description) in c.Taking(DrugClass.DirectOralAnticoagulant))
        {
            findings.Add(new(
                SafetyFindingCodes.DoacNoVitaminKInteraction,
                SafetySeverity.Info,
                $"{Capitalise(description)} does not work through vitamin K, so vitamin K from food or supplements does not weaken it, "
                    + "and no INR checks are needed because of vitamin K.",
                $"You do not need to avoid vitamin K-rich foods or a vitamin K2 supplement because of {description}. Keep taking it exactly "
                    + "as prescribed, and ask your pharmacist about other medicines and herbal products, which can interact with it in other ways.",
                $"{description} is a direct oral anticoagulant",
                Cite(SafetySources.Mekaj2015)));
        }
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
