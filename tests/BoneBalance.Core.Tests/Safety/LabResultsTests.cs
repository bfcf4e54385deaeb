using BoneBalance.Core.Safety;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Tests.Safety;

public class LabResultsTests
{
    [Theory]
    [InlineData(-1.0, null, null, null, "labs.vitaminD25ohNgPerMl", "0 to 500 ng/mL")]
    [InlineData(double.NaN, null, null, null, "labs.vitaminD25ohNgPerMl", "0 to 500 ng/mL")]
    [InlineData(null, 2.4, null, null, "labs.calciumMgPerDl", "4 to 25 mg/dL")]
    [InlineData(null, double.PositiveInfinity, null, null, "labs.calciumMgPerDl", "4 to 25 mg/dL")]
    [InlineData(null, null, 0.0, null, "labs.inr", "0.5 to 25")]
    [InlineData(null, null, 30.0, null, "labs.inr", "0.5 to 25")]
    [InlineData(null, null, null, -5.0, "labs.egfr", "0 to 250 mL/min/1.73 m²")]
    [InlineData(null, null, null, 300.0, "labs.egfr", "0 to 250 mL/min/1.73 m²")]
    public void Out_of_range_values_are_refused_naming_field_and_range(double? vitaminD, double? calcium, double? inr, double? egfr, string field, string range)
    {
        var e = Assert.Throws<InvalidInputException>(() => LabResults.Create(vitaminD, calcium, inr, egfr));
        var error = Assert.Single(e.Errors);
        Assert.Equal(field, error.Field);
        Assert.Equal(range, error.ValidRange);
    }

    [Fact]
    public void Every_bad_value_is_reported_together()
    {
        var e = Assert.Throws<InvalidInputException>(() => LabResults.Create(-1, 100, 0, 999));
        Assert.Equal(["labs.vitaminD25ohNgPerMl", "labs.calciumMgPerDl", "labs.inr", "labs.egfr"], e.Errors.Select(x => x.Field));
    }

    [Fact]
    public void Values_in_range_are_kept_as_given()
    {
        var labs = LabResults.Create(18, 9.5, 2.4, 70);
        Assert.Equal((18.0, 9.5, 2.4, 70.0), (labs.VitaminD25OhNgPerMl, labs.CalciumMgPerDl, labs.Inr, labs.Egfr));
        Assert.Null(LabResults.None.Inr);
    }
}
