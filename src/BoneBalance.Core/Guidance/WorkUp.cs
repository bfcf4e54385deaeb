using BoneBalance.Core.Densitometry;
using BoneBalance.Core.Evidence;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// What a bone specialist expects next, as next-step recommendations (tests and conversations, each graded; none is a
/// safety finding, because none says that something the person does is unsafe):
/// <list type="bullet">
/// <item>SECONDARY_CAUSES_WORKUP — bone loss of at least the least significant change between two scans, or a Z-score of
/// −2.0 or lower (ISCD "below the expected range for age"): the laboratory tests guidelines list for other causes of bone
/// loss, with the person's own medicines to review (a TSH on levothyroxine, a long-term proton-pump inhibitor).</item>
/// <item>VERTEBRAL_FRACTURE_ASSESSMENT — ISCD 2019: T-score below −1.0 and a woman of 70 or over, a man of 80 or over, or
/// glucocorticoids of ≥ 5 mg prednisolone a day for ≥ 3 months (height loss is not asked by BoneBalance).</item>
/// <item>KIDNEY_STONE_DIET — kidney stones: keep calcium-rich food (AUA 2014: 1,000–1,200 mg a day), fluids, less salt.</item>
/// <item>PARATHYROID_REVIEW — hyperparathyroidism: the Fifth International Workshop's surgery criteria, those met and
/// those not yet known.</item>
/// <item>CKD_MINERAL_BONE_LABS — eGFR below 60 (or stage 4–5 kidney disease, or kidney disease of unknown eGFR): calcium,
/// phosphate, PTH, alkaline phosphatase and 25-OH vitamin D (KDIGO 2017).</item>
/// </list>
/// </summary>
internal static class WorkUp
{
    /// <summary>Z-score at or below which bone density is "below the expected range for age" (ISCD), which calls for a look
    /// for secondary causes: <see cref="DiagnosticThresholds.BelowExpectedRangeMaximumZScore"/> (−2.0).</summary>
    public const double LowZScore = DiagnosticThresholds.BelowExpectedRangeMaximumZScore;

    /// <summary>T-score below which vertebral fracture assessment is indicated with one more criterion (ISCD 2019: T &lt; −1.0).</summary>
    public const double VfaTScoreBelow = -1.0;

    /// <summary>Age from which a woman with T &lt; −1.0 is offered vertebral fracture assessment (ISCD 2019).</summary>
    public const int VfaWomenAge = 70;

    /// <summary>Age from which a man with T &lt; −1.0 is offered vertebral fracture assessment (ISCD 2019).</summary>
    public const int VfaMenAge = 80;

    /// <summary>Glucocorticoid dose, mg prednisolone-equivalent a day, from which … (ISCD 2019: ≥ 5 mg prednisone; prednisone and
    /// prednisolone are equivalent milligram for milligram, <see cref="SafetySources.PrednisoloneLabelEquivalence"/>).</summary>
    public const double VfaGlucocorticoidMilligrams = 5;

    /// <summary>… for at least this many months (ISCD 2019: ≥ 3 months).</summary>
    public const double VfaGlucocorticoidMonths = 3;

    /// <summary>Serum calcium above the upper reference limit, mg/dL, beyond which parathyroid surgery is indicated (Fifth
    /// International Workshop: more than 1 mg/dL above the upper limit of normal).</summary>
    public const double ParathyroidCalciumAboveUpperMgPerDl = 1.0;

    /// <summary>eGFR below which parathyroid surgery is indicated (Fifth International Workshop: &lt; 60 mL/min), and below which
    /// KDIGO 2017 monitors the CKD–mineral and bone disorder labs (G3a): <see cref="SafetyCheck.CkdEgfr"/>.</summary>
    public const double KidneyEgfr = SafetyCheck.CkdEgfr;

    /// <summary>T-score at or below which parathyroid surgery is indicated (Fifth International Workshop: ≤ −2.5).</summary>
    public const double ParathyroidTScore = -2.5;

    /// <summary>Age below which parathyroid surgery is indicated (Fifth International Workshop: under 50).</summary>
    public const int ParathyroidAgeBelow = 50;

