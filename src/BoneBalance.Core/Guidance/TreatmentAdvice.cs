using BoneBalance.Core.Evidence;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// ON_OSTEOPOROSIS_TREATMENT: for a person who takes an osteoporosis medicine now (a bisphosphonate, denosumab,
/// teriparatide or abaloparatide, romosozumab, raloxifene or bazedoxifene, menopausal hormone therapy) or took a
/// bisphosphonate, denosumab or a bone-building medicine in the past. It replaces DISCUSS_TREATMENT ("talk about treatment
/// to prevent fractures") and says, per medicine: take it as prescribed; when its duration is reviewed (ASBMR 2016: after
/// 5 years oral, 3 years intravenous bisphosphonate; a pause — drug holiday — for people no longer at high risk, up to 10
/// or 6 years for those still at high risk); that denosumab must not be stopped or delayed without a follow-on medicine;
/// that a bone-building course (about 2 years of teriparatide or abaloparatide, 12 months of romosozumab) is followed by
/// an antiresorptive; that a bisphosphonate pause is reviewed after 2 to 3 years; kidney limits of a bisphosphonate taken
/// now; and when to re-scan (1 to 2 years after starting or changing treatment, less often once stable).
/// </summary>
/// <remarks>
/// Graded D: the duration, follow-on and re-scan advice rests on task-force and position statements, labels and post hoc
/// analyses (the medicines' fracture benefit itself is grade A, in DISCUSS_TREATMENT). Stopped raloxifene or hormone
/// therapy does not count: their effect fades after stopping, so such a person is treated as untreated.
/// </remarks>
internal static class TreatmentAdvice
{
    /// <summary>Months of an oral bisphosphonate after which the treatment is reassessed (ASBMR 2016: 5 years).</summary>
    public const double OralBisphosphonateReviewMonths = 60;

    /// <summary>Months of an intravenous bisphosphonate after which it is reassessed (ASBMR 2016: 3 years).</summary>
    public const double IntravenousBisphosphonateReviewMonths = 36;

    /// <summary>Months into a bisphosphonate pause at which it is reviewed (ASBMR 2016: a holiday of 2 to 3 years).</summary>
    public const double HolidayReviewMonths = 24;

    /// <summary>The usual lifetime course of a parathyroid hormone analogue, months (Tymlos/Forteo labels: 2 years).</summary>
    public const double ParathyroidHormoneAnalogueCourseMonths = 24;

    /// <summary>The course of romosozumab, months (Evenity SmPC 4.2: 12 monthly doses).</summary>
    public const double RomosozumabCourseMonths = 12;

    private static readonly DrugClass[] CurrentClasses =
    [
        DrugClass.OralBisphosphonate, DrugClass.IntravenousBisphosphonate, DrugClass.Denosumab, DrugClass.ParathyroidHormoneAnalogue,
        DrugClass.Romosozumab, DrugClass.SelectiveEstrogenReceptorModulator, DrugClass.MenopausalHormoneTherapy,
    ];

    private static readonly DrugClass[] PastClasses =
    [
        DrugClass.OralBisphosphonate, DrugClass.IntravenousBisphosphonate, DrugClass.Denosumab, DrugClass.ParathyroidHormoneAnalogue,
        DrugClass.Romosozumab,
    ];

    /// <summary>True when the person takes an osteoporosis medicine now or took one that still counts.</summary>
    public static bool Treated(PersonFacts facts) => Current(facts).Count > 0 || Past(facts).Count > 0;

    public static IEnumerable<Recommendation> For(PersonFacts facts, RiskPicture picture)
    {
        var current = Current(facts);
        var past = Past(facts);
        if (current.Count == 0 && past.Count == 0)
        {
            yield break;
        }

        var advice = new List<string>();
        var reasons = new List<string>();
        var citations = new List<Citation>();
        var urgent = picture.ThresholdsMet.Count > 0;
        var antiresorptiveNow = current.Any(t => IsAntiresorptive(t.Entry.Class));
        var bisphosphonateNow = current.Any(t => IsBisphosphonate(t.Entry.Class));

        foreach (var (medication, entry, description) in current)
        {
            reasons.Add(medication.DurationMonths is { } months ? $"{description} for {Amounts.Number(months)} months" : $"{description} (duration not given)");
            urgent |= Current(facts, medication, entry, description, advice, citations);
        }

        foreach (var (medication, entry, description) in past)
        {
            reasons.Add(medication.StoppedMonthsAgo is { } ago ? $"{description} stopped {Amounts.Number(ago)} months ago" : $"{description} stopped (when not given)");
            urgent |= Past(medication, entry, description, current.Count > 0, bisphosphonateNow, antiresorptiveNow, advice, citations);
        }

        if (picture.ThresholdsMet.Count > 0)
        {
            advice.Add(current.Count > 0
                ? "Your results meet a guideline threshold at which clinicians treat to prevent fractures: ask your clinician whether your present treatment is still the right one for you."
                : "Your results meet a guideline threshold at which clinicians treat to prevent fractures: ask your clinician whether treatment should be restarted.");
            citations.AddRange(picture.ThresholdsMet.Select(t => t.Citation));
        }

        var latest = facts.Input.Dxa.Select(d => d.Date).Where(d => d is not null).Max();
        advice.Add($"A follow-up DXA scan is usually done {FollowUpDxa.OnTreatmentYears} years after a treatment is started or changed, and less often once it is stable"
            + (latest is { } date ? $" (your latest scan given here is from {date:yyyy-MM-dd})." : "."));
        advice.Add("Keep your calcium and vitamin D adequate while you are treated, and never stop or change a prescribed medicine on your own.");
        citations.Add(GuidelineThresholds.Bhof.Citation);
        citations.Add(ScreeningSources.IscdRepeatBmd2019);

        yield return new Recommendation(
            RecommendationCodes.OnOsteoporosisTreatment,
            RecommendationCategory.NextStep,
            urgent ? RecommendationPriority.High : RecommendationPriority.Medium,
            current.Count > 0 ? "Keep up your osteoporosis treatment and have it reviewed" : "Have your past osteoporosis treatment reviewed",
            string.Join(" ", advice),
            $"Your bone treatment: {Amounts.Join(reasons)}."
                + (picture.ThresholdsMet.Count > 0 ? $" Guideline thresholds met: {string.Join("; ", picture.ThresholdsMet.Select(t => $"{t.Guideline}: {t.Criterion}"))}." : string.Empty),
            EvidenceGrade.D,
            DistinctCitations.Of(citations));
    }

