using System.CommandLine;
using MemoryBench.Reading;

namespace MemoryBench.Cli.Commands;

/// <summary>
/// The memorybench command: parses, runs one subcommand, and turns every input problem into one
/// line on standard error and exit code 2, never a stack trace.
/// </summary>
public static class MemoryBenchCommandLine
{
    public static int Invoke(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var root = new RootCommand("memorybench: compares BenchmarkDotNet memory results with a stored baseline and budgets.")
        {
            CompareCommand.Create(output),
            BaselineCommand.Create(output),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine($"error: {parseError.Message}");
            }

            error.WriteLine($"Run 'memorybench {parsed.CommandResult.Command.Name} --help' for the options.".Replace("memorybench memorybench", "memorybench", StringComparison.Ordinal));
            return ExitCodes.BadInput;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (InputException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
    }
}