    /// <summary>Months of proton-pump inhibitor use from which it counts as long-term (FDA 2010: a year or more).</summary>
    public const double LongTermPpiMonths = 12;

    public static IEnumerable<Recommendation> For(PersonFacts facts, DensitometryAssessment? densitometry)
    {
        if (SecondaryCauses(facts, densitometry) is { } secondary)
        {
            yield return secondary;
        }

        if (VertebralImaging(facts, densitometry) is { } vfa)
        {
            yield return vfa;
        }

        if (facts.Has(ConditionClass.KidneyStones))
        {
            yield return KidneyStoneDiet();
        }

        if (facts.Has(ConditionClass.Hyperparathyroidism))
        {
            yield return Parathyroid(facts, densitometry);
        }

        if (CkdLabs(facts) is { } ckd)
        {
            yield return ckd;
        }
    }

    private static Recommendation? SecondaryCauses(PersonFacts facts, DensitometryAssessment? densitometry)
    {
        if (densitometry is null)
        {
            return null;
        }

        var why = new List<string>();
        foreach (var change in densitometry.Changes)
        {
            if (change.IsSignificantLoss)
            {
                var when = change.Earlier.Date is { } a && change.Later.Date is { } b ? $" between {a:yyyy-MM-dd} and {b:yyyy-MM-dd}" : string.Empty;
                why.Add($"your {DensitometryInterpretation.SiteName(change.Later.Site)} bone density fell by {Amounts.Number(-change.ChangePercent)} %{when}, "
                    + "more than the scanner's least significant change (a real loss, not measurement error)");
            }
        }

        if (densitometry.Latest.LowestZScore is { } z && z <= LowZScore)
        {
            why.Add($"your lowest Z-score, {Amounts.Number(z)}, is at or below {Amounts.Number(LowZScore)}: lower than expected for your age (ISCD)");
        }

        if (why.Count == 0)
        {
            return null;
        }

        var own = new List<string>();
        List<Citation> citations = [WorkUpSources.RosInvestigations, GuidanceSources.Gregson2022, WorkUpSources.Aace2010, DensitometrySources.IscdPrecision, DensitometrySources.Iscd2005Positions];
        if (facts.Named(DrugClass.ThyroidHormone) is { Count: > 0 } thyroid)
        {
            own.Add($"You take {Amounts.Join(thyroid)}: a TSH test shows whether the dose is more than you need, since too much thyroid hormone speeds bone loss.");
        }

        var ppis = facts.Medications
            .Where(m => m.Entry.Class == DrugClass.AcidSuppressant && SafetyCheck.IsProtonPumpInhibitor(m.Entry))
            .Select(m => (m.Medication.Name, m.Medication.DurationMonths))
            .DistinctBy(m => m.Name)
            .ToList();
        if (ppis.Count > 0)
        {
            var names = Amounts.Join(ppis.Select(p => p.Name));
            var longTerm = ppis.Any(p => p.DurationMonths >= LongTermPpiMonths);
            own.Add($"You take {names}{(longTerm ? " and have for a year or more" : string.Empty)}: ask whether you still need it, or need it at this dose "
                + "(long-term use is linked with fractures); do not stop it on your own.");
            citations.Add(SafetySources.FdaPpiFractures2010);
        }

        return new Recommendation(
            RecommendationCodes.SecondaryCausesWorkUp,
            RecommendationCategory.NextStep,
            RecommendationPriority.High,
            "Ask your clinician to look for other causes of bone loss",
            "Ask your clinician to check for other causes of bone loss (secondary causes), as guidelines advise: blood tests for a blood count, "
                + "inflammation (ESR or CRP), calcium, albumin, phosphate, alkaline phosphatase, kidney function (creatinine and eGFR), liver tests and "
                + "thyroid function (TSH); and, where your history points to them, parathyroid hormone (PTH), 25-OH vitamin D, coeliac disease "
                + "antibodies, protein electrophoresis for myeloma, or testosterone in men. Treating a cause can stop the loss."
                + (own.Count > 0 ? " " + string.Join(" ", own) : string.Empty),
            $"{Capitalise(Amounts.Join(why))}.",
            EvidenceGrade.D,
            citations);
    }

