using System.CommandLine;
using BoneBalance.Cli.Commands;
using BoneBalance.Cli.Csv;
using BoneBalance.Core.Validation;

namespace BoneBalance.Cli;

/// <summary>The <c>bonebalance</c> command: parses, calls Core, renders. Exit codes: 0 ok, 1 failure, 2 bad input.</summary>
internal static class Program
{
    internal const int Ok = 0;
    internal const int Failure = 1;
    internal const int BadInput = 2;

    private static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the command line with the given writers (tests pass their own).</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var terminal = new Terminal(stdout, stderr);
        var root = new RootCommand(
            "BoneBalance: fracture risk, bone density and bone-health nutrition. It informs; it does not diagnose.")
        {
            RiskCommand.Create(terminal),
            DxaCommand.Create(terminal),
            ScreenCommand.Create(terminal),
            FoodsCommand.Create(terminal),
            ImportCommand.Create(terminal),
            IntakeCommand.Create(terminal),
            FaqCommand.Create(terminal),
            AssessCommand.Create(terminal),
        };

        // No arguments: the help, not an error (exit 0).
        var parsed = root.Parse(args.Length == 0 ? ["--help"] : args);
        var wantsHelp = args.Any(a => a is "-h" or "--help" or "-?");
        if (parsed.Errors.Count > 0 && !wantsHelp)
        {
            var command = parsed.CommandResult.Command;
            var name = command == root ? "bonebalance" : $"bonebalance {command.Name}";
            // One sentence: the parser's message, then where to look.
            stderr.WriteLine($"error: {parsed.Errors[0].Message.Trim().TrimEnd('.')}; see '{name} --help'.");
            return BadInput;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (InvalidInputException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return BadInput;
        }
        catch (CsvFormatException e)
        {
            stderr.WriteLine($"error: {Sentence(e.Message)}");
            return BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {Sentence(e.Message)}");
            return Failure;
        }
#pragma warning disable CA1031 // The last resort: any other failure is reported in one line with exit code 1, never as a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"error: unexpected failure ({e.GetType().Name}): {Sentence(e.Message)}");
            return Failure;
        }
    }

    private static string Sentence(string message)
    {
        message = message.Trim();
        return message.EndsWith('.') ? message : message + ".";
    }
}
