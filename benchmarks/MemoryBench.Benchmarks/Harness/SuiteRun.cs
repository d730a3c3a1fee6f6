using BenchmarkDotNet.ConsoleArguments;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using MemoryBench.Attribution;
using MemoryBench.Benchmarks.Attribution;
using MemoryBench.Benchmarks.Configuration;
using MemoryBench.Benchmarks.Diagnosers;
using MemoryBench.Comparison;
using MemoryBench.Gate;
using MemoryBench.Reading;
using MemoryBench.Report;

namespace MemoryBench.Benchmarks.Harness;

/// <summary>
/// The main command: run the selected scenarios, record what BenchmarkDotNet's export leaves out,
/// summarise the pairs and compare with the baseline.
/// </summary>
public static class SuiteRun
{
    public static int Run(string[] args)
    {
        if (HarnessCommandLine.Parse(args, out var error) is not { } options)
        {
            Console.Error.WriteLine($"error: {error}");
            return ExitCodes.BadInput;
        }

        if (options.BenchmarkDotNetArguments.Any(a => a is "--help" or "-h" or "-?"))
        {
            Console.WriteLine("MemoryBench harness options (everything else goes to BenchmarkDotNet, whose options follow):");
            Console.WriteLine(HarnessCommandLine.Help());
            Console.WriteLine();
        }

        var config = SuiteConfig.Create(options.ArtifactsPath, options.BenchmarkDotNetArguments);
        if (options.NativeMemory)
        {
            config = NativeMemory.Apply(config, Console.Out);
        }

        if (options.Shard.Count > 1)
        {
            config = ApplyShard(config, options);
        }

        var started = DateTime.UtcNow;
        var summaries = BenchmarkSwitcher.FromAssembly(SuiteCatalog.Assembly).Run([.. options.BenchmarkDotNetArguments], config).ToArray();
        var cases = summaries.SelectMany(s => s.BenchmarksCases).ToArray();
        var failed = summaries.Any(HasFailures);
        if (cases.Length == 0)
        {
            // --list, --help, --info or a filter that matched nothing: nothing ran, nothing to compare.
            return failed ? ExitCodes.Failure : ExitCodes.Success;
        }

        try
        {
            return AfterRun(options, cases, started, failed, [.. summaries.SelectMany(s => s.Reports)]);
        }
        catch (InputException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
    }

    private static int AfterRun(HarnessOptions options, BenchmarkCase[] cases, DateTime started, bool failed, BenchmarkReport[] reports)
    {
        var folder = new RunFolder(options.ArtifactsPath);
        folder.RemoveOlderThan(started);
        AllocationProfileStore.RemoveOlderThan(folder.Path, started);
        var selection = SelectionArguments.Of(options.BenchmarkDotNetArguments, options.Shard);
        RunManifestStore.Write(folder.Manifest, RunManifestBuilder.From(cases) with { Selection = selection });

        var run = BenchmarkDotNetReader.Read(folder.Path);
        Console.WriteLine();
        Console.Write(ConsolePairs.Render(ScenarioPairs.From(run.Benchmarks)));

        var request = new GateRequest(
            options.BaselinePath, [folder.Path], options.BudgetsPath, folder.MarkdownReport, folder.Verdicts, Thresholds.Default);
        if (!options.Compare)
        {
            AttributionStep.BeforeComparison(options.Attribution, request, reports, folder.Path, Console.Out);
            return failed ? ExitCodes.Failure : ExitCodes.Success;
        }

        if (!File.Exists(options.BaselinePath))
        {
            Console.WriteLine();
            Console.WriteLine($"No baseline at {options.BaselinePath}: nothing to compare with. Make one from this run with");
            Console.WriteLine($"  dotnet run -c Release --project src/MemoryBench.Cli -- baseline --from {folder.Path} --out {options.BaselinePath}");
            AttributionStep.BeforeComparison(options.Attribution, request, reports, folder.Path, Console.Out);
            return failed ? ExitCodes.Failure : ExitCodes.Success;
        }

        var result = GateCheck.Run(request);
        Console.WriteLine();
        Console.Write(ConsoleSummary.Render(result, title: $"MemoryBench vs {options.BaselinePath}"));
        result = AttributionStep.AfterComparison(options.Attribution, result, request, reports, folder.Path, Console.Out);
        Console.WriteLine($"Report: {folder.MarkdownReport}");
        return GateCheck.ExitCode(result);
    }

    private static bool HasFailures(Summary summary) =>
        summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success);

    private static ManualConfig ApplyShard(ManualConfig config, HarnessOptions options)
    {
        // The filters on the command line decide what is selected; the shard then takes its part of that.
        var (parsed, commandLine, _) = ConfigParser.Parse([.. options.BenchmarkDotNetArguments], NullLogger.Instance, config);
        var selection = ManualConfig.Union(config, commandLine);
        var selected = parsed
            ? SuiteCatalog.Types.SelectMany(t => BenchmarkConverter.TypeToBenchmarks(t, selection).BenchmarksCases)
                .Select(FullNameProvider.GetBenchmarkName)
            : [];
        var mine = options.Shard.Select(selected);
        Console.WriteLine($"// Shard {options.Shard}: {mine.Count} benchmark case(s) of this shard.");
        return config.AddFilter(new SimpleFilter(c => mine.Contains(FullNameProvider.GetBenchmarkName(c))));
    }
}
