namespace BoneBalance.Fhir.Bulk;

/// <summary>
/// One row of <c>bonebalance screen --fhir</c>: one per Patient of the export, assessed or refused.
/// </summary>
/// <param name="Id">The Patient's id.</param>
/// <param name="Age">Age in whole years on the as-of date, when the birth date can be read.</param>
/// <param name="Sex"><c>female</c> or <c>male</c>, when the record gives one of them.</param>
/// <param name="MajorOsteoporoticPercent">QFracture-2012 10-year major osteoporotic fracture risk (%), when computed.</param>
/// <param name="HipPercent">QFracture-2012 10-year hip fracture risk (%), when computed.</param>
/// <param name="Ost">OST score, when it applies.</param>
/// <param name="Orai">ORAI score, when it applies.</param>
/// <param name="Score">SCORE, when it applies.</param>
/// <param name="Osiris">OSIRIS score, when it applies.</param>
/// <param name="Findings">The safety finding codes, most severe first, each once.</param>
/// <param name="ThresholdsMet">The treatment thresholds met (<c>NOGG 2024: …</c>).</param>
/// <param name="Notes">Inputs left out or used with a caveat (stale values, unreadable units…), and why QFracture was not computed.</param>
/// <param name="Refusal">Why the patient was not assessed (deceased, under-18…), or null.</param>
public sealed record BulkScreenRow(
    string Id,
    int? Age,
    string? Sex,
    double? MajorOsteoporoticPercent,
    double? HipPercent,
    double? Ost,
    double? Orai,
    double? Score,
    double? Osiris,
    IReadOnlyList<string> Findings,
    IReadOnlyList<string> ThresholdsMet,
    IReadOnlyList<string> Notes,
    FhirRefusal? Refusal)
{
    /// <summary>The output columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["id", "age", "sex", "qfracture_mof_percent", "qfracture_hip_percent", "ost", "orai", "score", "osiris", "findings", "notes", "error"];

    /// <summary>True when a finding says the patient takes a vitamin K antagonist (the VKA_ findings).</summary>
    public bool TakesVitaminKAntagonist => Findings.Any(f => f.StartsWith("VKA_", StringComparison.Ordinal));
}
