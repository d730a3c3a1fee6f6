using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using ExportFixtures.Diagnosers;

namespace ExportFixtures.Configuration;

/// <summary>The short job with the memory diagnoser and retained-memory metrics.</summary>
public sealed class RetainedMemoryConfig : ManualConfig
{
    public RetainedMemoryConfig()
    {
        AddJob(ShortJobs.Create("Short"));
        AddDiagnoser(MemoryDiagnoser.Default, new RetainedMemoryStandIn());
    }
}
