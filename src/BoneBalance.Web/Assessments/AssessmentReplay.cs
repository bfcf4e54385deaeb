using System.Text;
using System.Text.Json.Nodes;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Data.Contracts;
using BoneBalance.Data.Persistence;

namespace BoneBalance.Web.Assessments;

/// <summary>
/// Reads a saved assessment's input back into an <see cref="AssessmentInput"/> (for its PDF): the kept profile
/// document, with the kept web-diary rows written as the contract's <c>diary</c>, read by the contract on the day the
/// assessment was made — so the Assessor gives the same result it gave then.
/// </summary>
internal static class AssessmentReplay
{
    /// <summary>The input a saved assessment was computed from.</summary>
    /// <exception cref="Core.Validation.InvalidInputException">The kept input no longer passes the contract.</exception>
    public static AssessmentInput Input(SavedAssessment row, Func<string, Food?> findFood)
    {
        ArgumentNullException.ThrowIfNull(row);
        var kept = JsonNode.Parse(row.InputJson)!.AsObject();
        var profile = kept["profile"]!.AsObject();
        if (kept["diary"] is JsonObject diary)
        {
            var rows = new JsonArray();
            foreach (var food in diary["foods"]?.AsArray() ?? [])
            {
                rows.Add(new JsonObject { ["date"] = food!["date"]!.DeepClone(), ["food"] = food["foodId"]!.DeepClone(), ["grams"] = food["grams"]!.DeepClone() });
            }

            foreach (var supplement in diary["supplements"]?.AsArray() ?? [])
            {
                rows.Add(new JsonObject
                {
                    ["date"] = supplement!["date"]!.DeepClone(), ["supplement"] = supplement["form"]!.DeepClone(),
                    ["dose"] = supplement["dose"]!.DeepClone(), ["unit"] = supplement["unit"]!.DeepClone(),
                });
            }

            if (rows.Count > 0)
            {
                profile = profile.DeepClone().AsObject();
                profile["diary"] = rows;
            }
        }

        // The person's date when it was assessed; rows kept before it was recorded have only the UTC time.
        var today = kept["today"]?.GetValue<string>() is { } date
            ? Diary.DiaryDates.Parse("today", date)
            : DateOnly.FromDateTime(row.CreatedUtc);
        return ProfileDocument.Parse(Encoding.UTF8.GetBytes(profile.ToJsonString()), findFood, today);
    }

    /// <summary>
    /// The input document kept for a profile posted to the API: <c>{"profile": …, "today": "YYYY-MM-DD"}</c>, the body
    /// as sent and the person's date it was assessed on.
    /// </summary>
    public static string PostedInputJson(ReadOnlySpan<byte> utf8Profile, DateOnly today)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (utf8Profile.StartsWith(bom))
        {
            utf8Profile = utf8Profile[bom.Length..];
        }

        return string.Concat("{\"profile\":", Encoding.UTF8.GetString(utf8Profile), ",\"today\":\"", Diary.DiaryDates.Format(today), "\"}");
    }
}
