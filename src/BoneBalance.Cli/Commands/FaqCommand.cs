using System.CommandLine;
using System.Text.Json;
using BoneBalance.Cli.Output;
using BoneBalance.Core.Evidence;
using BoneBalance.Data.Contracts;
using Spectre.Console;

namespace BoneBalance.Cli.Commands;

/// <summary>
/// <c>bonebalance faq [N] [--claims] [--json]</c>: the knowledge base's twelve questions with graded, cited answers,
/// one question in full, or the claim check of the seed article.
/// </summary>
internal static class FaqCommand
{
    private const string Disclaimer = "BoneBalance informs; it does not diagnose or prescribe. Discuss any supplement or treatment with a clinician.";

    public static Command Create(Terminal terminal)
    {
        var number = new Argument<int?>("N")
        {
            Description = $"show question N (1 to {KnowledgeBase.Count}) in full; without it, every question with its short answer",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var claims = new Option<bool>("--claims") { Description = "the claim check: each claim of the seed article with a verdict and the evidence" };
        var json = new Option<bool>("--json") { Description = "write JSON instead of text" };
        var command = new Command("faq", "Questions people ask about vitamin K2, D3, calcium and bones, answered with an evidence grade and citations.")
        {
            number,
            claims,
            json,
        };
        command.SetAction(parsed =>
        {
            var n = parsed.GetValue(number);
            if (parsed.GetValue(claims))
            {
                Write(terminal, parsed.GetValue(json), json => KnowledgeDocument.WriteClaims(json, ClaimCheck.Claims), () => RenderClaims(terminal.Console));
            }
            else if (n is { } one)
            {
                var entry = KnowledgeBase.Entry(one);
                Write(terminal, parsed.GetValue(json), json => KnowledgeDocument.WriteQuestion(json, entry), () => RenderEntry(terminal.Console, entry));
            }
            else
            {
                Write(terminal, parsed.GetValue(json), json => KnowledgeDocument.WriteQuestions(json, KnowledgeBase.Entries), () => RenderList(terminal.Console));
            }

            return Program.Ok;
        });
        return command;
    }

    private static void Write(Terminal terminal, bool json, Action<Utf8JsonWriter> write, Action render)
    {
        if (json)
        {
            terminal.Out.WriteLine(AssessmentDocument.ToJson(write));
        }
        else
        {
            render();
        }
    }

    private static void RenderList(IAnsiConsole console)
    {
        foreach (var e in KnowledgeBase.Entries)
        {
            console.MarkupLine($"[bold]{e.Number}. {Markup.Escape(e.Question)}[/] [dim](evidence grade {e.Grade})[/]");
            console.MarkupLine($"   {Markup.Escape(e.ShortAnswer)}");
        }

        console.WriteLine();
        console.MarkupLine("[dim]'bonebalance faq N' shows an answer in full with its sources; 'bonebalance faq --claims' checks the article's claims.[/]");
        console.MarkupLine(GradeLegend());
        ReportSections.Disclaimer(console, Disclaimer);
    }

    private static void RenderEntry(IAnsiConsole console, FaqEntry e)
    {
        console.MarkupLine($"[bold]{e.Number}. {Markup.Escape(e.Question)}[/]");
        console.MarkupLine($"[bold]In short:[/] {Markup.Escape(e.ShortAnswer)}");
        console.WriteLine();
        console.WriteLine(e.Answer);
        console.WriteLine();
        console.MarkupLine($"Evidence grade: [bold]{e.Grade}[/]. {Markup.Escape(GradeLegend())}");
        ReportSections.Notes(console, e.Caveats, "Caveat");
        ReportSections.Sources(console, e.Citations);
        ReportSections.Disclaimer(console, Disclaimer);
    }

    private static void RenderClaims(IAnsiConsole console)
    {
        foreach (var c in ClaimCheck.Claims)
        {
            console.MarkupLine($"[bold]{Markup.Escape(Verdict(c.Verdict))}[/] — {Markup.Escape(c.ArticleSays)}");
            console.MarkupLine($"   {Markup.Escape(c.Evidence)}");
            foreach (var citation in c.Citations)
            {
                console.MarkupLine($"   [dim]- {Markup.Escape(citation.ToString())}[/]");
            }

            console.WriteLine();
        }

        ReportSections.Disclaimer(console, Disclaimer);
    }

    private static string GradeLegend() =>
        "Grades (BoneBalance's own scale): A consistent randomised evidence; B limited or inconsistent trials; C observational, surrogate-marker or mechanistic evidence only; D no study addresses it directly (reference intakes, labels, reasoning).";

    private static string Verdict(ClaimVerdict verdict) => verdict switch
    {
        ClaimVerdict.Supported => "Supported",
        ClaimVerdict.PartlySupported => "Partly supported",
        ClaimVerdict.NotSupported => "Not supported",
        _ => "Misattributed",
    };
}
