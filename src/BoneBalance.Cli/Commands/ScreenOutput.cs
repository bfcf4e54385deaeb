using System.Runtime.InteropServices;
using BoneBalance.Core.Validation;

namespace BoneBalance.Cli.Commands;

/// <summary>
/// Where <c>screen</c> writes (from CSV or from a FHIR export): standard output (<c>-</c>), a device written in place, or
/// a file written to a temporary file beside the target and renamed into place only when the whole run succeeded, so
/// a failed or interrupted run never leaves a half-written file.
/// </summary>
internal static class ScreenOutput
{
    /// <summary>Runs <paramref name="write"/> on the output stream (told whether it is a file being written to), then
    /// puts the file in place.</summary>
    public static T Write<T>(string outputPath, Func<Stream, bool, T> write)
    {
        if (outputPath == "-")
        {
            using var stdout = Console.OpenStandardOutput();
            return write(stdout, false);
        }

        if (string.IsNullOrWhiteSpace(outputPath))
        {
            throw new InvalidInputException("output", string.Empty, "a file path, or - for standard output");
        }

        var target = Path.GetFullPath(outputPath);
        if (IsDevice(target))
        {
            // Renaming a file over /dev/null or /dev/stdout would replace the device itself (when run as root).
            using var device = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            return write(device, false);
        }

        // A symbolic link is followed, so that the file it points to is replaced, not the link.
        if (new FileInfo(target).LinkTarget is not null)
        {
            target = File.ResolveLinkTarget(target, returnFinalTarget: true)?.FullName ?? target;
        }

        var directory = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(directory))
        {
            throw new InvalidInputException("output", outputPath, "a file in an existing directory", "is in a directory that does not exist");
        }

        if (Directory.Exists(target))
        {
            throw new InvalidInputException("output", outputPath, "a file path, not a directory", "is a directory");
        }

        var temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Environment.ProcessId}.partial");

        // Ctrl+C or a kill ends the process without running the finally below: remove the temporary file first
        // (the default handling, ending the process, then goes on).
        void Abandon(PosixSignalContext context) => File.Delete(temporary);
        using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Abandon);
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Abandon);
        try
        {
            T result;
            using (var file = Create(temporary, outputPath))
            {
                result = write(file, true);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
            return result;
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>True for a device or process file (/dev/null, /dev/stdout, /proc/self/fd/1): written in place, never replaced.</summary>
    internal static bool IsDevice(string fullPath) =>
        !OperatingSystem.IsWindows()
        && (fullPath.StartsWith("/dev/", StringComparison.Ordinal) || fullPath.StartsWith("/proc/", StringComparison.Ordinal));

    // The temporary file is an implementation detail: a failure to create it is reported against the output
    // the person named (exit code 1: a permission problem is not bad input).
    private static FileStream Create(string temporary, string outputPath)
    {
        try
        {
            return new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot write output '{outputPath}': {e.Message.TrimEnd('.')}", e);
        }
    }
}
