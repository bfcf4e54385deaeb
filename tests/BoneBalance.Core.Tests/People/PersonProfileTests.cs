using BoneBalance.Core.Measures;
using BoneBalance.Core.People;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Tests.People;

public class PersonProfileTests
{
    [Fact]
    public void Bmi_is_computed_from_height_and_weight_when_not_given()
    {
        var p = PersonProfile.Create(67, Sex.Female, height: Length.FromCentimetres(160), weight: Mass.FromKilograms(55));
        Assert.Equal(21.484375, p.BodyMassIndex!.Value.KilogramsPerSquareMetre); // exactly: 55 x 10,000 / 160^2
    }

    [Fact]
    public void A_given_bmi_wins_over_height_and_weight_it_agrees_with()
    {
        // 160 cm, 55 kg: 21.484375 kg/m²; 21.9 is 0.415625 away, within 0.5.
        var p = PersonProfile.Create(
            67, Sex.Female, height: Length.FromCentimetres(160), weight: Mass.FromKilograms(55),
            bodyMassIndex: BodyMassIndex.FromKilogramsPerSquareMetre(21.9));
        Assert.Equal(21.9, p.BodyMassIndex!.Value.KilogramsPerSquareMetre);
    }

    [Theory]
    [InlineData(22.0)] // 0.515625 above 21.484375
    [InlineData(20.9)] // 0.584375 below
    [InlineData(30.0)]
    public void A_given_bmi_that_disagrees_with_height_and_weight_is_refused(double given)
    {
        var e = Assert.Throws<InvalidInputException>(() => PersonProfile.Create(
            67, Sex.Female, height: Length.FromCentimetres(160), weight: Mass.FromKilograms(55),
            bodyMassIndex: BodyMassIndex.FromKilogramsPerSquareMetre(given)));
        var error = Assert.Single(e.Errors);
        Assert.Equal("bmi", error.Field);
        Assert.Equal($"{given.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} (computed 21.5 from weight 55 kg and height 160 cm)", error.Value);
        Assert.Equal("agree with height and weight within 0.5 kg/m², or give only one of them", error.ValidRange);
    }

    [Fact]
    public void The_agreement_tolerance_is_inclusive()
    {
        // 160 cm, 64 kg: exactly 25 kg/m²; 25.5 and 24.5 are exactly 0.5 away (binary-exact values).
        Assert.True(PersonProfile.Agrees(25.5, 25));
        Assert.True(PersonProfile.Agrees(24.5, 25));
        Assert.False(PersonProfile.Agrees(25.5625, 25));
        Assert.Equal(0.5, PersonProfile.BmiAgreementTolerance);
    }

    [Fact]
    public void All_problems_are_reported_together()
    {
        var e = Assert.Throws<InvalidInputException>(() =>
            PersonProfile.Create(12, Sex.Male, MenopausalStatus.Postmenopausal, ethnicity: (Ethnicity)42));
        Assert.Equal(["age", "menopausal_status", "ethnicity"], e.Errors.Select(x => x.Field));
        Assert.Equal("18 to 120 years", e.Errors[0].ValidRange);
        Assert.Contains("white|indian|pakistani", e.Errors[2].ValidRange, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Sex.Female, MenopausalStatus.Postmenopausal, 45, true)]
    [InlineData(Sex.Female, MenopausalStatus.Perimenopausal, 48, true)]
    [InlineData(Sex.Female, MenopausalStatus.Premenopausal, 52, false)]
    [InlineData(Sex.Female, MenopausalStatus.Unknown, 50, true)]
    [InlineData(Sex.Female, MenopausalStatus.Unknown, 49, false)]
    [InlineData(Sex.Male, MenopausalStatus.NotApplicable, 49, false)]
    [InlineData(Sex.Male, MenopausalStatus.NotApplicable, 50, true)]
    public void T_scores_apply_to_postmenopausal_women_and_men_50_plus(Sex sex, MenopausalStatus status, int age, bool expected)
    {
        Assert.Equal(expected, PersonProfile.Create(age, sex, status).UsesTScores);
    }

    [Theory]
    [InlineData("1959-11-25", "2026-11-25", 67)]
    [InlineData("1959-11-26", "2026-11-25", 66)]
    [InlineData("1960-02-29", "2027-02-28", 66)]
    [InlineData("1960-02-29", "2027-03-01", 67)]
    public void Age_is_in_completed_years(string birth, string on, int expected)
    {
        Assert.Equal(expected, PersonProfile.AgeOn(DateOnly.Parse(birth), DateOnly.Parse(on)));
    }

    [Fact]
    public void Birth_date_after_the_assessment_date_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => PersonProfile.AgeOn(new DateOnly(2030, 1, 1), new DateOnly(2026, 1, 1)));
        Assert.Equal("birth_date", e.Errors[0].Field);
    }

    [Theory]
    [InlineData("Black-Caribbean", Ethnicity.BlackCaribbean)]
    [InlineData(" OTHER_ASIAN ", Ethnicity.OtherAsian)]
    [InlineData("not_recorded", Ethnicity.White)]
    public void Tokens_parse_case_insensitively_with_dash_or_underscore(string token, Ethnicity expected)
    {
        Assert.Equal(expected, EthnicityTokens.Table.Parse("ethnicity", token));
    }

    [Fact]
    public void Unknown_token_lists_the_valid_values()
    {
        var e = Assert.Throws<InvalidInputException>(() => SmokingStatusTokens.Table.Parse("smoking", "sometimes"));
        Assert.Equal("smoking 'sometimes' is not one of the valid values; valid: never|former|light|moderate|heavy.", e.Message);
    }

    [Fact]
    public void Every_risk_factor_has_a_token_and_a_description()
    {
        var flags = Enum.GetValues<RiskFactors>().Where(f => f != RiskFactors.None).ToArray();
        Assert.Equal(20, flags.Length);
        Assert.All(flags, f => Assert.False(string.IsNullOrWhiteSpace(RiskFactorCatalogue.Describe(f).Description)));
        Assert.Equal(RiskFactors.EpilepsyOrAnticonvulsants, RiskFactorCatalogue.Tokens.Parse("factor", "epilepsy_or_anticonvulsants"));
    }
}

public class TokenTableUtf8Tests
{
    [Theory]
    [InlineData("black_caribbean", Ethnicity.BlackCaribbean)]
    [InlineData(" Black-Caribbean ", Ethnicity.BlackCaribbean)]
    [InlineData("WHITE", Ethnicity.White)]
    [InlineData("not_recorded", Ethnicity.White)]
    public void Utf8_parsing_matches_the_text_parser(string token, Ethnicity expected)
    {
        Assert.True(EthnicityTokens.Table.TryParseUtf8(System.Text.Encoding.UTF8.GetBytes(token), out var value));
        Assert.Equal(expected, value);
        Assert.Equal(expected, EthnicityTokens.Table.Parse("ethnicity", token));
    }

    [Theory]
    [InlineData("whit")]
    [InlineData("white_")]
    [InlineData("")]
    [InlineData("a-very-long-token-that-cannot-be-any-ethnicity-at-all")]
    public void Unknown_utf8_tokens_are_refused(string token)
    {
        Assert.False(EthnicityTokens.Table.TryParseUtf8(System.Text.Encoding.UTF8.GetBytes(token), out _));
    }
}
