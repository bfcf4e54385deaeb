using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Measures;
using BoneBalance.Core.People;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Tests.FractureRisk;

public sealed class QFracture2012Tests
{
    /// <summary>Reference vector row 1 (ClinRisk C output): woman, 88, BMI 25.523, Bangladeshi, ex-smoker, alcohol > 9 units/day.</summary>
    private static readonly QFractureInput Row1 = new(
        Sex.Female,
        88,
        25.523,
        Ethnicity.Bangladeshi,
        SmokingStatus.Former,
        AlcoholIntake.VeryHeavy,
        RiskFactors.AsthmaOrCopd | RiskFactors.Dementia | RiskFactors.LiverDisease | RiskFactors.KidneyDisease);

    private static readonly QFractureInput Valid = new(
        Sex.Male, 65, 27.5, Ethnicity.White, SmokingStatus.Never, AlcoholIntake.None, RiskFactors.None);

    [Fact]
    public void Reproduces_ClinRisk_output_for_reference_row_1()
    {
        var result = QFracture2012.Calculate(Row1);
        Assert.Equal(56.437953316844137, result.MajorOsteoporoticPercent, 1e-9);
        Assert.Equal(68.780290253115368, result.HipPercent, 1e-9);
        Assert.Equal(10, result.Years);
        Assert.Equal(result.HipPercent, result.PercentFor(FractureOutcome.Hip));
    }

    [Theory]
    [InlineData(11)]
    [InlineData(18)]
    [InlineData(0)]
    [InlineData(-1)]
    public void Horizons_outside_1_to_10_years_are_refused_naming_years(int years)
    {
        var input = Valid with { Years = years };
        var error = Assert.Single(QFracture2012.Validate(input));
        Assert.Equal(new FieldError("years", years.ToString(System.Globalization.CultureInfo.InvariantCulture), "1 to 10"), error);
        Assert.Equal("years", Assert.Single(Assert.Throws<InvalidInputException>(() => QFracture2012.Calculate(input)).Errors).Field);
        var results = new QFractureResult[1];
        Assert.Equal("inputs[0].years", Assert.Single(Assert.Throws<InvalidInputException>(() => QFracture2012.CalculateBatch([input], results)).Errors).Field);
    }

    [Fact]
    public void The_internal_entry_point_covers_ClinRisk_survivor_years_1_to_18_only()
    {
        Assert.Equal(18, QFracture2012.CalculateUpToSurvivorYear18(Valid with { Years = 18 }).Years);
        var error = Assert.Throws<InvalidInputException>(() => QFracture2012.CalculateUpToSurvivorYear18(Valid with { Years = 19 }));
        Assert.Equal(new FieldError("years", "19", "1 to 18"), Assert.Single(error.Errors));
    }

    [Theory]
    [InlineData(30, 20.0)]
    [InlineData(100, 40.0)]
    public void The_limits_themselves_are_valid(int age, double bmi) =>
        Assert.Empty(QFracture2012.Validate(Valid with { AgeYears = age, BodyMassIndex = bmi }));

    [Fact]
    public void Every_failing_field_is_reported_with_value_and_range()
    {
        var input = new QFractureInput((Sex)2, 29, 40.001, (Ethnicity)0, (SmokingStatus)5, (AlcoholIntake)6, (RiskFactors)(1 << 20), 11);
        var errors = QFracture2012.Validate(input);
        Assert.Equal(["sex", "age", "bmi", "ethnicity", "smoking", "alcohol", "risk_factors", "years"], errors.Select(e => e.Field));
        Assert.Equal(new FieldError("age", "29", "30 to 100 years"), errors[1]);
        Assert.Equal(new FieldError("bmi", "40.001", "20 to 40 kg/m²"), errors[2]);
        Assert.All(errors, e => Assert.NotEmpty(e.ValidRange));
        Assert.Equal(errors, Assert.Throws<InvalidInputException>(() => QFracture2012.Calculate(input)).Errors);
    }

    [Fact]
    public void Flags_an_equation_does_not_take_are_ignored()
    {
        var woman = Row1;
        var man = Row1 with { Sex = Sex.Male };
        Assert.Equal(QFracture2012.Calculate(woman), QFracture2012.Calculate(woman with { Factors = woman.Factors | RiskFactors.CareHome }));
        Assert.Equal(QFracture2012.Calculate(man), QFracture2012.Calculate(man with { Factors = man.Factors | RiskFactors.Hrt | RiskFactors.EndocrineDisorder }));
        var womanHip = QFracture2012.Calculate(woman with { Factors = woman.Factors | RiskFactors.Malabsorption | RiskFactors.ParentalOsteoporosis });
        Assert.Equal(QFracture2012.Calculate(woman).HipPercent, womanHip.HipPercent);
        Assert.True(womanHip.MajorOsteoporoticPercent > QFracture2012.Calculate(woman).MajorOsteoporoticPercent);
    }

