using Spectre.Console;

namespace BoneBalance.Cli;

/// <summary>
/// Where a command writes: its standard output and error, and Spectre.Console views of them (plain text when
/// redirected, so tables stay readable in files and tests).
/// </summary>
internal sealed class Terminal(TextWriter stdout, TextWriter stderr)
{
    public TextWriter Out { get; } = stdout;

    public TextWriter Error { get; } = stderr;

    /// <summary>True when standard error is an interactive terminal (progress bars are shown there only).</summary>
    public bool ErrorIsInteractive { get; } = ReferenceEquals(stderr, global::System.Console.Error) && !global::System.Console.IsErrorRedirected;

    /// <summary>
    /// Width of the text when standard output is not a terminal (a file, a pipe, a test): wide enough that no
    /// table column has to break a word (the longest SR28 food name is 134 characters, shown in a column of its own
    /// rather than squeezed to the 80 columns Spectre.Console assumes). On a terminal its own width is used.
    /// </summary>
    internal const int RedirectedWidth = 240;

    public IAnsiConsole Console { get; } = CreateOut(stdout);

    private static IAnsiConsole CreateOut(TextWriter stdout)
    {
        var terminal = ReferenceEquals(stdout, global::System.Console.Out) && !global::System.Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }

    // Interactive on a terminal: without it Spectre.Console falls back to printing "Screening: 12%" lines
    // instead of drawing the progress bar.
    public IAnsiConsole ErrorConsole { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(stderr),
        Ansi = ReferenceEquals(stderr, global::System.Console.Error) && !global::System.Console.IsErrorRedirected ? AnsiSupport.Detect : AnsiSupport.No,
        Interactive = ReferenceEquals(stderr, global::System.Console.Error) && !global::System.Console.IsErrorRedirected ? InteractionSupport.Yes : InteractionSupport.No,
    });
}
