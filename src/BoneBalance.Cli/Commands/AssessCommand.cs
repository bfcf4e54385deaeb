using System.CommandLine;
using BoneBalance.Cli.Csv;
using BoneBalance.Cli.Intake;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;
using BoneBalance.Core.Validation;
using BoneBalance.Data;
using BoneBalance.Data.Contracts;
using BoneBalance.Data.Safety;
using Spectre.Console;

namespace BoneBalance.Cli.Commands;

/// <summary>
/// <c>bonebalance assess PROFILE.json [--diary DIARY.csv] [--json] [--pdf REPORT.pdf] [--fhir-out OUT.json] [--database PATH]</c>: the whole assessment of one
/// person — safety findings first, then fracture risk, densitometry, intake, the supplement plan, recommendations,
/// sources and the disclaimer — as readable sections or as the assessment JSON. The profile is read by
/// <see cref="ProfileDocument"/>, the diary by <see cref="DiaryFile"/>, and the assessment made by <see cref="Assessor"/>
/// over the shipped catalogues. Exit codes: 0 done, 1 a file cannot be read, 2 bad input (each problem on its own line
/// on stderr, naming the JSON path or the diary's line and column, the value and the valid range).
/// </summary>
internal static class AssessCommand
{
    /// <summary>The command with the real catalogue (built on first use at <c>--database</c>), the shipped reference
    /// intakes and the shipped safety catalogue.</summary>
    public static Command Create(Terminal terminal) => Create(
        terminal.Console, terminal.Out, terminal.Error, path => FoodsCommand.OpenCatalogue(terminal, path),
        DietaryReferenceIntakeFile.LoadShipped, ShippedSafetyCatalogue.Load);

    /// <summary>The command writing text to <paramref name="console"/>, JSON to <paramref name="output"/> and errors to
    /// <paramref name="error"/>, over the catalogues the three functions give.</summary>
    public static Command Create(
        IAnsiConsole console,
        TextWriter output,
        TextWriter error,
        Func<string, FoodCatalogue> openCatalogue,
        Func<DietaryReferenceIntakes> loadIntakes,
        Func<SafetyCatalogue> loadSafety)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(openCatalogue);
        ArgumentNullException.ThrowIfNull(loadIntakes);
        ArgumentNullException.ThrowIfNull(loadSafety);

        var profilePath = new Argument<string>("profile") { Description = "Profile JSON: person, risk factors, medications, conditions, symptoms, DXA, labs, supplements, FRAX (see README and examples/)." };
        var diaryPath = new Option<string?>("--diary") { Description = "Food and supplement diary CSV, as for 'bonebalance intake' (date,food,grams|quantity,measure / date,supplement,dose,unit).", HelpName = "DIARY.csv" };
        var json = new Option<bool>("--json") { Description = "Write the assessment as JSON (camelCase; the web API's format) instead of text." };
        var pdf = new Option<string?>("--pdf") { Description = "Also write the clinician report as a PDF to this file (written whole or not at all).", HelpName = "REPORT.pdf" };
        var fhirOut = new Option<string?>("--fhir-out") { Description = "Also write the assessment as a FHIR R4 Bundle (collection: RiskAssessment, Observations, DetectedIssues, MedicationRequest proposals) to this file (written whole or not at all).", HelpName = "OUT.json" };
        var database = DatabaseOption.Create();
        var command = new Command("assess", "The whole picture for one person: safety findings, fracture risk, DXA, intake, an evidence-graded supplement plan and recommendations.")
        {
            profilePath, diaryPath, json, pdf, fhirOut, database,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(profilePath) ?? string.Empty;
            var diary = parse.GetValue(diaryPath);
            FoodCatalogue? catalogue = null;

            // Opened only when needed (a diary, the assessment), so a bad profile is reported without building the catalogue.
            FoodCatalogue Catalogue() => catalogue ??= openCatalogue(parse.GetValue(database)!);

            // The person's calendar day (this computer's time zone), for ages from a birth date and for the diary alike.
            var today = DateOnly.FromDateTime(DateTime.Now);
            try
            {
                byte[] bytes;
                try
                {
                    bytes = File.ReadAllBytes(path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"error: cannot read profile '{path}': {e.Message}");
                    return Program.Failure;
                }

                AssessmentInput input;
                try
                {
                    input = ProfileDocument.Parse(bytes, id => Catalogue().Find(id), today);
                }
                catch (InvalidInputException e)
                {
                    foreach (var problem in e.Errors)
                    {
                        error.WriteLine($"error: {path}: {problem.Message}");
                    }

                    return Program.BadInput;
                }

                if (diary is not null)
                {
                    if (input.Diary.Count > 0 || input.DiarySupplements.Count > 0)
                    {
                        error.WriteLine($"error: --diary '{diary}' conflicts with the profile's own diary; valid: a diary in the profile or a --diary file, not both.");
                        return Program.BadInput;
                    }

                    DiaryFile file;
                    try
                    {
                        using var stream = File.OpenRead(diary);
                        file = DiaryFile.Read(diary, stream, Catalogue().Find, today);
                    }
                    catch (InvalidInputException e)
                    {
                        // Every bad row of the diary, one line each.
                        foreach (var problem in e.Errors)
                        {
                            error.WriteLine($"error: {problem.Message}");
                        }

                        return Program.BadInput;
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        error.WriteLine($"error: cannot read diary '{diary}': {e.Message}");
                        return Program.Failure;
                    }

                    input = input with { Diary = file.Foods, DiarySupplements = file.Supplements };
                }

                var assessment = new Assessor(loadSafety(), loadIntakes(), Catalogue().CommonFoods).Assess(input);
                if (parse.GetValue(pdf) is { } pdfPath)
                {
                    try
                    {
                        PdfFile.Write(pdfPath, assessment, input, DateTimeOffset.UtcNow);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        error.WriteLine($"error: cannot write PDF '{pdfPath}': {e.Message}");
                        return Program.Failure;
                    }
                }

                if (parse.GetValue(fhirOut) is { } fhirPath)
                {
                    try
                    {
                        FhirBundleFile.Write(fhirPath, assessment, input, today);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        error.WriteLine($"error: cannot write FHIR bundle '{fhirPath}': {e.Message}");
                        return Program.Failure;
                    }
                }

                if (parse.GetValue(json))
                {
                    output.WriteLine(AssessmentDocument.ToJson(assessment));
                }
                else
                {
                    AssessReport.Render(console, assessment, path, diary);
                }

                return Program.Ok;
            }
            catch (InvalidInputException e)
            {
                foreach (var problem in e.Errors)
                {
                    error.WriteLine($"error: {problem.Message}");
                }

                return Program.BadInput;
            }
            catch (CsvFormatException e)
            {
                error.WriteLine($"error: {diary} {e.Message}; valid: RFC 4180 CSV, records of at most 1 MiB (close every quoted field).");
                return Program.BadInput;
            }
            finally
            {
                catalogue?.Dispose();
            }
        });
        return command;
    }
}
