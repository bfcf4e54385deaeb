using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Measures;

/// <summary>
/// An amount of a nutrient, stored in micrograms so that milligram and microgram amounts add correctly.
/// International units exist only for vitamin D and are converted here and nowhere else:
/// 1 µg cholecalciferol or ergocalciferol = 40 IU (IOM, <i>Dietary Reference Intakes for Calcium and
/// Vitamin D</i>, National Academies Press 2011, p. 8; NIH ODS vitamin D fact sheet).
/// Amounts are finite and never negative.
/// </summary>
public readonly record struct NutrientAmount : IComparable<NutrientAmount>
{
    /// <summary>International units of vitamin D per microgram (IOM 2011).</summary>
    public const double VitaminDInternationalUnitsPerMicrogram = 40.0;

    private NutrientAmount(double micrograms) => Micrograms = micrograms;

    /// <summary>Zero of any nutrient.</summary>
    public static NutrientAmount Zero => default;

    /// <summary>The amount in micrograms (µg).</summary>
    public double Micrograms { get; }

    /// <summary>The amount in milligrams (mg).</summary>
    public double Milligrams => Micrograms / 1000.0;

    /// <summary>The amount of vitamin D in international units. Meaningful only for vitamin D.</summary>
    public double VitaminDInternationalUnits => Micrograms * VitaminDInternationalUnitsPerMicrogram;

    /// <summary>Creates an amount from micrograms.</summary>
    public static NutrientAmount FromMicrograms(double micrograms, string field = "amount_ug") =>
        new(NonNegative(field, micrograms, "µg"));

    /// <summary>Creates an amount from milligrams.</summary>
    public static NutrientAmount FromMilligrams(double milligrams, string field = "amount_mg") =>
        new(NonNegative(field, milligrams, "mg") * 1000.0);

    /// <summary>Creates a vitamin D amount from international units (40 IU = 1 µg).</summary>
    public static NutrientAmount FromVitaminDInternationalUnits(double internationalUnits, string field = "amount_iu") =>
        new(NonNegative(field, internationalUnits, "IU") / VitaminDInternationalUnitsPerMicrogram);

    /// <summary>Adds two amounts of the same nutrient.</summary>
    public static NutrientAmount operator +(NutrientAmount left, NutrientAmount right) =>
        new(left.Micrograms + right.Micrograms);

    /// <summary>Scales an amount, e.g. a per-100 g value by a portion; the factor must be finite and ≥ 0.</summary>
    public static NutrientAmount operator *(NutrientAmount amount, double factor) =>
        new(NonNegative("factor", factor, string.Empty) * amount.Micrograms);

    /// <summary>The larger of zero and the difference (an amount never goes negative).</summary>
    public NutrientAmount Shortfall(NutrientAmount other) =>
        new(Math.Max(0, Micrograms - other.Micrograms));

    /// <summary>Adds two amounts (the named alternative to <c>+</c>).</summary>
    public static NutrientAmount Add(NutrientAmount left, NutrientAmount right) => left + right;

    /// <summary>Scales an amount (the named alternative to <c>*</c>).</summary>
    public static NutrientAmount Multiply(NutrientAmount amount, double factor) => amount * factor;

    /// <summary>True when left is less than right.</summary>
    public static bool operator <(NutrientAmount left, NutrientAmount right) => left.Micrograms < right.Micrograms;

    /// <summary>True when left is greater than right.</summary>
    public static bool operator >(NutrientAmount left, NutrientAmount right) => left.Micrograms > right.Micrograms;

    /// <summary>True when left is less than or equal to right.</summary>
    public static bool operator <=(NutrientAmount left, NutrientAmount right) => left.Micrograms <= right.Micrograms;

    /// <summary>True when left is greater than or equal to right.</summary>
    public static bool operator >=(NutrientAmount left, NutrientAmount right) => left.Micrograms >= right.Micrograms;

    /// <inheritdoc/>
    public int CompareTo(NutrientAmount other) => Micrograms.CompareTo(other.Micrograms);

    /// <inheritdoc/>
    public override string ToString() => Micrograms >= 1000 ? $"{Milligrams:0.#} mg" : $"{Micrograms:0.#} µg";

    private static double NonNegative(string field, double value, string unit)
    {
        if (!(value >= 0) || double.IsInfinity(value))
        {
            throw new InvalidInputException(field, Check.Show(value), $"a finite number of at least 0 {unit}".TrimEnd(), Check.Problem(value));
        }

        return value;
    }
}
