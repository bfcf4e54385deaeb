using BoneBalance.Core.People;

namespace BoneBalance.Core.FractureRisk;

/// <summary>Who the adult osteoporosis guidelines (BHOF, NOGG) are written for.</summary>
internal static class GuidelinePopulation
{
    /// <summary>
    /// Postmenopausal women (a woman of unknown status aged 50 or over is taken as postmenopausal, as in
    /// <see cref="PersonProfile.UsesTScores"/>) and men of <paramref name="minimumAgeMen"/> or over.
    /// </summary>
    internal static bool IsPostmenopausalWomanOrOlderMan(PersonProfile person, int minimumAgeMen) => person.Sex switch
    {
        Sex.Male => person.AgeYears >= minimumAgeMen,
        _ => person.MenopausalStatus == MenopausalStatus.Postmenopausal
             || (person.MenopausalStatus == MenopausalStatus.Unknown && person.AgeYears >= 50),
    };

    internal static string Describe(PersonProfile person) => person.Sex == Sex.Male
        ? $"a man aged {person.AgeYears}"
        : $"a {MenopausalStatusTokens.Table.ToToken(person.MenopausalStatus).Replace('_', ' ')} woman aged {person.AgeYears}";
}
