using BoneBalance.Core.People;

namespace BoneBalance.Core.Safety;

/// <summary>
/// Red flags that need a clinician soon, whatever the supplements: INR_HIGH_WITHOUT_ANTICOAGULANT and
/// POSTMENOPAUSAL_BLEEDING; and the medicines that can themselves raise blood calcium, which the high-calcium finding of
/// HYPERCALCAEMIA_RISK names as possible causes whether or not supplements are taken.
/// </summary>
public sealed partial class SafetyCheck
{
    /// <summary>INR above which the INR of a person taking no vitamin K antagonist counts as raised. MedlinePlus gives 0.8–1.1
    /// as normal without blood thinners (<see cref="RedFlagSources.MedlinePlusInr"/>), and laboratories' upper limits range
    /// from 1.1 to 1.3; 1.2, the middle of them, is BoneBalance's choice, so that a value above it is above the range at most
    /// laboratories while an INR of 1.2 alone — within the range at many — raises no alarm.</summary>
    public const double InrUpperReference = 1.2;

    /// <summary>Age from which NICE NG12 advises an urgent suspected-cancer referral for postmenopausal bleeding (under it,
    /// it advises considering one; <see cref="RedFlagSources.NiceNg12"/>). Also the age from which a woman of unknown
    /// menopausal status who reports menstrual-type bleeding is taken to be postmenopausal.</summary>
    public const int PostmenopausalBleedingReferralAge = 55;

    private static void RedFlags(Context c, List<SafetyFinding> findings)
    {
        InrHigh(c, findings);
        PostmenopausalBleeding(c, findings);
    }

    private static void InrHigh(Context c, List<SafetyFinding> findings)
    {
        if (c.Input.Labs.Inr is not { } inr || inr <= InrUpperReference || c.Taking(DrugClass.VitaminKAntagonist).Count > 0)
        {
            return;
        }

        var doacs = c.Taking(DrugClass.DirectOralAnticoagulant).Select(d => d.Description).Distinct().ToList();
        var causes = new List<string>();
        causes.AddRange(c.Having(ConditionClass.LiverDisease, ConditionClass.Malabsorption).Select(h => h.Condition.Name));
        causes.AddRange(c.Taking(DrugClass.LipaseInhibitor, DrugClass.BileAcidSequestrant, DrugClass.MineralOil).Select(m => m.Description));
        causes.AddRange(c.Taking(DrugClass.Tetracycline, DrugClass.Quinolone, DrugClass.OtherAntibiotic).Select(m => $"{m.Description} (antibiotic)"));
        causes = [.. causes.Distinct()];
        var bleeding = c.Input.Symptoms.Count > 0;

        var message = $"Your INR, {Number(inr)}, is above the normal range (about 0.8–1.2 for people who take no blood thinner; your laboratory's "
            + "range may differ slightly). A raised INR means the blood clots more slowly than it should";
        message += doacs.Count > 0
            ? $". {Capitalise(Join(doacs))} can raise the INR a little, but the INR does not measure its effect, so a raised value still needs "
                + "to be explained: it can also come from vitamin K deficiency or liver disease."
            : ". Without a blood thinner such as warfarin it is a key sign of vitamin K deficiency or of liver disease, and it needs to be "
                + "looked at the same day.";
        if (causes.Count > 0)
        {
            message += $" Vitamin K deficiency is more likely with {Join(causes)}.";
        }

        // With bleeding signs, VITAMIN_K_DEFICIENCY_SIGNS already says when to get urgent care.
        var urgent = bleeding ? string.Empty : "Get urgent care if you bleed heavily or the bleeding will not stop. ";
        var advice = doacs.Count > 0
            ? $"Tell the prescriber of {Join(doacs)} about this INR within the next few days, so they can decide whether it needs checking. {urgent}"
                + "Never stop a prescribed medicine on your own, and do not start vitamin K on your own."
            : $"Contact your clinician today to have the INR rechecked and its cause found. {urgent}Do not start vitamin K on your own: "
                + "the cause needs to be found first.";
        var reason = $"INR {Number(inr)} (above {Number(InrUpperReference)}), no vitamin K antagonist"
            + (doacs.Count > 0 ? $"; taking {Join(doacs)} (direct oral anticoagulant)" : string.Empty)
            + (causes.Count > 0 ? $"; possible causes: {Join(causes)}" : string.Empty);
        findings.Add(new(
            SafetyFindingCodes.InrHighWithoutAnticoagulant,
            doacs.Count > 0 ? SafetySeverity.Caution : SafetySeverity.Warning,
            message,
            advice,
            reason,
            doacs.Count > 0
                ? Cite(RedFlagSources.MedlinePlusInr, SafetySources.StatPearlsVitaminKDeficiency, RedFlagSources.Ofek2017)
                : Cite(RedFlagSources.MedlinePlusInr, SafetySources.StatPearlsVitaminKDeficiency)));
    }

