using System.CommandLine;
using System.Runtime.InteropServices;
using BoneBalance.Cli.Screening;
using BoneBalance.Core.Validation;
using Spectre.Console;

namespace BoneBalance.Cli.Commands;

/// <summary>
/// <c>bonebalance screen INPUT.csv -o OUTPUT.csv</c>: batch scoring of a population (format in the README).
/// The output is written to a temporary file beside the target and renamed into place only when the whole run
/// succeeded, so a failed run never leaves a half-written file.
/// </summary>
internal static class ScreenCommand
{
    public static Command Create(Terminal terminal)
    {
        var input = new Argument<string>("INPUT") { Description = "CSV file of people (header row; see the README for the columns), or - for standard input" };
        var output = new Option<string>("--output", "-o") { Description = "CSV file to write, or - for standard output", Required = true };
        var allowUnknown = new Option<bool>("--ignore-unknown-columns") { Description = "skip input columns this command does not know instead of refusing the file" };
        var clampBmi = new Option<bool>("--clamp-bmi") { Description = "score a BMI outside QFracture's 20-40 at the nearest bound (labelled in a qfracture_bmi_note column) instead of refusing the row" };
        var command = new Command("screen", "Score a population from CSV: QFracture-2012 risks and OST, ORAI, SCORE, OSIRIS per person, one output row per input row.")
        {
            input,
            output,
            allowUnknown,
            clampBmi,
        };
        command.SetAction(parsed =>
        {
            var inputPath = parsed.GetValue(input)!;
            var outputPath = parsed.GetValue(output)!;
            var summary = Run(terminal, inputPath, outputPath, parsed.GetValue(allowUnknown), parsed.GetValue(clampBmi));
            terminal.Error.WriteLine(
                $"Screened {summary.Rows:N0} {(summary.Rows == 1 ? "person" : "people")}; {summary.RowsWithErrors:N0} {(summary.RowsWithErrors == 1 ? "row" : "rows")} with errors (see the error column).");
            return Program.Ok;
        });
        return command;
    }

    private static ScreenSummary Run(Terminal terminal, string inputPath, string outputPath, bool allowUnknown, bool clampBmi)
    {
        if (inputPath != "-" && !File.Exists(inputPath))
        {
            throw new InvalidInputException("INPUT", inputPath, "an existing CSV file", "is not an existing file");
        }

        using var inputStream = inputPath == "-"
            ? Console.OpenStandardInput()
            : new FileStream(inputPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        if (outputPath == "-")
        {
            using var stdout = Console.OpenStandardOutput();
            return BatchScreen.Run(inputStream, stdout, allowUnknown, clampBmi: clampBmi);
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
            return BatchScreen.Run(inputStream, device, allowUnknown, clampBmi: clampBmi);
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
            ScreenSummary summary;
            using (var file = Create(temporary, outputPath))
            {
                summary = terminal.ErrorIsInteractive && inputStream.CanSeek
                    ? WithProgress(terminal, inputStream, file, allowUnknown, clampBmi)
                    : BatchScreen.Run(inputStream, file, allowUnknown, clampBmi: clampBmi);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
            return summary;
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

    private static ScreenSummary WithProgress(Terminal terminal, Stream input, Stream output, bool allowUnknown, bool clampBmi)
    {
        ScreenSummary? summary = null;
        terminal.ErrorConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("Screening", maxValue: Math.Max(1, input.Length));
                summary = BatchScreen.Run(input, output, allowUnknown, bytes => task.Value = bytes, clampBmi);
                task.Value = task.MaxValue;
            });
        return summary!;
    }
}
