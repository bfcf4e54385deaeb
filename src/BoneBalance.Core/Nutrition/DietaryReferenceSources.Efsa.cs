using BoneBalance.Core.Evidence;

namespace BoneBalance.Core.Nutrition;

/// <summary>The European Food Safety Authority's dietary reference values, shown beside the IOM's for European users
/// (<see cref="EfsaReferenceValues"/>).</summary>
public static partial class DietaryReferenceSources
{
    /// <summary>EFSA 2015 calcium: AR 750 mg and PRI 950 mg a day for adults 25 or over; PRI 1,000 mg at 18–24; the same for
    /// pregnancy and lactation [P abstract; the 950 mg and 18–24 figures from EFSA-derived summaries].</summary>
    // checked 2026-12-07: EFSA Journal page (efsa.europa.eu/en/efsajournal/pub/4101; EFSA Journal 2015;13(5):4101) - AR 750 mg;
    // PRI 950 mg (adults >= 25) and 1,000 mg (18-24) from two summaries of the opinion (nutraingredients; elika).
    public static Citation Efsa2015Calcium { get; } = new(
        "EFSA Panel on Dietetic Products, Nutrition and Allergies (NDA)",
        "Scientific Opinion on Dietary Reference Values for calcium",
        "EFSA Journal 13(5):4101", 2015, "https://doi.org/10.2903/j.efsa.2015.4101");

    /// <summary>EFSA 2016 vitamin D: adequate intake 15 µg a day for adults, including pregnancy and lactation, set for
    /// minimal sun exposure [P abstract].</summary>
    // checked 2026-12-07: EFSA Journal page (pub/4547), University of Dundee record, EFSA press release - EFSA Journal 14(10):4547.
    public static Citation Efsa2016VitaminD { get; } = new(
        "EFSA Panel on Dietetic Products, Nutrition and Allergies (NDA)",
        "Dietary reference values for vitamin D",
        "EFSA Journal 14(10):4547", 2016, "https://doi.org/10.2903/j.efsa.2016.4547");

    /// <summary>EFSA 2017 vitamin K: adequate intake 70 µg a day of phylloquinone (K1) for all adults, including pregnancy and
    /// lactation (1 µg/kg body weight); no value for menaquinones (K2) [P abstract].</summary>
    // checked 2026-12-07: PMC7010012 abstract, EFSA press release 170522-1, University of Copenhagen record - EFSA Journal 15(5):4780.
    public static Citation Efsa2017VitaminK { get; } = new(
        "EFSA Panel on Dietetic Products, Nutrition and Allergies (NDA)",
        "Dietary reference values for vitamin K",
        "EFSA Journal 15(5):4780", 2017, "https://doi.org/10.2903/j.efsa.2017.4780");
}
