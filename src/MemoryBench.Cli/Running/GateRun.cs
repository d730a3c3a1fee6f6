using System.Diagnostics;
using MemoryBench.Cli.Adapter;
using MemoryBench.Comparison;
using MemoryBench.Gate;
using MemoryBench.Pipeline;
using MemoryBench.Processes;
using MemoryBench.Reading;
using MemoryBench.RunFolders;

namespace MemoryBench.Cli.Running;

/// <summary>
/// <c>memorybench gate</c>'s work: build the project, pick the shard's benchmarks, run them into a run folder MemoryBench
/// owns with BenchmarkDotNet's plain command line, then judge it with <see cref="GatePipeline"/>, as <c>compare</c> and the runner do.
/// </summary>
/// <param name="Project">The BenchmarkDotNet project.</param>
/// <param name="Plan">What to run, as BenchmarkDotNet's arguments.</param>
/// <param name="BaselinePath">The baseline to compare with.</param>
/// <param name="BudgetsPath">A budgets file; null for attribute budgets only.</param>
/// <param name="Compare">False to run only (the shards of a CI matrix are compared together later).</param>
internal sealed record GateRun(BenchmarkProject Project, GateRunPlan Plan, string BaselinePath, string? BudgetsPath, bool Compare)
{
    /// <summary>
    /// How long a gate waits for another gate of the same project, or another run into the same run folder: two at once
    /// would build and run in one generated folder (BenchmarkDotNet names it after the project and the job) and measure
    /// each other's benchmarks, or remove each other's results, silently.
    /// </summary>
    public TimeSpan LockPatience { get; init; } = TimeSpan.FromHours(2);

    /// <summary>A history of the default branch for the report's trend of what regressed; null for none.</summary>
    public string? HistoryPath { get; init; }

    /// <summary>False to run the project's existing Release build (<c>--no-build</c>).</summary>
    public bool BuildsFirst { get; init; } = true;

    /// <param name="output">The gate's progress and the comparison.</param>
    /// <param name="error">Warnings.</param>
    /// <param name="processes">The gate's processes, stopped when the gate is.</param>
    /// <param name="summary">The job summary.</param>
    /// <exception cref="InputException">The project, the run folder, the run or an input cannot be used.</exception>
    /// <exception cref="RunStoppedException">The gate was stopped.</exception>
    public int Execute(TextWriter output, TextWriter error, RunProcesses processes, JobSummary summary)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(processes);
        ArgumentNullException.ThrowIfNull(summary);
        if (Compare && Plan.RunsBenchmarks && !File.Exists(BaselinePath))
        {
            throw new InputException(
                BaselinePath, null, $"no baseline; make one from a run and commit it: memorybench gate --no-compare, then memorybench baseline --from {Plan.RunFolder} --out {BaselinePath}");
        }

        using var projectLock = FileLock.Take(Project.Path, LockPatience, use: "run", holder: processes.RunId, waiting: lockPath => Progress(
            output, $"waiting for another memorybench gate of {Project.Path} to finish (it holds {lockPath}): runs of one project share its build folder"));
        StopLeftovers(output, projectLock.Abandoned, $"an earlier memorybench gate of {Project.Path}");
        if (!Plan.RunsBenchmarks)
        {
            return PassOn(output, processes);
        }

        using var folder = RunFolder.Claim(Plan.RunFolder, processes.RunId, LockPatience, waiting: lockPath => Progress(
            output, $"waiting for another run into {Plan.RunFolder} to finish (it holds {lockPath})"));
        StopLeftovers(output, folder.Abandoned, $"an earlier run into {folder.Path}");
        var clock = Stopwatch.StartNew();
        if (Build(output, processes) is not { } project)
        {
            return ExitCodes.Failure;
        }

        var benchmarks = Plan.Shard.Count > 1 ? ShardBenchmarks(output, processes, project.Program) : null;
        Progress(output, benchmarks is null
            ? $"running the benchmarks (--filter {string.Join(' ', Plan.Filters)}) into {folder.Path}"
            : $"running shard {Plan.Shard}: {benchmarks.Count} benchmark(s) into {folder.Path}");
        folder.Begin();
        var argumentErrors = new BenchmarkDotNetConsole.ArgumentErrors();
        var runArguments = Plan.RunArguments(benchmarks, project.References);
        var runStatus = DotnetCommand.Tee(processes, tagged: true, Project.Folder, project.Program.Start(runArguments), RunVariables, output, argumentErrors.Read);
        Progress(output, $"the run took {clock.Elapsed.TotalSeconds:F0} s (exit code {runStatus})");
        if (argumentErrors.Found is { } errors)
        {
            // A plain Program prints BenchmarkDotNet's argument errors and exits 0 having measured nothing: a typo is bad input, not a pass.
            summary.Append("### MemoryBench\n\nBenchmarkDotNet did not take the run's arguments; the job log says why.\n", [BaselinePath, folder.Path]);
            throw new InputException(Project.Path, null, $"BenchmarkDotNet does not take the run's arguments ({string.Join(' ', runArguments)}): {errors}");
        }

