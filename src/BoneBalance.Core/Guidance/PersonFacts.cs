using BoneBalance.Core.Measures;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;

namespace BoneBalance.Core.Guidance;

/// <summary>
/// What the assessment knows about one person once their medications and conditions are identified and their diary is
/// analysed: the facts every rule of the plan and the advice reads, worked out once.
/// </summary>
internal sealed class PersonFacts
{
    public PersonFacts(AssessmentInput input, SafetyCatalogue catalogue, DietaryReferenceIntakes intakes, IReadOnlyList<Food> foods)
    {
        Input = input;
        Person = input.Person;
        SafetyPerson = SafetyPerson.From(input.Person, input.Pregnant, input.Breastfeeding);
        Identified = IdentifiedNames.Of(catalogue, input.Medications, input.Conditions);
        Medications = [.. Identified.Taken.Select(t => (t.Medication, t.Entry))];
        Conditions = [.. Identified.Conditions.SelectMany(c => c.Entries.Select(e => (c.Condition, e)))];
        References = intakes.For(Person.AgeYears, Person.Sex);
        Intake = Analyse(input, intakes, foods, LimitsOnSuggestions());
        CurrentSupplements = CurrentDoses(input, Intake);
        // Only a vitamin K antagonist's rule reads the days, so only its users' diaries are gone through again.
        VitaminKFoodDays = FoodLogged && Takes(DrugClass.VitaminKAntagonist)
            ? VitaminKFoods.Days(input.Diary, Intake!.Average.From, Intake.Average.To)
            : [];
    }

    /// <summary>The food days of the averaged window with their food vitamin K and rows, for VKA_VITAMIN_K_FOOD; empty
    /// without a food diary or for a person taking no vitamin K antagonist.</summary>
    public IReadOnlyList<VitaminKFoodDay> VitaminKFoodDays { get; }

    public AssessmentInput Input { get; }

    public PersonProfile Person { get; }

    public SafetyPerson SafetyPerson { get; }

    /// <summary>The input's medications and conditions as the catalogue identifies them, for the safety rules to reuse.</summary>
    public IdentifiedNames Identified { get; }

    public (Medication Medication, MedicationEntry Entry)[] Medications { get; }

    public (Condition Condition, ConditionEntry Entry)[] Conditions { get; }

    public IReadOnlyDictionary<IntakeNutrient, DietaryReferenceIntake> References { get; }

    /// <summary>The diary's analysis (daily supplements added to every diary day), or null without a diary.</summary>
    public IntakeAnalysis? Intake { get; }

    /// <summary>Supplements taken now, as the safety rules see them: each daily supplement, plus the diary's supplements
    /// averaged over the days analysed.</summary>
    public IReadOnlyList<SupplementDose> CurrentSupplements { get; }

    /// <summary>True when the diary has food entries (a diary of supplements alone says nothing about food, and no diary is
    /// not zero). The safety checks read the logged food from the first day.</summary>
    public bool FoodLogged => Intake is not null && Input.Diary.Count > 0;

    /// <summary>True when food is logged on enough days (<see cref="IntakeAverage.MinimumFoodDays"/> of the 7) for the
    /// average to stand for the person's diet: only then does advice depend on it.</summary>
    public bool DietKnown => FoodLogged && Intake!.Average.EnoughFoodDays;

    /// <summary>
    /// The sentence asking for a longer food diary, for when the plan waits for it (<see cref="DietKnown"/> false): "Keep a
    /// food diary on at least 3 days of a week (so far food on 1 of the last 7 days)" followed by <paramref name="purpose"/>.
    /// </summary>
    public string KeepADiary(string purpose, bool midSentence = false) =>
        (midSentence ? "k" : "K") + $"eep a food diary on at least {IntakeAverage.MinimumFoodDays} days of a week"
            + (FoodLogged ? $" (so far food on {Intake!.Average.FoodDays} of the last {IntakeAverage.WindowDays} days)" : string.Empty)
            + " " + purpose;

    /// <summary>Pregnant or breastfeeding, or under 18: no supplement doses beyond the reference intakes.</summary>
    public bool LifeStageLimited => SafetyPerson.Pregnant || SafetyPerson.Breastfeeding || SafetyPerson.AgeYears < SafetyCheck.AdultAge;

    /// <summary>The life-stage finding code that limits doses, or null.</summary>
    public string? LifeStageCode =>
        SafetyPerson.Pregnant || SafetyPerson.Breastfeeding ? SafetyFindingCodes.PregnancyOrBreastfeeding
        : SafetyPerson.AgeYears < SafetyCheck.AdultAge ? SafetyFindingCodes.Under18
        : null;

    /// <summary>Average daily amount from food, or null when dietary intake is unknown (<see cref="DietKnown"/>).</summary>
    public NutrientAmount? Diet(IntakeNutrient nutrient) => DietKnown ? Intake!.Average.Totals[nutrient].Food : null;

    /// <summary>Average daily amount from the food logged, however few the days, or null without food rows: what the safety
    /// checks add supplements to.</summary>
    public NutrientAmount? LoggedDiet(IntakeNutrient nutrient) => FoodLogged ? Intake!.Average.Totals[nutrient].Food : null;

    /// <summary>False when a food in the averaged days had no value for the nutrient (the diet amount is then a lower bound).</summary>
    public bool DietComplete(IntakeNutrient nutrient) => !DietKnown || Intake!.Average.Totals[nutrient].IsComplete;

    /// <summary>What the current supplements give per day of one ingredient.</summary>
    public NutrientAmount Supplementing(SupplementIngredient ingredient)
    {
        // A loop, not Where/Aggregate: the plan asks this for each ingredient.
        var sum = NutrientAmount.Zero;
        foreach (var s in CurrentSupplements)
        {
            if (s.Ingredient == ingredient)
            {
                sum += s.AmountPerDay;
            }
        }

        return sum;
    }

