using System.Globalization;
using BoneBalance.Core.Guidance;
using BoneBalance.Data;
using BoneBalance.Data.Safety;
using BoneBalance.Fhir.Bulk;
using Spectre.Console;

namespace BoneBalance.Cli.Commands;

/// <summary>
/// <c>bonebalance screen --fhir DIR -o OUT.csv [--as-of YYYY-MM-DD]</c>: every Patient of a FHIR Bulk Data export (or a
/// folder of patient Bundles) assessed by <see cref="BulkScreen"/>, one CSV row each, written whole or not at all
/// (<see cref="ScreenOutput"/>), then a summary on standard error: people assessed, refused and why, counts above each
/// treatment threshold, vitamin K antagonist users, malformed lines (file:line). A progress bar on a terminal only.
/// </summary>
internal static class FhirScreenCommand
{
    /// <summary>Malformed lines printed in the summary (all are counted).</summary>
    private const int MalformedPrinted = 10;

    public static int Run(Terminal terminal, string directory, string outputPath, string? asOfText, string databasePath)
    {
        if (AsOfDate.Read(asOfText, DateOnly.FromDateTime(DateTime.Now), terminal.Error) is not { } asOf)
        {
            return Program.BadInput;
        }

        if (!Directory.Exists(directory))
        {
            terminal.Error.WriteLine($"error: --fhir '{directory}' is not an existing folder; valid: a FHIR Bulk Data export folder (Patient.ndjson, Observation.ndjson… or .ndjson.gz) or a folder of patient Bundles (*.json).");
            return Program.BadInput;
        }

        Assessor assessor;
        using (var catalogue = FoodsCommand.OpenCatalogue(terminal, databasePath))
        {
            assessor = new Assessor(ShippedSafetyCatalogue.Load(), DietaryReferenceIntakeFile.LoadShipped(), catalogue.CommonFoods);
        }

        BulkScreenSummary summary;
        try
        {
            summary = ScreenOutput.Write(outputPath, (output, _) => terminal.ErrorIsInteractive
                ? WithProgress(terminal, directory, asOf, assessor, output)
                : BulkScreen.Run(directory, asOf, assessor, output));
        }
        catch (InvalidDataException e)
        {
            // A line past the documented limit, or a .gz file that is not gzip: the input's fault.
            terminal.Error.WriteLine($"error: {e.Message.TrimEnd('.')}.");
            return Program.BadInput;
        }

        Report(terminal.Error, summary, asOf);
        return Program.Ok;
    }

    private static BulkScreenSummary WithProgress(Terminal terminal, string directory, DateOnly asOf, Assessor assessor, Stream output)
    {
        BulkScreenSummary? summary = null;
        terminal.ErrorConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var reading = context.AddTask("Reading", maxValue: 1);
                var assessing = context.AddTask("Assessing", maxValue: 1);
                summary = BulkScreen.Run(directory, asOf, assessor, output, (phase, done, total) =>
                {
                    var task = phase == "Reading" ? reading : assessing;
                    task.MaxValue = Math.Max(1, total);
                    task.Value = done;
                });
                reading.Value = reading.MaxValue;
                assessing.Value = assessing.MaxValue;
            });
        return summary!;
    }

    private static void Report(TextWriter error, BulkScreenSummary summary, DateOnly asOf)
    {
        var refused = summary.Patients - summary.Assessed;
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Screened {summary.Patients:N0} {(summary.Patients == 1 ? "patient" : "patients")} as of {asOf:yyyy-MM-dd} from {summary.FilesRead:N0} {(summary.FilesRead == 1 ? "file" : "files")} ({summary.BytesRead / 1e6:N1} MB): {summary.Assessed:N0} assessed, {refused:N0} refused{(refused == 0 ? "." : " (" + string.Join(", ", summary.Refused.Select(r => $"{r.Key} {r.Value:N0}")) + ").")}"));
        foreach (var (threshold, count) in summary.ThresholdsMet)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count,8:N0} meet {threshold}"));
        }

        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {summary.VitaminKAntagonistUsers,8:N0} take a vitamin K antagonist (VKA_ findings)"));
        if (summary.Patients > 0)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Facts kept until assessed: {summary.HeldFactBytes / 1e6:N1} MB packed ({(double)summary.HeldFactBytes / summary.Patients:N0} bytes a patient), {summary.SharedCodes:N0} codes and texts held once for all."));
        }

        if (summary.FilesSkipped.Count > 0)
        {
            error.WriteLine($"Not read ({summary.FilesSkipped.Count} {(summary.FilesSkipped.Count == 1 ? "file" : "files")}: not NDJSON of a resource type the mapping reads): {string.Join(", ", summary.FilesSkipped.Take(8))}{(summary.FilesSkipped.Count > 8 ? ", …" : string.Empty)}.");
        }

        if (summary.WithoutPatient + summary.WithoutSubject + summary.RepeatedPatients > 0)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Skipped: {summary.WithoutPatient:N0} resources about ids with no Patient in the export, {summary.WithoutSubject:N0} without a Patient subject, {summary.RepeatedPatients:N0} repeated Patient ids."));
        }

        if (summary.MalformedLines > 0)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Skipped {summary.MalformedLines:N0} malformed {(summary.MalformedLines == 1 ? "line" : "lines")}:"));
            foreach (var line in summary.Malformed.Take(MalformedPrinted))
            {
                error.WriteLine($"  {line}");
            }

            if (summary.MalformedLines > MalformedPrinted)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … and {summary.MalformedLines - MalformedPrinted:N0} more."));
            }
        }
    }
}
