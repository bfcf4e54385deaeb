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

    public IAnsiConsole Console { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(stdout),
        Ansi = ReferenceEquals(stdout, global::System.Console.Out) && !global::System.Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = ReferenceEquals(stdout, global::System.Console.Out) && !global::System.Console.IsOutputRedirected ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
    });

    public IAnsiConsole ErrorConsole { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(stderr),
        Ansi = ReferenceEquals(stderr, global::System.Console.Error) && !global::System.Console.IsErrorRedirected ? AnsiSupport.Detect : AnsiSupport.No,
        Interactive = InteractionSupport.No,
    });
}
