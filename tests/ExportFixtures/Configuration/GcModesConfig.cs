using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace ExportFixtures.Configuration;

/// <summary>The same benchmarks under workstation and under non-concurrent server GC: one type, two jobs.</summary>
public sealed class GcModesConfig : ManualConfig
{
    public GcModesConfig()
    {
        AddJob(ShortJobs.Create("Workstation").WithGcServer(false));
        AddJob(ShortJobs.Create("Server").WithGcServer(true).WithGcConcurrent(false));
    }
}
