namespace BoneBalance.Core.Safety;

/// <summary>What a medication is, as far as the safety rules are concerned.</summary>
public enum DrugClass
{
    /// <summary>Known to the catalogue, but no safety rule concerns it (e.g. denosumab).</summary>
    NoSafetyRule,

    /// <summary>Vitamin K antagonist: warfarin, acenocoumarol, phenprocoumon, fluindione (ATC B01AA).</summary>
    VitaminKAntagonist,

    /// <summary>Direct oral anticoagulant: apixaban, rivaroxaban, edoxaban (B01AF), dabigatran (B01AE).</summary>
    DirectOralAnticoagulant,

    /// <summary>Thiazide or thiazide-like diuretic (lowers urinary calcium).</summary>
    ThiazideDiuretic,

    /// <summary>Thyroid hormone (levothyroxine).</summary>
    ThyroidHormone,

    /// <summary>Oral bisphosphonate (absorption reduced by calcium).</summary>
    OralBisphosphonate,

    /// <summary>Tetracycline antibiotic (chelated by calcium).</summary>
    Tetracycline,

    /// <summary>Fluoroquinolone antibiotic (chelated by calcium).</summary>
    Quinolone,

    /// <summary>Other antibiotic: long courses can lower vitamin K status.</summary>
    OtherAntibiotic,

    /// <summary>Iron, zinc or strontium (absorption reduced by calcium).</summary>
    MineralReducedByCalcium,

    /// <summary>Lipase inhibitor (orlistat): blocks fat-soluble vitamin absorption.</summary>
    LipaseInhibitor,

    /// <summary>Bile-acid sequestrant (colestyramine, colestipol, colesevelam).</summary>
    BileAcidSequestrant,

    /// <summary>Mineral oil / liquid paraffin laxative.</summary>
    MineralOil,

    /// <summary>Systemic glucocorticoid.</summary>
    Glucocorticoid,

    /// <summary>Hormonal treatment: oestrogens, SERMs, aromatase inhibitors, tamoxifen.</summary>
    HormonalTreatment,

    /// <summary>Acid suppressant: proton-pump inhibitor or H2-receptor antagonist. No safety rule of its own; the supplement
    /// plan chooses calcium citrate for it, because calcium carbonate needs stomach acid to be absorbed.</summary>
    AcidSuppressant,
}
