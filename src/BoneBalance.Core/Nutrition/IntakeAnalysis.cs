using System.Runtime.CompilerServices;
using BoneBalance.Core.Measures;
using BoneBalance.Core.People;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Nutrition;

/// <summary>
/// What a diary gives a person: per day and as a 7-day average (<see cref="IntakeAverage"/>), calcium, vitamin D,
/// K1, MK-4, MK-7+, K2 and total K from food and from supplements; each against the person's dietary reference intake
/// (RDA/AI and UL), with above-UL flags, the foods that contributed most and catalogue foods that would close a gap.
/// Missing is not zero: a food without a value makes the nutrient incomplete and its sum a lower bound.
/// Pure: everything it needs is passed in.
/// </summary>
public sealed record IntakeAnalysis
{
    /// <summary>How many foods are listed per nutrient as top contributors, and per gap.</summary>
    public const int ListLength = 5;

    /// <summary>Largest portion (g) offered to close a gap: bigger household measures (a whole cake, a package) are not a
    /// serving. The portion itself is the food's <see cref="Serving"/>.</summary>
    public const double MaximumGapPortionGrams = Serving.MaximumGrams;

    /// <summary>For a person taking a vitamin K antagonist, no food is suggested for any gap whose portion gives this much
    /// vitamin K (µg) or more: in studies even 10–20 µg of vitamin K2 (MK-7) a day changed the INR (Theuwissen 2013,
    /// <see cref="Safety.SafetySources.Theuwissen2013"/>, as the VKA_VITAMIN_K finding says), so no suggestion adds
    /// that much.</summary>
    public const double VitaminKAntagonistMaximumMicrograms = 10;

    /// <summary>How many K2-rich foods lead the list for a vitamin K gap.</summary>
    public const int K2FoodsFirst = 3;

    /// <summary>A food counts as K2-rich when one portion gives at least this share of the vitamin K target
    /// (a design rule, not a medical constant: it keeps a cup of milk's 2 µg MK-4 off the K2 list).</summary>
    public const double K2RichShareOfTarget = 0.10;

    // Foods never suggested to close a gap, whatever catalogue is passed in: their portions are not a way to eat more
    // of a nutrient. Infant foods; dried herbs and spices; baking powder and other leavening agents; "USDA Commodity"
    // items (foods of the USDA food-distribution programmes, not something to buy); ingredients sold dried or as a
    // powder (dry milk, dried whey, egg powder, "dehydrated", "dry mix"), which are mixed into foods, not eaten.
    // Likewise raw dry beans ("mature seeds, raw") and evaporated or condensed milk, which are cooked or mixed
    // with, not eaten as they are. Fast-food and restaurant menu items are left out: they are dishes to order, not
    // foods to add to a diet. Dried fruit ("Figs, dried") stays: it is eaten as it is. Fortified foods stay too (ready-to-eat cereals,
    // calcium-fortified soy drink, orange juice with calcium): they are commonly eaten foods, and the food name says
    // "fortified" or "with added calcium" so the person sees it. Supplement-like products are left out: protein and
    // "nutritional" supplements, meal-replacement and protein shakes, formulated (protein) bars — they are fortified
    // to label levels, and a supplement is something to discuss with a clinician, not a food suggestion.
    private static readonly string[] ExcludedGroups = ["Baby Foods", "Spices and Herbs", "Fast Foods", "Restaurant Foods"];
    private static readonly string[] ExcludedNamePrefixes =
        ["Leavening agents", "USDA Commodity", "Infant formula", "Formulated bar", "Protein supplement", "Nutritional supplement"];
    private static readonly string[] ExcludedNameParts = ["meal replacement", "nutritional shake", "protein shake", "mature seeds, raw"];
    private static readonly string[] ExcludedNameWords = ["powder", "powdered", "dehydrated", "dry", "freeze-dried", "evaporated", "condensed"];
    private const string DairyGroup = "Dairy and Egg Products";

    private static readonly IntakeNutrient[] NutrientsWithTarget = [IntakeNutrient.Calcium, IntakeNutrient.VitaminD, IntakeNutrient.VitaminKTotal];

    private IntakeAnalysis(
        IReadOnlyList<DailyIntake> days,
        IntakeAverage average,
        IReadOnlyDictionary<IntakeNutrient, DietaryReferenceIntake> references,
        IReadOnlyDictionary<IntakeNutrient, IReadOnlyList<FoodContribution>> topContributors,
        IReadOnlyList<IntakeGap> gaps)
    {
        Days = days;
        Average = average;
        References = references;
        TopContributors = topContributors;
        Gaps = gaps;
    }

