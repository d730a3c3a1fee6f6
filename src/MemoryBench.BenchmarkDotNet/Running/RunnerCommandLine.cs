using System.CommandLine;
using MemoryBench.Attribution;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// The runner's own options. Unknown tokens are not errors: they are BenchmarkDotNet's
/// (--filter, --job, --list ...) and pass through untouched.
/// </summary>
internal static class RunnerCommandLine
{
    private static readonly Option<string> ArtifactsOption = new("--artifacts")
    {
        Description = "The run folder (BenchmarkDotNet's own option): a new or empty folder, or one MemoryBench made, whose earlier run's files are removed first (a folder of yours is refused); the exports, report.md and verdicts.json.",
        DefaultValueFactory = _ => Path.Combine("results", "latest"),
        HelpName = "dir",
    };

    private static readonly Option<string> BaselineOption = new("--baseline")
    {
        Description = "The baseline file to compare with.",
        DefaultValueFactory = _ => Path.Combine("results", "baseline.json"),
        HelpName = "file",
    };

    private static readonly Option<string?> BudgetsOption = new("--budgets")
    {
        Description = "A budgets file (JSON, glob patterns over benchmark ids) for the comparison.",
        HelpName = "file",
    };

    private static readonly Option<bool> NativeMemoryOption = new("--native-memory")
    {
        Description = "Also measure native allocations and leaks with BenchmarkDotNet's NativeMemoryProfiler (Windows only).",
    };

    // Not "--attribute": that is BenchmarkDotNet's filter by attribute, which passes through.
    // No default of its own: without the option, MEMORYBENCH_ATTRIBUTION (or its default) stands.
    private static readonly Option<AttributionMode?> AttributionOption = new("--attribution")
    {
        Description = "What grew and what is retained: failing (the default: every benchmark's counted operations sampled, heap snapshots for those that keep memory), all (heap snapshots for every benchmark too), or none (neither; MEMORYBENCH_ATTRIBUTION=none does the same for any project, this one included, when the option is not given).",
        HelpName = "failing|all|none",
    };

    private static RootCommand Command { get; } = CreateCommand();

    /// <summary>The runner's options, one line each, for --help (BenchmarkDotNet prints its own after them).</summary>
    public static string Help()
    {
        var lines = Command.Options.Select(o =>
            (Usage: o.HelpName is null ? o.Name : $"{o.Name} <{o.HelpName}>", o.Description)).ToArray();
        var width = lines.Max(l => l.Usage.Length) + 2;
        return string.Join(Environment.NewLine, lines.Select(l => $"  {l.Usage.PadRight(width)}{l.Description}"));
    }

    /// <summary>Parses <paramref name="args"/>; on failure returns null and the message to print.</summary>
    public static RunnerOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var result = Command.Parse(args);
        if (result.Errors.Count > 0)
        {
            error = string.Join(Environment.NewLine, result.Errors.Select(e => e.Message));
            return null;
        }

        error = null;
        var artifacts = result.GetValue(ArtifactsOption)!;
        return new RunnerOptions(
            ArtifactsPath: artifacts,
            BaselinePath: result.GetValue(BaselineOption)!,
            BudgetsPath: result.GetValue(BudgetsOption),
            NativeMemory: result.GetValue(NativeMemoryOption),
            BenchmarkDotNetArguments: PinnedGen0Budget.ForCommandLineJobs([.. WholeSuiteUnlessFiltered(result.UnmatchedTokens), "--artifacts", artifacts]))
        {
            Attribution = result.GetValue(AttributionOption),
        };
    }

    // Without a filter BenchmarkSwitcher asks on the console which benchmarks to run; the main
    // command runs the whole suite instead, and never waits for input in CI.
    private static string[] WholeSuiteUnlessFiltered(IReadOnlyList<string> arguments) =>
        arguments.Any(a => a is "-f" or "--filter" or "--anyCategories" or "--allCategories" or "--attribute")
            ? [.. arguments]
            : [.. arguments, "--filter", "*"];

    private static RootCommand CreateCommand()
    {
        var command = new RootCommand("MemoryBench runner: runs the benchmarks under BenchmarkDotNet and compares with the baseline. Any other argument is BenchmarkDotNet's.")
        {
            ArtifactsOption, BaselineOption, BudgetsOption, NativeMemoryOption, AttributionOption,
        };
        command.TreatUnmatchedTokensAsErrors = false;

        // --help is BenchmarkDotNet's too: the runner prints its own section and passes it on.
        foreach (var help in command.Options.Where(o => o.Name is "--help" or "--version").ToArray())
        {
            command.Options.Remove(help);
        }

        return command;
    }
}
