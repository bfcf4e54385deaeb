using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.People;
using FsCheck;
using FsCheck.Fluent;

namespace BoneBalance.Core.Tests.FractureRisk;

/// <summary>FsCheck generators for QFracture inputs inside the model's validity ranges.</summary>
public static class QFractureArbitraries
{
    /// <summary>BMI 20–40 kg/m² in steps of 1e-6, with the two limits themselves often.</summary>
    public static Gen<double> BodyMassIndex { get; } = Gen.Frequency(
        (1, Gen.Elements(QFracture2012.MinimumBodyMassIndex, QFracture2012.MaximumBodyMassIndex)),
        (9, Gen.Choose(20_000_000, 40_000_000).Select(micro => micro / 1e6)));

    public static Gen<QFractureInput> ValidInput { get; } =
        from sex in Gen.Elements(Sex.Female, Sex.Male)
        from age in Gen.Choose(QFracture2012.MinimumAge, QFracture2012.MaximumAge)
        from bmi in BodyMassIndex
        from ethnicity in Gen.Choose(1, 9)
        from smoking in Gen.Choose(0, 4)
        from alcohol in Gen.Choose(0, 5)
        from factors in Gen.Choose(0, (1 << 20) - 1)
        from years in Gen.Choose(1, QFracture2012.MaximumYears)
        select new QFractureInput(sex, age, bmi, (Ethnicity)ethnicity, (SmokingStatus)smoking, (AlcoholIntake)alcohol, (RiskFactors)factors, years);

    public static Arbitrary<QFractureInput> Input() => ValidInput.ToArbitrary();

    public static Arbitrary<QFractureInput[]> Inputs() => Gen.ArrayOf(ValidInput).ToArbitrary();
}