    /// <summary>Every logged day, in date order.</summary>
    public IReadOnlyList<DailyIntake> Days { get; }

    /// <summary>The 7-day average.</summary>
    public IntakeAverage Average { get; }

    /// <summary>The person's reference intakes by nutrient (calcium, vitamin D, total vitamin K).</summary>
    public IReadOnlyDictionary<IntakeNutrient, DietaryReferenceIntake> References { get; }

    /// <summary>For each of the seven nutrients, up to <see cref="ListLength"/> foods that gave most of it over the
    /// averaged days (foods only; supplements are reported apart).</summary>
    public IReadOnlyDictionary<IntakeNutrient, IReadOnlyList<FoodContribution>> TopContributors { get; }

    /// <summary>The nutrients whose average is below target, with foods to close the gap.</summary>
    public IReadOnlyList<IntakeGap> Gaps { get; }

    /// <summary>
    /// Analyses a diary for a person.
    /// </summary>
    /// <param name="foods">Food entries.</param>
    /// <param name="supplements">Supplement entries.</param>
    /// <param name="person">The person (age and sex select the reference intakes).</param>
    /// <param name="intakes">The reference-intake catalogue.</param>
    /// <param name="catalogue">The foods that may be suggested to close a gap: a <see cref="SuggestedFoodList"/> (the
    /// reviewed common foods, with their portions) or any list of foods (each with its <see cref="Serving"/>).</param>
    /// <param name="limits">What the person's medicines and conditions rule out among the suggestions; none when null.</param>
    /// <exception cref="InvalidInputException">The diary has no entry at all.</exception>
    public static IntakeAnalysis Analyse(
        IEnumerable<DiaryEntry> foods,
        IEnumerable<SupplementEntry> supplements,
        PersonProfile person,
        DietaryReferenceIntakes intakes,
        IReadOnlyList<Food> catalogue,
        GapFoodLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(foods);
        ArgumentNullException.ThrowIfNull(supplements);
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(intakes);
        ArgumentNullException.ThrowIfNull(catalogue);

        var references = intakes.For(person.AgeYears, person.Sex);
        var content = new Dictionary<Food, (NutrientAmount Amount, bool IsComplete)[]>(ReferenceEqualityComparer.Instance);
        var foodsByDay = ByDay(foods, static e => e.Date);
        var supplementsByDay = ByDay(supplements, static e => e.Date);
        var dates = new List<DateOnly>(foodsByDay.Count + supplementsByDay.Count);
        dates.AddRange(foodsByDay.Keys);
        foreach (var date in supplementsByDay.Keys)
        {
            if (!foodsByDay.ContainsKey(date))
            {
                dates.Add(date);
            }
        }

        dates.Sort();
        if (dates.Count == 0)
        {
            throw new InvalidInputException("diary", string.Empty, "at least one food or supplement row");
        }

        var days = new List<DailyIntake>(dates.Count);
        foreach (var date in dates)
        {
            var food = new NutrientAmount[IntakeNutrientDefinition.All.Count];
            var supplement = new NutrientAmount[food.Length];
            var complete = new bool[food.Length];
            Array.Fill(complete, true);
            foreach (var entry in foodsByDay.GetValueOrDefault(date) ?? [])
            {
                var per100 = ContentOf(entry.Food, content);
                for (var n = 0; n < food.Length; n++)
                {
                    food[n] += per100[n].Amount * (entry.Grams / 100.0);
                    complete[n] &= per100[n].IsComplete;
                }
            }

            foreach (var entry in supplementsByDay.GetValueOrDefault(date) ?? [])
            {
                foreach (var n in AddsTo(entry.Nutrient))
                {
                    supplement[(int)n] += entry.Amount;
                }
            }

            var amounts = new IntakeAmount[food.Length];
            for (var n = 0; n < amounts.Length; n++)
            {
                amounts[n] = new IntakeAmount(food[n], supplement[n], complete[n]);
            }

            var totals = new IntakeTotals(amounts);
            days.Add(new DailyIntake(date, totals, AboveUpperLimit(totals, references)));
        }

        var to = dates[^1];
        var from = to.AddDays(-6);
        // The averaged days, their dates and their food entries, in date order, gathered in one pass.
        var window = new List<DailyIntake>(days.Count);
        var windowDates = new List<DateOnly>(days.Count);
        var windowEntries = new List<DiaryEntry>();
        var foodDays = 0;
        foreach (var day in days)
        {
            if (day.Date >= from)
            {
                window.Add(day);
                windowDates.Add(day.Date);
                if (foodsByDay.TryGetValue(day.Date, out var entries))
                {
                    windowEntries.AddRange(entries);
                    foodDays++;
                }
            }
        }

        var average = Mean(window);
        var averageResult = new IntakeAverage(from, to, windowDates, average, AboveUpperLimit(average, references), foodDays);
        var top = TopContributorsOf(windowEntries, window.Count, content);
        var gaps = GapsOf(average, references, catalogue, limits ?? GapFoodLimits.None);
        return new IntakeAnalysis(days, averageResult, references, top, gaps);
    }

