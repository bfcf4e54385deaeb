using BoneBalance.Core.Guidance;
using BoneBalance.Core.Validation;
using BoneBalance.Fhir;
using BoneBalance.Fhir.Output;

namespace BoneBalance.Cli.Commands;

/// <summary>
/// <c>assess --fhir-out OUT.json</c>: the assessment as a FHIR R4 Bundle (<see cref="FhirAssessmentWriter"/>), written
/// atomically — into a temporary file beside the target, flushed, then renamed over it — so the target is the old file or
/// the whole new bundle. A device (<c>/dev/stdout</c>) is written directly, never renamed over.
/// </summary>
internal static class FhirBundleFile
{
    /// <summary>Writes the bundle of <paramref name="assessment"/> (made from <paramref name="input"/> for
    /// <paramref name="asOf"/>, from the FHIR record <paramref name="reading"/> when there was one) to <paramref name="path"/>.</summary>
    /// <exception cref="InvalidInputException">The path is empty, a directory, or in a directory that does not exist (exit 2).</exception>
    /// <exception cref="IOException">The file cannot be written (nothing is left behind; exit 1).</exception>
    /// <exception cref="UnauthorizedAccessException">The file or folder may not be written (exit 1).</exception>
    public static void Write(string path, Assessment assessment, AssessmentInput input, DateOnly asOf, FhirReading? reading = null)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InvalidInputException("--fhir-out", path, "a file path", "is empty");
        }

        var target = Path.GetFullPath(path);
        var bytes = FhirAssessmentWriter.ToUtf8(FhirAssessmentWriter.Write(assessment, input, asOf, reading));
        if (ScreenOutput.IsDevice(target))
        {
            using var device = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            device.Write(bytes);
            return;
        }

        // A symbolic link is followed, so that the file it points to is replaced, not the link.
        if (new FileInfo(target).LinkTarget is not null)
        {
            target = File.ResolveLinkTarget(target, returnFinalTarget: true)?.FullName ?? target;
        }

        if (Directory.Exists(target))
        {
            throw new InvalidInputException("--fhir-out", path, "a file path, not a directory", "is a directory");
        }

        var directory = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(directory))
        {
            throw new InvalidInputException("--fhir-out", path, "a file in an existing directory", "is in a directory that does not exist");
        }

        var temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
