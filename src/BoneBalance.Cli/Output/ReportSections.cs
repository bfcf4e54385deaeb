using BoneBalance.Core.Evidence;
using Spectre.Console;

namespace BoneBalance.Cli.Output;

/// <summary>The blocks every text report ends with or sprinkles in: notes, the sources and the disclaimer.</summary>
internal static class ReportSections
{
    /// <summary>One line per note, each led by a yellow <paramref name="label"/> ("Note", "Caveat").</summary>
    public static void Notes(IAnsiConsole console, IEnumerable<string> notes, string label = "Note")
    {
        foreach (var note in notes)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(label)}:[/] {Markup.Escape(note)}");
        }
    }

    /// <summary>A blank line, then "Sources" and one citation per line.</summary>
    public static void Sources(IAnsiConsole console, IEnumerable<Citation> citations)
    {
        console.WriteLine();
        console.MarkupLine("[bold]Sources[/]");
        foreach (var citation in citations)
        {
            console.MarkupLine($"- {Markup.Escape(citation.ToString())}");
        }
    }

    /// <summary>A blank line, then each disclaimer paragraph dimmed.</summary>
    public static void Disclaimer(IAnsiConsole console, params IEnumerable<string> paragraphs)
    {
        console.WriteLine();
        foreach (var paragraph in paragraphs)
        {
            console.MarkupLine($"[dim]{Markup.Escape(paragraph)}[/]");
        }
    }
}
