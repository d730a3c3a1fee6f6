using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Loggers;

namespace ExportFixtures.Configuration;

/// <summary>
/// Exporters only: jobs and the memory diagnoser come from each class, so one class can run
/// without the diagnoser and another under two jobs.
/// </summary>
public static class FixturesConfig
{
    public static ManualConfig Create(string artifactsPath) => ManualConfig.CreateEmpty()
        .AddColumnProvider(DefaultColumnProviders.Instance)
        .AddLogger(ConsoleLogger.Default)
        .AddExporter(JsonExporter.Full, JsonExporter.FullCompressed)
        .WithArtifactsPath(artifactsPath);
}
