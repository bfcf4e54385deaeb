using BoneBalance.Data.Contracts;

namespace BoneBalance.Cli.Commands;

/// <summary>
/// <c>intake --json</c>: the <c>person</c> and <c>intake</c> sections of the assessment document (the intake with each
/// logged day's totals in <c>days[]</c>), written by <see cref="AssessmentDocument"/>'s section writers, and every
/// source once (the reference intakes and, when a calcium salt was logged, the salts' elemental fractions); docs/JSON.md.
/// </summary>
internal static class IntakeJson
{
    public static void Write(TextWriter output, IntakeReport report) => output.WriteLine(AssessmentDocument.ToJson(json =>
    {
        json.WriteStartObject();
        json.WritePropertyName("person"u8);
        AssessmentDocument.WritePerson(json, report.Person);
        json.WritePropertyName("intake"u8);
        AssessmentDocument.WriteIntake(json, report.Analysis);
        AssessmentDocument.WriteCitations(json, "sources"u8, report.Citations);
        json.WriteEndObject();
    }));
}
