namespace BoneBalance.Core.Safety;

/// <summary>
/// MEDICINE_AFFECTS_BONE: everyday medicines linked with bone loss or fractures that no other rule covers — SSRIs,
/// thiazolidinediones, anticonvulsants, heparins and proton-pump inhibitors. One finding per medicine, always
/// <see cref="SafetySeverity.Caution"/>: the person is told that it is no reason to stop the medicine and to tell the
/// clinician who assesses their bones.
/// </summary>
/// <remarks>
/// Glucocorticoids, hormonal treatments and the osteoporosis medicines have rules or plans of their own and are not
/// covered here. Of the acid suppressants only the proton-pump inhibitors are: the FDA 2010 communication is about them,
/// and H2 blockers keep only the plan's calcium-citrate choice (as all acid suppressants do).
/// </remarks>
public sealed partial class SafetyCheck
{
    /// <summary>The anticonvulsants that induce liver enzymes and so speed up the breakdown of vitamin D: the cytochrome P450
    /// inducers phenytoin, carbamazepine, phenobarbital and primidone (Pack 2003; Panday 2014). Oxcarbazepine, a weaker
    /// inducer not on that list, is left out.</summary>
    private static readonly string[] EnzymeInducingAnticonvulsants = ["phenytoin", "carbamazepine", "phenobarbital", "primidone"];

    private static void BoneMedicines(Context c, List<SafetyFinding> findings)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, entry, description) in c.Taking(
            DrugClass.SelectiveSerotoninReuptakeInhibitor, DrugClass.Thiazolidinedione, DrugClass.Anticonvulsant, DrugClass.Heparin,
            DrugClass.AcidSuppressant))
        {
            if (entry.Class == DrugClass.AcidSuppressant && !IsProtonPumpInhibitor(entry))
            {
                continue;
            }

            // One finding per medicine, even when it is listed twice (by brand and by generic name).
            if (!seen.Add(entry.Generic))
            {
                continue;
            }

            var inducer = entry.Class == DrugClass.Anticonvulsant && Array.IndexOf(EnzymeInducingAnticonvulsants, entry.Generic) >= 0;
            var (what, link, group, citations) = entry.Class switch
            {
                DrugClass.SelectiveSerotoninReuptakeInhibitor => (
                    "an antidepressant of the SSRI group",
                    "SSRI antidepressants are linked with bone loss and a higher risk of fractures.",
                    "an SSRI",
                    Cite(SafetySources.Panday2014, SafetySources.HippisleyCox2012)),
                DrugClass.Thiazolidinedione => (
                    "a diabetes medicine of the glitazone group (thiazolidinedione)",
                    "Glitazones are linked with a higher risk of fractures.",
                    "a thiazolidinedione",
                    Cite(SafetySources.Panday2014)),
                DrugClass.Anticonvulsant => (
                    "an anticonvulsant (a medicine for epilepsy, nerve pain or mood)",
                    "Anticonvulsants are linked with bone loss and a higher risk of fractures."
                        + (inducer ? " This one also speeds up the breakdown of vitamin D in the body, so it can lower your vitamin D level." : string.Empty),
                    inducer ? "an enzyme-inducing anticonvulsant" : "an anticonvulsant",
                    inducer
                        ? Cite(SafetySources.Panday2014, SafetySources.HippisleyCox2012, SafetySources.Pack2003)
                        : Cite(SafetySources.Panday2014, SafetySources.HippisleyCox2012)),
                DrugClass.Heparin => (
                    "a heparin (a blood-thinning injection)",
                    "Used for a long time, heparin can cause bone loss.",
                    "a heparin",
                    Cite(SafetySources.Panday2014)),
                _ => (
                    "a stomach-acid medicine (proton-pump inhibitor)",
                    "Taken at high doses or for a year or more, these medicines are linked with a higher risk of hip, wrist and spine fractures.",
                    "a proton-pump inhibitor",
                    Cite(SafetySources.FdaPpiFractures2010, SafetySources.Panday2014)),
            };
            findings.Add(new(
                SafetyFindingCodes.MedicineAffectsBone,
                SafetySeverity.Caution,
                $"You take {description}, {what}. {link} This is not a reason to stop it: never stop or change a prescribed medicine on your own.",
                $"Keep taking {description} as prescribed, and tell the clinician who assesses your bones that you take it, so it is "
                    + "counted in your fracture risk."
                    + (inducer ? $" Ask them whether your vitamin D level should be checked while you take {description}." : string.Empty),
                $"{description} is {group}",
                citations));
        }
    }

    /// <summary>True for a proton-pump inhibitor: the WHO INN stem "-prazole" (benzimidazole antiulcer agents), ATC A02BC.</summary>
    internal static bool IsProtonPumpInhibitor(MedicationEntry entry) =>
        entry.Generic.EndsWith("prazole", StringComparison.Ordinal)
        || entry.AtcCodes.Any(a => a.StartsWith("A02BC", StringComparison.OrdinalIgnoreCase));
}
