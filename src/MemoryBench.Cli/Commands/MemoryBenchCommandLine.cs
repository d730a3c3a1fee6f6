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
    public static int Invoke(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        // A root command of its own name: RootCommand takes the executable's, MemoryBench.Cli (the assembly cannot be
        // called memorybench beside the MemoryBench library, as assembly names ignore case), but users type memorybench.
        var root = new Command("memorybench", "memorybench: runs BenchmarkDotNet projects and compares their memory results with a stored baseline and budgets.")
        {
            new HelpOption(),
            new VersionOption(),
            CompareCommand.Create(output),
            BaselineCommand.Create(output),
            GateCommand.Create(output),
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
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (InputException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
    }
}
