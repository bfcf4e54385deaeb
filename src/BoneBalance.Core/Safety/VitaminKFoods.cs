using System.Globalization;
using BoneBalance.Core.Measures;
using BoneBalance.Core.Nutrition;

namespace BoneBalance.Core.Safety;

/// <summary>
/// One food row of a diary day as the vitamin K antagonist rules read it: what it was, how much, the vitamin K it gave
/// (K1 + every menaquinone, <see cref="IntakeNutrient.VitaminKTotal"/>) and whether it is natto.
/// </summary>
/// <param name="FoodId">The catalogue id (<c>usda:16113</c>).</param>
/// <param name="FoodName">The catalogue name (<c>Natto</c>, <c>Spinach, raw</c>).</param>
/// <param name="Grams">Grams eaten.</param>
/// <param name="VitaminK">Vitamin K (K1 + K2) in the portion; a lower bound when a form was not analysed.</param>
/// <param name="IsNatto">True for natto (<see cref="VitaminKFoods.IsNatto(string, string)"/>).</param>
public sealed record VitaminKFoodEntry(string FoodId, string FoodName, double Grams, NutrientAmount VitaminK, bool IsNatto)
{
    /// <summary>True when this one portion is natto or holds at least <see cref="VitaminKFoods.HighPortionMicrograms"/>:
    /// what the diary page warns a vitamin K antagonist user about the moment it is logged.</summary>
    public bool IsHighVitaminK => IsNatto || VitaminK.Micrograms >= VitaminKFoods.HighPortionMicrograms;

    /// <summary>The portion in a few words for a person: "250 g spinach", "45 g natto".</summary>
    public string Portion => string.Create(CultureInfo.InvariantCulture, $"{Grams:#,0.#} g {VitaminKFoods.ShortName(FoodName)}");
}

/// <summary>One diary day with food rows: its food vitamin K (K1 + K2, supplements excluded) and the rows.</summary>
/// <param name="Date">The day.</param>
/// <param name="VitaminK">Vitamin K from the day's foods.</param>
/// <param name="Foods">The day's food rows in diary order.</param>
public sealed record VitaminKFoodDay(DateOnly Date, NutrientAmount VitaminK, IReadOnlyList<VitaminKFoodEntry> Foods);

/// <summary>
/// The thresholds and the natto test of VKA_VITAMIN_K_FOOD and of the diary page's warning, and the per-day facts they
/// are read from. Pure: a diary in, typed days out.
/// </summary>
/// <remarks>
/// <para><b>Why 150 µg.</b> In stably anticoagulated volunteers given vitamin K1 on top of their usual diet for 7 days at
/// weekly increasing doses (50–500 µg/day), 150 µg/day was the smallest dose that lowered the INR significantly (clinically
/// relevant in 25 % of them); 100 µg/day did not (Schurgers 2004, <see cref="SafetySources.Schurgers2004"/>). In 53
/// patients keeping a 4-week food diary, each 100 µg/day more dietary vitamin K averaged over 4 days lowered the INR by
/// 0.2 (Khan 2004, <see cref="SafetySources.Khan2004"/>), so 150 µg is ≈ 0.3 INR units; a 4-day diet change moved the
/// INR in a randomised crossover (Franco 2004, <see cref="SafetySources.Franco2004"/>). The studies measured sustained
/// changes over 4–7 days; Schurgers 2004 found single spinach or broccoli meals gave a short-lived response. Applying the
/// 150 µg to the difference between two diary days is therefore a screen that errs on the side of telling: a week
/// whose days differ by that much is a diet that is not steady, which is what anticoagulation clinics ask to avoid.</para>
/// <para><b>Why any natto.</b> Natto holds ≈ 939 µg MK-7 per 100 g (Kamao 2007, the catalogue's value; the ODS table gives
/// 850 µg per 3 oz), and MK-7 at 10–20 µg/day — a spoonful of natto — already lowered the INR relevantly in anticoagulated
/// volunteers (Theuwissen 2013, <see cref="SafetySources.Theuwissen2013"/>), so no amount of natto is small enough.</para>
/// </remarks>
public static class VitaminKFoods
{
    /// <summary>Difference in food vitamin K (K1 + K2) between two diary days of the window, in µg, from which
    /// VKA_VITAMIN_K_FOOD warns: 150 µg/day, the smallest daily vitamin K1 dose that lowered the INR significantly in
    /// Schurgers LJ, et al. Blood 2004;104(9):2682-2689 (100 µg/day did not); ≈ 0.3 INR units by Khan T, et al. Br J
    /// Haematol 2004;124(3):348-354 (−0.2 INR per +100 µg/day).</summary>
    public const double DayToDayChangeMicrograms = 150;

