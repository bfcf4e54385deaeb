using System.CommandLine;
using System.Globalization;
using BoneBalance.Cli.Csv;
using BoneBalance.Cli.Intake;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Core.Validation;
using BoneBalance.Data;
using Spectre.Console;

namespace BoneBalance.Cli.Commands;

/// <summary>
/// <c>bonebalance intake DIARY.csv --sex female --age 67 [--database PATH] [--json]</c>: calcium, vitamin D, K1, MK-4, MK-7+, K2 and total
/// vitamin K per day and as a 7-day average, against the person's dietary reference intakes, with top contributors
/// and foods that would close a gap. Exit codes: 0 done, 1 the diary cannot be read, 2 bad input (one sentence on
/// stderr naming file, line, column and the valid values).
/// </summary>
internal static class IntakeCommand
{
    /// <summary>Days shown in the per-day table (all days are in the JSON).</summary>
    private const int TableDays = 14;

    /// <summary>The command with the real catalogue (built on first use at <c>--database</c>) and the shipped reference intakes.</summary>
    public static Command Create(Terminal terminal) => Create(
        terminal.Console, terminal.Out, terminal.Error, path => FoodsCommand.OpenCatalogue(terminal, path), DietaryReferenceIntakeFile.LoadShipped);

    /// <summary>The command writing tables to <paramref name="console"/>, JSON to <paramref name="output"/> and errors to
    /// <paramref name="error"/>, with the catalogue that <paramref name="openCatalogue"/> opens from the <c>--database</c>
    /// path and the reference intakes from <paramref name="loadIntakes"/>.</summary>
    public static Command Create(IAnsiConsole console, TextWriter output, TextWriter error, Func<string, FoodCatalogue> openCatalogue, Func<DietaryReferenceIntakes> loadIntakes)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(openCatalogue);
        ArgumentNullException.ThrowIfNull(loadIntakes);

