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
        var root = new RootCommand("memorybench: runs BenchmarkDotNet projects and compares their memory results with a stored baseline and budgets.")
        {
            CompareCommand.Create(output),
            BaselineCommand.Create(output),
            GateCommand.Create(output),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // One line, like every other input error: a CI log or a script that shows the first line shows it all.
            var problems = string.Join("; ", parsed.Errors.Select(parseError => parseError.Message.TrimEnd('.')));
            // The root command is named after the executable (MemoryBench.Cli under dotnet run); users know it as memorybench.
            var command = parsed.CommandResult.Command == root ? "memorybench" : $"memorybench {parsed.CommandResult.Command.Name}";
            error.WriteLine($"error: {problems}. Run '{command} --help' for the options.".ReplaceLineEndings(" "));
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
