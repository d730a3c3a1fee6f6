using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Loggers;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>The configuration every benchmark of the suite runs under.</summary>
public static class SuiteConfig
{
    /// <summary>How long BenchmarkDotNet may take to build the generated project of one job.</summary>
    public static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);

    /// <param name="artifactsPath">The run folder.</param>
    /// <param name="benchmarkDotNetArguments">
    /// The command line BenchmarkDotNet will see. When it names a job (--job short), the fast job
    /// stays out: BenchmarkDotNet takes a config's default job as the base of every command-line
    /// job, so with it present "--job short" would silently run the fast job instead.
    /// </param>
    public static ManualConfig Create(string artifactsPath, IReadOnlyCollection<string> benchmarkDotNetArguments)
    {
        var config = ManualConfig.CreateEmpty()
            .AddDiagnoser(MemoryDiagnoser.Default, new RetainedMemoryDiagnoser())
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddColumn(CategoriesColumn.Default)
            .AddLogger(ConsoleLogger.Default)
            .AddExporter(JsonExporter.Full, MarkdownExporter.GitHub)
            // No ConfigOptions.JoinSummary: joined summaries have reported wrong allocations
            // (BenchmarkDotNet issue #2822); one summary and one export per pair is also easier to read.
            .WithArtifactsPath(artifactsPath)
            // BenchmarkDotNet's two minutes for building its generated project ran out on a 2-core machine under
            // load (a load average of 17 measured): the run then fails with no benchmark measured.
            .WithBuildTimeout(BuildTimeout);
        return ChoosesJob(benchmarkDotNetArguments) ? config : config.AddJob(FastMemoryJob.Create());
    }

    /// <summary>Whether the command line names a job (--job short), which then replaces the fast job.</summary>
    public static bool ChoosesJob(IReadOnlyCollection<string> arguments) =>
        arguments.Any(a => a is "-j" or "--job" || a.StartsWith("--job=", StringComparison.Ordinal));
}
