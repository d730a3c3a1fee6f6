using System.Diagnostics;
using MemoryBench.Comparison;
using MemoryBench.Gate;
using MemoryBench.Reading;

namespace MemoryBench.Cli.Running;

/// <summary>
/// <c>memorybench gate</c>'s work: build the project, pick the shard's benchmarks, run them into a clean run folder with
/// BenchmarkDotNet's plain command line, then judge the run with <see cref="GateCheck"/>, as <c>compare</c> does.
/// </summary>
/// <param name="Project">The BenchmarkDotNet project.</param>
/// <param name="Plan">What to run, as BenchmarkDotNet's arguments.</param>
/// <param name="BaselinePath">The baseline to compare with.</param>
/// <param name="BudgetsPath">A budgets file; null for attribute budgets only.</param>
/// <param name="Compare">False to run only (the shards of a CI matrix are compared together later).</param>
internal sealed record GateRun(BenchmarkProject Project, GateRunPlan Plan, string BaselinePath, string? BudgetsPath, bool Compare)
{
    /// <summary>
    /// How long a gate waits for another gate of the same project: two at once would build and run in one generated
    /// folder (BenchmarkDotNet names it after the project and the job) and measure each other's benchmarks, silently.
    /// </summary>
    public TimeSpan ProjectLockPatience { get; init; } = TimeSpan.FromHours(2);

    /// <exception cref="InputException">The project, the run or an input cannot be used.</exception>
    public int Execute(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var folder = new RunFolder(Plan.RunFolder);
        if (Compare && !File.Exists(BaselinePath))
        {
            throw new InputException(
                BaselinePath, null, $"no baseline; make one from a run and commit it: memorybench gate --no-compare, then memorybench baseline --from {folder.Path} --out {BaselinePath}");
        }

        using var projectLock = FileLock.Take(Project.Path, ProjectLockPatience, use: "run", waiting: lockPath => Progress(
            output, $"waiting for another memorybench gate of {Project.Path} to finish (it holds {lockPath}): runs of one project share its build folder"));
        folder.RemoveEarlierRun();
        var clock = Stopwatch.StartNew();
        Progress(output, $"building {Project.Path}");
        if (DotnetCommand.Stream(Project.Folder, ["build", Project.Path, "-c", "Release", "--nologo", "-v", "quiet"], NoVariables) != 0)
        {
            Progress(output, "FAIL: the project does not build (the build's errors are above)");
            return ExitCodes.Failure;
        }

        var benchmarks = Plan.Shard.Count > 1 ? ShardBenchmarks(output) : null;
        Progress(output, benchmarks is null
            ? $"running the benchmarks (--filter {string.Join(' ', Plan.Filters)}) into {folder.Path}"
            : $"running shard {Plan.Shard}: {benchmarks.Count} benchmark(s) into {folder.Path}");
        var runStatus = DotnetCommand.Stream(Project.Folder, ["run", "--no-build", "-c", "Release", "--project", Project.Path, "--", .. Plan.RunArguments(benchmarks)], RunVariables);
        Progress(output, $"the run took {clock.Elapsed.TotalSeconds:F0} s (exit code {runStatus})");
        if (!folder.HasExports)
        {
            return NoExport(output, folder, runStatus);
        }

        if (!Compare)
        {
            return runStatus == 0 ? ExitCodes.Success : ExitCodes.Failure;
        }

        Progress(output, $"comparing with {BaselinePath}{(BudgetsPath is null ? "" : $" and the budgets in {BudgetsPath}")}");
        var request = new GateRequest(BaselinePath, [folder.Path], BudgetsPath, folder.MarkdownReport, folder.Verdicts, Thresholds.Default)
        {
            Selection = Plan.Selection,
        };
        var outcome = GateCheck.Run(request);
        var result = outcome.Result;
        output.Write(outcome.Console($"MemoryBench vs {BaselinePath}"));
        StepSummary.Append(outcome.Markdown);
        output.WriteLine($"Wrote {folder.MarkdownReport}");
        output.WriteLine($"Wrote {folder.Verdicts}");
        if (runStatus != 0 && result.Passed)
        {
            // A failed run never passes, even when every result it did write is fine.
            Progress(output, $"FAIL: the benchmark run ended with exit code {runStatus}");
            return ExitCodes.Failure;
        }

        return ExitCodes.Of(result);
    }

    private static IReadOnlyDictionary<string, string> NoVariables { get; } = new Dictionary<string, string>();

    private IReadOnlyDictionary<string, string> RunVariables => new Dictionary<string, string>
    {
        [GateRunEnvironment.RunVariable] = "1",
        [GateRunEnvironment.SelectionVariable] = GateRunEnvironment.FormatSelection(Plan.Selection),
    };

    private IReadOnlyCollection<string> ShardBenchmarks(TextWriter output)
    {
        Progress(output, $"listing the selected benchmarks for shard {Plan.Shard}");
        if (DotnetCommand.Capture(Project.Folder, ["run", "--no-build", "-c", "Release", "--project", Project.Path, "--", .. Plan.ListArguments], NoVariables, out var listed) != 0)
        {
            throw new InputException(Project.Path, null, $"listing the benchmarks (--list flat) failed; its output: {listed.Trim()}");
        }

        // BenchmarkDotNet's flat list is one benchmark name a line; anything else it printed is not a name.
        var names = listed.ReplaceLineEndings("\n").Split('\n')
            .Where(line => line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal) && !line.Any(char.IsWhiteSpace))
            .ToList();
        var mine = Plan.Shard.Select(names);
        return mine.Count > 0
            ? mine
            : throw new InputException(
                Project.Path, null, $"shard {Plan.Shard} has no benchmarks: the selection lists {names.Count}; use at most {Math.Max(names.Count, 1)} shard(s)");
    }

    private static int NoExport(TextWriter output, RunFolder folder, int runStatus)
    {
        StepSummary.Append($"### MemoryBench\n\nThe benchmark run wrote no results (exit code {runStatus}); the job log says why.\n");
        if (runStatus != 0)
        {
            Progress(output, $"FAIL: the benchmark run ended with exit code {runStatus} and wrote no export");
            return runStatus == ExitCodes.BadInput ? ExitCodes.BadInput : ExitCodes.Failure;
        }

        throw new InputException(
            folder.Exports,
            null,
            "the run wrote no BenchmarkDotNet full JSON export: check that --filter matches a benchmark, and make the project export one " +
            "with --exporters json (the gate adds it unless the project references MemoryBench.BenchmarkDotNet; --memory-arguments add)");
    }

    private static void Progress(TextWriter output, string message)
    {
        output.WriteLine($"==> memorybench gate: {message}");
        output.Flush();
    }
}
