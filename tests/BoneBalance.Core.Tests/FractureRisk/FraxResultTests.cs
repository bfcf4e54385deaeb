using System.Reflection;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Tests.FractureRisk;

public class FraxResultTests
{
    [Fact]
    public void Valid_probabilities_are_kept()
    {
        var f = new FraxResult(21.5, 3.2);
        Assert.Equal((21.5, 3.2, false), (f.MajorOsteoporoticPercent, f.HipPercent, f.GlucocorticoidAdjusted));
        Assert.Equal((0.0, 100.0), (new FraxResult(0, 100).MajorOsteoporoticPercent, new FraxResult(0, 100).HipPercent));
    }

    [Theory]
    [InlineData(-0.1, 3, "frax_mof")]
    [InlineData(100.1, 3, "frax_mof")]
    [InlineData(double.NaN, 3, "frax_mof")]
    [InlineData(20, -1, "frax_hip")]
    [InlineData(20, double.PositiveInfinity, "frax_hip")]
    public void Out_of_range_probabilities_name_the_field(double mof, double hip, string field)
    {
        var e = Assert.Throws<InvalidInputException>(() => new FraxResult(mof, hip));
        var error = Assert.Single(e.Errors);
        Assert.Equal(field, error.Field);
        Assert.Equal("0 to 100 %", error.ValidRange);
    }

    [Fact]
    public void Both_bad_probabilities_are_reported_together()
    {
        var e = Assert.Throws<InvalidInputException>(() => new FraxResult(120, -5));
        Assert.Equal(["frax_mof", "frax_hip"], e.Errors.Select(x => x.Field));
    }

    // FRAX is a competing-risk probability, QFracture an incidence (Kanis 2017): the API offers no way to turn any
    // other risk object into a FraxResult — no conversion operators, and the only constructor takes the two FRAX
    // percentages (and the glucocorticoid flag) — and the thresholds accept FRAX only as a FraxResult.
    [Fact]
    public void No_other_risk_score_can_become_a_FRAX_result()
    {
        var type = typeof(FraxResult);
        Assert.DoesNotContain(type.GetMethods(BindingFlags.Public | BindingFlags.Static), m => m.Name is "op_Implicit" or "op_Explicit");
        var ctor = Assert.Single(type.GetConstructors(), c => !c.GetParameters().Any(p => p.ParameterType == type));
        Assert.Equal([typeof(double), typeof(double), typeof(bool)], ctor.GetParameters().Select(p => p.ParameterType));
        Assert.Equal(typeof(FraxResult), typeof(TreatmentThresholdInput).GetProperty(nameof(TreatmentThresholdInput.Frax))!.PropertyType);
    }
}
