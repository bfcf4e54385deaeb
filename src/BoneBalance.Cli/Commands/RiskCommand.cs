using System.CommandLine;
using System.Globalization;
using BoneBalance.Cli.Output;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Validation;
using Spectre.Console;

namespace BoneBalance.Cli.Commands;

/// <summary>
/// <c>bonebalance risk</c>: QFracture-2012 risk of major osteoporotic and hip fracture, the pre-DXA screening
/// scores and the USPSTF screening advice for one person.
/// </summary>
internal static class RiskCommand
{
    public static Command Create(Terminal terminal)
    {
        var profile = new ProfileOptions();
        var years = ProfileOptions.WholeNumber("--years", "risk horizon in years, 1 to 10 (default 10)");
        var json = new Option<bool>("--json") { Description = "write JSON instead of tables" };
        var command = new Command("risk", "Fracture risk (QFracture-2012), screening scores (OST, ORAI, SCORE, OSIRIS) and screening advice (USPSTF).");
        profile.AddTo(command, withLifestyle: true);
        command.Options.Add(years);
        command.Options.Add(json);
        command.SetAction(parsed =>
        {
            var person = profile.ToProfile(parsed, DateOnly.FromDateTime(DateTime.Now));
            RiskReport report;
            try
            {
                report = RiskReport.For(person, parsed.GetValue(years) ?? 10);
            }
            catch (InvalidInputException e)
            {
                throw profile.WithBirthDate(e, parsed);
            }

            if (parsed.GetValue(json))
            {
                terminal.Out.WriteLine(RiskJson.From(report));
            }
            else
            {
                Render(terminal.Console, report);
            }

            return Program.Ok;
        });
        return command;
    }

    /// <summary>The advice in a few words; once a DXA scan has been done, that, not a first scan.</summary>
    private static void Render(IAnsiConsole console, RiskReport report)
    {
        console.MarkupLine($"[bold]BoneBalance fracture risk[/] — {Markup.Escape(PersonSummary.Describe(report.Person))}");
        console.WriteLine();

        var q = report.QFracture;
        var risk = new Table().Title($"QFracture-2012: risk of fracture within {Years(q.Years)}").AddColumns("Outcome", "Risk", "What it means");
        risk.AddRow("Major osteoporotic fracture (hip, spine, wrist or shoulder)", Percent(q.MajorOsteoporoticPercent), Markup.Escape(OutOf(q.MajorOsteoporoticPercent, q.Years)));
        risk.AddRow("Hip fracture", Percent(q.HipPercent), Markup.Escape(OutOf(q.HipPercent, q.Years)));
        console.Write(risk);
        console.MarkupLine("[dim]QFracture gives a risk (cumulative incidence), not a FRAX probability: FRAX-based treatment thresholds (e.g. BHOF hip ≥ 3 %, MOF ≥ 20 %) do not apply to these numbers.[/]");
        ReportSections.Notes(console, report.Notes);

        console.WriteLine();
        var tools = new Table().Title("Screening tools (who should have a DXA scan)").AddColumns("Tool", "Score", "Cut-off", "Result");
        foreach (var t in report.ScreeningTools)
        {
            var score = t.Score is { } s ? ScoreText(s) : "—";
            var result = t.Status == ScreeningStatus.NotApplicable ? "not applicable: " + t.NotApplicableReason : t.Band;
            tools.AddRow(Markup.Escape(t.Name), score, Markup.Escape(t.CutOff), Markup.Escape(result));
        }

        console.Write(tools);
        console.WriteLine();
        var advice = report.Advice;
        var grade = advice.Grade is null ? string.Empty : $" (grade {advice.Grade})";
        console.MarkupLine($"[bold]USPSTF 2025 screening advice:[/] {Markup.Escape(OsteoporosisScreeningAdvice.RecommendationText(advice.Recommendation) + grade)}");
        console.MarkupLine(Markup.Escape(advice.Reason));
        ReportSections.Notes(console, advice.Caveats, "Caveat");
        ReportSections.Sources(console, report.Citations);
        ReportSections.Disclaimer(
            console,
            QFracture2012.Dossier.Disclaimer,
            RiskJson.Disclaimer);
    }

    // To one decimal, but never "0.0 %" or "100.0 %": a small risk is not no risk.
    internal static string Percent(double value) => value switch
    {
        < 0.05 => "< 0.1 %",
        >= 99.95 => "> 99.9 %",
        _ => $"{value:0.0} %",
    };

    internal static string OutOf(double percent, int years)
    {
        var perThousand = percent * 10;
        var people = perThousand switch
        {
            < 0.5 => "fewer than 1",
            >= 999.5 => "more than 999",
            _ => $"about {perThousand:0}",
        };
        return $"{people} in 1,000 people like you would have this fracture within {Years(years)}";
    }

    // One decimal; a score that rounds to zero is "0", not "-0" (OST 0.2 x (66.9 - 67) = -0.02).
    internal static string ScoreText(double score) => (Math.Round(score, 1, MidpointRounding.AwayFromZero) + 0.0).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Years(int years) => years == 1 ? "1 year" : $"{years} years";
}
