using BoneBalance.Core.Validation;

namespace BoneBalance.Core.People;

/// <summary>
/// The yes/no clinical risk factors of QFracture-2012 plus parental history of osteoporosis or hip fracture,
/// as a set of flags. The descriptions and the sex each applies to are in <see cref="RiskFactorCatalogue"/>.
/// </summary>
[Flags]
#pragma warning disable CA1711 // "Flags" is the right word for a flags enum of risk factors.
public enum RiskFactors
#pragma warning restore CA1711
{
    /// <summary>No risk factor.</summary>
    None = 0,

    /// <summary>Taking antidepressants (QFracture <c>b_antidepressant</c>).</summary>
    Antidepressants = 1 << 0,

    /// <summary>Any cancer (<c>b_anycancer</c>).</summary>
    Cancer = 1 << 1,

    /// <summary>Asthma or COPD (<c>b_asthmacopd</c>).</summary>
    AsthmaOrCopd = 1 << 2,

    /// <summary>Living in a care or nursing home (<c>b_carehome</c>; in the men's QFracture models only, and in the supplement and falls advice for both sexes).</summary>
    CareHome = 1 << 3,

    /// <summary>Regular oral corticosteroids (<c>b_corticosteroids</c>).</summary>
    Corticosteroids = 1 << 4,

    /// <summary>Cardiovascular disease (<c>b_cvd</c>).</summary>
    CardiovascularDisease = 1 << 5,

    /// <summary>Dementia (<c>b_dementia</c>).</summary>
    Dementia = 1 << 6,

    /// <summary>Endocrine disorder: thyrotoxicosis, hyperparathyroidism, Cushing's (<c>b_endocrine</c>; women only).</summary>
    EndocrineDisorder = 1 << 7,

    /// <summary>Epilepsy or taking anticonvulsants (<c>b_epilepsy2</c>).</summary>
    EpilepsyOrAnticonvulsants = 1 << 8,

    /// <summary>History of falls (<c>b_falls</c>).</summary>
    Falls = 1 << 9,

    /// <summary>Previous fracture of hip, spine, wrist or shoulder (<c>b_fracture4</c>).</summary>
    PriorFracture = 1 << 10,

    /// <summary>Taking oestrogen-only hormone replacement therapy (<c>b_hrt_oest</c>; women only).</summary>
    Hrt = 1 << 11,

    /// <summary>Chronic liver disease (<c>b_liver</c>).</summary>
    LiverDisease = 1 << 12,

    /// <summary>Malabsorption: coeliac disease, Crohn's, ulcerative colitis, steatorrhoea, blind loop (<c>b_malabsorption</c>).</summary>
    Malabsorption = 1 << 13,

    /// <summary>Parkinson's disease (<c>b_parkinsons</c>).</summary>
    Parkinsons = 1 << 14,

    /// <summary>Rheumatoid arthritis or systemic lupus erythematosus (<c>b_ra_sle</c>).</summary>
    RaOrSle = 1 << 15,

    /// <summary>Chronic kidney disease, stage 4 or 5 (<c>b_renal</c>).</summary>
    KidneyDisease = 1 << 16,

    /// <summary>Type 1 diabetes (<c>b_type1</c>).</summary>
    Type1Diabetes = 1 << 17,

    /// <summary>Type 2 diabetes (<c>b_type2</c>).</summary>
    Type2Diabetes = 1 << 18,

    /// <summary>Parental history of osteoporosis or hip fracture (<c>fh_osteoporosis</c>).</summary>
    ParentalOsteoporosis = 1 << 19,
}

/// <summary>One risk factor described for people and programs.</summary>
/// <param name="Factor">The flag.</param>
/// <param name="Token">Its name in the CLI, CSV columns and JSON (e.g. <c>asthma_or_copd</c>).</param>
/// <param name="Description">A plain-language explanation for the person (which sex's QFracture models use the factor is
/// <paramref name="AppliesTo"/>, not part of the text).</param>
/// <param name="AppliesTo">The sex whose QFracture models use it, or null for both.</param>
public sealed record RiskFactorInfo(RiskFactors Factor, string Token, string Description, Sex? AppliesTo);

/// <summary>The catalogue of <see cref="RiskFactors"/>, in QFracture's order, with tokens and explanations.</summary>
public static class RiskFactorCatalogue
{
    /// <summary>Every factor.</summary>
    public static IReadOnlyList<RiskFactorInfo> All { get; } =
    [
        new(RiskFactors.Antidepressants, "antidepressants", "Currently taking antidepressant medication (tricyclics, SSRIs and others).", null),
        new(RiskFactors.Cancer, "cancer", "Any cancer diagnosis.", null),
        new(RiskFactors.AsthmaOrCopd, "asthma_or_copd", "Asthma or chronic obstructive pulmonary disease (COPD).", null),
        new(RiskFactors.CareHome, "care_home", "Living in a care or nursing home.", Sex.Male),
        new(RiskFactors.Corticosteroids, "corticosteroids", "Taking steroid tablets (e.g. prednisolone) regularly.", null),
        new(RiskFactors.CardiovascularDisease, "cardiovascular_disease", "Heart attack, angina, stroke or transient ischaemic attack.", null),
        new(RiskFactors.Dementia, "dementia", "A diagnosis of dementia.", null),
        new(RiskFactors.EndocrineDisorder, "endocrine_disorder", "Thyrotoxicosis, hyperparathyroidism or Cushing's syndrome.", Sex.Female),
        new(RiskFactors.EpilepsyOrAnticonvulsants, "epilepsy_or_anticonvulsants", "Epilepsy, or taking anticonvulsant medication.", null),
        new(RiskFactors.Falls, "falls", "A history of falls.", null),
        new(RiskFactors.PriorFracture, "prior_fracture", "A previous fracture of the hip, spine, wrist or shoulder.", null),
        new(RiskFactors.Hrt, "hrt", "Taking oestrogen-only hormone replacement therapy.", Sex.Female),
        new(RiskFactors.LiverDisease, "liver_disease", "Chronic liver disease.", null),
        new(RiskFactors.Malabsorption, "malabsorption", "Malabsorption, e.g. coeliac disease, Crohn's disease or ulcerative colitis.", null),
        new(RiskFactors.Parkinsons, "parkinsons", "Parkinson's disease.", null),
        new(RiskFactors.RaOrSle, "ra_or_sle", "Rheumatoid arthritis or systemic lupus erythematosus.", null),
        new(RiskFactors.KidneyDisease, "kidney_disease", "Chronic kidney disease (stage 4 or 5).", null),
        new(RiskFactors.Type1Diabetes, "type1_diabetes", "Type 1 diabetes.", null),
        new(RiskFactors.Type2Diabetes, "type2_diabetes", "Type 2 diabetes.", null),
        new(RiskFactors.ParentalOsteoporosis, "parental_osteoporosis", "A parent had osteoporosis or a hip fracture.", null),
    ];

    /// <summary>Tokens for single factors (e.g. <c>--factor falls</c>).</summary>
    public static TokenTable<RiskFactors> Tokens { get; } =
        new([.. All.Select(f => (f.Token, f.Factor))]);

    /// <summary>The description of one factor.</summary>
    public static RiskFactorInfo Describe(RiskFactors factor) =>
        All.FirstOrDefault(f => f.Factor == factor)
        ?? throw new ArgumentOutOfRangeException(nameof(factor), factor, "Not a single risk factor.");
}
