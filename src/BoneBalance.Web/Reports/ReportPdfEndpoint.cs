using BoneBalance.Core.Validation;
using BoneBalance.Reporting.Pdf;
using BoneBalance.Web.Assessments;

namespace BoneBalance.Web.Reports;

/// <summary><c>/Report/Pdf</c>: the clinician report of the current assessment as a PDF download.</summary>
internal static class ReportPdfEndpoint
{
    /// <summary>The download's file name for a date: <c>bonebalance-report-YYYY-MM-DD.pdf</c>.</summary>
    public static string FileName(DateTimeOffset at) => $"bonebalance-report-{at.UtcDateTime:yyyy-MM-dd}.pdf";

    /// <summary>Writes the PDF of <paramref name="assessment"/>, made from <paramref name="input"/> (listed under "Information
    /// used", with the name and birth date in the header), timed in the person's <paramref name="zone"/>, into memory;
    /// stops (throwing <see cref="OperationCanceledException"/>) as soon as <paramref name="cancellationToken"/> is
    /// cancelled, e.g. when the person closes the page.</summary>
    public static byte[] Pdf(Core.Guidance.Assessment assessment, Core.Guidance.AssessmentInput input, DateTimeOffset at, TimeZoneInfo zone, CancellationToken cancellationToken, ReportNotice? notice = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(input);
        using var stream = new MemoryStream();
        ClinicianReport.Write(stream, assessment, new ReportOptions(at) { Frax = assessment.FractureRisk.Frax, Input = input, TimeZone = zone, Notice = notice }, cancellationToken);
        return stream.ToArray();
    }

    /// <summary>Writes the PDF of a saved assessment: its document read back (<paramref name="saved"/>), with "Information
    /// used" from <paramref name="input"/> when the saved profile still reads (omitted when null), and the
    /// <paramref name="notice"/> saying what the report shows.</summary>
    public static byte[] Pdf(Data.Contracts.ReportedAssessment saved, Core.Guidance.AssessmentInput? input, ReportNotice notice, DateTimeOffset at, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(saved);
        using var stream = new MemoryStream();
        ClinicianReport.Write(stream, saved, new ReportOptions(at) { Input = input, TimeZone = zone, Notice = notice }, cancellationToken);
        return stream.ToArray();
    }

    /// <summary>Maps the endpoint (signed-in people only; others are sent to sign in).</summary>
    public static void MapReportPdf(this WebApplication app) => app.MapGet("/Report/Pdf", async Task<IResult> (AssessmentRunner runner, Diary.PersonDay day, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            AssessedProfile? assessed;
            try
            {
                assessed = await runner.AssessAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidInputException)
            {
                assessed = null;
            }

            if (assessed is null)
            {
                return TypedResults.Redirect("/Assessment/about");
            }

            var now = clock.GetUtcNow();
            return TypedResults.File(Pdf(assessed.Assessment, assessed.Input, now, day.Zone(), cancellationToken), "application/pdf", FileName(now));
        })
        .RequireAuthorization()
        .ExcludeFromDescription();
}
