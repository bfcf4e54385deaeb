using System.CommandLine;
using BoneBalance.Cli.Output;
using BoneBalance.Core.FractureRisk;
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
            var report = RiskReport.For(person, parsed.GetValue(years) ?? 10);
            if (parsed.GetValue(json))
            {
                Json.Write(terminal.Out, RiskJson.From(report));
            }
            else
            {
                Render(terminal.Console, report);
            }

            return Program.Ok;
        });
        return command;
    }

    internal static string AdviceText(UspstfRecommendation recommendation) => recommendation switch
    {
        UspstfRecommendation.Screen => "screen for osteoporosis (DXA)",
        UspstfRecommendation.NotAtIncreasedRisk => "not at increased risk by the screening tools; routine screening from age 65",
        UspstfRecommendation.RiskAssessmentIncomplete => "risk assessment incomplete (give weight for the screening tools)",
        UspstfRecommendation.InsufficientEvidence => "insufficient evidence for or against screening (men)",
        _ => "not addressed by the USPSTF recommendation",
    };

    private static void Render(IAnsiConsole console, RiskReport report)
    {
        console.MarkupLine($"[bold]BoneBalance fracture risk[/] — {Markup.Escape(PersonSummary.Describe(report.Person))}");
        console.WriteLine();

        var q = report.QFracture;
        var risk = new Table().Title($"QFracture-2012: risk of fracture within {q.Years} years").AddColumns("Outcome", "Risk", "What it means");
        risk.AddRow("Major osteoporotic fracture (hip, spine, wrist or shoulder)", Percent(q.MajorOsteoporoticPercent), Markup.Escape(OutOf(q.MajorOsteoporoticPercent, q.Years)));
        risk.AddRow("Hip fracture", Percent(q.HipPercent), Markup.Escape(OutOf(q.HipPercent, q.Years)));
        console.Write(risk);
        console.MarkupLine("[dim]QFracture gives a risk (cumulative incidence), not a FRAX probability: FRAX-based treatment thresholds (e.g. BHOF hip ≥ 3 %, MOF ≥ 20 %) do not apply to these numbers.[/]");
        foreach (var note in report.Notes)
        {
            console.MarkupLine($"[yellow]Note:[/] {Markup.Escape(note)}");
        }

        console.WriteLine();
        var tools = new Table().Title("Screening tools (who should have a DXA scan)").AddColumns("Tool", "Score", "Cut-off", "Result");
        foreach (var t in report.ScreeningTools)
        {
            var score = t.Score is { } s ? s.ToString("0.#") : "—";
            var result = t.Status == ScreeningStatus.NotApplicable ? "not applicable: " + t.NotApplicableReason : t.Band;
            tools.AddRow(Markup.Escape(t.Name), score, Markup.Escape(t.CutOff), Markup.Escape(result));
        }

        console.Write(tools);
        console.WriteLine();
        var advice = report.Advice;
        var grade = advice.Grade is null ? string.Empty : $" (grade {advice.Grade})";
        console.MarkupLine($"[bold]USPSTF 2025 screening advice:[/] {Markup.Escape(AdviceText(advice.Recommendation) + grade)}");
        console.MarkupLine(Markup.Escape(advice.Reason));
        foreach (var caveat in advice.Caveats)
        {
            console.MarkupLine($"[yellow]Caveat:[/] {Markup.Escape(caveat)}");
        }

        console.WriteLine();
        console.MarkupLine("[bold]Sources[/]");
        foreach (var citation in report.Citations)
        {
            console.MarkupLine($"- {Markup.Escape(citation.ToString())}");
        }

        console.WriteLine();
        console.MarkupLine($"[dim]{Markup.Escape(QFracture2012.Dossier.Disclaimer)}[/]");
        console.MarkupLine("[dim]BoneBalance informs; it does not diagnose. Discuss these results with a clinician.[/]");
    }

    private static string Percent(double value) => $"{value:0.0} %";

    private static string OutOf(double percent, int years) =>
        $"about {percent * 10:0} in 1,000 people like you would have this fracture within {years} years";
}