    private static void PostmenopausalBleeding(Context c, List<SafetyFinding> findings)
    {
        if (!c.Input.Symptoms.Contains(Symptom.HeavyMenstrualBleeding) || !IsPostmenopausal(c.Person))
        {
            return;
        }

        var age = c.Person.AgeYears;
        var referral = age >= PostmenopausalBleedingReferralAge
            ? "UK guidance (NICE) advises that women of 55 or over with bleeding after the menopause are referred urgently, to be seen within two weeks."
            : "UK guidance (NICE) advises doctors to consider an urgent referral, to be seen within two weeks.";
        findings.Add(new(
            SafetyFindingCodes.PostmenopausalBleeding,
            SafetySeverity.Warning,
            "You reported heavy menstrual bleeding, but you are past the menopause: any vaginal bleeding after the menopause needs to be "
                + "checked by a doctor. Most often the cause is not serious, but it can be an early sign of cancer of the womb, which is "
                + "why it is checked quickly. It is a reason to be seen of its own, apart from vitamin K.",
            // VITAMIN_K_DEFICIENCY_SIGNS, always given with it, says when to get urgent care.
            $"Book an appointment with your GP or gynaecologist now, within days rather than at your next routine visit. {referral}",
            $"heavy menstrual bleeding reported by a postmenopausal woman aged {age}"
                + (c.Person.Profile?.MenopausalStatus is MenopausalStatus.Postmenopausal ? string.Empty : " (menopausal status not stated; taken as postmenopausal from age 55)"),
            Cite(RedFlagSources.NiceNg12)));
    }

    /// <summary>A woman who is postmenopausal as stated, or whose status is not stated and who is
    /// <see cref="PostmenopausalBleedingReferralAge"/> or older (a perimenopausal woman is not: irregular and heavy
    /// bleeding belongs to the transition).</summary>
    internal static bool IsPostmenopausal(SafetyPerson person) =>
        person.Sex == Sex.Female
        && (person.Profile?.MenopausalStatus ?? MenopausalStatus.Unknown) switch
        {
            MenopausalStatus.Postmenopausal => true,
            MenopausalStatus.Unknown => person.AgeYears >= PostmenopausalBleedingReferralAge,
            _ => false,
        };

    /// <summary>The medicines taken that can themselves raise blood calcium — a thiazide (the kidneys keep calcium), lithium
    /// (overactive parathyroid glands), an active vitamin D such as calcitriol — each described once, with why, in the order
    /// given; empty when none.</summary>
    private static List<string> MedicinesRaisingCalcium(Context c)
    {
        var medicines = new List<string>();
        foreach (var (_, entry, description) in c.Taking(DrugClass.ThiazideDiuretic, DrugClass.Lithium, DrugClass.ActiveVitaminD))
        {
            var why = entry.Class switch
            {
                DrugClass.ThiazideDiuretic => "a thiazide: the kidneys keep more calcium",
                DrugClass.Lithium => "it can make the parathyroid glands overactive",
                _ => "an active form of vitamin D",
            };
            var text = $"{description} ({why})";
            if (!medicines.Contains(text))
            {
                medicines.Add(text);
            }
        }

        return medicines;
    }

    /// <summary>The sources of <see cref="MedicinesRaisingCalcium"/> for the medicines taken: the Kalcipos-D SmPC for a thiazide,
    /// Kovacs 2022 for lithium, the Rocaltrol label for an active vitamin D.</summary>
    private static List<Evidence.Citation> MedicinesRaisingCalciumSources(Context c)
    {
        var sources = new List<Evidence.Citation>();
        foreach (var (_, entry, _) in c.Taking(DrugClass.ThiazideDiuretic, DrugClass.Lithium, DrugClass.ActiveVitaminD))
        {
            var source = entry.Class switch
            {
                DrugClass.ThiazideDiuretic => SafetySources.KalciposSmpc,
                DrugClass.Lithium => SafetySources.Kovacs2022,
                _ => SafetySources.RocaltrolLabel,
            };
            if (!sources.Contains(source))
            {
                sources.Add(source);
            }
        }

        return sources;
    }
}
