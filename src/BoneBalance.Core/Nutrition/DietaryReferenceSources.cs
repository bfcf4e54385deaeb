using BoneBalance.Core.Evidence;

namespace BoneBalance.Core.Nutrition;

/// <summary>The reports the shipped dietary reference intakes come from, by the key used in the data file.</summary>
public static partial class DietaryReferenceSources
{
    /// <summary>IOM 2011: calcium and vitamin D RDAs and ULs.</summary>
    public static Citation Iom2011 { get; } = new(
        "Institute of Medicine (Ross AC, Taylor CL, Yaktine AL, Del Valle HB, eds.)",
        "Dietary Reference Intakes for Calcium and Vitamin D",
        "National Academies Press, Washington DC",
        2011,
        "https://doi.org/10.17226/13050");

    /// <summary>IOM 2001: vitamin K adequate intakes; no UL determined.</summary>
    public static Citation Iom2001 { get; } = new(
        "Institute of Medicine, Panel on Micronutrients",
        "Dietary Reference Intakes for Vitamin A, Vitamin K, Arsenic, Boron, Chromium, Copper, Iodine, Iron, Manganese, Molybdenum, Nickel, Silicon, Vanadium, and Zinc",
        "National Academy Press, Washington DC",
        2001,
        "https://doi.org/10.17226/10026");

    /// <summary>The citation for a source key (<c>iom2011</c>, <c>iom2001</c>); null when unknown.</summary>
    public static Citation? Find(string key) => key switch
    {
        "iom2011" => Iom2011,
        "iom2001" => Iom2001,
        _ => null,
    };
}