    private static Recommendation? VertebralImaging(PersonFacts facts, DensitometryAssessment? densitometry)
    {
        if (densitometry?.Latest.LowestCentralTScore is not { } t || t >= VfaTScoreBelow || !facts.Person.UsesTScores)
        {
            return null;
        }

        var why = new List<string>();
        var person = facts.Person;
        if (person.Sex == Sex.Female && person.AgeYears >= VfaWomenAge)
        {
            why.Add($"you are a woman of {VfaWomenAge} or over");
        }
        else if (person.Sex == Sex.Male && person.AgeYears >= VfaMenAge)
        {
            why.Add($"you are a man of {VfaMenAge} or over");
        }

        if (GlucocorticoidDose.From(facts) is { } steroids
            && steroids.PrednisoloneEquivalentMilligramsPerDay >= VfaGlucocorticoidMilligrams
            && steroids.DurationMonths >= VfaGlucocorticoidMonths)
        {
            why.Add($"you take a glucocorticoid (steroid) equal to {Amounts.Number(steroids.PrednisoloneEquivalentMilligramsPerDay)} mg prednisolone a day for "
                + $"{Amounts.Number(steroids.DurationMonths)} months");
        }

        if (why.Count == 0)
        {
            return null;
        }

        return new Recommendation(
            RecommendationCodes.VertebralFractureAssessment,
            RecommendationCategory.NextStep,
            RecommendationPriority.Medium,
            "Ask about a spine check for hidden fractures",
            "Ask whether you should have a vertebral fracture assessment (a side view of the spine, taken on the DXA scanner or as an X-ray). "
                + "Most spine fractures are not noticed when they happen, and finding one changes the fracture risk and often the treatment. Also tell your "
                + "clinician if you have lost more than 4 cm (1.5 inches) of height, another reason for this check.",
            $"Your lowest T-score is {Amounts.Number(t)}, below {VfaTScoreBelow:0.0}, and {Amounts.Join(why)} (ISCD indications for vertebral fracture assessment).",
            EvidenceGrade.D,
            [WorkUpSources.Iscd2019Vfa]);
    }

    private static Recommendation KidneyStoneDiet() => new(
        RecommendationCodes.KidneyStoneDiet,
        RecommendationCategory.Lifestyle,
        RecommendationPriority.Medium,
        "Keep calcium-rich food in your diet despite kidney stones",
        "Do not cut down calcium-rich food because of kidney stones: for people with calcium stones, the American Urological Association advises "
            + "1,000–1,200 mg of calcium a day from food, taken with meals, because a low-calcium diet makes stones more likely. Drink enough to pass "
            + "at least 2.5 litres of urine a day, keep salt down (no more than 2,300 mg of sodium a day), and ask your clinician whether a 24-hour urine "
            + "test should guide further prevention.",
        "You have had kidney stones. Calcium from food binds oxalate in the gut and lowers stone risk; it is calcium supplements, not food, that "
            + "raised stones in a large trial.",
        EvidenceGrade.B,
        [WorkUpSources.Aua2014, SafetySources.Jackson2006]);

