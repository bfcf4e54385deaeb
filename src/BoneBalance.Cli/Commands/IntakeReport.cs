using BoneBalance.Cli.Intake;
using BoneBalance.Core.Evidence;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Data.Contracts;

namespace BoneBalance.Cli.Commands;

/// <summary>Everything <c>bonebalance intake</c> shows, computed once and rendered as a table or as JSON.</summary>
/// <param name="Person">The person.</param>
/// <param name="DiaryPath">The diary file as given.</param>
/// <param name="FoodRows">Food rows read.</param>
/// <param name="SupplementRows">Supplement rows read.</param>
/// <param name="Analysis">The analysis.</param>
/// <param name="Citations">Sources of the reference intakes and of the calcium-salt fractions.</param>
internal sealed record IntakeReport(
    PersonProfile Person,
    string DiaryPath,
    int FoodRows,
    int SupplementRows,
    IntakeAnalysis Analysis,
    IReadOnlyList<Citation> Citations)
{
    /// <summary>The supplement rows read.</summary>
    public IReadOnlyList<SupplementEntry> Supplements { get; init; } = [];

    public static IntakeReport For(PersonProfile person, string diaryPath, DiaryFile diary, DietaryReferenceIntakes intakes, IReadOnlyList<Food> catalogue)
    {
        var analysis = IntakeAnalysis.Analyse(diary.Foods, diary.Supplements, person, intakes, catalogue);
        return new IntakeReport(person, diaryPath, diary.Foods.Count, diary.Supplements.Count, analysis, IntakeDocument.Sources(analysis, diary.Supplements))
        {
            Supplements = diary.Supplements,
        };
    }
}