    // The entries of each date in the order given; one dictionary of lists instead of GroupBy's lookup copied into one.
    private static Dictionary<DateOnly, List<T>> ByDay<T>(IEnumerable<T> entries, Func<T, DateOnly> dateOf)
    {
        var byDay = new Dictionary<DateOnly, List<T>>();
        foreach (var entry in entries)
        {
            var date = dateOf(entry);
            if (!byDay.TryGetValue(date, out var list))
            {
                list = [];
                byDay.Add(date, list);
            }

            list.Add(entry);
        }

        return byDay;
    }

    // A supplement adds to its own nutrient and to the sums that contain it.
    // The lists are built once (read only), not per supplement row.
    private static IntakeNutrient[] AddsTo(IntakeNutrient nutrient) => nutrient switch
    {
        IntakeNutrient.VitaminK1 => VitaminK1AddsTo,
        IntakeNutrient.Menaquinone4 => Menaquinone4AddsTo,
        IntakeNutrient.LongChainMenaquinones => LongChainMenaquinonesAddsTo,
        _ => OwnNutrientOnly[(int)nutrient],
    };

    private static readonly IntakeNutrient[] VitaminK1AddsTo = [IntakeNutrient.VitaminK1, IntakeNutrient.VitaminKTotal];
    private static readonly IntakeNutrient[] Menaquinone4AddsTo = [IntakeNutrient.Menaquinone4, IntakeNutrient.VitaminK2Total, IntakeNutrient.VitaminKTotal];
    private static readonly IntakeNutrient[] LongChainMenaquinonesAddsTo =
        [IntakeNutrient.LongChainMenaquinones, IntakeNutrient.VitaminK2Total, IntakeNutrient.VitaminKTotal];
    private static readonly IntakeNutrient[][] OwnNutrientOnly = [.. Enumerable.Range(0, IntakeNutrientDefinition.All.Count).Select(n => new[] { (IntakeNutrient)n })];

    private static (NutrientAmount Amount, bool IsComplete)[] ContentOf(Food food, Dictionary<Food, (NutrientAmount, bool)[]> cache)
    {
        if (!cache.TryGetValue(food, out var values))
        {
            // A plain loop: a LINQ projection here allocated a closure, a delegate and an iterator per diary food.
            var all = IntakeNutrientDefinition.All;
            values = new (NutrientAmount, bool)[all.Count];
            for (var n = 0; n < values.Length; n++)
            {
                values[n] = all[n].PerHundredGrams(food);
            }

            cache[food] = values;
        }

        return values;
    }

    private static IntakeTotals Mean(List<DailyIntake> window)
    {
        var amounts = new IntakeAmount[IntakeNutrientDefinition.All.Count];
        foreach (var definition in IntakeNutrientDefinition.All)
        {
            var food = NutrientAmount.Zero;
            var supplement = NutrientAmount.Zero;
            var complete = true;
            foreach (var day in window)
            {
                var amount = day.Totals[definition.Nutrient];
                food += amount.Food;
                supplement += amount.Supplements;
                complete &= amount.IsComplete;
            }

            amounts[(int)definition.Nutrient] = new IntakeAmount(food * (1.0 / window.Count), supplement * (1.0 / window.Count), complete);
        }

        return new IntakeTotals(amounts);
    }

    // A loop and a sort of the (few) nutrients above their limit: this runs for every diary day.
    private static List<IntakeNutrient> AboveUpperLimit(IntakeTotals totals, IReadOnlyDictionary<IntakeNutrient, DietaryReferenceIntake> references)
    {
        var above = new List<IntakeNutrient>();
        foreach (var r in references.Values)
        {
            if (r.UpperLimit is { } limit && totals[r.Nutrient].Total > limit)
            {
                above.Add(r.Nutrient);
            }
        }

        above.Sort();
        return above;
    }

