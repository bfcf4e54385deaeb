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
using BoneBalance.Fhir;
using Spectre.Console;

namespace BoneBalance.Cli.Commands;

/// <summary>
/// <c>bonebalance assess (PROFILE.json | --fhir BUNDLE.json) [--as-of YYYY-MM-DD] [--profile-out FILE] [--diary DIARY.csv]
/// [--json] [--pdf REPORT.pdf] [--fhir-out OUT.json] [--database PATH]</c>: the whole assessment of one person — safety findings first, then
/// fracture risk, densitometry, intake, the supplement plan, recommendations, sources and the disclaimer — as readable
/// sections or as the assessment JSON (and, with --fhir-out, as a FHIR R4 Bundle written by <see cref="Fhir.Output.FhirAssessmentWriter"/>). The profile is read by <see cref="ProfileDocument"/> — from the file, or as
/// <see cref="FhirRecordReader"/> derives it from a FHIR R4 Bundle (then a section, or the JSON's <c>fhir</c>, says
/// which resource gave each input and what was not used and why) —, the diary by <see cref="DiaryFile"/>, and the
/// assessment made by <see cref="Assessor"/> over the shipped catalogues. Exit codes: 0 done, 1 a file cannot be read,
/// 2 bad input (each problem on its own line on stderr, naming the JSON path or the diary's line and column, the value
/// and the valid range) or a patient the FHIR record refuses (deceased, under 18…: one line).
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

        var profilePath = new Argument<string?>("profile") { Description = "Profile JSON: person, risk factors, medications, conditions, symptoms, DXA, labs, supplements, FRAX (see README and examples/). Or --fhir.", Arity = ArgumentArity.ZeroOrOne };
        var fhirPath = new Option<string?>("--fhir") { Description = "A patient's FHIR R4 Bundle (JSON) instead of a profile: the profile is derived from it (README, \"FHIR\").", HelpName = "BUNDLE.json" };
        var asOf = new Option<string?>("--as-of") { Description = "The date of the assessment, today or earlier (default: today): ages, stale values and what the record held by then.", HelpName = "YYYY-MM-DD" };
        var profileOut = new Option<string?>("--profile-out") { Description = "With --fhir: also write the derived profile JSON to this file (written whole or not at all).", HelpName = "FILE" };
        var diaryPath = new Option<string?>("--diary") { Description = "Food and supplement diary CSV, as for 'bonebalance intake' (date,food,grams|quantity,measure / date,supplement,dose,unit).", HelpName = "DIARY.csv" };
        var json = new Option<bool>("--json") { Description = "Write the assessment as JSON (camelCase; the web API's format) instead of text." };
        var pdf = new Option<string?>("--pdf") { Description = "Also write the clinician report as a PDF to this file (written whole or not at all).", HelpName = "REPORT.pdf" };
        var fhirOut = new Option<string?>("--fhir-out") { Description = "Also write the assessment as a FHIR R4 Bundle (collection: RiskAssessment, Observations, DetectedIssues, MedicationRequest proposals) to this file (written whole or not at all).", HelpName = "OUT.json" };
        var database = DatabaseOption.Create();
        var command = new Command("assess", "The whole picture for one person: safety findings, fracture risk, DXA, intake, an evidence-graded supplement plan and recommendations.")
        {
            profilePath, fhirPath, asOf, profileOut, diaryPath, json, pdf, fhirOut, database,
        };
        command.SetAction(parse =>
        {
            var profile = parse.GetValue(profilePath);
            var fhir = parse.GetValue(fhirPath);
            if ((profile is null) == (fhir is null))
            {
                error.WriteLine(profile is null
                    ? "error: no profile given; valid: a PROFILE.json argument or --fhir BUNDLE.json."
                    : $"error: PROFILE '{profile}' conflicts with --fhir '{fhir}'; valid: one of a PROFILE.json argument and --fhir BUNDLE.json.");
                return Program.BadInput;
            }

            if (parse.GetValue(profileOut) is not null && fhir is null)
            {
                error.WriteLine("error: --profile-out needs --fhir; valid: --profile-out FILE with --fhir BUNDLE.json (a PROFILE.json is the profile already).");
                return Program.BadInput;
            }

            var path = profile ?? fhir!;
            var diary = parse.GetValue(diaryPath);
            FoodCatalogue? catalogue = null;

            // Opened only when needed (a diary, the assessment), so a bad profile is reported without building the catalogue.
            FoodCatalogue Catalogue() => catalogue ??= openCatalogue(parse.GetValue(database)!);

            // The person's calendar day (this computer's time zone), for ages from a birth date and for the diary alike.
            if (AsOfDate.Read(parse.GetValue(asOf), DateOnly.FromDateTime(DateTime.Now), error) is not { } today)
            {
                return Program.BadInput;
            }

            FhirReading? reading = null;
            try
            {
                byte[] bytes;
                try
                {
                    bytes = File.ReadAllBytes(path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return fhir is null
                        ? InputFile.Report(error, "profile", path, "an existing profile JSON file", e)
                        : InputFile.Report(error, "--fhir", path, "an existing FHIR R4 Bundle JSON file", e);
                }

                if (fhir is not null)
                {
                    try
                    {
                        reading = FhirRecordReader.Read(bytes, today);
                    }
                    catch (InvalidInputException e)
                    {
                        foreach (var problem in e.Errors)
                        {
                            error.WriteLine($"error: {path}: {problem.Message}");
                        }

                        return Program.BadInput;
                    }

                    if (reading.Refusal is { } refusal)
                    {
                        error.WriteLine($"refused: {path}: {refusal.Reason} ({refusal.Code}).");
                        return Program.BadInput;
                    }

                    bytes = reading.ProfileUtf8(indented: true);
                    if (parse.GetValue(profileOut) is { } outPath && WriteProfile(outPath, bytes, error) is { } failed)
                    {
                        return failed;
                    }
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
                        return InputFile.Report(error, "--diary", diary, "an existing diary CSV file", e);
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

                if (parse.GetValue(fhirOut) is { } fhirOutPath)
                {
                    try
                    {
                        FhirBundleFile.Write(fhirOutPath, assessment, input, today, reading);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        error.WriteLine($"error: cannot write FHIR bundle '{fhirOutPath}': {e.Message}");
                        return Program.Failure;
                    }
                }

                if (parse.GetValue(json))
                {
                    output.WriteLine(reading is null
                        ? AssessmentDocument.ToJson(assessment)
                        : AssessmentDocument.ToJson(assessment, more: w => FhirReadingDocument.WriteProperty(w, reading)));
                }
                else
                {
                    AssessReport.Render(console, assessment, path, diary);
                    if (reading is not null)
                    {
                        FhirSection.Render(console, reading);
                    }
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

    // Written beside the target and moved over it, so the file is the whole profile or is untouched.
    private static int? WriteProfile(string path, byte[] profile, TextWriter error)
    {
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            File.WriteAllBytes(temporary, profile);
            File.Move(temporary, path, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            error.WriteLine($"error: cannot write profile '{path}': {e.Message}");
            return Program.Failure;
        }
    }
}
