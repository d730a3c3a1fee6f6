using System.CommandLine;
using System.CommandLine.Help;
using MemoryBench.Reading;

namespace MemoryBench.Cli.Commands;

/// <summary>
/// The memorybench command: parses, runs one subcommand, and turns every input problem into one
/// line on standard error and exit code 2, never a stack trace.
/// </summary>
public static class MemoryBenchCommandLine
{
    /// <param name="args">The command line.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error: errors and warnings.</param>
    /// <param name="environment">The environment variables the commands read (the job summary's file).</param>
    public static int Invoke(IReadOnlyList<string> args, TextWriter output, TextWriter error, CommandEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(environment);
        // A root command of its own name: RootCommand takes the executable's, MemoryBench.Cli (the assembly cannot be
        // called memorybench beside the MemoryBench library, as assembly names ignore case), but users type memorybench.
        var root = new Command("memorybench", "memorybench: runs BenchmarkDotNet projects and compares their memory results with a stored baseline and budgets.")
        {
            new HelpOption(),
            new VersionOption(),
            CompareCommand.Create(output, error, environment),
            BaselineCommand.Create(output, error),
            GateCommand.Create(output, error, environment),
            HistoryCommand.Create(output),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // One line, like every other input error: a CI log or a script that shows the first line shows it all.
            var problems = string.Join("; ", parsed.Errors.Select(parseError => parseError.Message.TrimEnd('.')));
            var command = parsed.CommandResult.Command == root ? root.Name : $"{root.Name} {parsed.CommandResult.Command.Name}";
            error.WriteLine($"error: {problems}. Run '{command} --help' for the options.".ReplaceLineEndings(" "));
            return ExitCodes.BadInput;
        }

        try
        {
            // No termination handling of System.CommandLine's: the gate stops its own processes on a signal, and
            // a command with none running ends as the signal says.
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = output,
                Error = error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            });
        }
        catch (InputException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
    }
}
