namespace BoneBalance.Core.Safety;

/// <summary>Absorption: ABSORPTION_SPACING and FAT_SOLUBLE_MALABSORPTION.</summary>
public sealed partial class SafetyCheck
{
    private static void AbsorptionSpacing(Context c, List<SafetyFinding> findings)
    {
        if (!c.TakesCalcium)
        {
            return;
        }

        foreach (var (_, entry, description) in c.Taking(
            DrugClass.ThyroidHormone, DrugClass.OralBisphosphonate, DrugClass.Tetracycline, DrugClass.Quinolone, DrugClass.MineralReducedByCalcium))
        {
            // Intervals from the calcium + vitamin D SmPCs (Kalcipos-D section 4.5; calcium carbonate 500 mg, MIMS).
            var (advice, citations) = entry.Class switch
            {
                DrugClass.ThyroidHormone => ($"Take {description} and calcium at least 4 hours apart.", Cite(SafetySources.KalciposSmpc)),
                DrugClass.OralBisphosphonate => (
                    $"Take {description} first, on an empty stomach as its leaflet says, and calcium later: at least 1 hour after by one "
                        + "product's information and 3 hours by another's, so follow your bisphosphonate's leaflet.",
                    Cite(SafetySources.KalciposSmpc, SafetySources.CalciumCarbonateSmpc)),
                DrugClass.Tetracycline => ($"Take {description} at least 2 hours before, or 4 to 6 hours after, calcium.", Cite(SafetySources.KalciposSmpc)),
                DrugClass.Quinolone => (
                    $"Take {description} 2 hours before or after calcium; some quinolones' leaflets ask for longer after calcium, so follow the leaflet.",
                    Cite(SafetySources.KalciposSmpc, SafetySources.CalciumCarbonateSmpc)),
                _ => ($"Take {description} at least 2 hours before or after calcium.", Cite(SafetySources.KalciposSmpc)),
            };
            findings.Add(new(
                SafetyFindingCodes.AbsorptionSpacing,
                SafetySeverity.Caution,
                $"Calcium binds {description} in the gut, so less of it is absorbed when both are taken together.",
                advice,
                $"{description} with calcium supplements {Milligrams(c.SupplementCalcium)} a day",
                citations));
        }
    }

    private static void FatSolubleMalabsorption(Context c, List<SafetyFinding> findings)
    {
        var vka = c.Taking(DrugClass.VitaminKAntagonist).Count > 0;
        foreach (var (_, entry, description) in c.Taking(DrugClass.LipaseInhibitor, DrugClass.BileAcidSequestrant, DrugClass.MineralOil))
        {
            var inr = vka ? $" Because you also take a vitamin K antagonist, ask your anticoagulation clinic to check your INR when you start or stop {description}." : string.Empty;
            var (message, advice, citations) = entry.Class switch
            {
                DrugClass.LipaseInhibitor => (
                    $"{Capitalise(description)} blocks the absorption of fat, and with it of the fat-soluble vitamins D and K.",
                    "Take vitamin supplements at a different time of day from it (for example at bedtime).",
                    Cite(SafetySources.KalciposSmpc)),
                DrugClass.BileAcidSequestrant => (
                    $"{Capitalise(description)} binds bile acids and lowers the absorption of vitamins D and K and of other medicines taken with it.",
                    "Take supplements and other medicines at least 1 hour before or 4 hours after it; ask your clinician whether your "
                        + "vitamin D and K need checking on long-term use.",
                    Cite(SafetySources.KalciposSmpc, SafetySources.ColestipolLeaflet)),
                _ => (
                    $"{Capitalise(description)} keeps fat-soluble vitamins (D, K) in the gut, so less is absorbed.",
                    "Avoid regular use together with vitamin supplements, and take them at different times.",
                    Cite(SafetySources.KalciposSmpc)),
            };
            findings.Add(new(SafetyFindingCodes.FatSolubleMalabsorption, SafetySeverity.Caution, message, advice + inr, $"{description} lowers fat-soluble vitamin absorption", citations));
        }

        foreach (var (condition, entry) in c.Having(ConditionClass.Malabsorption, ConditionClass.LiverDisease))
        {
            findings.Add(new(
                SafetyFindingCodes.FatSolubleMalabsorption,
                SafetySeverity.Caution,
                entry.Class == ConditionClass.LiverDisease
                    ? $"{Capitalise(condition.Name)} can reduce the bile needed to absorb fat, and with it vitamins D and K, so a deficiency is more likely."
                    : $"{Capitalise(condition.Name)} lowers the absorption of fat, and with it of vitamins D and K, so a deficiency is more likely.",
                "Ask your clinician to check your vitamin D (25-OH D) and vitamin K status; the doses you need may differ from the usual "
                    + "ones and should be set by them.",
                $"{condition.Name}{Codes(condition)}",
                Cite(SafetySources.StatPearlsVitaminKDeficiency)));
        }
    }
}
