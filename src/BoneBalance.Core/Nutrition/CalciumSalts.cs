using BoneBalance.Core.Evidence;

namespace BoneBalance.Core.Nutrition;

/// <summary>
/// The share of elemental calcium in the calcium salts sold as supplements, by weight. Only the elemental calcium
/// counts towards intake, RDA and UL.
/// </summary>
/// <remarks>
/// Carbonate 40 % and citrate 21 % are the figures of the NIH Office of Dietary Supplements calcium fact sheet; we
/// could not open that page through our research tools and read them in secondary material quoting it
/// (HealthLinkBC, British Columbia Ministry of Health, "Calcium supplements", stc123670; Verywell Health, "What kind
/// of calcium to buy"), which also gives lactate 13 % and gluconate 9 % (the hydrated salts sold as supplements:
/// pentahydrate lactate, monohydrate gluconate). Tricalcium phosphate 38.8 % is from the molecular weights
/// (Ca₃(PO₄)₂, 310.2 g/mol, three Ca of 40.08 g/mol; MedicalAlgorithms.com "Determining oral calcium intake based on
/// the various calcium salts"). All are therefore verified-secondary.
/// </remarks>
public static class CalciumSalts
{
    /// <summary>Where the fractions come from (secondary sources quoting the NIH ODS fact sheet).</summary>
    public static Citation Source { get; } = new(
        "NIH Office of Dietary Supplements (as quoted by HealthLinkBC and Verywell Health); MedicalAlgorithms.com for tricalcium phosphate",
        "Calcium: Fact Sheet for Health Professionals — elemental calcium of carbonate (40 %), citrate (21 %), lactate (13 %), gluconate (9 %); tricalcium phosphate 38.8 % from molecular weight",
        "National Institutes of Health; verified-secondary",
        2024,
        "https://ods.od.nih.gov/factsheets/Calcium-HealthProfessional/");

    /// <summary>Elemental calcium per unit weight of calcium carbonate (40 %).</summary>
    public const double Carbonate = 0.40;

    /// <summary>Elemental calcium per unit weight of calcium citrate (21 %).</summary>
    public const double Citrate = 0.21;

    /// <summary>Elemental calcium per unit weight of calcium lactate (13 %).</summary>
    public const double Lactate = 0.13;

    /// <summary>Elemental calcium per unit weight of calcium gluconate (9 %).</summary>
    public const double Gluconate = 0.09;

    /// <summary>Elemental calcium per unit weight of tricalcium phosphate (38.8 %).</summary>
    public const double TricalciumPhosphate = 0.388;

    /// <summary>The elemental fraction of a calcium form: 1 for <see cref="SupplementForm.CalciumElemental"/>,
    /// null for forms that are not calcium.</summary>
    public static double? ElementalFraction(SupplementForm form) => form switch
    {
        SupplementForm.CalciumElemental => 1.0,
        SupplementForm.CalciumCarbonate => Carbonate,
        SupplementForm.CalciumCitrate => Citrate,
        SupplementForm.CalciumLactate => Lactate,
        SupplementForm.CalciumGluconate => Gluconate,
        SupplementForm.CalciumPhosphate => TricalciumPhosphate,
        _ => null,
    };
}