        var diaryPath = new Argument<string>("diary") { Description = "Diary CSV: date,food,grams|quantity,measure rows and date,supplement,dose,unit rows (see README)." };
        var sex = new Option<string>("--sex") { Description = "female|male", Required = true };
        var age = new Option<string>("--age") { Description = "Age in years, 18 to 120.", Required = true };
        var json = new Option<bool>("--json") { Description = "Write JSON instead of tables." };
        var database = DatabaseOption.Create();
        var command = new Command("intake", "Calcium, vitamin D and vitamin K (K1, MK-4, MK-7+) from a food and supplement diary, against dietary reference intakes.")
        {
            diaryPath, sex, age, json, database,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(diaryPath) ?? string.Empty;
            try
            {
                var person = PersonProfile.Create(Age(parse.GetValue(age)), SexTokens.Table.Parse("--sex", parse.GetValue(sex)));
                using var catalogue = openCatalogue(parse.GetValue(database)!);
                DiaryFile diary;
                using (var stream = File.OpenRead(path))
                {
                    diary = DiaryFile.Read(path, stream, catalogue.Find, DateOnly.FromDateTime(DateTime.Now));
                }

                var report = IntakeReport.For(person, path, diary, loadIntakes(), catalogue.CommonFoods);
                if (parse.GetValue(json))
                {
                    IntakeJson.Write(output, report);
                }
                else
                {
                    Render(console, report);
                }

                return Program.Ok;
            }
            catch (InvalidInputException e)
            {
                // Every bad value (of the options, or of every bad diary row), one line each.
                foreach (var problem in e.Errors)
                {
                    error.WriteLine($"error: {problem.Message}");
                }

                return Program.BadInput;
            }
            catch (CsvFormatException e)
            {
                error.WriteLine($"error: {path} {e.Message}; valid: RFC 4180 CSV, records of at most 1 MiB (close every quoted field).");
                return Program.BadInput;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return InputFile.Report(error, "DIARY", path, "an existing diary CSV file", e);
            }
        });
        return command;
    }

    private static int Age(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var years)
            ? years
            : throw new InvalidInputException("--age", text ?? string.Empty, $"{PersonProfile.MinimumAge} to {PersonProfile.MaximumAge} years (whole number)");

    private static void Render(IAnsiConsole console, IntakeReport report)
    {
        var analysis = report.Analysis;
        var person = report.Person;
        console.MarkupLine($"[bold]BoneBalance intake[/] — {Markup.Escape(report.DiaryPath)}: {report.FoodRows} food and {report.SupplementRows} supplement rows; {(person.Sex == Sex.Female ? "female" : "male")}, {person.AgeYears} y");
        console.WriteLine();

        var days = new Table().AddColumn("date");
        foreach (var d in IntakeNutrientDefinition.All)
        {
            days.AddColumn(new TableColumn($"{ShortName(d.Nutrient)}\n{d.UnitSymbol}").RightAligned());
        }

        var shown = analysis.Days.Skip(Math.Max(0, analysis.Days.Count - TableDays)).ToList();
        days.Title = new TableTitle(shown.Count < analysis.Days.Count
            ? $"Per day (last {shown.Count} of {analysis.Days.Count} days; --json has all)"
            : "Per day (food + supplements)");
        foreach (var day in shown)
        {
            days.AddRow([Date(day.Date), .. IntakeNutrientDefinition.All.Select(d => Cell(d, day.Totals[d.Nutrient], day.AboveUpperLimit.Contains(d.Nutrient)))]);
        }

        var average = analysis.Average;
        days.AddRow(["[bold]7-day mean[/]",
            .. IntakeNutrientDefinition.All.Select(d => Cell(d, average.Totals[d.Nutrient], average.AboveUpperLimit.Contains(d.Nutrient)))]);
        console.Write(days);
        console.MarkupLine($"[grey]7-day mean: the {average.Days.Count} logged day(s) of {Date(average.From)} … {Date(average.To)}; days without rows are not counted as zero.[/]");
        console.MarkupLine("[grey]≥ = lower bound: a logged food has no value for this nutrient (not analysed is not zero). [red]red[/] = above the upper limit.[/]");
        console.MarkupLine($"[grey]{Markup.Escape(IntakeNutrientDefinition.PublishedK2TotalNote)}[/]");
        console.WriteLine();

        var targets = new Table().Title("7-day mean against your dietary reference intakes").AddColumns("nutrient", "food", "suppl.", "total", "target", "upper limit", "status");
        foreach (var d in IntakeNutrientDefinition.All)
        {
            var amount = average.Totals[d.Nutrient];
            var reference = analysis.References.GetValueOrDefault(d.Nutrient);
            targets.AddRow(
                Markup.Escape(d.Name),
                Number(d, amount.Food, !amount.IsComplete),
                Number(d, amount.Supplements, false),
                Number(d, amount.Total, !amount.IsComplete),
                reference is null ? "[grey]no target[/]" : Markup.Escape($"{Number(d, reference.Target, false)} ({(reference.Kind == ReferenceIntakeKind.AdequateIntake ? "AI" : "RDA")})"),
                reference is null ? "[grey]—[/]" : reference.UpperLimit is { } ul ? Markup.Escape(Number(d, ul, false)) : "[grey]none set[/]",
                Status(d, amount, reference, average.AboveUpperLimit.Contains(d.Nutrient)));
        }

        console.Write(targets);
        if (analysis.References.TryGetValue(IntakeNutrient.VitaminKTotal, out var k) && k.UpperLimit is null)
        {
            console.MarkupLine($"[grey]Vitamin K upper limit: {Markup.Escape(k.NoUpperLimitReason ?? "none")}. The AI is for total vitamin K; there is no separate target for K1 or K2.[/]");
        }

        console.WriteLine();
        var top = new Table().Title("Top contributing foods (7-day window, per day)").AddColumns("nutrient", "foods");
        foreach (var d in IntakeNutrientDefinition.All)
        {
            var list = analysis.TopContributors[d.Nutrient];
            top.AddRow(Markup.Escape(d.Name), list.Count == 0
                ? "[grey]none with a value[/]"
                : string.Join("\n", list.Select(c => Markup.Escape($"{c.Food.Name} ({c.Food.Id}): {Number(d, c.PerDay, false)}, {c.Share:0%}"))));
        }

        console.Write(top);

        foreach (var gap in analysis.Gaps)
        {
            var d = IntakeNutrientDefinition.Of(gap.Nutrient);
            console.WriteLine();
            var gapTable = new Table()
                .Title(Markup.Escape($"{d.Name}: {Number(d, gap.Shortfall, false)} a day short of {Number(d, gap.Target, false)}{(gap.AverageIsLowerBound ? " (at most: some values missing)" : string.Empty)}"))
                .AddColumns("food", "portion", d.UnitSymbol + " per portion", "portions to close");
            foreach (var f in gap.Foods)
            {
                var why = f.RankedBy != gap.Nutrient ? " [green](K2-rich)[/]" : string.Empty;
                gapTable.AddRow(Markup.Escape($"{f.Food.Name} ({f.Food.Id})") + why, Markup.Escape(f.Portion.LabelWithGrams),
                    Markup.Escape(Number(d, f.PerPortion, false)), f.PortionsToClose.ToString("0.0", CultureInfo.InvariantCulture));
            }

            if (gap.Foods.Count > 0)
            {
                console.Write(gapTable);
            }
            else
            {
                console.MarkupLine($"[bold]{gapTable.Title!.Text}[/]");
            }

            if (gap.Note is { } note)
            {
                console.MarkupLine($"[yellow]Note:[/] {Markup.Escape(note)}");
            }
        }

        console.WriteLine();
        console.MarkupLine("[bold]Sources[/]");
        foreach (var citation in report.Citations)
        {
            console.MarkupLine($"- {Markup.Escape(citation.ToString())}");
        }

        console.MarkupLine("- Food values: USDA SR28 and the menaquinone literature (see 'bonebalance foods show ID').");
        console.MarkupLine("[dim]BoneBalance informs; it does not diagnose. Discuss supplements with a clinician, especially if you take warfarin or another vitamin K antagonist.[/]");
    }

    private static string ShortName(IntakeNutrient nutrient) => nutrient switch
    {
        IntakeNutrient.Calcium => "Ca",
        IntakeNutrient.VitaminD => "Vit D",
        IntakeNutrient.VitaminK1 => "K1",
        IntakeNutrient.Menaquinone4 => "MK-4",
        IntakeNutrient.LongChainMenaquinones => "MK-7+",
        IntakeNutrient.VitaminK2Total => "K2",
        _ => "K total",
    };

    private static string Cell(IntakeNutrientDefinition d, IntakeAmount amount, bool aboveLimit)
    {
        var text = Markup.Escape(Number(d, amount.Total, !amount.IsComplete, withUnit: false));
        return aboveLimit ? $"[red]{text}[/]" : text;
    }

    private static string Status(IntakeNutrientDefinition d, IntakeAmount amount, DietaryReferenceIntake? reference, bool aboveLimit)
    {
        if (reference is null)
        {
            return "[grey]—[/]";
        }

        if (aboveLimit)
        {
            return "[red]above upper limit[/]";
        }

        if (amount.Total >= reference.Target)
        {
            return "[green]meets target[/]";
        }

        return Markup.Escape($"{Number(d, reference.Target.Shortfall(amount.Total), false)} short{(amount.IsComplete ? string.Empty : " (at most)")}");
    }

    private static string Number(IntakeNutrientDefinition d, Core.Measures.NutrientAmount amount, bool lowerBound, bool withUnit = true)
    {
        var value = d.InUnit(amount);
        var text = value.ToString(value >= 100 ? "0" : "0.0", CultureInfo.InvariantCulture);
        return (lowerBound ? "≥" : string.Empty) + text + (withUnit ? " " + d.UnitSymbol : string.Empty);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