    /// <summary>Vitamin K (K1 + K2) in one logged portion, in µg, from which the diary page warns a vitamin K
    /// antagonist user: the same 150 µg (Schurgers 2004), since one such portion alone makes its day differ from a day
    /// without it by the rule's <see cref="DayToDayChangeMicrograms"/>.</summary>
    public const double HighPortionMicrograms = DayToDayChangeMicrograms;

    /// <summary>The catalogue's natto: SR28 NDB 16113 "Natto", which carries MK-7 939 µg/100 g from Kamao 2007
    /// (data/nutrition/menaquinone_mapping.csv).</summary>
    public const string NattoFoodId = "usda:16113";

    /// <summary>True for natto: the catalogue's natto id, or a food whose name has the word "natto" or "nattō" (so a
    /// literature or imported natto row counts too, and "annatto" does not).</summary>
    public static bool IsNatto(string foodId, string foodName)
    {
        ArgumentNullException.ThrowIfNull(foodId);
        ArgumentNullException.ThrowIfNull(foodName);
        if (string.Equals(foodId, NattoFoodId, StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var word in foodName.Split(NonLetters(foodName), StringSplitOptions.RemoveEmptyEntries))
        {
            if (string.Equals(word, "natto", StringComparison.OrdinalIgnoreCase) || string.Equals(word, "nattō", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One diary row as the rules read it.</summary>
    public static VitaminKFoodEntry Entry(DiaryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var per100 = IntakeNutrientDefinition.Of(IntakeNutrient.VitaminKTotal).PerHundredGrams(entry.Food).Amount;
        return new VitaminKFoodEntry(entry.Food.Id, entry.Food.Name, entry.Grams, per100 * (entry.Grams / 100.0), IsNatto(entry.Food.Id, entry.Food.Name));
    }

    /// <summary>The days of <paramref name="entries"/> from <paramref name="from"/> to <paramref name="to"/> (inclusive)
    /// that have food rows, in date order, each with its food vitamin K and rows. Days with supplements only are not
    /// days of food and are left out (their food vitamin K is not known to be zero).</summary>
    public static IReadOnlyList<VitaminKFoodDay> Days(IEnumerable<DiaryEntry> entries, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var byDay = new SortedDictionary<DateOnly, List<VitaminKFoodEntry>>();
        foreach (var e in entries)
        {
            if (e.Date < from || e.Date > to)
            {
                continue;
            }

            if (!byDay.TryGetValue(e.Date, out var list))
            {
                byDay.Add(e.Date, list = []);
            }

            list.Add(Entry(e));
        }

        return [.. byDay.Select(d => new VitaminKFoodDay(d.Key, d.Value.Aggregate(NutrientAmount.Zero, (sum, f) => sum + f.VitaminK), d.Value))];
    }

    /// <summary>A catalogue name in a few words: the part before the first comma, lower-cased unless it reads as a
    /// proper name or abbreviation ("Spinach, raw" → "spinach"; "Natto" → "natto"; "USDA …" stays).</summary>
    public static string ShortName(string foodName)
    {
        ArgumentNullException.ThrowIfNull(foodName);
        var comma = foodName.IndexOf(',', StringComparison.Ordinal);
        var head = (comma < 0 ? foodName : foodName[..comma]).Trim();
        return head.Length >= 2 && char.IsUpper(head[0]) && !char.IsUpper(head[1])
            ? char.ToLowerInvariant(head[0]) + head[1..]
            : head;
    }

    private static char[] NonLetters(string text) => [.. text.Where(c => !char.IsLetter(c)).Distinct()];
}
