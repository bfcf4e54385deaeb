using BoneBalance.Core.Guidance;
using BoneBalance.Reporting.Pdf;

namespace BoneBalance.Cli.Commands;

/// <summary>
/// Writes the clinician report to a file atomically: into a temporary file beside it, flushed to disk, then renamed
/// over the target, so the target is either the old file or the whole new report — never half a PDF.
/// </summary>
internal static class PdfFile
{
    /// <summary>Writes the report of <paramref name="assessment"/> (made from <paramref name="input"/>) to <paramref name="path"/>, timed in this
    /// machine's time zone.</summary>
    /// <exception cref="IOException">The folder does not exist or the file cannot be written (nothing is left behind).</exception>
    /// <exception cref="UnauthorizedAccessException">The file or folder may not be written.</exception>
    public static void Write(string path, Assessment assessment, AssessmentInput input, DateTimeOffset generatedAt)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                ClinicianReport.Write(stream, assessment, new ReportOptions(generatedAt) { Frax = assessment.FractureRisk.Frax, Input = input, TimeZone = TimeZoneInfo.Local });
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
