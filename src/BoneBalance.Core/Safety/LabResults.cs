using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Safety;

/// <summary>
/// The laboratory values the safety rules read, each optional. Create them with <see cref="Create"/>; errors name
/// the profile fields (<c>labs.vitaminD25ohNgPerMl</c>, <c>labs.calciumMgPerDl</c>, <c>labs.inr</c>,
/// <c>labs.egfr</c>).
/// </summary>
/// <remarks>
/// The accepted ranges are typing-error guards wide enough for any value a laboratory reports, not clinical limits:
/// a value outside them is almost certainly in another unit (nmol/L for 25-OH D, mmol/L for calcium) or mistyped.
/// </remarks>
public sealed record LabResults
{
    /// <summary>Accepted 25-OH vitamin D range, ng/mL.</summary>
    public const double MinimumVitaminD = 0, MaximumVitaminD = 500;

    /// <summary>Accepted total serum calcium range, mg/dL (a value of 2–3 is mmol/L and is refused, not converted).</summary>
    public const double MinimumCalcium = 4, MaximumCalcium = 25;

    /// <summary>Accepted INR range.</summary>
    public const double MinimumInr = 0.5, MaximumInr = 25;

    /// <summary>Accepted eGFR range, mL/min/1.73 m².</summary>
    public const double MinimumEgfr = 0, MaximumEgfr = 250;

    private LabResults(double? vitaminD, double? calcium, double? inr, double? egfr)
    {
        VitaminD25OhNgPerMl = vitaminD;
        CalciumMgPerDl = calcium;
        Inr = inr;
        Egfr = egfr;
    }

    /// <summary>No laboratory values.</summary>
    public static LabResults None { get; } = new(null, null, null, null);

    /// <summary>Serum 25-hydroxyvitamin D (D2 + D3), ng/mL.</summary>
    public double? VitaminD25OhNgPerMl { get; }

    /// <summary>Total serum calcium, mg/dL.</summary>
    public double? CalciumMgPerDl { get; }

    /// <summary>International normalised ratio.</summary>
    public double? Inr { get; }

    /// <summary>Estimated glomerular filtration rate, mL/min/1.73 m².</summary>
    public double? Egfr { get; }

    /// <summary>Checks and creates the lab values; every out-of-range value is reported together.</summary>
    /// <exception cref="InvalidInputException">A value is NaN, infinite or outside its accepted range.</exception>
    public static LabResults Create(double? vitaminD25OhNgPerMl = null, double? calciumMgPerDl = null, double? inr = null, double? egfr = null)
    {
        var errors = new List<FieldError>();
        Range(errors, "labs.vitaminD25ohNgPerMl", vitaminD25OhNgPerMl, MinimumVitaminD, MaximumVitaminD, "ng/mL");
        Range(errors, "labs.calciumMgPerDl", calciumMgPerDl, MinimumCalcium, MaximumCalcium, "mg/dL");
        Range(errors, "labs.inr", inr, MinimumInr, MaximumInr, null);
        Range(errors, "labs.egfr", egfr, MinimumEgfr, MaximumEgfr, "mL/min/1.73 m²");
        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        return new(vitaminD25OhNgPerMl, calciumMgPerDl, inr, egfr);
    }

    private static void Range(List<FieldError> errors, string field, double? value, double min, double max, string? unit)
    {
        if (value is { } v && !Check.InRange(v, min, max))
        {
            errors.Add(new(field, Check.Show(v), Check.Range(min, max, unit)));
        }
    }
}
