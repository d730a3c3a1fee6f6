using System.Reflection;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using MemoryBench.Comparison;
using MemoryBench.Gate;
using MemoryBench.Reading;
using MemoryBench.Report;

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
    /// Runs the benchmarks of <paramref name="benchmarks"/> selected by <paramref name="args"/> into a clean run
    /// folder (<c>--artifacts</c>, default results/latest), then compares them with the baseline (<c>--baseline</c>,
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
        Environment.SetEnvironmentVariable(AttributionSetting.Variable, options.Attribution.ToString());
        var config = ManualConfig.Create(DefaultConfig.Instance);
        if (options.NativeMemory)
        {
            config = NativeMemory.Apply(config, Console.Out);
        }

        var folder = new RunFolder(options.ArtifactsPath);
        folder.RemoveEarlierRun();
        var summaries = BenchmarkSwitcher.FromAssembly(benchmarks).Run([.. options.BenchmarkDotNetArguments], config).ToArray();
        var failed = summaries.Any(HasFailures);
        if (summaries.All(s => s.BenchmarksCases.Length == 0))
        {
            // --list, --help, --info or a filter that matched nothing: nothing ran, nothing to compare.
            return failed ? ExitCodes.Failure : ExitCodes.Success;
        }

        try
        {
            // The gate compares, and finds the allocation profiles the run left in the run folder.
            return GateRunEnvironment.IsGateRun
                ? failed ? ExitCodes.Failure : ExitCodes.Success
                : Compare(options, folder, failed);
        }
        catch (InputException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
    }

    private static int Compare(RunnerOptions options, RunFolder folder, bool failed)
    {
        var run = BenchmarkDotNetReader.Read(folder.Path);
        Console.WriteLine();
        Console.Write(ConsolePairs.Render(ScenarioPairs.From(run.Benchmarks)));

        if (!File.Exists(options.BaselinePath))
        {
            Console.WriteLine();
            Console.WriteLine($"No baseline at {options.BaselinePath}: nothing to compare with. Make one from this run with");
            Console.WriteLine($"  memorybench baseline --from {folder.Path} --out {options.BaselinePath}");
            return failed ? ExitCodes.Failure : ExitCodes.Success;
        }

        var outcome = GateCheck.Run(Request(options, folder));
        Console.WriteLine();
        Console.Write(ConsoleSummary.Render(outcome.Result, title: $"MemoryBench vs {options.BaselinePath}"));
        Console.Write(WhatGrewConsole.Render(outcome.WhatGrew));
        Console.WriteLine($"Report: {folder.MarkdownReport}");
        return ExitCodes.Of(outcome.Result);
    }

    private static GateRequest Request(RunnerOptions options, RunFolder folder) =>
        new(options.BaselinePath, [folder.Path], options.BudgetsPath, folder.MarkdownReport, folder.Verdicts, Thresholds.Default);

    private static bool HasFailures(Summary summary) =>
        summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success);
}
