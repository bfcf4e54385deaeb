using BoneBalance.Core.People;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Tests.People;

public class MedicationAndConditionTests
{
    [Fact]
    public void A_medication_keeps_what_was_given_and_converts_its_dose_to_milligrams()
    {
        var m = Medication.Create("  Prednisone ", "8640", "h02ab07", 500, MedicationDoseUnit.Microgram, 6);
        Assert.Equal(("Prednisone", "8640", "H02AB07", 6.0), (m.Name, m.RxNormCode, m.AtcCode, m.DurationMonths));
        Assert.Equal(0.5, m.DoseMilligramsPerDay!.Value, 12);
        Assert.Equal(2000, Medication.Create("x", dosePerDay: 2, doseUnit: MedicationDoseUnit.Gram).DoseMilligramsPerDay!.Value, 12);
    }

    [Theory]
    [InlineData("", null, null, null, null, null, "medications[0].name")]
    [InlineData("warfarin", "12a", null, null, null, null, "medications[0].rxnorm")]
    [InlineData("warfarin", null, "B1", null, null, null, "medications[0].atc")]
    [InlineData("warfarin", null, null, 0.0, MedicationDoseUnit.Milligram, null, "medications[0].dosePerDay")]
    [InlineData("warfarin", null, null, double.NaN, MedicationDoseUnit.Milligram, null, "medications[0].dosePerDay")]
    [InlineData("warfarin", null, null, 5.0, null, null, "medications[0].unit")]
    [InlineData("warfarin", null, null, null, MedicationDoseUnit.Milligram, null, "medications[0].dosePerDay")]
    [InlineData("warfarin", null, null, null, null, -1.0, "medications[0].durationMonths")]
    public void A_bad_medication_field_is_refused_by_name(string name, string? rx, string? atc, double? dose, MedicationDoseUnit? unit, double? months, string field)
    {
        var e = Assert.Throws<InvalidInputException>(() => Medication.Create(name, rx, atc, dose, unit, months, "medications[0]"));
        Assert.Equal(field, Assert.Single(e.Errors).Field);
    }

    [Theory]
    [InlineData("mg", MedicationDoseUnit.Milligram)]
    [InlineData("µg", MedicationDoseUnit.Microgram)]
    [InlineData("mcg", MedicationDoseUnit.Microgram)]
    [InlineData("UG", MedicationDoseUnit.Microgram)]
    public void Dose_unit_tokens(string token, MedicationDoseUnit unit) => Assert.Equal(unit, MedicationDoseUnitTokens.Table.Parse("unit", token));

    [Fact]
    public void A_condition_keeps_its_codes_and_upper_cases_ICD_10()
    {
        var c = Condition.Create("Rheumatoid arthritis", "69896004", "m06.9");
        Assert.Equal(("Rheumatoid arthritis", "69896004", "M06.9"), (c.Name, c.SnomedCode, c.Icd10Code));
    }

    [Theory]
    [InlineData(" ", null, null, "conditions[1].name")]
    [InlineData("ra", "123", null, "conditions[1].snomed")]
    [InlineData("ra", null, "rheumatoid", "conditions[1].icd10")]
    public void A_bad_condition_field_is_refused_by_name(string name, string? snomed, string? icd10, string field)
    {
        var e = Assert.Throws<InvalidInputException>(() => Condition.Create(name, snomed, icd10, "conditions[1]"));
        Assert.Equal(field, Assert.Single(e.Errors).Field);
    }
}
