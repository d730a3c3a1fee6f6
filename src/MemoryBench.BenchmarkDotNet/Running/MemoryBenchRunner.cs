using System.Reflection;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using MemoryBench.Comparison;
using MemoryBench.Gate;
using MemoryBench.Pipeline;
using MemoryBench.Processes;
using MemoryBench.Reading;
using MemoryBench.Report;
using MemoryBench.RunFolders;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// A benchmark project's <c>Main</c> that runs its benchmarks and then compares them with the baseline, exit code
/// 0 (nothing regressed), 1 (a regression, a budget breach or a failed benchmark) or 2 (bad input):
/// <c>return MemoryBenchRunner.Run(typeof(Program).Assembly, args);</c>
/// </summary>
/// <remarks>
/// A project whose <c>Main</c> is plain <c>BenchmarkSwitcher</c> gets the same from <c>memorybench gate</c>; this is
/// for a project that wants <c>dotnet run</c> alone to say whether memory regressed.
/// </remarks>
public static class MemoryBenchRunner
{
    /// <summary>
    /// Runs the benchmarks of <paramref name="benchmarks"/> selected by <paramref name="args"/> into a run folder
    /// (<c>--artifacts</c>, default results/latest: new, empty, or made by MemoryBench, whose earlier run's files are
    /// removed first; a folder of the user's is refused with exit code 2), then compares them with the baseline (<c>--baseline</c>,
    /// default results/baseline.json) and the budgets (<c>--budgets</c>), and writes report.md and verdicts.json into
    /// the run folder. Any argument it does not know is BenchmarkDotNet's; without a selection every benchmark runs.
    /// </summary>
    /// <returns>The exit code: 0, 1 or 2.</returns>
    public static int Run(Assembly benchmarks, string[] args)
    {
        ArgumentNullException.ThrowIfNull(benchmarks);
        ArgumentNullException.ThrowIfNull(args);
        if (RunnerCommandLine.Parse(args, out var error) is not { } options)
        {
            Console.Error.WriteLine($"error: {error}");
            return ExitCodes.BadInput;
        }

        if (options.BenchmarkDotNetArguments.Any(a => a is "--help" or "-h" or "-?"))
        {
            Console.WriteLine("MemoryBench runner options (everything else goes to BenchmarkDotNet, whose options follow):");
            Console.WriteLine(RunnerCommandLine.Help());
            Console.WriteLine();
        }

        // Read by the attribution diagnoser in this process when each benchmark process starts.
        if (options.Attribution is { } attribution)
        {
            Environment.SetEnvironmentVariable(AttributionSetting.Variable, attribution.ToString());
        }
        var config = ManualConfig.Create(DefaultConfig.Instance);
        if (options.NativeMemory)
        {
            config = NativeMemory.Apply(config, Console.Out);
        }

        if (BenchmarkDotNetArguments.Errors(options.BenchmarkDotNetArguments, config) is { } rejected)
        {
            Console.Error.WriteLine($"error: BenchmarkDotNet does not take its arguments ({string.Join(' ', options.BenchmarkDotNetArguments)}): {rejected}");
            Console.Error.WriteLine("Options: -- --help lists MemoryBench's and BenchmarkDotNet's.");
            return ExitCodes.BadInput;
        }

        RunFolder? folder = null;
        try
        {
            // Under the gate the run folder is the gate's; a command that runs no benchmark leaves the folder alone.
            if (!GateRunEnvironment.IsGateRun && options.MayRunBenchmarks)
            {
                folder = Claim(options.ArtifactsPath);
                config.AddEventProcessor(new RunFolderStart(folder));
            }

            return Run(benchmarks, options, config, RunFolderOf(options, folder));
        }
        catch (InputException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        finally
        {
            folder?.Dispose();
        }
    }

    private static int Run(Assembly benchmarks, RunnerOptions options, ManualConfig config, string folder)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(benchmarks).Run([.. options.BenchmarkDotNetArguments], config).ToArray();
        var failed = summaries.Any(HasFailures);
        if (summaries.All(s => s.BenchmarksCases.Length == 0))
        {
            // --list, --help, --info or a filter that matched nothing: nothing ran, nothing to compare.
            return failed ? ExitCodes.Failure : ExitCodes.Success;
        }

        if (GateRunEnvironment.IsGateRun)
        {
            // The gate compares, and finds the allocation profiles the run left in the run folder.
            return failed ? ExitCodes.Failure : ExitCodes.Success;
        }

        return Compare(options, folder, failed);
    }

    // BenchmarkDotNet's benchmark processes inherit the run's id, so that the next run finds them if this one is killed.
    private static RunFolder Claim(string artifacts)
    {
        var processes = new RunProcesses(Environment.GetEnvironmentVariable(RunProcesses.TagVariable) is { Length: > 0 } id ? id : null);
        Environment.SetEnvironmentVariable(RunProcesses.TagVariable, processes.RunId);
        var folder = RunFolder.Claim(artifacts, processes.RunId, TimeSpan.FromHours(2), waiting: lockPath =>
            Console.WriteLine($"// MemoryBench: waiting for another run into {artifacts} to finish (it holds {lockPath})"));
        if (folder.Abandoned is { } killed && RunProcesses.StopLeftovers(killed) is > 0 and var stopped)
        {
            Console.WriteLine($"// MemoryBench: stopped {stopped} process(es) that an earlier run into {folder.Path} left running when it was killed");
        }

        return folder;
    }

    private static string RunFolderOf(RunnerOptions options, RunFolder? folder) => folder?.Path ?? Path.GetFullPath(options.ArtifactsPath);

    private static int Compare(RunnerOptions options, string folder, bool failed)
    {
        Console.WriteLine();
        if (!File.Exists(options.BaselinePath))
        {
            Console.Write(ConsolePairs.Render(ScenarioPairs.From(BenchmarkDotNetReader.Read(folder).Benchmarks)));
            Console.WriteLine();
            Console.WriteLine($"No baseline at {options.BaselinePath}: nothing to compare with. Make one from this run with");
            Console.WriteLine($"  memorybench baseline --from {folder} --out {options.BaselinePath}");
            return failed ? ExitCodes.Failure : ExitCodes.Success;
        }

        var summary = new JobSummary(Environment.GetEnvironmentVariable(JobSummary.Variable), Console.Error);
        var outcome = GatePipeline.Run(Request(options, folder), new PipelineOutputs(Console.Out, Console.Error, summary)
        {
            Title = $"MemoryBench vs {options.BaselinePath}",
            Protected = [folder],
        });
        return ExitCodes.Of(outcome.Result);
    }

    private static GateRequest Request(RunnerOptions options, string folder) =>
        new(options.BaselinePath, [folder], options.BudgetsPath, RunFolderLayout.ReportOf(folder), RunFolderLayout.VerdictsOf(folder), Thresholds.Default)
        {
            ReportsOptional = true,
        };

    private static bool HasFailures(Summary summary) =>
        summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success);
}
