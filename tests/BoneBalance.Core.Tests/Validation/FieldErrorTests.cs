using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Tests.Validation;

public class FieldErrorTests
{
    [Fact]
    public void A_range_problem_is_the_default_wording()
    {
        Assert.Equal("age '12' is out of range; valid: 18 to 120 years.", new FieldError("age", "12", "18 to 120 years").Message);
    }

    [Fact]
    public void Other_problems_are_worded_as_given()
    {
        Assert.Equal(
            "birth_date 'x' is not a date; valid: a date YYYY-MM-DD.",
            new FieldError("birth_date", "x", "a date YYYY-MM-DD", FieldError.NotADate).Message);
        Assert.Equal(
            "later_site 'spine' conflicts with the earlier scan's site; valid: total_hip.",
            new FieldError("later_site", "spine", "total_hip", FieldError.ConflictsWith("the earlier scan's site")).Message);
    }

    [Fact]
    public void A_missing_value_is_required_whatever_the_problem()
    {
        Assert.Equal("sex is required; valid: female|male.", new FieldError("sex", string.Empty, "female|male", FieldError.NotAValidValue).Message);
    }

    [Fact]
    public void Nan_is_not_a_number_and_infinity_is_out_of_range()
    {
        Assert.Equal(FieldError.NotANumber, Assert.Throws<InvalidInputException>(() => Check.Inclusive("bmi", double.NaN, 5, 150)).Errors[0].Problem);
        Assert.Equal(FieldError.OutOfRange, Assert.Throws<InvalidInputException>(() => Check.Inclusive("bmi", double.PositiveInfinity, 5, 150)).Errors[0].Problem);
    }

    [Fact]
    public void A_value_over_100_characters_is_quoted_by_its_start_and_its_length()
    {
        var exactly100 = new string('1', 100);
        Assert.Equal($"grams '{exactly100}' is out of range; valid: 0 to 5000.", new FieldError("grams", exactly100, "0 to 5000").Message);

        var huge = new string('1', 50_000_000);
        var error = new FieldError("grams", huge, "0 to 5000");
        Assert.Equal($"grams '{exactly100}…' (50,000,000 characters) is out of range; valid: 0 to 5000.", error.Message);
        Assert.Same(huge, error.Value);
    }
}
