using System.Globalization;
using BoneBalance.Core.Evidence;

namespace BoneBalance.Core.Safety;

/// <summary>VKA_VITAMIN_K_FOOD: natto, or a day-to-day change in vitamin K from food, in a vitamin K antagonist user's
/// diary (thresholds and their sources: <see cref="VitaminKFoods"/>).</summary>
public sealed partial class SafetyCheck
{
    /// <summary>The finding for the diary days in <see cref="SafetyInput.VitaminKFoodDays"/>, or null when they show
    /// neither natto nor two days whose food vitamin K differs by at least
    /// <see cref="VitaminKFoods.DayToDayChangeMicrograms"/>.</summary>
    private static SafetyFinding? VitaminKFood(Context c, string names, string inr)
    {
        var days = c.Input.VitaminKFoodDays;
        if (days.Count == 0)
        {
            return null;
        }

        var nattoDays = days.Where(d => d.Foods.Any(f => f.IsNatto)).ToList();
        // The lowest day (the earliest of equals) is what every other day is compared with: the largest difference
        // between two days is the highest day's from it.
        var low = days[0];
        foreach (var day in days)
        {
            if (day.VitaminK < low.VitaminK)
            {
                low = day;
            }
        }

        var highDays = days.Where(d => d.VitaminK.Micrograms - low.VitaminK.Micrograms >= VitaminKFoods.DayToDayChangeMicrograms).ToList();
        if (nattoDays.Count == 0 && highDays.Count == 0)
        {
            return null;
        }

        var message = new List<string>();
        var reason = new List<string> { names };
        List<Citation> citations = [SafetySources.Schurgers2004, SafetySources.Khan2004, SafetySources.Franco2004];
        if (nattoDays.Count > 0)
        {
            message.Add($"Your food diary shows natto on {Dates(nattoDays.Select(d => d.Date))}. Natto is very rich in vitamin K2 (MK-7): "
                + $"in a study even 10–20 µg of MK-7 a day — the amount in 1–2 g of natto — lowered the INR, so natto weakens {names}.");
            var ids = nattoDays.SelectMany(d => d.Foods.Where(f => f.IsNatto).Select(f => f.FoodId)).Distinct();
            reason.Add($"natto ({string.Join(", ", ids)}) on {string.Join(", ", nattoDays.Select(d => Iso(d.Date)))}");
            citations.Insert(0, SafetySources.Theuwissen2013);
        }

        if (highDays.Count > 0)
        {
            // Natto days are already named above: they are summed up by their highest day, and only the other days are
            // listed with their largest food.
            var high = new List<string>();
            var nattoHigh = highDays.Where(nattoDays.Contains).ToList();
            if (nattoHigh.Count > 0)
            {
                high.Add($"up to {Micrograms(nattoHigh.Max(d => d.VitaminK.Micrograms))} on {(nattoHigh.Count == 1 ? "the day" : "days")} with natto");
            }

            high.AddRange(highDays.Where(d => !nattoDays.Contains(d))
                .Select(d => $"{Micrograms(d.VitaminK.Micrograms)} on {Date(d.Date)} ({Join(Largest(d).Select(f => f.Portion))})"));
            message.Add($"Your vitamin K from food changed a lot from day to day: {Join(high)}, against {Micrograms(low.VitaminK.Micrograms)} on {Date(low.Date)}. "
                + $"A change of {Micrograms(VitaminKFoods.DayToDayChangeMicrograms)} a day or more can move your INR.");
            var top = highDays.Max(d => d.VitaminK.Micrograms);
            reason.Add(string.Create(CultureInfo.InvariantCulture,
                $"food vitamin K {low.VitaminK.Micrograms:0} µg ({Iso(low.Date)}) to {top:0} µg over {days.Count} diary days {Iso(days[0].Date)} to {Iso(days[^1].Date)}: "
                + $"a difference of {top - low.VitaminK.Micrograms:0} µg, at or above {VitaminKFoods.DayToDayChangeMicrograms:0} µg on {string.Join(", ", highDays.Select(d => Iso(d.Date)))}"));
        }

        return new SafetyFinding(
            SafetyFindingCodes.VkaVitaminKFood,
            SafetySeverity.Warning,
            string.Join(" ", message),
            "Keep the vitamin K in your food about the same every day — similar greens in similar amounts, rather than a lot on some "
                + "days and little on others — and do not eat natto. Tell your anticoagulation clinic about these days and before you "
                + "change what you eat; they can decide whether to check your INR sooner.",
            string.Join("; ", reason) + inr,
            citations);
    }

    // The foods that gave the day most of its vitamin K: the largest row, and any natto row.
    private static IEnumerable<VitaminKFoodEntry> Largest(VitaminKFoodDay day)
    {
        var largest = day.Foods.MaxBy(f => f.VitaminK.Micrograms)!;
        return day.Foods.Where(f => ReferenceEquals(f, largest) || f.IsNatto);
    }

    private static string Micrograms(double micrograms) => string.Create(CultureInfo.InvariantCulture, $"{micrograms:#,0} µg");

    private static string Date(DateOnly date) => date.ToString("d MMM", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Days as a person says them: "17, 19 and 21 Nov", "30 Nov and 1 Dec" (the month once per run of days in it).</summary>
    internal static string Dates(IEnumerable<DateOnly> dates)
    {
        var list = dates.Order().ToList();
        var parts = new List<string>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var lastOfMonth = i == list.Count - 1 || list[i + 1].Month != list[i].Month || list[i + 1].Year != list[i].Year;
            parts.Add(lastOfMonth ? Date(list[i]) : list[i].Day.ToString(CultureInfo.InvariantCulture));
        }

        return Join(parts);
    }
}