    private static Dictionary<IntakeNutrient, IReadOnlyList<FoodContribution>> TopContributorsOf(
        List<DiaryEntry> entries, int dayCount, Dictionary<Food, (NutrientAmount, bool)[]> cache)
    {
        var result = new Dictionary<IntakeNutrient, IReadOnlyList<FoodContribution>>();
        // Grams per food (the same instance), foods in order of first appearance, summed in diary order: what
        // GroupBy + Sum gave, without a lookup, groupings and a closure per food.
        var byFood = new List<(Food Food, double Grams)>();
        var index = new Dictionary<Food, int>(ReferenceEqualityComparer.Instance);
        foreach (var e in entries)
        {
            if (index.TryGetValue(e.Food, out var at))
            {
                byFood[at] = (e.Food, byFood[at].Grams + e.Grams);
            }
            else
            {
                index.Add(e.Food, byFood.Count);
                byFood.Add((e.Food, 0.0 + e.Grams)); // from zero, as Sum starts
            }
        }
        // Plain loops rather than a LINQ chain per nutrient: this runs for every nutrient of every assessment with a diary.
        var ranked = new List<(Food Food, NutrientAmount Amount, int Order)>(byFood.Count);
        foreach (var definition in IntakeNutrientDefinition.All)
        {
            var n = (int)definition.Nutrient;
            var total = 0.0;
            ranked.Clear();
            for (var i = 0; i < byFood.Count; i++)
            {
                var (food, grams) = byFood[i];
                var amount = ContentOf(food, cache)[n].Amount * (grams / 100.0);
                total += amount.Micrograms;
                if (amount.Micrograms > 0)
                {
                    ranked.Add((food, amount, i));
                }
            }

            // Largest first, then by food id; the diary order last makes the unstable sort give what a stable one would.
            ranked.Sort(static (a, b) =>
            {
                var byAmount = b.Amount.Micrograms.CompareTo(a.Amount.Micrograms);
                if (byAmount != 0)
                {
                    return byAmount;
                }

                var byId = string.CompareOrdinal(a.Food.Id, b.Food.Id);
                return byId != 0 ? byId : a.Order.CompareTo(b.Order);
            });
            var top = new FoodContribution[Math.Min(ListLength, ranked.Count)];
            for (var i = 0; i < top.Length; i++)
            {
                var (food, amount, _) = ranked[i];
                top[i] = new FoodContribution(food, amount * (1.0 / dayCount), amount.Micrograms / total);
            }

            result[definition.Nutrient] = top;
        }

        return result;
    }

