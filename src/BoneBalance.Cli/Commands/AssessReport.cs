using System.Globalization;
using BoneBalance.Core.Densitometry;
using BoneBalance.Core.Evidence;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Safety;
using BoneBalance.Cli.Output;
using BoneBalance.Data.Contracts;
using Spectre.Console;

namespace BoneBalance.Cli.Commands;

/// <summary>
/// The text form of <c>bonebalance assess</c>: SAFETY first and loud, then fracture risk, densitometry, intake, the
/// supplement plan, recommendations, numbered sources and the disclaimer. Each item's citations are shown as numbers
/// into the sources list ([1, 4]).
/// </summary>
internal static class AssessReport
{
    public static void Render(IAnsiConsole console, Assessment a, string profilePath, string? diaryPath)
    {
        var sources = AssessmentCitations.Numbered(a);
        string Cite(IEnumerable<Citation> citations) => sources.Marker(citations) is { Length: > 0 } marker ? " " + Markup.Escape(marker) : string.Empty;

        console.MarkupLine($"[bold]BoneBalance assessment[/] — {Markup.Escape(profilePath)}{(diaryPath is null ? string.Empty : " with diary " + Markup.Escape(diaryPath))}");
        console.MarkupLine(Markup.Escape(PersonSummary.Describe(a.Person)));

        Safety(console, a.Findings, Cite);
        FractureRisk(console, a.FractureRisk, Cite);
        Densitometry(console, a.Densitometry, Cite);
        Intake(console, a.Intake, a.Person.AgeYears);
        Plan(console, a.Plan, Cite);
        Recommendations(console, a.Recommendations, Cite);

        console.WriteLine();
        console.MarkupLine("[bold]SOURCES[/]");
        for (var i = 0; i < sources.Citations.Count; i++)
        {
            console.MarkupLine($"[[{i + 1}]] {Markup.Escape(sources.Citations[i].ToString())}");
        }

        ReportSections.Disclaimer(console, a.Disclaimer);
    }

    private static void Safety(IAnsiConsole console, IReadOnlyList<SafetyFinding> findings, Func<IEnumerable<Citation>, string> cite)
    {
        console.WriteLine();
        var serious = findings.Count(f => f.Severity >= SafetySeverity.Warning);
        console.MarkupLine(findings.Count == 0
            ? "[bold]SAFETY[/] — no safety findings."
            : $"[bold red]SAFETY — {findings.Count} finding{(findings.Count == 1 ? string.Empty : "s")}{(serious > 0 ? $", {serious} needing action before any change" : string.Empty)}[/]");
        foreach (var f in findings)
        {
            var label = AssessmentDocument.Token(f.Severity).Replace('_', ' ').ToUpperInvariant();
            var colour = f.Severity switch
            {
                SafetySeverity.ContraindicatedWithoutSupervision => "bold red",
                SafetySeverity.Warning => "red",
                SafetySeverity.Caution => "yellow",
                _ => "blue",
            };
            var mark = f.Severity >= SafetySeverity.Warning ? "!!" : "--";
            console.MarkupLine($"{mark} [{colour}]{Markup.Escape(label)}[/] [bold]{Markup.Escape(f.Code)}[/]: {Markup.Escape(f.Message)}{cite(f.Citations)}");
            console.MarkupLine($"   What to do: {Markup.Escape(f.Advice)}");
            console.MarkupLine($"   [dim]Why: {Markup.Escape(f.Reason)}[/]");
        }
    }

