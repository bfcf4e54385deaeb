using System.CommandLine;
using BoneBalance.Cli.Screening;
using BoneBalance.Core.Validation;
using Spectre.Console;

namespace BoneBalance.Cli.Commands;

/// <summary>
/// <c>bonebalance screen INPUT.csv -o OUTPUT.csv</c>: batch scoring of a population (format in the README); or
/// <c>bonebalance screen --fhir DIR -o OUTPUT.csv [--as-of YYYY-MM-DD]</c>: every Patient of a FHIR Bulk Data export
/// assessed through the mapping of <c>assess --fhir</c> (<see cref="FhirScreenCommand"/>). The output is written by
/// <see cref="ScreenOutput"/>: renamed into place only when the whole run succeeded.
/// </summary>
internal static class ScreenCommand
{
    public static Command Create(Terminal terminal)
    {
        var input = new Argument<string?>("INPUT") { Description = "CSV file of people (header row; see the README for the columns), or - for standard input. Or --fhir.", Arity = ArgumentArity.ZeroOrOne };
        var fhir = new Option<string?>("--fhir") { Description = "A FHIR Bulk Data export folder (Patient.ndjson, Observation.ndjson, Condition…, MedicationRequest…, .ndjson.gz too) or a folder of patient Bundles (*.json) instead of a CSV: every Patient assessed as assess --fhir does (README, \"Bulk FHIR screening\").", HelpName = "DIR" };
        var asOf = new Option<string?>("--as-of") { Description = "With --fhir: assess as of this date (YYYY-MM-DD, today or earlier; default today): ages, stale values, what had happened by then.", HelpName = "YYYY-MM-DD" };
        var database = DatabaseOption.Create();
        var output = new Option<string>("--output", "-o") { Description = "CSV file to write, or - for standard output", Required = true };
        var allowUnknown = new Option<bool>("--ignore-unknown-columns") { Description = "skip input columns this command does not know instead of refusing the file" };
        var clampBmi = new Option<bool>("--clamp-bmi") { Description = "score a BMI outside QFracture's 20-40 at the nearest bound (labelled in a qfracture_bmi_note column) instead of refusing the row" };
        var command = new Command("screen", "Score a population from CSV (QFracture-2012 risks and OST, ORAI, SCORE, OSIRIS per person, one output row per input row), or assess every Patient of a FHIR bulk export (--fhir).")
        {
            input,
            output,
            allowUnknown,
            clampBmi,
            fhir,
            asOf,
            database,
        };
        command.SetAction(parsed =>
        {
            var inputPath = parsed.GetValue(input);
            var outputPath = parsed.GetValue(output)!;
            var fhirPath = parsed.GetValue(fhir);
            if ((inputPath is null) == (fhirPath is null))
            {
                terminal.Error.WriteLine(inputPath is null
                    ? "error: no input given; valid: an INPUT.csv argument or --fhir DIR."
                    : $"error: INPUT '{inputPath}' conflicts with --fhir '{fhirPath}'; valid: one of an INPUT.csv argument and --fhir DIR.");
                return Program.BadInput;
            }

            if (fhirPath is not null)
            {
                if (parsed.GetValue(allowUnknown) || parsed.GetValue(clampBmi))
                {
                    terminal.Error.WriteLine("error: --ignore-unknown-columns and --clamp-bmi are options of a CSV input; valid with --fhir: -o, --as-of, --database.");
                    return Program.BadInput;
                }

                return FhirScreenCommand.Run(terminal, fhirPath, outputPath, parsed.GetValue(asOf), parsed.GetValue(database)!);
            }

            if (parsed.GetValue(asOf) is not null)
            {
                terminal.Error.WriteLine("error: --as-of needs --fhir; valid: --as-of YYYY-MM-DD with --fhir DIR (a CSV gives each person's age).");
                return Program.BadInput;
            }

            var summary = Run(terminal, inputPath!, outputPath, parsed.GetValue(allowUnknown), parsed.GetValue(clampBmi));
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
        return ScreenOutput.Write(outputPath, (output, isFile) => isFile && terminal.ErrorIsInteractive && inputStream.CanSeek
            ? WithProgress(terminal, inputStream, output, allowUnknown, clampBmi)
            : BatchScreen.Run(inputStream, output, allowUnknown, clampBmi: clampBmi));
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