    private static List<IntakeGap> GapsOf(
        IntakeTotals average,
        IReadOnlyDictionary<IntakeNutrient, DietaryReferenceIntake> references,
        IReadOnlyList<Food> catalogue,
        GapFoodLimits limits)
    {
        var gaps = new List<IntakeGap>();
        foreach (var nutrient in NutrientsWithTarget)
        {
            if (!references.TryGetValue(nutrient, out var reference) || average[nutrient].Total >= reference.Target)
            {
                continue;
            }

            var shortfall = reference.Target.Shortfall(average[nutrient].Total);
            var suggestions = new List<GapFood>();
            var notes = new List<string>();
            var vka = limits.VitaminKAntagonists.Count > 0;
            if (nutrient == IntakeNutrient.VitaminKTotal && vka)
            {
                // A vitamin K antagonist: no vitamin K food is suggested. Changing vitamin K intake changes the INR;
                // people on warfarin are advised a steady vitamin K intake (Booth & Centurelli 1999).
                notes.Add($"No vitamin K foods are suggested because you take {Join(limits.VitaminKAntagonists)}: keep the vitamin K in your food about "
                    + "the same from week to week, and talk to your anticoagulation clinic before changing it.");
            }
            else if (nutrient != IntakeNutrient.VitaminKTotal && limits.CalciumAndVitaminDHeldBecause is { } held)
            {
                var name = nutrient == IntakeNutrient.Calcium ? "calcium" : "vitamin D";
                notes.Add($"No {name}-rich foods are suggested because of {held}: ask your specialist how much {name} you should have before eating more of it.");
            }
            else
            {
                var index = GapIndex.For(catalogue);
                var skipped = new Skipped();
                var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                if (nutrient == IntakeNutrient.VitaminKTotal)
                {
                    // K2-rich foods first (the seed article's point: K2 is what diets and trackers miss), ranked by K2 per
                    // portion but counted by their total vitamin K towards the gap.
                    Suggest(index, IntakeNutrient.VitaminK2Total, nutrient, shortfall, K2FoodsFirst, reference.Target * K2RichShareOfTarget,
                        average, references, limits, taken, suggestions, skipped);
                }

                Suggest(index, nutrient, nutrient, shortfall, ListLength, NutrientAmount.Zero, average, references, limits, taken, suggestions, skipped);
                if (nutrient == IntakeNutrient.Calcium && limits.KidneyStones)
                {
                    // AUA (Pearle 2014): calcium stone formers keep a normal dietary calcium intake (1,000–1,200 mg a day).
                    notes.Add("With kidney stones, calcium from food (rather than from supplements) is the way to close this gap: eat it with meals.");
                }

                if (skipped.VitaminK)
                {
                    notes.Add($"Foods rich in vitamin K, such as leafy greens, are left out because you take {Join(limits.VitaminKAntagonists)}.");
                }

                foreach (var over in skipped.AboveUpperLimit.Order())
                {
                    notes.Add($"Foods that would take your {(over == IntakeNutrient.Calcium ? "calcium" : "vitamin D")} above its upper limit are left out.");
                }

                if (skipped.HighOxalate)
                {
                    // AUA (Pearle 2014): limit oxalate-rich foods.
                    notes.Add("High-oxalate foods such as spinach are left out because of your kidney stones.");
                }
            }

            gaps.Add(new IntakeGap(nutrient, average[nutrient].Total, reference.Target, shortfall, !average[nutrient].IsComplete, suggestions,
                notes.Count == 0 ? null : string.Join(' ', notes)));
        }

        return gaps;
    }