    private static Recommendation Parathyroid(PersonFacts facts, DensitometryAssessment? densitometry)
    {
        var labs = facts.Input.Labs;
        var met = new List<string>();
        var unknown = new List<string>();
        var calciumLimit = SafetyCheck.SerumCalciumUpperReferenceMgPerDl + ParathyroidCalciumAboveUpperMgPerDl;
        if (labs.CalciumMgPerDl is { } calcium)
        {
            if (calcium > calciumLimit)
            {
                met.Add($"a blood calcium of {Amounts.Number(calcium)} mg/dL, more than {Amounts.Number(ParathyroidCalciumAboveUpperMgPerDl)} mg/dL above the upper limit");
            }
        }
        else
        {
            unknown.Add("your blood calcium");
        }

        if (densitometry?.Latest.LowestCentralTScore is { } t)
        {
            if (t <= ParathyroidTScore)
            {
                met.Add($"a T-score of {Amounts.Number(t)}");
            }
        }
        else
        {
            unknown.Add("a DXA scan (spine, hip and forearm)");
        }

        if (facts.Input.PriorHipOrVertebralFracture)
        {
            met.Add("a previous hip or spine fracture");
        }

        if (labs.Egfr is { } egfr)
        {
            if (egfr < KidneyEgfr)
            {
                met.Add($"an eGFR of {Amounts.Number(egfr)} mL/min/1.73 m²");
            }
        }
        else
        {
            unknown.Add("your kidney function (eGFR)");
        }

        if (facts.Has(ConditionClass.KidneyStones))
        {
            met.Add("kidney stones");
        }

        if (facts.Person.AgeYears < ParathyroidAgeBelow)
        {
            met.Add($"age under {ParathyroidAgeBelow}");
        }

        var names = Amounts.Join(facts.Named(ConditionClass.Hyperparathyroidism));
        var tests = "International guidance lists the tests that decide it: blood calcium, kidney function (eGFR), a DXA scan including the forearm, "
            + "an image of the spine for hidden fractures, an image of the kidneys for stones, and a 24-hour urine calcium.";
        var advice = met.Count > 0
            ? $"Ask to be referred to an endocrinologist or a parathyroid surgeon: with {names} and {Amounts.Join(met)}, international guidance "
                + "recommends an operation on the parathyroid gland, which can cure the condition. The decision is yours and your specialist's."
            : $"Ask your clinician or endocrinologist whether you meet the criteria for an operation on the parathyroid gland. {tests}"
                + (unknown.Count > 0 ? $" Not yet known to BoneBalance: {Amounts.Join(unknown)}." : string.Empty);
        var reason = met.Count > 0
            ? $"Fifth International Workshop criteria for parathyroid surgery met: {Amounts.Join(met)}."
            : $"You have {names}; none of the Fifth International Workshop criteria for surgery is met on the data given (calcium more than "
                + $"{Amounts.Number(ParathyroidCalciumAboveUpperMgPerDl)} mg/dL above the upper limit, T-score ≤ {Amounts.Number(ParathyroidTScore)}, a spine fracture, "
                + $"eGFR below {Amounts.Number(KidneyEgfr)}, kidney stones, age under {ParathyroidAgeBelow}).";
        return new Recommendation(
            RecommendationCodes.ParathyroidReview,
            RecommendationCategory.NextStep,
            met.Count > 0 ? RecommendationPriority.High : RecommendationPriority.Medium,
            met.Count > 0 ? "Ask about a referral for parathyroid surgery" : "Ask whether your overactive parathyroid needs an operation",
            advice,
            reason,
            EvidenceGrade.D,
            [WorkUpSources.Bilezikian2022]);
    }

    private static Recommendation? CkdLabs(PersonFacts facts)
    {
        var egfr = facts.Input.Labs.Egfr;
        string? why = egfr is { } e && e < KidneyEgfr
            ? $"Your eGFR is {Amounts.Number(e)} mL/min/1.73 m², below {Amounts.Number(KidneyEgfr)}: chronic kidney disease stage 3 or beyond (KDIGO {SafetyCheck.GfrCategory(e)})."
            : facts.Has(ConditionClass.AdvancedChronicKidneyDisease)
                ? $"You have {Amounts.Join(facts.Named(ConditionClass.AdvancedChronicKidneyDisease))} (stage 4 or 5)."
                : egfr is null && facts.Has(ConditionClass.ChronicKidneyDisease)
                    ? $"You have {Amounts.Join(facts.Named(ConditionClass.ChronicKidneyDisease))} and no eGFR was given: these tests apply from stage 3 (eGFR below {Amounts.Number(KidneyEgfr)})."
                    : null;
        if (why is null)
        {
            return null;
        }

        return new Recommendation(
            RecommendationCodes.CkdMineralBoneLabs,
            RecommendationCategory.NextStep,
            RecommendationPriority.Medium,
            "Ask about the bone and mineral blood tests for kidney disease",
            "Kidney disease changes how the body handles calcium, phosphate and vitamin D, and that affects the bones. Ask your kidney team or GP "
                + "whether your calcium, phosphate, parathyroid hormone (PTH), alkaline phosphatase and 25-OH vitamin D are being checked regularly, "
                + "as kidney guidelines (KDIGO) advise from stage 3, and before any osteoporosis medicine is chosen.",
            why,
            EvidenceGrade.D,
            [WorkUpSources.Kdigo2017, SafetySources.Kdigo2012]);
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
