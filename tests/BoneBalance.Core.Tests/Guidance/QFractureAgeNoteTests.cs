using BoneBalance.Core.Guidance;
using static BoneBalance.TestSupport.GuidanceFixtures;

namespace BoneBalance.Core.Tests.Guidance;

/// <summary>QFracture-2012 was derived in people aged 30 to 84 (NICE CG146): a result above 84 carries the
/// extrapolation note, one at 84 does not.</summary>
public class QFractureAgeNoteTests
{
    private const string Extrapolated = "QFracture-2012 was derived in people aged 30 to 84 (NICE CG146 lists 30–84 as its range); results above 84 are extrapolated and should be read with caution.";

    [Theory]
    [InlineData(84, false)]
    [InlineData(85, true)]
    [InlineData(90, true)]
    public void Above_84_the_result_is_marked_as_extrapolated(int age, bool noted)
    {
        var risk = Assess(new AssessmentInput(Woman(age))).FractureRisk;
        Assert.NotNull(risk.QFracture);
        Assert.Equal(noted, risk.Notes.Contains(Extrapolated));
    }
}
