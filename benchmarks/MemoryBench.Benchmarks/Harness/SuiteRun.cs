using BenchmarkDotNet.ConsoleArguments;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using MemoryBench.Benchmarks.Configuration;
using MemoryBench.Benchmarks.Diagnosers;

namespace MemoryBench.Benchmarks.Harness;

/// <summary>The main command: run the selected scenarios, then summarise them.</summary>
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

        var summaries = BenchmarkSwitcher.FromAssembly(SuiteCatalog.Assembly).Run([.. options.BenchmarkDotNetArguments], config).ToArray();
        return summaries.Any(HasFailures) ? ExitCodes.Failure : ExitCodes.Success;
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
