using System.Globalization;
using BoneBalance.Core.Evidence;
using BoneBalance.Core.Measures;
using BoneBalance.Core.People;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Safety;

/// <summary>
/// The interaction, contraindication and deficiency-sign rules. <see cref="Evaluate(SafetyInput)"/> is pure and deterministic:
/// the same input and catalogue always give the same findings in the same order (most severe first, then in the
/// order of <see cref="SafetyFindingCodes.All"/>, then by reason). Every finding carries citations, and every
/// medication or condition the catalogue does not know is reported rather than ignored.
/// </summary>
/// <remarks>
/// A plan checks its own proposal by passing the proposed supplements in <see cref="SafetyInput.Supplements"/>:
/// VKA_VITAMIN_K then tells it to leave vitamin K out, CALCIUM_ABOVE_UL to lower calcium, and so on.
/// </remarks>
public sealed partial class SafetyCheck
{
    /// <summary>Creates the check over a catalogue (loaded once at start-up).</summary>
    public SafetyCheck(SafetyCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        Catalogue = catalogue;
    }

    /// <summary>The catalogue medications and conditions are recognised with.</summary>
    public SafetyCatalogue Catalogue { get; }

    /// <summary>The vitamin K antagonists among <paramref name="medications"/> (warfarin by any brand or salt name,
    /// acenocoumarol, phenprocoumon, fluindione), each described once as the findings describe it ("Coumadin (warfarin)"),
    /// in the order given; empty when none. For pages that warn at the moment a food is logged (the diary).</summary>
    public IReadOnlyList<string> VitaminKAntagonists(IReadOnlyList<Medication> medications)
    {
        ArgumentNullException.ThrowIfNull(medications);
        return [.. IdentifiedNames.Of(Catalogue, medications, []).Taken
            .Where(t => t.Entry.Class == DrugClass.VitaminKAntagonist)
            .Select(t => t.Description)
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Evaluates every rule for one person.</summary>
    /// <exception cref="InvalidInputException">A stated total intake is smaller than the supplements alone provide
    /// (fields <c>totalCalciumIntake</c>, <c>totalVitaminDIntake</c>).</exception>
    public IReadOnlyList<SafetyFinding> Evaluate(SafetyInput input) => Evaluate(input, null);

    /// <summary>As <see cref="Evaluate(SafetyInput)"/>, with the input's medications and conditions already identified
    /// (ignored when they are of other lists than the input's).</summary>
    internal IReadOnlyList<SafetyFinding> Evaluate(SafetyInput input, IdentifiedNames? identified) =>
        Evaluate(input, identified, null).Findings;

    /// <summary>As <see cref="Evaluate(SafetyInput, IdentifiedNames?)"/>, reusing the findings of the rules that read no
    /// supplement from an earlier evaluation of the same person (same medications, conditions, symptoms and labs; the
    /// caller vouches for that), and returning this evaluation's for the next.</summary>
    internal (IReadOnlyList<SafetyFinding> Findings, SupplementFreeFindings SupplementFree) Evaluate(
        SafetyInput input, IdentifiedNames? identified, SupplementFreeFindings? sameSubject)
    {
        ArgumentNullException.ThrowIfNull(input);
        var context = new Context(input, identified is not null && identified.Of(input.Medications, input.Conditions)
            ? identified
            : IdentifiedNames.Of(Catalogue, input.Medications, input.Conditions));
        var free = sameSubject ?? new SupplementFreeFindings(context);

        // The rules in their fixed order (the sort below is stable, so this order breaks its ties).
        var findings = new List<SafetyFinding>();
        findings.AddRange(free.Unrecognised);
        Anticoagulants(context, findings);
        UpperLimits(context, findings);
        Hypercalcaemia(context, findings);
        KidneyStones(context, findings);
        findings.AddRange(free.Kidney);
        AbsorptionSpacing(context, findings);
        findings.AddRange(free.FatSolubleMalabsorption);
        findings.AddRange(free.Glucocorticoids);
        findings.AddRange(free.HormonalTreatments);
        findings.AddRange(free.BoneMedicines);
        findings.AddRange(free.OsteoporosisTreatment);
        findings.AddRange(free.DeficiencySigns);
        findings.AddRange(free.RedFlags);
        LifeStage(context, findings);
        return (
        [
            .. findings
                .OrderByDescending(f => f.Severity)
                .ThenBy(f => IndexOf(f.Code))
                .ThenBy(f => f.Reason, StringComparer.Ordinal),
        ], free);
    }

    /// <summary>
    /// The findings of the rules that read only the person, medications, conditions, symptoms and labs — never a
    /// supplement: the same for every supplement list of one person, so an assessment that checks the current
    /// supplements and then the plan's additions works them (and their texts) out once. Only these rules may be here.
    /// </summary>
    internal sealed class SupplementFreeFindings
    {
        public SupplementFreeFindings(Context context)
        {
            Unrecognised(context, Unrecognised);
            Kidney(context, Kidney);
            FatSolubleMalabsorption(context, FatSolubleMalabsorption);
            Glucocorticoids(context, Glucocorticoids);
            HormonalTreatments(context, HormonalTreatments);
            BoneMedicines(context, BoneMedicines);
            OsteoporosisTreatment(context, OsteoporosisTreatment);
            DeficiencySigns(context, DeficiencySigns);
            RedFlags(context, RedFlags);
        }

        public List<SafetyFinding> Unrecognised { get; } = [];

        public List<SafetyFinding> Kidney { get; } = [];

        public List<SafetyFinding> FatSolubleMalabsorption { get; } = [];

        public List<SafetyFinding> Glucocorticoids { get; } = [];

        public List<SafetyFinding> HormonalTreatments { get; } = [];

        public List<SafetyFinding> BoneMedicines { get; } = [];

        public List<SafetyFinding> OsteoporosisTreatment { get; } = [];

        public List<SafetyFinding> DeficiencySigns { get; } = [];

        public List<SafetyFinding> RedFlags { get; } = [];
    }

    private static int IndexOf(string code)
    {
        for (var i = 0; i < SafetyFindingCodes.All.Count; i++)
        {
            if (SafetyFindingCodes.All[i] == code)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static void Unrecognised(Context c, List<SafetyFinding> findings)
    {
        foreach (var (medication, entries) in c.Medications)
        {
            // A stopped medicine no rule reads but the treatment history's: nothing to check it against.
            if (entries.Count == 0 && !medication.Stopped)
            {
                findings.Add(new(
                    SafetyFindingCodes.UnrecognisedMedication,
                    SafetySeverity.Info,
                    $"BoneBalance does not know the medication '{medication.Name}', so it could not check it against calcium, vitamin D or vitamin K.",
                    $"Ask your pharmacist whether {medication.Name} interacts with calcium, vitamin D or vitamin K before starting or changing supplements.",
                    $"medication '{medication.Name}'{Codes(medication)} is not in the safety catalogue",
                    [SafetySources.KalciposSmpc]));
            }
        }

        foreach (var (condition, entries) in c.Conditions)
        {
            if (entries.Count == 0)
            {
                findings.Add(new(
                    SafetyFindingCodes.UnrecognisedCondition,
                    SafetySeverity.Info,
                    $"BoneBalance does not know the condition '{condition.Name}', so it could not check whether it changes what is safe for you.",
                    $"Ask your clinician whether {condition.Name} affects calcium, vitamin D or vitamin K supplements.",
                    $"condition '{condition.Name}'{Codes(condition)} is not in the safety catalogue",
                    [SafetySources.Iom2011]));
            }
        }
    }

    private static string Codes(Medication m)
    {
        var codes = new[] { m.RxNormCode is { } rx ? $"RxNorm {rx}" : null, m.AtcCode is { } atc ? $"ATC {atc}" : null }.OfType<string>().ToList();
        return codes.Count == 0 ? string.Empty : $" ({string.Join(", ", codes)})";
    }

    private static string Codes(Condition c)
    {
        var codes = new[] { c.SnomedCode is { } s ? $"SNOMED CT {s}" : null, c.Icd10Code is { } i ? $"ICD-10 {i}" : null }.OfType<string>().ToList();
        return codes.Count == 0 ? string.Empty : $" ({string.Join(", ", codes)})";
    }

    private static string Milligrams(NutrientAmount a) => string.Create(CultureInfo.InvariantCulture, $"{a.Milligrams:#,0.#} mg");

    private static string VitaminD(NutrientAmount a) =>
        string.Create(CultureInfo.InvariantCulture, $"{a.Micrograms:#,0.#} µg ({a.VitaminDInternationalUnits:#,0} IU)");

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Join(IEnumerable<string> parts) => Texts.EnglishList.Of(parts);

    // The params array is new on every call and owned by the finding alone, so it is the finding's list as it stands.
    private static Citation[] Cite(params Citation[] citations) => citations;

    /// <summary>The input with its medications and conditions identified once.</summary>
    internal sealed class Context
    {
        public Context(SafetyInput input, IdentifiedNames identified)
        {
            ArgumentNullException.ThrowIfNull(input.Person);
            Input = input;
            Identified = identified;
            SupplementCalcium = Sum(SupplementIngredient.Calcium);
            SupplementVitaminD = Sum(SupplementIngredient.VitaminD);
            TotalCalcium = Total(input.TotalCalciumIntake, SupplementCalcium, "totalCalciumIntake", Milligrams);
            TotalVitaminD = Total(input.TotalVitaminDIntake, SupplementVitaminD, "totalVitaminDIntake", VitaminD);
        }

        public SafetyInput Input { get; }

        public SafetyPerson Person => Input.Person;

        public IdentifiedNames Identified { get; }

        public IReadOnlyList<(Medication Medication, IReadOnlyList<MedicationEntry> Entries)> Medications => Identified.Medications;

        public IReadOnlyList<(Condition Condition, IReadOnlyList<ConditionEntry> Entries)> Conditions => Identified.Conditions;

        public NutrientAmount SupplementCalcium { get; }

        public NutrientAmount SupplementVitaminD { get; }

        /// <summary>The stated total, or the supplements alone when no total was stated.</summary>
        public NutrientAmount TotalCalcium { get; }

        /// <summary>As <see cref="TotalCalcium"/> for vitamin D.</summary>
        public NutrientAmount TotalVitaminD { get; }

        public bool TakesCalcium => SupplementCalcium > NutrientAmount.Zero;

        public IReadOnlyList<SupplementDose> VitaminKSupplements => [.. Input.Supplements.Where(s => s.IsVitaminK && s.AmountPerDay > NutrientAmount.Zero)];

        /// <summary>Each medication of a class, described as "Coumadin (warfarin)" or "warfarin".</summary>
        public List<(Medication Medication, MedicationEntry Entry, string Description)> Taking(params ReadOnlySpan<DrugClass> classes)
        {
            var taking = new List<(Medication Medication, MedicationEntry Entry, string Description)>();
            foreach (var taken in Identified.Taken)
            {
                if (classes.IndexOf(taken.Entry.Class) >= 0)
                {
                    taking.Add(taken);
                }
            }

            return taking;
        }

        public List<(Condition Condition, ConditionEntry Entry)> Having(params ReadOnlySpan<ConditionClass> classes)
        {
            var having = new List<(Condition Condition, ConditionEntry Entry)>();
            foreach (var had in Identified.Had)
            {
                if (classes.IndexOf(had.Entry.Class) >= 0)
                {
                    having.Add(had);
                }
            }

            return having;
        }

        private NutrientAmount Sum(SupplementIngredient ingredient) =>
            Input.Supplements.Where(s => s.Ingredient == ingredient).Aggregate(NutrientAmount.Zero, (total, s) => total + s.AmountPerDay);

        private static NutrientAmount Total(NutrientAmount? stated, NutrientAmount supplements, string field, Func<NutrientAmount, string> show)
        {
            if (stated is not { } total)
            {
                return supplements;
            }

            if (total < supplements)
            {
                throw new InvalidInputException(field, show(total), $"at least {show(supplements)}, what the supplements alone provide");
            }

            return total;
        }
    }
}