    private static string Join(IReadOnlyList<string> names) =>
        names.Count <= 1 ? string.Concat(names) : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];

    // Why candidates were passed over, for the gap's note.
    private sealed class Skipped
    {
        public bool VitaminK { get; set; }

        public bool HighOxalate { get; set; }

        public HashSet<IntakeNutrient> AboveUpperLimit { get; } = [];
    }

    // Adds to `suggestions` up to `count` foods (in all) ranked by `rankBy` per portion, one of each kind (name head for a
    // plain catalogue), each passing the person's limits: no portion takes a nutrient above its upper limit (the 7-day
    // average total plus the portion), no vitamin K food for a vitamin K antagonist, no high-oxalate food with kidney stones.
    private static void Suggest(
        GapIndex index,
        IntakeNutrient rankBy,
        IntakeNutrient gap,
        NutrientAmount shortfall,
        int count,
        NutrientAmount minimum,
        IntakeTotals average,
        IReadOnlyDictionary<IntakeNutrient, DietaryReferenceIntake> references,
        GapFoodLimits limits,
        HashSet<string> taken,
        List<GapFood> suggestions,
        Skipped skipped)
    {
        var vka = limits.VitaminKAntagonists.Count > 0;
        foreach (var c in index.Ranked(rankBy))
        {
            if (suggestions.Count >= count || !(c.Rank >= minimum))
            {
                return;
            }

            if (taken.Contains(c.Head))
            {
                continue;
            }

            if (vka && c.Values[(int)IntakeNutrient.VitaminKTotal].Amount.Micrograms * (c.Portion.Grams / 100.0) >= VitaminKAntagonistMaximumMicrograms)
            {
                skipped.VitaminK = true;
                continue;
            }

            if (limits.KidneyStones && c.HighOxalate)
            {
                skipped.HighOxalate = true;
                continue;
            }

            var above = false;
            foreach (var r in references.Values)
            {
                // A portion without the nutrient never passes its limit, even when the average is above it already.
                var adds = c.Values[(int)r.Nutrient].Amount * (c.Portion.Grams / 100.0);
                if (r.UpperLimit is { } limit && adds.Micrograms > 0 && average[r.Nutrient].Total + adds > limit)
                {
                    skipped.AboveUpperLimit.Add(r.Nutrient);
                    above = true;
                }
            }

            if (above)
            {
                continue;
            }

            taken.Add(c.Head);
            var amount = c.Values[(int)gap].Amount * (c.Portion.Grams / 100.0);
            suggestions.Add(new GapFood(c.Food, c.Portion, amount, shortfall.Micrograms / amount.Micrograms, rankBy));
        }
    }

    /// <summary>True when <paramref name="food"/> is never suggested to close a gap (see the exclusion lists above).</summary>
    internal static bool IsExcluded(Food food)
    {
        if (ExcludedGroups.Contains(food.Group, StringComparer.OrdinalIgnoreCase)
            || ExcludedNamePrefixes.Any(p => food.Name.StartsWith(p, StringComparison.OrdinalIgnoreCase))
            || ExcludedNameParts.Any(p => food.Name.Contains(p, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var words = food.Name.Split([' ', ',', '(', ')', '/'], StringSplitOptions.RemoveEmptyEntries);
        var dairy = string.Equals(food.Group, DairyGroup, StringComparison.OrdinalIgnoreCase);
        return words.Any(w => ExcludedNameWords.Contains(w, StringComparer.OrdinalIgnoreCase)
            || (dairy && string.Equals(w, "dried", StringComparison.OrdinalIgnoreCase)));
    }

    private static string Head(string name)
    {
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        return comma < 0 ? name : name[..comma];
    }

    // The catalogue's foods that may close a gap, ranked per nutrient by amount per portion, built once per catalogue
    // instance: ranking all ~8,800 foods on every analysis cost more than the rest of an assessment together. The
    // ranking depends only on the catalogue (never on the person, whose limits are applied while taking foods from it),
    // so memoising it keeps the analysis pure; catalogues are immutable lists, loaded once by the hosts.
    // A SuggestedFoodList gives its own portions, kinds and nutrients; a plain list of foods falls back to every food not
    // excluded, with its Serving, one per name head.
    private sealed class GapIndex
    {
        private static readonly ConditionalWeakTable<IReadOnlyList<Food>, GapIndex> Indexes = [];

        private readonly Candidate[][] _ranked;

        private GapIndex(IReadOnlyList<Food> catalogue)
        {
            var content = new Dictionary<Food, (NutrientAmount, bool)[]>();
            var eligible = new List<(Candidate Candidate, IReadOnlyList<IntakeNutrient>? For)>();
            if (catalogue is SuggestedFoodList reviewed)
            {
                foreach (var e in reviewed.Entries)
                {
                    eligible.Add((new Candidate(e.Food, e.Kind, e.Serving, ContentOf(e.Food, content), NutrientAmount.Zero, e.HighOxalate), e.SuggestedFor));
                }
            }
            else
            {
                foreach (var food in catalogue)
                {
                    if (!IsExcluded(food) && Serving.Of(food) is { } portion)
                    {
                        eligible.Add((new Candidate(food, Head(food.Name), portion, ContentOf(food, content), NutrientAmount.Zero, false), null));
                    }
                }
            }

            var nutrients = Enum.GetValues<IntakeNutrient>();
            _ranked = new Candidate[nutrients.Max(n => (int)n) + 1][];
            foreach (var n in nutrients)
            {
                // A reviewed food is ranked for the gaps it is listed for; the K2 ranking leads a vitamin K gap.
                var gap = n is IntakeNutrient.VitaminK1 or IntakeNutrient.Menaquinone4 or IntakeNutrient.LongChainMenaquinones or IntakeNutrient.VitaminK2Total
                    ? IntakeNutrient.VitaminKTotal
                    : n;
                _ranked[(int)n] =
                [
                    .. eligible
                        .Where(e => e.For is null || e.For.Contains(gap))
                        .Select(e => e.Candidate with { Rank = e.Candidate.Values[(int)n].Amount * (e.Candidate.Portion.Grams / 100.0) })
                        .Where(e => e.Rank.Micrograms > 0)
                        .OrderByDescending(e => e.Rank.Micrograms)
                        .ThenBy(e => e.Food.Id, StringComparer.Ordinal),
                ];
            }
        }

        public static GapIndex For(IReadOnlyList<Food> catalogue) => Indexes.GetValue(catalogue, c => new GapIndex(c));

        /// <summary>The foods with some of the nutrient, highest per portion first.</summary>
        public Candidate[] Ranked(IntakeNutrient rankBy) => _ranked[(int)rankBy];
    }

    private sealed record Candidate(Food Food, string Head, Portion Portion, (NutrientAmount Amount, bool IsComplete)[] Values, NutrientAmount Rank, bool HighOxalate);
}
