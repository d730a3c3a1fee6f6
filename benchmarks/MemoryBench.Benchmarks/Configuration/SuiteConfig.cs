using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Json;

namespace MemoryBench.Benchmarks.Configuration;

/// <summary>The configuration every benchmark of the suite runs under.</summary>
public static class SuiteConfig
{
    public static ManualConfig Create(string artifactsPath = "results/latest") => ManualConfig.CreateEmpty()
        .AddJob(FastMemoryJob.Create())
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumnProvider(DefaultColumnProviders.Instance)
        .AddColumn(CategoriesColumn.Default)
        .AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default)
        .AddExporter(JsonExporter.Full, MarkdownExporter.GitHub)
        .WithArtifactsPath(artifactsPath)
        .WithOptions(ConfigOptions.JoinSummary);
}