    // The four lookups below are plain loops: the plan and the advice ask them many times per assessment.

    /// <summary>Whether a medication of the class is taken.</summary>
    public bool Takes(DrugClass drugClass)
    {
        foreach (var (_, entry) in Medications)
        {
            if (entry.Class == drugClass)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The names of the medications of a class, each once, in the order given.</summary>
    public IReadOnlyList<string> Named(DrugClass drugClass)
    {
        var names = new List<string>();
        foreach (var (medication, entry) in Medications)
        {
            if (entry.Class == drugClass && !names.Contains(medication.Name))
            {
                names.Add(medication.Name);
            }
        }

        return names;
    }

    /// <summary>Whether a condition of the class is recorded.</summary>
    public bool Has(ConditionClass conditionClass)
    {
        foreach (var (_, entry) in Conditions)
        {
            if (entry.Class == conditionClass)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The names of the conditions of a class, each once, in the order given.</summary>
    public IReadOnlyList<string> Named(ConditionClass conditionClass)
    {
        var names = new List<string>();
        foreach (var (condition, entry) in Conditions)
        {
            if (entry.Class == conditionClass && !names.Contains(condition.Name))
            {
                names.Add(condition.Name);
            }
        }

        return names;
    }

    /// <summary>The hold on calcium and vitamin D that applies to the person, or null; worked out once, since both
    /// doses ask (the facts belong to one assessment on one thread).</summary>
    public CalciumVitaminDHold? CalciumVitaminDHold
    {
        get
        {
            if (!_holdKnown)
            {
                _hold = Guidance.CalciumVitaminDHold.For(this);
                _holdKnown = true;
            }

            return _hold;
        }
    }

    private CalciumVitaminDHold? _hold;
    private bool _holdKnown;

    /// <summary>The daily supplements of the input that are vitamin K.</summary>
    public IReadOnlyList<DailySupplement> VitaminKSupplements =>
        [.. Input.Supplements.Where(s => s.Nutrient is IntakeNutrient.VitaminK1 or IntakeNutrient.Menaquinone4 or IntakeNutrient.LongChainMenaquinones && s.Amount > NutrientAmount.Zero)];

    /// <summary>True when any current supplement (daily or in the diary) is vitamin K.</summary>
    public bool TakesVitaminK => CurrentSupplements.Any(s => s.IsVitaminK);

    /// <summary>The safety rules' ingredient for an intake nutrient a supplement adds to.</summary>
    public static SupplementIngredient IngredientOf(IntakeNutrient nutrient) => nutrient switch
    {
        IntakeNutrient.Calcium => SupplementIngredient.Calcium,
        IntakeNutrient.VitaminD => SupplementIngredient.VitaminD,
        IntakeNutrient.VitaminK1 => SupplementIngredient.VitaminK1,
        IntakeNutrient.Menaquinone4 => SupplementIngredient.Menaquinone4,
        IntakeNutrient.LongChainMenaquinones => SupplementIngredient.Menaquinone7,
        _ => throw new ArgumentOutOfRangeException(nameof(nutrient), nutrient, "Not a nutrient a supplement adds to."),
    };

    private static readonly IntakeNutrient[] SupplementNutrients =
        [IntakeNutrient.Calcium, IntakeNutrient.VitaminD, IntakeNutrient.VitaminK1, IntakeNutrient.Menaquinone4, IntakeNutrient.LongChainMenaquinones];

    // What the person's medicines and conditions rule out among the foods suggested to close a gap: no vitamin K food
    // with a vitamin K antagonist, no calcium or vitamin D food while the plan holds both back, no high-oxalate food with
    // kidney stones. Reads only the identified medications and conditions and the labs (never the intake).
    private GapFoodLimits LimitsOnSuggestions() => new()
    {
        VitaminKAntagonists = Named(DrugClass.VitaminKAntagonist),
        CalciumAndVitaminDHeldBecause = CalciumVitaminDHold is { HoldsFood: true } hold ? hold.Because : null,
        KidneyStones = Has(ConditionClass.KidneyStones),
    };

    private static IntakeAnalysis? Analyse(AssessmentInput input, DietaryReferenceIntakes intakes, IReadOnlyList<Food> foods, GapFoodLimits limits)
    {
        if (input.Diary.Count == 0 && input.DiarySupplements.Count == 0)
        {
            return null;
        }

        // The daily supplements are taken every day, so they count on every diary day: the analysis is of total intake.
        var supplements = DailySupplement.OnLoggedDays(input.Diary, input.DiarySupplements, input.Supplements);
        return IntakeAnalysis.Analyse(input.Diary, supplements, input.Person, intakes, foods, limits);
    }

    private static List<SupplementDose> CurrentDoses(AssessmentInput input, IntakeAnalysis? intake)
    {
        var doses = input.Supplements
            .Where(s => s.Amount > NutrientAmount.Zero)
            .Select(s => SupplementDose.Create(IngredientOf(s.Nutrient), s.Amount))
            .ToList();
        if (intake is null || input.DiarySupplements.Count == 0)
        {
            return doses;
        }

        // The diary's own supplement rows, averaged: the analysis' supplement average minus the daily supplements it was given.
        foreach (var nutrient in SupplementNutrients)
        {
            var daily = input.Supplements.Where(s => s.Nutrient == nutrient).Aggregate(NutrientAmount.Zero, (sum, s) => sum + s.Amount);
            var diary = intake.Average.Totals[nutrient].Supplements.Shortfall(daily);
            if (diary.Micrograms > 1e-9)
            {
                doses.Add(SupplementDose.Create(IngredientOf(nutrient), diary));
            }
        }

        return doses;
    }
}