    [Fact]
    public void A_profile_is_scored_with_its_BMI()
    {
        var person = PersonProfile.Create(
            88,
            Sex.Female,
            MenopausalStatus.Postmenopausal,
            bodyMassIndex: BodyMassIndex.FromKilogramsPerSquareMetre(25.523),
            ethnicity: Ethnicity.Bangladeshi,
            smoking: SmokingStatus.Former,
            alcohol: AlcoholIntake.VeryHeavy,
            riskFactors: Row1.Factors);
        Assert.Equal(QFracture2012.Calculate(Row1), QFracture2012.Calculate(person));
        Assert.Equal(5, QFracture2012.Calculate(person, 5).Years);
    }

    [Fact]
    public void A_profile_without_BMI_is_refused_asking_for_it()
    {
        var person = PersonProfile.Create(25, Sex.Male);
        var errors = Assert.Throws<InvalidInputException>(() => QFracture2012.Calculate(person, 12)).Errors;
        Assert.Equal(["age", "bmi", "years"], errors.Select(e => e.Field));
        Assert.Equal(string.Empty, errors[1].Value);
        Assert.Contains("give bmi, or height and weight", errors[1].ValidRange, StringComparison.Ordinal);
        Assert.StartsWith("bmi is required", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCalculateBatch_scores_valid_rows_and_marks_invalid_ones_with_NaN()
    {
        QFractureInput[] inputs = [Row1, Row1 with { AgeYears = 101 }, Valid, Valid with { BodyMassIndex = double.NaN }, Row1];
        var results = new QFractureResult[inputs.Length];
        Assert.Equal(2, QFracture2012.TryCalculateBatch(inputs, results));
        Assert.Equal(QFracture2012.Calculate(Row1), results[0]);
        Assert.True(double.IsNaN(results[1].MajorOsteoporoticPercent) && double.IsNaN(results[1].HipPercent));
        Assert.Equal(QFracture2012.Calculate(Valid), results[2]);
        Assert.True(double.IsNaN(results[3].HipPercent));
        Assert.Equal(QFracture2012.Calculate(Row1), results[4]);
    }

    [Fact]
    public void Batches_need_one_result_per_input()
    {
        var results = new QFractureResult[1];
        Assert.Throws<ArgumentException>(() => QFracture2012.CalculateBatch([Valid, Valid], results));
        Assert.Throws<ArgumentException>(() => QFracture2012.TryCalculateBatch([Valid, Valid], results));
    }

    [Fact]
    public void Validation_says_what_is_wrong_not_only_out_of_range()
    {
        var errors = QFracture2012.Validate(Valid with { BodyMassIndex = double.NaN, Ethnicity = (Ethnicity)42, AgeYears = 25 });
        Assert.Equal(FieldError.OutOfRange, errors.Single(e => e.Field == "age").Problem);
        Assert.Equal(FieldError.NotANumber, errors.Single(e => e.Field == "bmi").Problem);
        Assert.Equal(FieldError.NotAValidValue, errors.Single(e => e.Field == "ethnicity").Problem);
    }

    [Theory]
    [InlineData(Sex.Female, "Q74_qfracture4_2012_2_0.c", "Q74_qnof_2012_2_0.c")]
    [InlineData(Sex.Male, "Q74_qfracture4_2012_2_1.c", "Q74_qnof_2012_2_1.c")]
    public void Citations_for_a_sex_are_the_paper_and_the_two_files_of_that_sex(Sex sex, string fracture4, string nof)
    {
        var citations = QFracture2012.CitationsFor(sex);
        Assert.Equal(3, citations.Count);
        Assert.Equal(QFracture2012.Dossier.Citations[0], citations[0]);
        Assert.EndsWith(fracture4, citations[1].Url, StringComparison.Ordinal);
        Assert.EndsWith(nof, citations[2].Url, StringComparison.Ordinal);
    }

    [Fact]
    public void The_dossier_carries_citations_licence_ranges_and_the_ClinRisk_disclaimer()
    {
        var dossier = QFracture2012.Dossier;
        Assert.Equal("QFracture-2012", dossier.Name);
        Assert.Equal("LGPL-3.0-or-later, (c) 2012 ClinRisk Ltd", dossier.Licence);
        var paper = dossier.Citations[0];
        Assert.Equal("Hippisley-Cox J, Coupland C", paper.Authors);
        Assert.Equal("BMJ 344:e3427", paper.Source);
        Assert.Equal(2012, paper.Year);
        Assert.Equal("https://doi.org/10.1136/bmj.e3427", paper.Url);
        foreach (var file in new[] { "Q74_qfracture4_2012_2_0.c", "Q74_qfracture4_2012_2_1.c", "Q74_qnof_2012_2_0.c", "Q74_qnof_2012_2_1.c" })
        {
            Assert.Contains(dossier.Citations, c => c.Source.Contains(file, StringComparison.Ordinal));
        }

        Assert.Contains("age: 30 to 100 years", dossier.ValidityRanges);
        Assert.Contains("bmi: 20 to 40 kg/m²", dossier.ValidityRanges);
        Assert.Contains("years: 1 to 10", dossier.ValidityRanges);
        Assert.Contains(
            "it is the responsibility of the end user to check that the source that they receive produces the same results as the original code",
            dossier.Disclaimer,
            StringComparison.Ordinal);
        Assert.Contains("Inaccurate implementations of risk scores can lead to wrong patients being given the wrong treatment.", dossier.Disclaimer, StringComparison.Ordinal);
    }
}
