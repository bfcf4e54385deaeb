using BoneBalance.Core.FractureRisk;

namespace BoneBalance.Core.Safety;

/// <summary>Treatments that change bone: GLUCOCORTICOID_BONE_LOSS and HORMONAL_TREATMENT (each hormonal class named in its text).</summary>
public sealed partial class SafetyCheck
{
    /// <summary>Shortest course that counts, months. ACR 2022 applies to ≥ 2.5 mg/day for more than 3 months; BoneBalance
    /// warns from 3 months (including a planned 3-month course) so a person at the edge is not missed.</summary>
    public const double GlucocorticoidMinimumMonths = GuidelineThresholds.Acr.MinimumMonthsExclusive;

    private static void Glucocorticoids(Context c, List<SafetyFinding> findings)
    {
        // Courses of ≥ 3 months that are each below 2.5 mg/day, in prednisolone equivalents: together they may reach it.
        var belowThreshold = new List<(string Description, double Equivalent)>();
        var anyWarned = false;
        foreach (var (medication, entry, description) in c.Taking(DrugClass.Glucocorticoid))
        {
            var perMilligram = entry.PrednisoloneEquivalentPerMilligram;
            List<Evidence.Citation> citations = [GuidelineThresholds.Acr.Citation, SafetySources.KalciposSmpc];
            if (medication.DoseMilligramsPerDay is not { } milligrams || medication.DurationMonths is not { } months || perMilligram is not { } factor)
            {
                var missing = Join(new[]
                {
                    medication.DoseMilligramsPerDay is null ? "the daily dose" : null,
                    medication.DurationMonths is null ? "how long it has been taken" : null,
                    perMilligram is null ? "its prednisolone equivalent" : null,
                }.OfType<string>());
                findings.Add(new(
                    SafetyFindingCodes.GlucocorticoidBoneLoss,
                    SafetySeverity.Caution,
                    $"You take {description}, a glucocorticoid. Taken at {Number(GuidelineThresholds.Acr.MinimumDailyDose)} mg a day "
                        + $"(prednisolone-equivalent) or more for {Number(GlucocorticoidMinimumMonths)} months or more, glucocorticoids "
                        + $"cause bone loss; {missing} was not given, so BoneBalance cannot tell whether that applies to you.",
                    "Give the daily dose and how long you have taken it, and ask your clinician whether you need a fracture-risk "
                        + "assessment; make sure you get enough calcium and vitamin D.",
                    $"{description}: {missing} not given",
                    citations));
                continue;
            }

            var equivalent = milligrams * factor;
            var exposure = GlucocorticoidExposure.Create(equivalent, months);
            if (exposure.DurationMonths < GlucocorticoidMinimumMonths)
            {
                continue;
            }

            if (exposure.PrednisoloneEquivalentMilligramsPerDay < GuidelineThresholds.Acr.MinimumDailyDose)
            {
                belowThreshold.Add((description, exposure.PrednisoloneEquivalentMilligramsPerDay));
                continue;
            }

            anyWarned = true;

            if (entry.Generic != "prednisolone" && entry.Generic != "prednisone")
            {
                citations.Add(SafetySources.BnfCorticosteroidEquivalence);
                citations.Add(SafetySources.PrednisoloneLabelEquivalence);
            }

            var conversion = factor == 1 ? string.Empty : $" = {Number(exposure.PrednisoloneEquivalentMilligramsPerDay)} mg prednisolone-equivalent";
            findings.Add(new(
                SafetyFindingCodes.GlucocorticoidBoneLoss,
                SafetySeverity.Warning,
                $"You take {description} at {Number(milligrams)} mg a day{conversion} for {Number(months)} months. At "
                    + $"{Number(GuidelineThresholds.Acr.MinimumDailyDose)} mg a day or more for {Number(GlucocorticoidMinimumMonths)} months "
                    + "or more, glucocorticoids cause bone loss and fractures, and the American College of Rheumatology advises a "
                    + "fracture-risk assessment and bone protection.",
                "Ask your clinician for a fracture-risk assessment (usually with a DXA scan) and about bone-protecting treatment; get enough "
                    + "calcium and vitamin D without going above the upper levels.",
                $"{description} {Number(milligrams)} mg/day{conversion}, {Number(months)} months",
                citations));
        }

        var combined = belowThreshold.Sum(b => b.Equivalent);
        if (!anyWarned && belowThreshold.Count > 1 && combined >= GuidelineThresholds.Acr.MinimumDailyDose)
        {
            var parts = Join(belowThreshold.Select(b => $"{b.Description} {Number(b.Equivalent)} mg"));
            findings.Add(new(
                SafetyFindingCodes.GlucocorticoidBoneLoss,
                SafetySeverity.Warning,
                $"Together your glucocorticoids come to {Number(combined)} mg a day prednisolone-equivalent for {Number(GlucocorticoidMinimumMonths)} "
                    + $"months or more. At {Number(GuidelineThresholds.Acr.MinimumDailyDose)} mg a day or more, glucocorticoids cause bone loss "
                    + "and fractures, and the American College of Rheumatology advises a fracture-risk assessment and bone protection.",
                "Ask your clinician for a fracture-risk assessment (usually with a DXA scan) and about bone-protecting treatment; get enough "
                    + "calcium and vitamin D without going above the upper levels.",
                $"combined {Number(combined)} mg/day prednisolone-equivalent: {parts}",
                Cite(GuidelineThresholds.Acr.Citation, SafetySources.KalciposSmpc, SafetySources.BnfCorticosteroidEquivalence, SafetySources.PrednisoloneLabelEquivalence)));
        }
    }

    private static void HormonalTreatments(Context c, List<SafetyFinding> findings)
    {
        foreach (var (_, entry, description) in c.Taking(
            DrugClass.HormonalTreatment, DrugClass.MenopausalHormoneTherapy, DrugClass.SelectiveEstrogenReceptorModulator,
            DrugClass.AromataseInhibitor, DrugClass.GonadotropinReleasingHormoneAnalogue, DrugClass.DepotMedroxyprogesterone))
        {
            var (message, citations) = entry.Class switch
            {
                DrugClass.AromataseInhibitor => (
                    $"You take {description}, an aromatase inhibitor. It lowers oestrogen, which speeds up bone loss and raises the risk of fractures.",
                    Cite(SafetySources.Lee2020, SafetySources.Panday2014)),
                DrugClass.GonadotropinReleasingHormoneAnalogue => (
                    $"You take {description}, a hormone treatment that lowers sex hormones (oestrogen or testosterone), which causes bone loss.",
                    Cite(SafetySources.Panday2014)),
                DrugClass.DepotMedroxyprogesterone => (
                    $"You take {description}, the contraceptive injection. Its label warns that it causes loss of bone density, more the longer "
                        + "it is used, and that the loss may not be fully reversible.",
                    Cite(SafetySources.DepoProveraLabel, SafetySources.Panday2014)),
                _ => (
                    $"You take {description}, a hormonal treatment. Hormonal treatments change how fast bone is lost — aromatase inhibitors "
                        + "speed it up, and oestrogen therapy is one of the factors fracture-risk models take into account.",
                    Cite(SafetySources.Lee2020, SafetySources.HippisleyCox2012)),
            };
            findings.Add(new(
                SafetyFindingCodes.HormonalTreatment,
                SafetySeverity.Caution,
                message,
                "Discuss your bone health with the clinician who prescribes it before adding or changing supplements; the right bone "
                    + "plan depends on this treatment.",
                $"{description} is a hormonal treatment",
                citations));
        }
    }
}
