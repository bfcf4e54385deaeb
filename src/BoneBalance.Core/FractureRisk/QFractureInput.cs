using BoneBalance.Core.People;

namespace BoneBalance.Core.FractureRisk;

/// <summary>
/// The inputs of QFracture-2012, as raw numbers so that a screening batch can be built without per-field
/// allocation; <see cref="QFracture2012.Validate(in QFractureInput)"/> checks them (age 30–100, BMI 20–40 kg/m²,
/// horizon 1–10 years, defined enum values).
/// </summary>
/// <param name="Sex">Sex; selects the women's or the men's pair of equations.</param>
/// <param name="AgeYears">Age in completed years.</param>
/// <param name="BodyMassIndex">Body mass index in kg/m².</param>
/// <param name="Ethnicity">Ethnic group (ClinRisk <c>ethrisk</c>).</param>
/// <param name="Smoking">Smoking status (ClinRisk <c>smoke_cat</c>).</param>
/// <param name="Alcohol">Alcohol intake (ClinRisk <c>alcohol_cat6</c>).</param>
/// <param name="Factors">
/// Yes/no risk factors. A flag that the selected equation does not take is ignored, as in ClinRisk's code:
/// women's equations ignore <see cref="RiskFactors.CareHome"/>; men's ignore <see cref="RiskFactors.EndocrineDisorder"/>
/// and <see cref="RiskFactors.Hrt"/>; the women's hip equation ignores <see cref="RiskFactors.Malabsorption"/> and
/// <see cref="RiskFactors.ParentalOsteoporosis"/>; the men's hip equation ignores <see cref="RiskFactors.Malabsorption"/>.
/// </param>
/// <param name="Years">Horizon in whole years, 1 to 10.</param>
public readonly record struct QFractureInput(
    Sex Sex,
    int AgeYears,
    double BodyMassIndex,
    Ethnicity Ethnicity,
    SmokingStatus Smoking,
    AlcoholIntake Alcohol,
    RiskFactors Factors,
    int Years = 10);
