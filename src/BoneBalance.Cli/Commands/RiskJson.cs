using BoneBalance.Data.Contracts;

namespace BoneBalance.Cli.Commands;

/// <summary>
/// <c>risk --json</c>: the <c>person</c> and <c>fractureRisk</c> sections of the assessment document, written by
/// <see cref="AssessmentDocument"/>'s own section writers, with every source once and the disclaimer (docs/JSON.md).
/// </summary>
internal static class RiskJson
{
    public const string Disclaimer = "BoneBalance informs; it does not diagnose. Discuss these results with a clinician.";

    public static string From(RiskReport r) => AssessmentDocument.ToJson(json =>
    {
        json.WriteStartObject();
        json.WritePropertyName("person"u8);
        AssessmentDocument.WritePerson(json, r.Person);
        json.WritePropertyName("fractureRisk"u8);
        AssessmentDocument.WriteFractureRisk(json, r.ToAssessment());
        AssessmentDocument.WriteCitations(json, "sources"u8, r.Citations);
        json.WriteString("disclaimer"u8, Disclaimer);
        json.WriteEndObject();
    });
}
