namespace BoneBalance.Web.Wizard;

/// <summary>
/// Converts the wizard's US units to the metric units the profile stores, at the edge. The factors are exact by
/// definition (international yard and pound agreement, 1959): 1 in = 2.54 cm, 1 lb = 0.45359237 kg. Results are
/// rounded to 0.1 cm / 0.1 kg, finer than a clinic's scales.
/// </summary>
internal static class UsUnits
{
    /// <summary>Centimetres per inch (exact).</summary>
    public const double CentimetresPerInch = 2.54;

    /// <summary>Kilograms per pound (exact).</summary>
    public const double KilogramsPerPound = 0.45359237;

    /// <summary>Feet and inches to centimetres, to 0.1 cm.</summary>
    public static double Centimetres(double feet, double inches) => Math.Round((feet * 12 + inches) * CentimetresPerInch, 1, MidpointRounding.AwayFromZero);

    /// <summary>Pounds to kilograms, to 0.1 kg.</summary>
    public static double Kilograms(double pounds) => Math.Round(pounds * KilogramsPerPound, 1, MidpointRounding.AwayFromZero);
}