    // The advice for one medicine taken now; true when it needs a review soon (duration reached, kidney limit passed).
    private static bool Current(PersonFacts facts, Medication medication, MedicationEntry entry, string description, List<string> advice, List<Citation> citations)
    {
        var months = medication.DurationMonths;
        switch (entry.Class)
        {
            case DrugClass.OralBisphosphonate:
            case DrugClass.IntravenousBisphosphonate:
            {
                var oral = entry.Class == DrugClass.OralBisphosphonate;
                var review = oral ? OralBisphosphonateReviewMonths : IntravenousBisphosphonateReviewMonths;
                var years = oral ? "5 years of tablets" : "3 years of yearly infusions";
                var longest = oral ? "10" : "6";
                advice.Add(oral
                    ? $"Take {description} exactly as prescribed — on an empty stomach with plain water, staying upright afterwards, and with your calcium at another time of day; it works only if taken regularly."
                    : $"Have each infusion of {description} when it is due; before each one your kidney function is checked and your calcium and vitamin D should be adequate.");
                citations.Add(TreatmentSources.Adler2016);
                var due = false;
                if (months is { } m && m >= review)
                {
                    advice.Add($"You have taken it for {Amounts.Number(m)} months, so its review is due (guidelines reassess bisphosphonate treatment after {years}): "
                        + $"for people no longer at high risk a planned pause (a \"drug holiday\") is often discussed; for those still at high risk — a fracture, a hip T-score of −2.5 or lower, or a high fracture-risk score — continuing up to {longest} years is usually advised.");
                    due = true;
                }
                else
                {
                    advice.Add(months is { } n
                        ? $"You have taken it for {Amounts.Number(n)} months; guidelines reassess bisphosphonate treatment after {years}, when a pause (a \"drug holiday\") may be discussed if your risk is no longer high."
                        : $"Guidelines reassess bisphosphonate treatment after {years}, when a pause (a \"drug holiday\") may be discussed if your risk is no longer high; tell BoneBalance how long you have taken it.");
                }

                var minimum = TreatmentKidney.Minimum(entry.Generic);
                if (TreatmentKidney.Egfr(facts) is { } egfr && egfr < minimum)
                {
                    advice.Add($"Your kidney function ({TreatmentKidney.Describe(facts)}) is below the level its label sets (a creatinine clearance of {Amounts.Number(minimum)} mL/min): "
                        + "ask your clinician soon whether it is still right for your kidneys.");
                    citations.AddRange(TreatmentKidney.Citations);
                    due = true;
                }

                return due;
            }

            case DrugClass.Denosumab:
                advice.Add($"Have each {description} injection on time, every {Amounts.Number(SafetyCheck.DenosumabIntervalMonths)} months. Never stop it or let an injection be late "
                    + "without a plan from your clinician: when denosumab stops, bone is lost quickly and several spine fractures can happen, so stopping needs a follow-on medicine (usually a bisphosphonate).");
                citations.Add(TreatmentSources.Tsourdi2021);
                citations.Add(TreatmentSources.Cummings2018);
                citations.Add(TreatmentSources.ProliaLabel);
                return false;

            case DrugClass.ParathyroidHormoneAnalogue:
            case DrugClass.Romosozumab:
            {
                var pth = entry.Class == DrugClass.ParathyroidHormoneAnalogue;
                var course = pth ? ParathyroidHormoneAnalogueCourseMonths : RomosozumabCourseMonths;
                var courseText = pth ? "about 2 years in a lifetime" : "12 monthly doses";
                citations.Add(pth ? TreatmentSources.ParathyroidHormoneAnalogueLabels : TreatmentSources.EvenityLabel);
                advice.Add($"{Capital(description)} builds bone and is given for a limited time ({courseText}); when the course ends, a medicine that keeps the bone gained "
                    + "(a bisphosphonate or denosumab) normally follows straight away — ask your clinician about it before the course ends.");
                if (months is { } m && m >= course)
                {
                    advice.Add($"You have taken it for {Amounts.Number(m)} months, the length of the usual course: ask your clinician about the follow-on medicine now.");
                    return true;
                }

                return false;
            }

            case DrugClass.SelectiveEstrogenReceptorModulator:
                advice.Add($"{Capital(description)} lowers the risk of spine fractures but has not been shown to lower hip fractures; ask your clinician whether it is enough for your risk.");
                citations.Add(GuidanceSources.Gregson2022);
                return false;

            default:
                advice.Add($"{Capital(description)} (menopausal hormone therapy) protects bone while it is taken, and the protection fades after it is stopped; "
                    + "if it is part of your bone treatment, ask your clinician how long to continue and what should follow.");
                citations.Add(GuidanceSources.Gregson2022);
                return false;
        }
    }

