using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>What <see cref="MemoryBenchConfigAttribute"/> and <see cref="MemoryBenchConfigExtensions.AddMemoryBench"/> add.</summary>
internal static class MemoryBenchConfiguration
{
    /// <summary>How long BenchmarkDotNet may take to build the generated project of one job.</summary>
    public static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);

    /// <param name="config">The config to add to.</param>
    /// <param name="commandLine">
    /// The command line BenchmarkDotNet will see. When it names a job (--job short), the fast job
    /// stays out: BenchmarkDotNet takes a config's default job as the base of every command-line
    /// job, so with it present "--job short" would silently run the fast job instead.
    /// </param>
    public static ManualConfig AddTo(ManualConfig config, IReadOnlyCollection<string> commandLine)
    {
        config
            .AddDiagnoser(MemoryDiagnoser.Default, RetainedMemoryDiagnoser.Shared, AllocationProfileDiagnoser.Shared)
            .AddColumn(CategoriesColumn.Default)
            .AddExporter(MemoryBenchExporter.Default)
            // No ConfigOptions.JoinSummary: joined summaries have reported wrong allocations
            // (BenchmarkDotNet issue #2822); one summary and one export per pair is also easier to read.
            // BenchmarkDotNet's two minutes for building its generated project run out on a small, busy machine, and
            // the run then fails with no benchmark measured (docs/measurements.md, "From code comments").
            .WithBuildTimeout(BuildTimeout);
        return ChoosesJob(commandLine) ? config : config.AddJob(FastMemoryJob.Create());
    }

    /// <summary>The arguments this process was started with, without the program itself.</summary>
    public static IReadOnlyCollection<string> ProcessCommandLine() => Environment.GetCommandLineArgs()[1..];

    /// <summary>Whether the command line names a job (--job short), which then replaces the fast job.</summary>
    public static bool ChoosesJob(IReadOnlyCollection<string> arguments) =>
        arguments.Any(a => a is "-j" or "--job" || a.StartsWith("--job=", StringComparison.Ordinal));
}
