using BoneBalance.Data.Contracts;

namespace BoneBalance.Cli.Commands;

/// <summary>
/// <c>intake --json</c>: the <see cref="IntakeDocument"/> (the assessment document's <c>person</c> and <c>intake</c>,
/// with each logged day's totals in <c>intake.days[]</c>, and every source once), as <c>GET /api/intake</c> writes it. A
/// diary file with a food not in the catalogue is refused, so no row is skipped here; docs/JSON.md.
/// </summary>
internal static class IntakeJson
{
    public static void Write(TextWriter output, IntakeReport report) => output.WriteLine(AssessmentDocument.ToJson(json =>
        IntakeDocument.Write(json, report.Person, report.Analysis, report.Supplements, skippedRows: 0)));
}