    // The advice for one medicine taken in the past; true when it needs a review soon.
    private static bool Past(Medication medication, MedicationEntry entry, string description, bool treatedNow, bool bisphosphonateNow, bool antiresorptiveNow, List<string> advice, List<Citation> citations)
    {
        var ago = medication.StoppedMonthsAgo;
        switch (entry.Class)
        {
            case DrugClass.Denosumab:
                // DENOSUMAB_STOPPED carries the warning; here the reminder in the treatment advice.
                advice.Add(bisphosphonateNow
                    ? $"You stopped {description}; keep taking the medicine that follows it as prescribed, and ask when your bone density should be checked."
                    : $"You stopped {description} with no follow-on medicine listed: contact your clinician soon (see the safety notes).");
                citations.Add(TreatmentSources.Tsourdi2021);
                citations.Add(TreatmentSources.Cummings2018);
                return !bisphosphonateNow;

            case DrugClass.OralBisphosphonate:
            case DrugClass.IntravenousBisphosphonate:
                // A pause is a pause only without other treatment now (a bisphosphonate before denosumab is history, not a holiday).
                if (treatedNow)
                {
                    return false;
                }

                citations.Add(TreatmentSources.Adler2016);

                if (ago is { } a && a >= HolidayReviewMonths)
                {
                    advice.Add($"You stopped {description} {Amounts.Number(a)} months ago. Bisphosphonates keep working for a while after they are stopped, which is why a pause "
                        + "(a \"drug holiday\") is possible; it is usually reviewed after 2 to 3 years, so a review is due now: ask your clinician whether to restart treatment.");
                    return true;
                }

                advice.Add(ago is { } b
                    ? $"You stopped {description} {Amounts.Number(b)} months ago. Bisphosphonates keep working for a while after they are stopped, so a pause (a \"drug holiday\") is possible; it is usually reviewed after 2 to 3 years, or sooner after a fracture or a fall in bone density."
                    : $"You stopped {description}. A pause (a \"drug holiday\") after a bisphosphonate is usually reviewed after 2 to 3 years, or sooner after a fracture or a fall in bone density; tell BoneBalance when you stopped.");
                return false;

            default:
                // Teriparatide, abaloparatide or romosozumab that ended.
                citations.Add(entry.Class == DrugClass.Romosozumab ? TreatmentSources.EvenityLabel : TreatmentSources.ParathyroidHormoneAnalogueLabels);
                if (antiresorptiveNow)
                {
                    advice.Add($"Your course of {description} has ended and a medicine that keeps the bone gained follows it: keep taking it as prescribed.");
                    return false;
                }

                advice.Add($"Your course of {description} has ended and no medicine that keeps the bone gained (a bisphosphonate or denosumab) is listed: without one, the bone built is lost. Ask your clinician about it soon.");
                return true;
        }
    }

    private static List<(Medication Medication, MedicationEntry Entry, string Description)> Current(PersonFacts facts) =>
        [.. facts.Identified.Taken.Where(t => Array.IndexOf(CurrentClasses, t.Entry.Class) >= 0).DistinctBy(t => t.Entry.Generic)];

    // Stopped medicines that still count, once each, and not when the same medicine is taken now.
    private static List<(Medication Medication, MedicationEntry Entry, string Description)> Past(PersonFacts facts) =>
    [
        .. facts.Identified.Stopped
            .Where(t => Array.IndexOf(PastClasses, t.Entry.Class) >= 0 && !facts.Identified.Taken.Any(n => n.Entry.Generic == t.Entry.Generic))
            .DistinctBy(t => t.Entry.Generic),
    ];

    private static bool IsBisphosphonate(DrugClass c) => c is DrugClass.OralBisphosphonate or DrugClass.IntravenousBisphosphonate;

    private static bool IsAntiresorptive(DrugClass c) => IsBisphosphonate(c) || c == DrugClass.Denosumab;

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