    private static void FractureRisk(IAnsiConsole console, FractureRiskAssessment risk, Func<IEnumerable<Citation>, string> cite)
    {
        console.WriteLine();
        console.MarkupLine("[bold]FRACTURE RISK[/]");
        if (risk.QFracture is { } q)
        {
            var table = new Table().Title($"QFracture-2012: risk within {q.Years} years{cite(risk.Citations)}").AddColumns("Outcome", "Risk", "What it means");
            table.AddRow("Major osteoporotic fracture (hip, spine, wrist or shoulder)", RiskCommand.Percent(q.MajorOsteoporoticPercent), Markup.Escape(RiskCommand.OutOf(q.MajorOsteoporoticPercent, q.Years)));
            table.AddRow("Hip fracture", RiskCommand.Percent(q.HipPercent), Markup.Escape(RiskCommand.OutOf(q.HipPercent, q.Years)));
            console.Write(table);
            console.MarkupLine("[dim]QFracture gives a risk (cumulative incidence), not a FRAX probability: FRAX thresholds do not apply to these numbers.[/]");
        }
        else
        {
            console.MarkupLine("QFracture-2012 not computed: " + Markup.Escape(string.Join(" ", risk.QFractureNotApplicable.Select(e => e.Message))));
        }

        ReportSections.Notes(console, risk.Notes);
        if (risk.Frax is { } frax)
        {
            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"FRAX as entered: major osteoporotic {frax.MajorOsteoporoticPercent:0.0} %, hip {frax.HipPercent:0.0} % (10-year probabilities{(frax.GlucocorticoidAdjusted ? ", glucocorticoid-adjusted" : string.Empty)}; BoneBalance does not compute FRAX).")));
        }

        var tools = new Table().Title("Screening tools (who should have a DXA scan)").AddColumns("Tool", "Score", "Cut-off", "Result");
        foreach (var t in risk.Screening)
        {
            var result = t.Status == ScreeningStatus.NotApplicable ? "not applicable: " + t.NotApplicableReason : t.Band;
            tools.AddRow(Markup.Escape(t.Name), t.Score is { } s ? RiskCommand.ScoreText(s) : "—", Markup.Escape(t.CutOff), Markup.Escape(result));
        }

        console.Write(tools);
        var advice = risk.ScreeningAdvice;
        var grade = advice.Grade is null || advice.DxaDone ? string.Empty : $" (grade {advice.Grade})";
        console.MarkupLine($"[bold]USPSTF 2025 screening advice:[/] {Markup.Escape(advice.Summary() + grade)}{cite(advice.Citations)}");
        console.MarkupLine(Markup.Escape(advice.Reason));

        if (risk.Thresholds.Count > 0)
        {
            var thresholds = new Table().Title("Guideline treatment thresholds").AddColumns("Guideline", "Criterion", "Status", "Why");
            foreach (var f in risk.Thresholds)
            {
                var status = f.Status switch
                {
                    FindingStatus.Met => "[bold]met[/]",
                    FindingStatus.NotMet => "not met",
                    FindingStatus.NotApplicable => "[grey]not applicable[/]",
                    _ => "[grey]cannot evaluate[/]",
                };
                thresholds.AddRow(Markup.Escape(f.Guideline + " " + f.EvidenceTag), Markup.Escape(f.Criterion), status, Markup.Escape(f.Reason) + cite([f.Citation]));
            }

            console.Write(thresholds);
        }
    }

    private static void Densitometry(IAnsiConsole console, DensitometryAssessment? d, Func<IEnumerable<Citation>, string> cite)
    {
        console.WriteLine();
        console.MarkupLine("[bold]DENSITOMETRY[/]");
        if (d is null)
        {
            console.MarkupLine("No DXA results given.");
            return;
        }

        var when = d.ScanDate is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "undated scan";
        console.MarkupLine($"{Markup.Escape(when)}: {Markup.Escape(d.Latest.Summary)}{cite(d.Latest.Citations)}");
        var sites = new Table().AddColumns("Site", "BMD g/cm²", "T-score", "Z-score");
        foreach (var s in d.Latest.Sites)
        {
            var t = s.TScore is { } tScore
                ? tScore.ToString("0.0", CultureInfo.InvariantCulture) + (s.TScoreOrigin == TScoreOrigin.ComputedFromBmd ? " (computed)" : " (report)")
                : "—";
            sites.AddRow(
                Markup.Escape(DxaCommand.SiteName(s.Site)),
                s.Bmd is { } bmd ? bmd.GramsPerSquareCentimetre.ToString("0.000", CultureInfo.InvariantCulture) : "—",
                Markup.Escape(t),
                s.ZScore is { } z ? z.ToString("0.0", CultureInfo.InvariantCulture) : "—");
        }

        console.Write(sites);
        foreach (var c in d.Changes)
        {
            console.MarkupLine(Markup.Escape(c.Summary));
        }

        ReportSections.Notes(console, d.Latest.Notes);
    }

    private static void Intake(IAnsiConsole console, IntakeAnalysis? intake, int ageYears)
    {
        console.WriteLine();
        console.MarkupLine("[bold]INTAKE[/]");
        if (intake is null)
        {
            console.MarkupLine("No food diary given: dietary intake is unknown (not zero). Give one with --diary to have calcium sized to your diet.");
            return;
        }

        var average = intake.Average;
        var table = new Table()
            .Title($"7-day average of {average.Days.Count} logged day(s), {average.From:yyyy-MM-dd} … {average.To:yyyy-MM-dd}")
            .AddColumns("Nutrient", "Food", "Suppl.", "Total", "Target", "Upper limit", "% of target", "EU (EFSA)");
        foreach (var definition in IntakeNutrientDefinition.All)
        {
            var amount = average.Totals[definition.Nutrient];
            var reference = intake.References.GetValueOrDefault(definition.Nutrient);
            var above = average.AboveUpperLimit.Contains(definition.Nutrient);
            table.AddRow(
                Markup.Escape(definition.Name),
                Amount(definition, amount.Food, !amount.IsComplete),
                Amount(definition, amount.Supplements, false),
                above ? $"[red]{Amount(definition, amount.Total, !amount.IsComplete)}[/]" : Amount(definition, amount.Total, !amount.IsComplete),
                reference is null ? "[grey]—[/]" : Markup.Escape($"{Amount(definition, reference.Target, false)} ({(reference.Kind == ReferenceIntakeKind.AdequateIntake ? "AI" : "RDA")})"),
                reference is null ? "[grey]—[/]" : reference.UpperLimit is { } ul ? Amount(definition, ul, false) : "[grey]none set[/]",
                reference is null ? "[grey]—[/]" : (100 * amount.Total.Micrograms / reference.Target.Micrograms).ToString("0", CultureInfo.InvariantCulture) + " %" + (above ? " [red]above UL[/]" : string.Empty),
                EfsaReferenceValues.For(definition.Nutrient, ageYears) is { } efsa
                    ? Markup.Escape($"{Amount(definition, efsa.Amount, false)} ({efsa.Kind}{(efsa.Note.Length > 0 ? $", {efsa.Note}" : string.Empty)})")
                    : "[grey]—[/]");
        }

        console.Write(table);
        if (EfsaReferenceValues.For(IntakeNutrient.Calcium, ageYears) is not null)
        {
            console.MarkupLine(Markup.Escape(
                "Target = US Institute of Medicine reference intake, which the plan uses (for adults it is at or above the European value). "
                + "EU (EFSA) values for comparison: " + string.Join("; ", new[] { IntakeNutrient.Calcium, IntakeNutrient.VitaminD, IntakeNutrient.VitaminKTotal }
                    .Select(n => EfsaReferenceValues.For(n, ageYears)!.Citation).Select(c => $"{c.Title}, {c.Source} ({c.Year})")) + "."));
        }

        console.MarkupLine("[grey]≥ = lower bound: a logged food has no value for this nutrient (not analysed is not zero).[/]");
        foreach (var gap in intake.Gaps)
        {
            var definition = IntakeNutrientDefinition.Of(gap.Nutrient);
            var foods = string.Join("; ", gap.Foods.Take(3).Select(f => $"{f.Food.Name} ({f.Portion.Label}: {Amount(definition, f.PerPortion, false)})"));
            var help = gap.Foods.Count > 0 ? $" Foods that would help: {foods}." : string.Empty;
            console.MarkupLine(Markup.Escape($"{definition.Name}: {Amount(definition, gap.Shortfall, false)} a day short of the target{(gap.AverageIsLowerBound ? " (at most)" : string.Empty)}.{help}"));
            if (gap.Note is { } note)
            {
                console.MarkupLine($"   [yellow]Note:[/] {Markup.Escape(note)}");
            }
        }
    }

    private static void Plan(IAnsiConsole console, SupplementPlan plan, Func<IEnumerable<Citation>, string> cite)
    {
        console.WriteLine();
        console.MarkupLine("[bold]SUPPLEMENT PLAN[/]");
        if (plan.Supplements.Count == 0)
        {
            console.MarkupLine("No supplement is suggested.");
        }

        foreach (var s in plan.Supplements)
        {
            // The plan states a calcium salt's dose as its elemental calcium (PlannedSupplement), so say so: "calcium-carbonate
            // 900 mg" would read as 900 mg of the salt.
            var dose = SupplementWords.Dose(s.Dose, s.Unit);
            var what = CalciumSalts.ElementalFraction(s.Form) is { } fraction && fraction < 1
                ? $"{SupplementWords.Form(s.Form)} giving {dose} of elemental calcium"
                : $"{SupplementWords.Form(s.Form)} {dose}";
            console.MarkupLine($"[green]Take[/] [bold]{Markup.Escape(what)}[/] a day — {Markup.Escape(s.Timing)} [dim](evidence grade {s.Grade})[/]{cite(s.Citations)}");
            console.MarkupLine($"   Why: {Markup.Escape(s.Reason)}");
            foreach (var note in s.Notes)
            {
                console.MarkupLine($"   [yellow]Note:[/] {Markup.Escape(note)}");
            }
        }

        foreach (var w in plan.Withheld)
        {
            var code = w.FindingCode is null ? string.Empty : $" ({w.FindingCode})";
            console.MarkupLine($"[red]Not suggested[/] [bold]{Markup.Escape(IntakeNutrientDefinition.Of(w.Nutrient).Name)}[/]{Markup.Escape(code)}: {Markup.Escape(w.Reason)}{cite(w.Citations)}");
        }

        ReportSections.Notes(console, plan.Notes);
    }

    private static void Recommendations(IAnsiConsole console, IReadOnlyList<Recommendation> recommendations, Func<IEnumerable<Citation>, string> cite)
    {
        console.WriteLine();
        console.MarkupLine("[bold]RECOMMENDATIONS[/]");
        foreach (var r in recommendations)
        {
            var priority = r.Priority switch
            {
                RecommendationPriority.High => "[bold red]HIGH[/]",
                RecommendationPriority.Medium => "[yellow]MEDIUM[/]",
                _ => "LOW",
            };
            var category = AssessmentDocument.Token(r.Category).Replace('_', ' ');
            console.MarkupLine($"{priority} [bold]{Markup.Escape(r.Title)}[/] [dim]({Markup.Escape(category)}; {Markup.Escape(r.Code)}; evidence grade {r.Grade})[/]{cite(r.Citations)}");
            console.MarkupLine($"   {Markup.Escape(r.Advice)}");
            console.MarkupLine($"   [dim]Why: {Markup.Escape(r.Reason)}[/]");
        }
    }

    private static string Amount(IntakeNutrientDefinition d, Core.Measures.NutrientAmount amount, bool lowerBound)
    {
        var value = d.InUnit(amount);
        return (lowerBound ? "≥" : string.Empty) + value.ToString(value >= 100 ? "0" : "0.0", CultureInfo.InvariantCulture) + " " + d.UnitSymbol;
    }
}
