using BoneBalance.Core.People;

namespace BoneBalance.Web.Wizard;

/// <summary>A short lay explanation under the risk factors whose catalogue description is terse or uses clinical words.</summary>
internal static class RiskFactorHints
{
    /// <summary>The hint for <paramref name="factor"/>, or null when the description says enough.</summary>
    public static string? For(RiskFactorInfo factor)
    {
        ArgumentNullException.ThrowIfNull(factor);
        return factor.Factor switch
        {
            RiskFactors.Corticosteroids => "Steroid tablets such as prednisolone or prednisone taken for weeks or months; not inhalers or creams.",
            RiskFactors.EndocrineDisorder => "An overactive thyroid or parathyroid gland, or too much cortisol (Cushing's).",
            RiskFactors.Falls => "Falling more than once recently, or a fall that needed medical care.",
            RiskFactors.PriorFracture => "A broken bone after a fall from standing height or less, after age 50.",
            RiskFactors.KidneyDisease => "Severe kidney disease; your doctor may call it CKD stage 4 or 5, or you may be on dialysis.",
            RiskFactors.Malabsorption => "A gut condition that stops food being absorbed well.",
            RiskFactors.Hrt => "Hormone replacement with oestrogen only (no progestogen).",
            RiskFactors.CareHome => "Living in a residential or nursing home.",
            RiskFactors.Cancer => "Having been told you have or had cancer.",
            _ => null,
        };
    }
}
