namespace BoneBalance.Reporting.Charts;

/// <summary>
/// A linear value axis from <see cref="Minimum"/> to <see cref="Maximum"/> with ticks every <see cref="Step"/>, mapped
/// onto a drawing span. Bounds are "nice" numbers so that tick labels read as round values.
/// </summary>
/// <param name="Minimum">The value at the start of the span.</param>
/// <param name="Maximum">The value at the end of the span.</param>
/// <param name="Step">Distance between ticks.</param>
public sealed record AxisScale(double Minimum, double Maximum, double Step)
{
    // Mantissas of the nice maxima: 1, 2, 2.5, 4, 5 times a power of ten, each with a step giving 4–5 ticks.
    private static readonly (double Mantissa, double Step)[] NiceMaxima = [(1, 0.2), (2, 0.5), (2.5, 0.5), (4, 1), (5, 1), (10, 2)];

    /// <summary>
    /// An axis from 0 to the smallest nice number (1, 2, 2.5, 4 or 5 × 10ⁿ) at or above <paramref name="largest"/>;
    /// 0 or less gives an axis from 0 to 1.
    /// </summary>
    public static AxisScale FromZero(double largest)
    {
        if (!(largest > 0) || !double.IsFinite(largest))
        {
            return new AxisScale(0, 1, 0.2);
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(largest)));
        foreach (var (mantissa, step) in NiceMaxima)
        {
            // A relative tolerance keeps 40 from rounding up to 50 because log10 and pow are not exact.
            if (mantissa * power >= largest * (1 - 1e-12))
            {
                return new AxisScale(0, mantissa * power, step * power);
            }
        }

        return new AxisScale(0, 10 * power, 2 * power);
    }

    /// <summary>An axis covering <paramref name="low"/> to <paramref name="high"/>, both widened outwards to a multiple of
    /// <paramref name="step"/> (and by one step when they are equal).</summary>
    public static AxisScale Covering(double low, double high, double step)
    {
        var minimum = Math.Floor(low / step + 1e-9) * step;
        var maximum = Math.Ceiling(high / step - 1e-9) * step;
        if (maximum <= minimum)
        {
            maximum = minimum + step;
        }

        return new AxisScale(minimum, maximum, step);
    }

    /// <summary>Where <paramref name="value"/> lies on the axis: 0 at <see cref="Minimum"/>, 1 at <see cref="Maximum"/>.</summary>
    public double Fraction(double value) => (value - Minimum) / (Maximum - Minimum);

    /// <summary>The tick values from <see cref="Minimum"/> to <see cref="Maximum"/>.</summary>
    public IReadOnlyList<double> Ticks()
    {
        var count = (int)Math.Round((Maximum - Minimum) / Step);
        return [.. Enumerable.Range(0, count + 1).Select(i => Math.Round(Minimum + i * Step, 10))];
    }
}
