using BenchmarkDotNet.Configs;

namespace ExportFixtures.Configuration;

/// <summary>One short job named "Short".</summary>
public sealed class ShortJobConfig : ManualConfig
{
    public ShortJobConfig() => AddJob(ShortJobs.Create("Short"));
}
