using BoneBalance.Core.Guidance;

namespace BoneBalance.Reporting.Pdf;

public static partial class ClinicianReport
{
    /// <summary>
    /// What the assessment was made from, for the clinician to check and act on (<see cref="InformationUsed.Lines"/>, with
    /// the codes). Only when the caller passes the input (<see cref="ReportOptions.Input"/>).
    /// </summary>
    private static void Inputs(PageFlow flow, AssessmentInput input)
    {
        flow.Heading("Information used");
        flow.BeginList();
        foreach (var line in InformationUsed.Lines(input, withCodes: true))
        {
            flow.Item($"{line.Label}: {line.Text}.");
        }

        flow.EndList();
    }

    /// <summary>The generation time in the person's time zone when known (with its UTC offset), else in UTC.</summary>
    private static string Generated(ReportOptions options) => InformationUsed.Time(options.GeneratedAt, options.TimeZone);
}
