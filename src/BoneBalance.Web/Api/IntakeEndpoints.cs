using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Core.Validation;
using BoneBalance.Data.Contracts;
using BoneBalance.Web.Diary;
using BoneBalance.Web.Profile;

namespace BoneBalance.Web.Api;

/// <summary>
/// <c>GET /api/intake?from=&amp;to=</c>: the diary's intake per day and as the 7-day average against the person's
/// reference intakes, the profile's daily supplements counted on every logged day (as the assessment counts them), as
/// the <see cref="IntakeDocument"/> of <c>bonebalance intake --json</c> (<c>"intake": null</c> when nothing was logged
/// between <c>from</c> and <c>to</c>). Age and sex come from the profile, or from <c>age</c> and <c>sex</c> query parameters when the
/// profile has none.
/// </summary>
internal static class IntakeEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static void MapIntakeEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/intake", async (
                DiaryBook diary, ProfileStore profiles, DietaryReferenceIntakes intakes, Data.FoodCatalogue catalogue, PersonDay day,
                string? from, string? to, string? age, string? sex, CancellationToken ct) =>
            {
                var (first, last) = DiaryEndpoints.Span(day, from, to);
                // The saved profile is read once: its person (unless age and sex are given) and its daily supplements.
                var saved = await profiles.InputAsync(ct).ConfigureAwait(false);
                var person = Person(saved?.Person, age, sex);
                var daily = saved?.Supplements ?? [];
                var (foods, supplements, skipped) = await diary.EntriesAsync(first, last, ct).ConfigureAwait(false);
                var taken = DailySupplement.OnLoggedDays(foods, supplements, daily);
                var analysis = foods.Count == 0 && supplements.Count == 0 ? null : IntakeAnalysis.Analyse(foods, taken, person, intakes, catalogue.CommonFoods);
                return new Utf8JsonResult(
                    StatusCodes.Status200OK,
                    AssessmentDocument.ToUtf8(json => IntakeDocument.Write(json, person, analysis, taken, skipped), indented: false),
                    null);
            })
            .WithTags("Diary")
            .WithSummary("Intake of K1, MK-4, MK-7+, K2, total K, vitamin D and calcium per day and as the 7-day average, against the person's reference intakes");

    private static PersonProfile Person(PersonProfile? saved, string? age, string? sex)
    {
        if (age is not null || sex is not null)
        {
            var errors = new List<FieldError>();
            int? years = null;
            Sex? parsed = null;
            try
            {
                years = ProfileJson.ParseAge("age", age);
            }
            catch (InvalidInputException e)
            {
                errors.AddRange(e.Errors);
            }

            try
            {
                parsed = ProfileJson.ParseSex("sex", sex);
            }
            catch (InvalidInputException e)
            {
                errors.AddRange(e.Errors);
            }

            return errors.Count > 0 ? throw new InvalidInputException(errors) : PersonProfile.Create(years!.Value, parsed!.Value);
        }

        return saved
            ?? throw new InvalidInputException(
            [
                new FieldError("age", string.Empty, "18 to 120 (set person.age in PUT /api/profile, or pass ?age=)"),
                new FieldError("sex", string.Empty, "female|male (set person.sex in PUT /api/profile, or pass ?sex=)"),
            ]);
    }
}