        if (!folder.HasExports)
        {
            return NoExport(output, folder, runStatus, summary);
        }

        if (!Compare)
        {
            return runStatus == 0 ? ExitCodes.Success : ExitCodes.Failure;
        }

        Progress(output, $"comparing with {BaselinePath}{(BudgetsPath is null ? "" : $" and the budgets in {BudgetsPath}")}");
        var request = new GateRequest(BaselinePath, [folder.Path], BudgetsPath, folder.MarkdownReport, folder.Verdicts, Thresholds.Default)
        {
            Selection = Plan.Selection,
            HistoryPath = HistoryPath,
            ReportsOptional = true,
        };
        var result = GatePipeline.Run(request, new PipelineOutputs(output, error, summary)
        {
            Title = $"MemoryBench vs {BaselinePath}",
            Protected = [folder.Path],
        }).Result;

        if (runStatus != 0 && result.Passed)
        {
            // A failed run never passes, even when every result it did write is fine.
            Progress(output, $"FAIL: the benchmark run ended with exit code {runStatus}");
            return ExitCodes.Failure;
        }

        return ExitCodes.Of(result);
    }

    // BenchmarkDotNet's --list, --help, --info and --version measure nothing: their answer is the user's, the run folder stays as it is.
    private int PassOn(TextWriter output, RunProcesses processes)
    {
        if (Build(output, processes) is not { } project)
        {
            return ExitCodes.Failure;
        }

        Progress(output, $"passing {string.Join(' ', Plan.PassThrough)} on to BenchmarkDotNet: it runs no benchmark, and {Plan.RunFolder} is left as it is");
        return DotnetCommand.Stream(processes, tagged: true, Project.Folder, project.Program.Start(Plan.CommandArguments), NoVariables);
    }

    private ProjectFacts? Build(TextWriter output, RunProcesses processes)
    {
        Progress(output, BuildsFirst ? $"building {Project.Path}" : $"running the existing Release build of {Project.Path} (--no-build)");
        var project = ProjectBuild.Run(Project, processes, BuildsFirst);
        if (project is null)
        {
            Progress(output, "FAIL: the project does not build (the build's errors are above)");
        }

        return project;
    }

    private static IReadOnlyDictionary<string, string> NoVariables { get; } = new Dictionary<string, string>();

    /// <summary>The variables the benchmark run gets: that it is a gate run, and its selection; never an input's path (the pipeline reads those here).</summary>
    internal IReadOnlyDictionary<string, string> RunVariables => new Dictionary<string, string>
    {
        [GateRunEnvironment.RunVariable] = "1",
        [GateRunEnvironment.SelectionVariable] = GateRunEnvironment.FormatSelection(Plan.Selection),
    };

    // A killed gate's benchmark processes keep running (and keep the project's build output open): they carry its run's id.
    private static void StopLeftovers(TextWriter output, string? abandoned, string what)
    {
        if (abandoned is null)
        {
            return;
        }

        switch (RunProcesses.StopLeftovers(abandoned))
        {
            case null:
                Progress(output, $"{what} was killed before it could stop its processes; if dotnet processes of it still run, stop them " +
                    "(they hold the project's build output open)");
                break;
            case > 0 and var stopped:
                Progress(output, $"stopped {stopped} process(es) that {what} left running when it was killed");
                break;
        }
    }

    private IReadOnlyCollection<string> ShardBenchmarks(TextWriter output, RunProcesses processes, BenchmarkProgram program)
    {
        Progress(output, $"listing the selected benchmarks for shard {Plan.Shard}");
        if (DotnetCommand.Capture(processes, tagged: true, Project.Folder, program.Start(Plan.ListArguments), NoVariables, out var listed) != 0)
        {
            throw new InputException(Project.Path, null, $"listing the benchmarks (--list flat) failed; its output: {listed.Trim()}");
        }

        var names = BenchmarkDotNetConsole.FlatList(listed);
        var mine = Plan.Shard.Select(names);
        return mine.Count > 0
            ? mine
            : throw new InputException(
                Project.Path, null, $"shard {Plan.Shard} has no benchmarks: the selection lists {names.Count}; use at most {Math.Max(names.Count, 1)} shard(s)");
    }

    private int NoExport(TextWriter output, RunFolder folder, int runStatus, JobSummary summary)
    {
        summary.Append(
            $"### MemoryBench\n\nThe benchmark run wrote no results (exit code {runStatus}); the job log says why.\n",
            [BaselinePath, .. BudgetsPath is null ? [] : new[] { BudgetsPath }, folder.Path]);
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
