using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Measures;
using BoneBalance.Core.People;
using FsCheck.Xunit;

namespace BoneBalance.Core.Tests.FractureRisk;

/// <summary>The allocation-free batch path gives exactly the numbers of the rich path.</summary>
public sealed class ScreeningScoresTests
{
    private static readonly MenopausalStatus[] WomenStatuses =
        [MenopausalStatus.Unknown, MenopausalStatus.Premenopausal, MenopausalStatus.Perimenopausal, MenopausalStatus.Postmenopausal];

    [Property(MaxTest = 2000)]
    public bool FastPathEqualsRichPath(
        byte ageSeed, ushort weightSeed, bool female, byte statusSeed, byte ethnicitySeed, int factorSeed, bool hasWeight, byte extrasSeed, byte fractureSeed)
    {
        var age = PersonProfile.MinimumAge + ageSeed % (PersonProfile.MaximumAge - PersonProfile.MinimumAge + 1);
        var kg = 30 + weightSeed % 1500 / 10.0;
        var sex = female ? Sex.Female : Sex.Male;
        var status = female ? WomenStatuses[statusSeed % WomenStatuses.Length] : MenopausalStatus.NotApplicable;
        var ethnicity = (Ethnicity)(1 + ethnicitySeed % 9);
        var factors = (RiskFactors)(factorSeed & ((1 << 20) - 1));
        var extras = new ScreeningExtras(
            Pick(extrasSeed, 0), Pick(extrasSeed, 2), Pick(extrasSeed, 4), fractureSeed % 3 == 0 ? null : fractureSeed % 6, Pick(extrasSeed, 6));

        var person = PersonProfile.Create(
            age, sex, status, weight: hasWeight ? Mass.FromKilograms(kg) : null, ethnicity: ethnicity, riskFactors: factors);
        var rich = ScreeningTools.All(person, extras);
        var fast = ScreeningTools.Compute(sex, age, status, hasWeight ? kg : null, ethnicity, factors, extras);

        return Same(rich[0], fast.Ost, fast.OstRefers)
            && Same(rich[1], fast.Orai, fast.OraiRefers)
            && Same(rich[2], fast.Score, fast.ScoreRefers)
            && Same(rich[3], fast.Osiris, fast.OsirisRefers);
    }

    [Fact]
    public void Compute_matches_a_row_worked_by_hand()
    {
        // Woman 60, 55 kg, white, no factors: OST −1, ORAI 16, SCORE 24 − 55/0.45359237/10, OSIRIS −1.
        var s = ScreeningTools.Compute(Sex.Female, 60, MenopausalStatus.Postmenopausal, 55, Ethnicity.White, RiskFactors.None);
        Assert.Equal(-1.0, s.Ost);
        Assert.Equal(16.0, s.Orai);
        Assert.Equal(24 - 55 / 0.45359237 / 10, s.Score!.Value, 12);
        Assert.Equal(-1.0, s.Osiris);
        Assert.True(s.OstRefers);
    }

    [Fact]
    public void Compute_gives_nulls_for_a_missing_weight_or_a_tool_that_does_not_apply()
    {
        var noWeight = ScreeningTools.Compute(Sex.Female, 60, MenopausalStatus.Postmenopausal, null, Ethnicity.White, RiskFactors.None);
        Assert.Equal(default, noWeight);

        var man = ScreeningTools.Compute(Sex.Male, 60, MenopausalStatus.NotApplicable, 80, Ethnicity.White, RiskFactors.None);
        Assert.Equal(4.0, man.Ost);
        Assert.Null(man.Orai);
        Assert.Null(man.Score);
        Assert.Null(man.Osiris);
    }

    [Fact]
    public void Compute_does_not_allocate()
    {
        var extras = new ScreeningExtras(LowTraumaFracturesAfter45: 1);
        double sink = 0;
        for (var i = 0; i < 1000; i++)
        {
            sink += ScreeningTools.Compute(Sex.Female, 45 + i % 60, MenopausalStatus.Postmenopausal, 50 + i % 40, Ethnicity.White, RiskFactors.Hrt, extras).Orai ?? 0;
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100_000; i++)
        {
            var s = ScreeningTools.Compute(
                i % 2 == 0 ? Sex.Female : Sex.Male, 18 + i % 100, i % 2 == 0 ? MenopausalStatus.Postmenopausal : MenopausalStatus.NotApplicable,
                i % 7 == 0 ? null : 40 + i % 80, (Ethnicity)(1 + i % 9), (RiskFactors)(i & 0xFFFFF), extras);
            sink += s.Ost ?? 0;
        }

        // One allocation per call would be at least 24 bytes x 100,000 = 2.4 MB; the tiered JIT replacing the
        // loop mid-run (on-stack replacement) may allocate a little on this thread, so allow far less than that.
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 64 * 1024, $"{allocated} bytes allocated in 100,000 calls");
        Assert.True(sink != 0);
    }

    private static bool? Pick(byte seed, int bit) => ((seed >> bit) & 3) switch
    {
        0 => null,
        1 => true,
        2 => false,
        _ => null,
    };

    private static bool Same(ScreeningToolResult rich, double? score, bool? refers) =>
        Nullable.Equals(rich.Score, score) && rich.ReferForDxa == refers;
}
